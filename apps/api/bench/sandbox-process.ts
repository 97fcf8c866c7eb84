import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(
  new URL('../../../../packages/stripe-sandbox/dist/cli.js', import.meta.url),
);

/** The Stripe sandbox in a process of its own, as Stripe would be, with one seeded account. */
export interface SandboxProcess {
  url: string;
  account: string;
  /** Its process id (the bench reads its CPU time). */
  pid: number | undefined;
  control<T>(method: string, path: string, body?: unknown): Promise<T>;
  stop(): void;
}

export async function startSandboxProcess(charges: number): Promise<SandboxProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [CLI, '--port', '0', '--charges', String(charges), '--rate-limit', 'off'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  let url = '';
  let account = '';
  for await (const line of lines) {
    url ||= /listening on (\S+)/.exec(line)?.[1] ?? '';
    account ||= /account:\s+(acct_\w+)/.exec(line)?.[1] ?? '';
    if (url !== '' && account !== '') break;
  }
  if (url === '' || account === '') throw new Error('the sandbox did not start');
  return {
    url,
    account,
    pid: child.pid,
    async control<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${url}/_sandbox${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!response.ok) throw new Error(`sandbox control ${method} ${path}: ${response.status}`);
      return (await response.json()) as T;
    },
    stop: () => child.kill('SIGTERM'),
  };
}
