import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const READY_TIMEOUT_MS = 30_000;
// Preloaded into the API: it exits when the test process goes away, even by SIGKILL (the
// IPC channel closes), so no API outlives its test run holding a port.
const EXIT_WITH_PARENT = 'data:text/javascript,process.on("disconnect",()=>process.exit(1))';
const STOP_TIMEOUT_MS = 5_000;
const KEPT_OUTPUT = 8_000;

/** A running API process and how to stop it. */
export interface ApiProcess {
  /** The process's recent stdout and stderr, for a failure message. */
  output(): string;
  stop(): Promise<void>;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function ready(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const end = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < end) {
    if (child.exitCode !== null) {
      throw new Error(`The API exited with code ${child.exitCode}:\n${output()}`);
    }
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The API was not ready at ${url} in time:\n${output()}`);
}

/**
 * Starts `node <main>` with exactly `env` (nothing inherited, so no setting of the machine
 * leaks in) and resolves once `GET <origin>/readyz` answers 200. The process ends with the
 * test process.
 */
export async function startApiProcess(
  main: string,
  env: Record<string, string>,
  origin: string,
): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', EXIT_WITH_PARENT, main], {
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-KEPT_OUTPUT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => log;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const done = exited(child);
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await done;
    clearTimeout(timer);
  };
  try {
    await ready(`${origin}/readyz`, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { output, stop };
}
