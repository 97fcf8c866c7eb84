import { Kind } from 'graphql';
import { cacheExchange } from '@urql/exchange-graphcache';
import { describe, expect, it, vi } from 'vitest';
import { Client, makeResult, type Exchange, type Operation } from 'urql';
import { filter, fromValue, makeSubject, map, mergeMap, pipe, subscribe, type Source } from 'wonka';
import {
  SetCategoryMutation,
  TransactionChangedSubscription,
} from '../src/features/integration/transactions/transactions.documents.js';
import {
  StatsQuery,
  SupportStatsQuery,
} from '../src/features/integration/stats/stats.documents.js';
import {
  SyncHistoryQuery,
  SyncProgressSubscription,
} from '../src/features/integration/sync/sync.documents.js';
import {
  PayoutChangedSubscription,
  PayoutsQuery,
  SettlementQuery,
  SupportPayoutsQuery,
} from '../src/features/integration/books/books.documents.js';
import { cacheOptions, LIVE_REFRESH_MS } from '../src/graphql/cache.js';
import type { SyncHistoryQuery as History } from '../src/gql/graphql.js';
import { payout, payoutPage, payouts, settlement } from './fixtures/books.js';
import { progress, runPage, stats, syncRun, transaction, volume } from './fixtures/integration.js';

/** A server at the end of the exchange chain: counts requests, answers from fixtures. */
function server(progressEvents: Source<unknown>) {
  const sent: string[] = [];
  const answer = (operation: Operation): Source<ReturnType<typeof makeResult>> => {
    const name =
      operation.query.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)?.name?.value ??
      '';
    sent.push(name);
    if (
      ['SyncProgress', 'SupportSyncProgress', 'TransactionChanged', 'PayoutChanged'].includes(name)
    ) {
      return pipe(
        progressEvents,
        map((data) => makeResult(operation, { data: data as Record<string, unknown> })),
      );
    }
    const data: Record<string, Record<string, unknown>> = {
      Stats: { __typename: 'Query', stripeSyncStats: stats, stripeVolumeSeries: volume },
      SupportStats: { __typename: 'Query', supportSyncStats: stats, supportVolumeSeries: volume },
      SyncHistory: {
        __typename: 'Query',
        stripeSyncHistory: runPage([
          syncRun('run-1', { status: 'RUNNING', finishedAt: null, pagesFetched: 0 }),
        ]),
      },
      Payouts: { __typename: 'Query', stripePayouts: payoutPage(payouts) },
      SupportPayouts: { __typename: 'Query', supportPayouts: payoutPage(payouts) },
      Settlement: { __typename: 'Query', stripeSettlement: settlement },
      SetCategory: {
        __typename: 'Mutation',
        setTransactionCategory: transaction('t1', { category: 'Meals', categorySource: 'MANUAL' }),
      },
    };
    return fromValue(makeResult(operation, { data: data[name] ?? null }));
  };
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      mergeMap(answer),
    );
  return { sent, exchange };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  const events = makeSubject<unknown>();
  const api = server(events.source);
  const client = new Client({
    url: 'http://api.test/graphql',
    exchanges: [cacheExchange(cacheOptions), api.exchange],
  });
  return { client, events, sent: api.sent };
}

describe('the normalized cache', () => {
  it('refetches the statistics after a category changes', async () => {
    const { client, sent } = setup();
    pipe(
      client.query(StatsQuery, { days: 30 }),
      subscribe(() => undefined),
    );
    expect(sent.filter((name) => name === 'Stats')).toHaveLength(1);

    await client.mutation(SetCategoryMutation, { id: 't1', category: 'Meals' }).toPromise();
    expect(sent.filter((name) => name === 'Stats')).toHaveLength(2);
  });

  it('moves a listed run with each progress event and refetches the history at the end', async () => {
    const { client, events, sent } = setup();
    const seen: History[] = [];
    pipe(
      client.query(SyncHistoryQuery, { first: 10, after: null }),
      subscribe((result) => {
        if (result.data) seen.push(result.data);
      }),
    );
    pipe(
      client.subscription(SyncProgressSubscription, {}),
      subscribe(() => undefined),
    );
    const runOf = (data: History | undefined) => data?.stripeSyncHistory.edges[0]?.node;
    expect(runOf(seen.at(-1))?.pagesFetched).toBe(0);

    events.next({
      __typename: 'Subscription',
      stripeSyncProgress: progress('run-1', { pagesFetched: 2, fetchedCount: 200 }),
    });
    await settled();
    expect(runOf(seen.at(-1))).toMatchObject({
      pagesFetched: 2,
      fetchedCount: 200,
      status: 'RUNNING',
    });
    expect(sent.filter((name) => name === 'SyncHistory')).toHaveLength(1);

    events.next({
      __typename: 'Subscription',
      stripeSyncProgress: progress('run-1', { status: 'SUCCEEDED', done: true, pagesFetched: 3 }),
    });
    await settled();
    expect(sent.filter((name) => name === 'SyncHistory')).toHaveLength(2);
  });

  it('lets the statistics follow an import while it runs, at most every LIVE_REFRESH_MS', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { client, events, sent } = setup();
      pipe(
        client.query(StatsQuery, { days: 30 }),
        subscribe(() => undefined),
      );
      pipe(
        client.subscription(SyncProgressSubscription, {}),
        subscribe(() => undefined),
      );
      const stats = () => sent.filter((name) => name === 'Stats').length;
      const page = (pagesFetched: number, insertedCount: number) =>
        events.next({
          __typename: 'Subscription',
          stripeSyncProgress: progress('run-live', { pagesFetched, insertedCount }),
        });
      page(0, 0);
      await settled();
      expect(stats()).toBe(1);
      page(1, 100);
      page(2, 200);
      await settled();
      expect(stats()).toBe(2);
      vi.setSystemTime(Date.now() + LIVE_REFRESH_MS);
      page(3, 300);
      await settled();
      expect(stats()).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it("refetches a user's statistics for support when a run support follows by id ends", async () => {
    const { client, events, sent } = setup();
    pipe(
      client.query(SupportStatsQuery, { userId: 'user-1', days: 30 }),
      subscribe(() => undefined),
    );
    pipe(
      client.subscription(SyncProgressSubscription, { runId: 'run-1' }),
      subscribe(() => undefined),
    );
    expect(sent.filter((name) => name === 'SupportStats')).toHaveLength(1);

    events.next({
      __typename: 'Subscription',
      stripeSyncProgress: progress('run-1', { status: 'SUCCEEDED', done: true }),
    });
    await settled();
    expect(sent.filter((name) => name === 'SupportStats')).toHaveLength(2);
  });

  it('refetches the history once when a run it does not list yet reports progress', async () => {
    const { client, events, sent } = setup();
    pipe(
      client.query(SyncHistoryQuery, { first: 10, after: null }),
      subscribe(() => undefined),
    );
    pipe(
      client.subscription(SyncProgressSubscription, {}),
      subscribe(() => undefined),
    );
    const histories = () => sent.filter((name) => name === 'SyncHistory').length;

    events.next({ __typename: 'Subscription', stripeSyncProgress: progress('run-1') });
    await settled();
    expect(histories()).toBe(1);

    events.next({ __typename: 'Subscription', stripeSyncProgress: progress('scheduled-2') });
    await settled();
    expect(histories()).toBe(2);

    events.next({
      __typename: 'Subscription',
      stripeSyncProgress: progress('scheduled-2', { pagesFetched: 2 }),
    });
    await settled();
    expect(histories()).toBe(2);
  });

  it('refetches the statistics when a webhook changes a transaction, live', async () => {
    const { client, events, sent } = setup();
    pipe(
      client.query(StatsQuery, { days: 30 }),
      subscribe(() => undefined),
    );
    pipe(
      client.subscription(TransactionChangedSubscription, {}),
      subscribe(() => undefined),
    );
    const statsRequests = () => sent.filter((name) => name === 'Stats').length;
    expect(statsRequests()).toBe(1);

    events.next({
      __typename: 'Subscription',
      stripeTransactionChanged: transaction('t9', { amount: '45.99' }),
    });
    await settled();
    expect(statsRequests()).toBe(2);
  });

  it.each([
    ['the user', [PayoutsQuery, SettlementQuery] as const, ['Payouts', 'Settlement']],
    ['support', [SupportPayoutsQuery] as const, ['SupportPayouts']],
  ])(
    'refetches the payouts and settlement for %s when a sync ends',
    async (_who, queries, names) => {
      const { client, events, sent } = setup();
      const variables = { userId: 'user-1', first: 20, after: null, from: null, to: null };
      for (const query of queries)
        pipe(
          client.query(query, variables),
          subscribe(() => undefined),
        );
      pipe(
        client.subscription(SyncProgressSubscription, { runId: 'run-1' }),
        subscribe(() => undefined),
      );
      const counts = () => names.map((name) => sent.filter((sentName) => sentName === name).length);
      expect(counts()).toEqual(names.map(() => 1));

      events.next({ __typename: 'Subscription', stripeSyncProgress: progress('run-1') });
      await settled();
      expect(counts()).toEqual(names.map(() => 1));

      events.next({
        __typename: 'Subscription',
        stripeSyncProgress: progress('run-1', { status: 'SUCCEEDED', done: true }),
      });
      await settled();
      expect(counts()).toEqual(names.map(() => 2));
    },
  );

  it.each([
    [
      'changes a transaction',
      TransactionChangedSubscription,
      { stripeTransactionChanged: transaction('t9', { amount: '45.99' }) },
    ],
    ['adds a payout', PayoutChangedSubscription, { stripePayoutChanged: payout('p9') }],
  ] as const)(
    'refetches the payouts and settlement when a webhook %s, live',
    async (_what, subscription, event) => {
      const { client, events, sent } = setup();
      const sources: Source<unknown>[] = [
        client.query(PayoutsQuery, { first: 20, after: null }),
        client.query(SettlementQuery, { from: null, to: null }),
        client.subscription(subscription, {}),
      ];
      for (const source of sources)
        pipe(
          source,
          subscribe(() => undefined),
        );
      const count = (name: string) => sent.filter((sentName) => sentName === name).length;
      expect([count('Payouts'), count('Settlement')]).toEqual([1, 1]);
      events.next({ __typename: 'Subscription', ...event });
      await settled();
      expect([count('Payouts'), count('Settlement')]).toEqual([2, 2]);
    },
  );
});
