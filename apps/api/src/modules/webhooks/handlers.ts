import { ConnectionStatus } from '@cora/core';
import {
  ConnectionRepository,
  InlinePageWriter,
  TransactionRepository,
  type StripeConnectionEntity,
} from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppPubSub } from '../../pubsub/pubsub.js';
import type { CategoryRuleService } from '../rules/rules.service.js';
import { BooksWriter } from '../books/books-writer.js';
import { bookChangesOf } from '../stripe-changes/book-changes.js';
import { chargeCopiesOf, importCopies } from '../stripe-changes/charge-changes.js';
import type { ChangeEvent, EventKind } from '../stripe-changes/stripe-events.js';
import type { ConnectedAccounts } from '../stripe/connected-accounts.js';

/** Handles one kind of event; answers the outcome recorded on the event. */
export type WebhookHandler = (em: SqlEntityManager, event: ChangeEvent) => Promise<string>;

export interface HandlerDeps {
  accounts: ConnectedAccounts;
  rules: CategoryRuleService;
  pubSub: AppPubSub;
  /** Starts a WEBHOOK-triggered incremental sync of a connection. */
  requestSync: (connectionId: string) => void;
}

/** What a revoke made from the Stripe dashboard tells the user (news, not a failure). */
export const DEAUTHORIZED_MESSAGE =
  'Stripe access was removed from your Stripe dashboard, so CORA no longer syncs this account. Your books are kept.';

// A disconnect noted longer ago than this died before it finished: not the user's any more.
const PENDING_DISCONNECT_MS = 10 * 60_000;

async function connectedTo(
  em: SqlEntityManager,
  event: ChangeEvent,
): Promise<StripeConnectionEntity[]> {
  if (!event.account) return [];
  const all = await new ConnectionRepository(em).findByAccountId(event.account);
  return all.filter((connection) => connection.status === ConnectionStatus.CONNECTED);
}

/** Applies a charge event (or a dispute's charge, read again) to one connection's books. */
async function applyChargeChange(
  deps: HandlerDeps,
  em: SqlEntityManager,
  connection: StripeConnectionEntity,
  event: ChangeEvent,
): Promise<string> {
  const copies = await chargeCopiesOf([event], (chargeId) =>
    deps.accounts.run(em, connection.id, (stripe) => stripe.charges.retrieve(chargeId)),
  );
  if (copies.length === 0) return 'ignored_malformed';
  const categorize = await deps.rules.categorizerFor(em, connection.userId);
  const [row] = importCopies(copies, categorize).rows;
  if (row === undefined) return 'skipped';
  const { outcome, transaction } = await new TransactionRepository(em).upsertOne(
    connection.id,
    row,
  );
  if (outcome === 'inserted' || outcome === 'updated') {
    deps.pubSub.publish('TRANSACTION_CHANGED', {
      userId: connection.userId,
      transactionId: transaction.id,
      stripeTransactionId: transaction.stripeId,
    });
  }
  return outcome;
}

/** Applies what an event changes in one connection's books: payouts, balance entries, links. */
async function applyBookChange(
  deps: HandlerDeps,
  em: SqlEntityManager,
  connection: StripeConnectionEntity,
  event: ChangeEvent,
): Promise<void> {
  // An event's few writes run in its own transactions, on this thread.
  const store = { em, writer: new InlinePageWriter(() => em) };
  const writer = new BooksWriter(store, connection.id, (call) =>
    deps.accounts.run(em, connection.id, call),
  );
  const changes = bookChangesOf([event]);
  await writer.apply(changes);
  for (const payout of changes.payouts)
    deps.pubSub.publish('PAYOUT_CHANGED', {
      userId: connection.userId,
      stripePayoutId: payout.stripeId,
    });
}

/** One handler per kind of event (see `HANDLED_EVENTS`). */
export function createWebhookHandlers(deps: HandlerDeps): Record<EventKind, WebhookHandler> {
  const chargeChange: WebhookHandler = async (em, event) => {
    const connections = await connectedTo(em, event);
    if (connections.length === 0) return 'unknown_account';
    const outcomes = [];
    for (const connection of connections) {
      outcomes.push(await applyChargeChange(deps, em, connection, event));
      await applyBookChange(deps, em, connection, event);
    }
    return outcomes.join(',');
  };

  const bookChange: WebhookHandler = async (em, event) => {
    const connections = await connectedTo(em, event);
    if (connections.length === 0) return 'unknown_account';
    for (const connection of connections) await applyBookChange(deps, em, connection, event);
    return 'books_updated';
  };

  const deauthorized: WebhookHandler = async (em, event) => {
    if (!event.account) return 'unknown_account';
    const repository = new ConnectionRepository(em);
    const connections = await repository.findByAccountId(event.account);
    if (connections.length === 0) return 'unknown_account';
    // A user who disconnected (the last one revokes at Stripe, which sends this event)
    // keeps their own outcome, and so does one whose disconnect is still in flight; only
    // connections still in use learn of a revoke made from the Stripe dashboard.
    const inUse = connections.filter((c) => c.status !== ConnectionStatus.DISCONNECTED);
    if (inUse.length === 0) return 'already_disconnected';
    const askedFor = (c: StripeConnectionEntity): boolean =>
      c.status === ConnectionStatus.CONNECTED &&
      c.disconnectedAt != null &&
      Date.now() - c.disconnectedAt.getTime() < PENDING_DISCONNECT_MS;
    for (const connection of inUse) {
      await repository.markDisconnected(connection.id);
      if (askedFor(connection)) continue;
      await repository.setStatus(connection.id, ConnectionStatus.DISCONNECTED, {
        code: 'STRIPE_DEAUTHORIZED',
        message: DEAUTHORIZED_MESSAGE,
      });
    }
    if (inUse.every(askedFor)) return 'disconnect_asked_for';
    return 'disconnected';
  };

  // A refund changed on its own: the event carries the refund, whose balance transaction goes
  // into the books now; the charge is reconciled by an incremental sync (which reads the
  // charge through the Events API).
  const reconcile: WebhookHandler = async (em, event) => {
    const connections = await connectedTo(em, event);
    if (connections.length === 0) return 'unknown_account';
    for (const connection of connections) {
      await applyBookChange(deps, em, connection, event);
      deps.requestSync(connection.id);
    }
    return 'sync_requested';
  };

  return {
    charge: chargeChange,
    dispute: chargeChange,
    refund: reconcile,
    payout: bookChange,
    // Entries become available on their `available_on`, which the books already hold.
    balance: bookChange,
    deauthorization: deauthorized,
  };
}
