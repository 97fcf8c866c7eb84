import { randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import {
  ConnectionRepository,
  OAuthFlavor,
  SyncRunRepository,
  SyncTrigger,
  TransactionRepository,
  type StripeConnectionEntity,
} from '../../src/index.js';
import { CategorySource, type VersionedTransaction } from '@cora/core';

export const uniqueId = (prefix: string): string => `${prefix}_${randomBytes(6).toString('hex')}`;

/** A CONNECTED connection for a new user. */
export async function seedConnection(
  em: SqlEntityManager,
  overrides: { nextSyncAt?: Date | null; userId?: string; stripeAccountId?: string } = {},
): Promise<StripeConnectionEntity> {
  return new ConnectionRepository(em).saveConnected({
    userId: overrides.userId ?? uniqueId('user'),
    stripeAccountId: overrides.stripeAccountId ?? uniqueId('acct'),
    livemode: false,
    scope: 'read_only',
    flavor: OAuthFlavor.CONNECT,
    accessTokenCiphertext: 'v1.sealed-access',
    refreshTokenCiphertext: 'v1.sealed-refresh',
    tokenKeyId: 'key-1',
    accessTokenExpiresAt: null,
    nextSyncAt: overrides.nextSyncAt ?? null,
  });
}

/** A charge row as the sync engine would hand it over. */
export function chargeRow(
  n: number,
  overrides: Partial<VersionedTransaction> = {},
): VersionedTransaction {
  return {
    stripeId: `ch_${String(n).padStart(8, '0')}`,
    amountMinor: 1000 + n,
    currency: 'USD',
    description: `Order #${n}`,
    receiptUrl: `https://pay.example/receipts/${n}`,
    createdAt: new Date(Date.UTC(2025, 0, 1) + n * 60_000),
    metadata: { order: String(n) },
    category: 'Sales',
    categorySource: CategorySource.DEFAULT,
    categoryRuleId: null,
    status: 'succeeded',
    amountRefunded: 0,
    refunded: false,
    disputed: false,
    livemode: false,
    customerId: `cus_${n % 7}`,
    paymentIntentId: `pi_${n}`,
    balanceTransactionId: `txn_${n}`,
    sourceVersion: 1_000,
    ...overrides,
  };
}

export const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from }, (_, i) => from + i);

/** A new connection with a RUNNING full sync run, and `rows` imported through it. */
export async function seedSync(
  em: SqlEntityManager,
  rows: VersionedTransaction[] = [],
): Promise<{ connectionId: string; runId: string }> {
  const connection = await seedConnection(em);
  const { run } = await new SyncRunRepository(em).startRun(
    connection.id,
    SyncTrigger.INITIAL,
    true,
  );
  if (rows.length > 0) {
    await new TransactionRepository(em).upsertPage({
      connectionId: connection.id,
      runId: run.id,
      rows,
      checkpoint: null,
    });
  }
  return { connectionId: connection.id, runId: run.id };
}
