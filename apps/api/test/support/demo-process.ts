import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

// The built entry `npm start` runs (type-graphql needs the compiler's decorator metadata).
const DEMO = fileURLToPath(new URL('../../dist/demo.js', import.meta.url));

/** A free TCP port on 127.0.0.1 (closed again before it is returned). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** `npm start`'s process (the demo), with its output kept. */
export interface DemoProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** The signed-in links it printed, once it is ready. */
  ready(): Promise<{ base: string; userToken: string; supportToken: string }>;
  stop(): Promise<number | null>;
}

/** Starts the demo with `env` added (DATA_DIR, PORT, SANDBOX_PORT, …). */
export function startDemo(env: Record<string, string>): DemoProcess {
  if (!existsSync(DEMO)) throw new Error(`${DEMO} is missing: build @cora/api first`);
  const child = spawn(process.execPath, [DEMO], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const ready = async (): Promise<{ base: string; userToken: string; supportToken: string }> => {
    const links =
      /on (http:\S+)\n {2}as a user: +\S+\?token=(\S+)\n {2}as support: +\S+\?token=(\S+)/;
    for (;;) {
      const found = links.exec(text);
      if (found)
        return { base: found[1] ?? '', userToken: found[2] ?? '', supportToken: found[3] ?? '' };
      const ended = await Promise.race([
        exited.then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), 100)),
      ]);
      if (ended) throw new Error(`the demo ended before it was ready:\n${text}`);
    }
  };
  return {
    child,
    output: () => text,
    exited,
    ready,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
