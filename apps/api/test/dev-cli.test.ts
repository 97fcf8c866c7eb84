import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { demoBanner } from '../src/demo/banner.js';

const run = promisify(execFile);
const TOKEN_CLI = ['--import', 'tsx', 'src/cli/token.ts'];

describe('the development commands', () => {
  it('npm run token -- --help prints the usage and signs nothing', async () => {
    const { stdout } = await run(process.execPath, [...TOKEN_CLI, '--help']);
    expect(stdout).toMatch(/^Usage: npm run token -- /);
    for (const option of ['--user', '--role', '--expires', '--data-dir', '--help'])
      expect(stdout).toContain(option);
    expect(stdout).not.toMatch(/eyJ/);
  });

  it('an unknown option fails with the usage', async () => {
    const failure = await run(process.execPath, [...TOKEN_CLI, '--nope']).then(
      () => null,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/Unknown option '--nope'[\s\S]*Usage: npm run token/);
  });

  it('links to the console where it is served: the dev server in npm run dev', () => {
    const banner = demoBanner({
      frontendUrl: 'http://localhost:5173/',
      apiUrl: 'http://localhost:8000',
      userToken: 'u.t.k',
      supportToken: 's.t.k',
    });
    expect(banner).toContain('http://localhost:5173/integrations/stripe?token=u.t.k');
    expect(banner).toContain('http://localhost:5173/support?token=s.t.k');
    expect(banner).toContain('GraphQL:      http://localhost:8000/graphql');
    // The dev script points the links and the OAuth return at Vite's live-reloading server.
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.scripts['dev']).toContain('FRONTEND_URL=${FRONTEND_URL:-http://localhost:5173}');
  });
});
