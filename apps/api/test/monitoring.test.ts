import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAccount, syncAndWait } from './support/books.js';
import { startHarness, type Harness } from './support/harness.js';

/** The value of one sample of a Prometheus text exposition, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const [series, value] = line.split(' ');
    if (series === undefined || value === undefined) continue;
    const seriesName = series.replace(/\{.*$/, '');
    if (seriesName === name && wanted.every((label) => series.includes(label)))
      return Number(value);
  }
  return 0;
}

describe('monitoring', () => {
  let h: Harness;
  const scrape = async (): Promise<string> => (await fetch(`${h.url}/metrics`)).text();

  beforeAll(async () => {
    h = await startHarness({
      env: {
        ALERT_ERROR_RATE_THRESHOLD: '0.3',
        ALERT_ERROR_RATE_MIN_RUNS: '3',
        ALERT_CONSECUTIVE_FAILURES: '3',
      },
    });
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers health and readiness', async () => {
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${h.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('counts syncs, Stripe requests and GraphQL operations as they happen', async () => {
    const before = await scrape();
    const token = await connectAccount(
      h,
      'metrics-user',
      h.sandbox.control.createAccount({ charges: 120 }).id,
    );
    await h.gql(`query Status { stripeConnection { status } }`, {}, token);
    const after = await scrape();

    const runs = { trigger: 'INITIAL', outcome: 'SUCCEEDED' };
    expect(sample(after, 'cora_sync_runs_total', runs)).toBe(
      sample(before, 'cora_sync_runs_total', runs) + 1,
    );
    expect(sample(after, 'cora_stripe_requests_total', { status: '200' })).toBeGreaterThan(
      sample(before, 'cora_stripe_requests_total', { status: '200' }),
    );
    expect(
      sample(after, 'cora_transactions_synced_total', { operation: 'inserted' }),
    ).toBeGreaterThan(sample(before, 'cora_transactions_synced_total', { operation: 'inserted' }));
    expect(sample(after, 'cora_sync_duration_seconds_count', runs)).toBe(
      sample(before, 'cora_sync_duration_seconds_count', runs) + 1,
    );
    expect(
      sample(after, 'cora_graphql_operation_duration_seconds_count', {
        operation: 'stripeConnection',
        outcome: 'ok',
      }),
    ).toBe(1);
  });

  it('fires the error-rate alert in a failure storm, and resolves it after recovery', async () => {
    const account = h.sandbox.control.createAccount({ charges: 5 }).id;
    const token = await connectAccount(h, 'storm-user', account);
    const agent = await h.token('agent', 'support');
    const alerts = async (): Promise<
      { rule: string; state: string; target: string | null; resolvedAt: string | null }[]
    > =>
      (
        await h.gql<{
          supportAlerts: {
            rule: string;
            state: string;
            target: string | null;
            resolvedAt: string | null;
          }[];
        }>(
          `query { supportAlerts(includeResolved: true) { rule state target resolvedAt } }`,
          {},
          agent,
        )
      ).data?.supportAlerts ?? [];

    h.sandbox.control.setFaults({ serverErrorShare: 1 }, account);
    for (let i = 0; i < 4; i += 1)
      expect(await syncAndWait(h, token)).toMatchObject({ status: 'FAILED' });
    await h.app.services.alerts.evaluate();
    await h.app.services.alerts.evaluate(); // fired once, not twice
    const firing = await alerts();
    expect(firing.filter((a) => a.rule === 'sync_error_rate')).toEqual([
      { rule: 'sync_error_rate', state: 'FIRING', target: null, resolvedAt: null },
    ]);
    expect(firing).toContainEqual({
      rule: 'consecutive_failed_syncs',
      state: 'FIRING',
      target: 'storm-user',
      resolvedAt: null,
    });

    const overview = await h.gql<{ supportOverview: Record<string, unknown> }>(
      `query { supportOverview(days: 1) { syncSuccessRate errorRate transactionsSynced activeConnections series { failedRuns succeededRuns } } }`,
      {},
      agent,
    );
    expect(overview.data?.supportOverview['errorRate']).toBeGreaterThan(0.3);
    expect(overview.data?.supportOverview['series']).toEqual([{ failedRuns: 4, succeededRuns: 2 }]);

    h.sandbox.control.clearFaults(account);
    for (let i = 0; i < 8; i += 1)
      expect(await syncAndWait(h, token)).toMatchObject({ status: 'SUCCEEDED' });
    await h.app.services.alerts.evaluate();
    const after = await alerts();
    for (const rule of ['sync_error_rate', 'consecutive_failed_syncs']) {
      const alert = after.find((a) => a.rule === rule);
      expect(alert?.state).toBe('RESOLVED');
      expect(alert?.resolvedAt).toEqual(expect.any(String));
    }
  });
});
