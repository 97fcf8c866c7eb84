import {
  BalanceEntryRepository,
  ConnectionRepository,
  PayoutRepository,
  type BalanceEntryFilter,
  type ChargeSettlement,
  type Keyset,
} from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { notFound } from '../../errors/app-error.js';
import { emptyConnection, toConnection } from '../../graphql/connection.js';
import type { Period } from './books-args.js';
import {
  toBalanceEntryView,
  toPayoutView,
  toSettlementView,
  type SettlementTotalsView,
  type StripeBalanceEntryConnection,
  type StripePayoutConnection,
  type PayoutView,
} from './books.types.js';

/** A page request, decoded at the edge. */
export interface PageArgs {
  first: number;
  after: Keyset | null;
}

/**
 * A user's books beyond charges: balance entries, payouts with their reconciliation and
 * settlement totals. Every method takes the user whose books they are; resolvers decide
 * who may ask.
 */
export class BooksService {
  async entries(
    em: SqlEntityManager,
    userId: string,
    page: PageArgs & { filter: BalanceEntryFilter },
  ): Promise<StripeBalanceEntryConnection> {
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    if (connection === null) return emptyConnection();
    const repository = new BalanceEntryRepository(em);
    const [rows, total] = await Promise.all([
      repository.list(connection.id, page),
      repository.count(connection.id, page.filter),
    ]);
    return toConnection(rows, total, toBalanceEntryView);
  }

  async payouts(
    em: SqlEntityManager,
    userId: string,
    page: PageArgs,
  ): Promise<StripePayoutConnection> {
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    if (connection === null) return emptyConnection();
    const repository = new PayoutRepository(em);
    const [rows, total] = await Promise.all([
      repository.list(connection.id, page),
      repository.count(connection.id),
    ]);
    return toConnection(rows, total, toPayoutView);
  }

  /** One payout by its Stripe id (`po_…`), reconciled; NOT_FOUND when the books lack it. */
  async payout(em: SqlEntityManager, userId: string, stripePayoutId: string): Promise<PayoutView> {
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    const payout =
      connection && (await new PayoutRepository(em).findByStripeId(connection.id, stripePayoutId));
    if (!payout) throw notFound('No such payout');
    return toPayoutView(payout);
  }

  async settlement(
    em: SqlEntityManager,
    userId: string,
    period: Period,
  ): Promise<SettlementTotalsView[]> {
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    if (connection === null) return [];
    const totals = await new BalanceEntryRepository(em).settlement(connection.id, period);
    return totals.map(toSettlementView);
  }

  /** The fee, net and settlement of transactions by CORA id (one query for them all). */
  chargeSettlements(
    em: SqlEntityManager,
    transactionIds: readonly string[],
  ): Promise<Map<string, ChargeSettlement>> {
    return new BalanceEntryRepository(em).chargeSettlements(transactionIds);
  }
}
