/**
 * A second process that runs one full sync and is killed mid-way by the crash test.
 * It wires only the engine (no server), like a worker would.
 */
import { createOrm, SyncTrigger } from '@cora/db';
import { pino } from 'pino';
import type { StripeConfig } from '../../src/config/config.js';
import { parseEncryptionKey, TokenCipher } from '../../src/security/token-cipher.js';
import { standaloneEngine } from './engine.js';

interface ChildInput {
  databaseUrl: string;
  encryptionKey: string;
  stripe: StripeConfig;
  connectionId: string;
}

const input = JSON.parse(process.env['SYNC_CHILD_INPUT'] ?? '{}') as ChildInput;
const orm = await createOrm({ databaseUrl: input.databaseUrl });
const engine = standaloneEngine(
  orm,
  input.stripe,
  new TokenCipher(parseEncryptionKey(input.encryptionKey)),
  pino({ level: 'silent' }),
);
const run = await engine.request(orm.em.fork(), input.connectionId, SyncTrigger.MANUAL, true);
process.stdout.write(`${JSON.stringify({ runId: run.id })}\n`);
await engine.idle();
process.stdout.write('finished\n');
