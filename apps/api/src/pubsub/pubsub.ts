import {
  createPubSub,
  type PubSub,
  type PubSubEvent,
  type PubSubEventTarget,
} from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { SyncStatus } from '@cora/db';
import { Redis } from 'ioredis';

/** A sync run's progress as published at its start, as pages are written (throttled) and at the end. */
export interface SyncProgressEvent {
  runId: string;
  connectionId: string;
  userId: string;
  status: SyncStatus;
  pagesFetched: number;
  fetchedCount: number;
  insertedCount: number;
  updatedCount: number;
  /** Charges fetched per second by this worker since it took the run up; null until known. */
  chargesPerSecond: number | null;
  done: boolean;
  errorCode: string | null;
  errorMessage: string | null;
}

/** A transaction that a webhook changed, for live views (syncs publish progress instead). */
export interface TransactionChangedEvent {
  userId: string;
  transactionId: string;
  stripeTransactionId: string;
}

/** A payout that a webhook created or changed (its settled entries linked), for live views. */
export interface PayoutChangedEvent {
  userId: string;
  stripePayoutId: string;
}

export type Topics = {
  SYNC_PROGRESS: [SyncProgressEvent];
  TRANSACTION_CHANGED: [TransactionChangedEvent];
  PAYOUT_CHANGED: [PayoutChangedEvent];
};

export type AppPubSub = PubSub<Topics>;

/** In memory for one instance; through Redis when `redisUrl` is set, for several. */
export function createAppPubSub(redisUrl: string | undefined): {
  pubSub: AppPubSub;
  close: () => Promise<void>;
} {
  if (redisUrl === undefined) return { pubSub: createPubSub<Topics>(), close: async () => {} };
  const publishClient = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const eventTarget: PubSubEventTarget<Topics> = createRedisEventTarget<
    PubSubEvent<Topics, keyof Topics>
  >({
    publishClient,
    subscribeClient,
  });
  return {
    pubSub: createPubSub<Topics>({ eventTarget }),
    close: async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
      await Promise.resolve();
    },
  };
}
