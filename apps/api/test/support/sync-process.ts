import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Harness } from './harness.js';

const CHILD = fileURLToPath(new URL('./sync-child.ts', import.meta.url));

/**
 * A second process that runs one full sync of the connection on the harness's database
 * (see sync-child.ts), and the signal it ends with.
 */
export function spawnSyncChild(
  h: Harness,
  connectionId: string | undefined,
): { child: ChildProcess; exited: Promise<NodeJS.Signals | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: {
      ...process.env,
      SYNC_CHILD_INPUT: JSON.stringify({
        databaseUrl: h.config.databaseUrl,
        encryptionKey: h.config.encryption.current.key.toString('base64'),
        stripe: h.config.stripe,
        connectionId,
      }),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  return { child, exited };
}

/** Polls `condition` every 25 ms until it holds; fails after `timeoutMs`. */
export async function waitFor(
  condition: () => Promise<boolean> | boolean,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
