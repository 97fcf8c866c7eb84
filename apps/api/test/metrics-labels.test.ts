import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.js';
import { connectEvent, postEvent, WEBHOOK_SECRET } from './support/webhooks.js';

/** The distinct values of one label across a metric's series in a Prometheus exposition. */
function labelValues(text: string, metric: string, label: string): Set<string> {
  const values = new Set<string>();
  const pattern = new RegExp(`${label}="([^"]*)"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(metric)) continue;
    const value = pattern.exec(line)?.[1];
    if (value !== undefined) values.add(value);
  }
  return values;
}

/** The API's own series; the runtime's (GC kinds, heap spaces) come and go on their own. */
const seriesCount = (text: string): number =>
  text
    .split('\n')
    .filter((line) => line.startsWith('cora_') && !/^cora_(nodejs|process)_/.test(line)).length;

async function inBatches(count: number, send: (n: number) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < count; start += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, count - start) }, (_, i) => send(start + i)),
    );
  }
}

describe('metrics labels come from a fixed set', () => {
  let h: Harness;
  const scrape = async (): Promise<string> => (await fetch(`${h.url}/metrics`)).text();

  beforeAll(async () => {
    h = await startHarness({
      env: {
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        API_RATE_LIMIT: '100000',
        API_MAX_CONCURRENCY: '100',
        API_MAX_EVENT_LOOP_DELAY_MS: '60000',
      },
    });
  });
  afterAll(async () => {
    await h.close();
  });

  it('thousands of distinct operation names leave /metrics the same size', async () => {
    const token = await h.token('labels-user');
    // One of each shape first, so every series the flood can touch already exists.
    await h.gql('query First { __typename }');
    await h.gql('query Seed { stripeConnection { status } }', {}, token);
    await h.gql('query Seed { stripeConnection { status } }');
    const before = await scrape();

    await inBatches(2000, (n) => h.gql(`query Op${n} { __typename }`));
    await inBatches(500, (n) =>
      h.gql(`query Named${n} { alias${n}: stripeConnection { status } }`, {}, n % 2 ? token : null),
    );
    const after = await scrape();

    expect(labelValues(after, 'cora_graphql_operation_duration_seconds', 'operation')).toEqual(
      new Set(['other', 'stripeConnection']),
    );
    expect(after).not.toContain('Op1');
    expect(after).not.toContain('Named1');
    // Only counters of fixed label sets may add a series or two (a shed, a status code).
    expect(seriesCount(after) - seriesCount(before)).toBeLessThanOrEqual(3);
    expect(Math.abs(after.length - before.length)).toBeLessThan(4_000);
  });

  it('webhook event types outside the handled ones count as other', async () => {
    const account = h.sandbox.control.createAccount({ charges: 1 }).id;
    const created = Math.floor(Date.now() / 1000);
    for (let n = 0; n < 30; n += 1) {
      const { status } = await postEvent(h, connectEvent(`made.up.type${n}`, account, {}, created));
      expect(status).toBe(200);
    }
    await expect
      .poll(async () => labelValues(await scrape(), 'cora_webhook_events_total', 'type'), {
        timeout: 10_000,
      })
      .toEqual(new Set(['other']));
    expect(await scrape()).not.toContain('made.up');
  });
});
