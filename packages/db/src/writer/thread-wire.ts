import { RunNotRunningError } from '../repositories/run-page.js';
import type { PageWriteKind } from './page-writer.js';

/** A message to the page writer's thread. */
export type WorkerRequest =
  { id: number; kind: PageWriteKind; input: unknown } | { id: number; kind: 'close' };

/** An error as it crosses the thread boundary: enough to rebuild what the caller tests for. */
export interface WireError {
  name: string;
  message: string;
  runId?: string;
}

/** A message from the page writer's thread. */
export type WorkerReply =
  { id: number; result: unknown } | { id: number; error: WireError } | { id: number; closed: true };

export function toWireError(error: unknown): WireError {
  if (error instanceof RunNotRunningError)
    return { name: error.name, message: error.message, runId: error.runId };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function fromWireError(wire: WireError): Error {
  if (wire.name === 'RunNotRunningError' && wire.runId !== undefined)
    return new RunNotRunningError(wire.runId);
  const error = new Error(wire.message);
  error.name = wire.name;
  return error;
}
