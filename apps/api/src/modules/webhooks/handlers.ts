import { createCategorizer } from '@cora/core';
import {
  ConnectionRepository,
  ConnectionStatus,
  TransactionRepository,
  type StripeConnectionEntity,
} from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type Stripe from 'stripe';
import type { AppPubSub } from '../../app/pubsub.js';
import type { CategoryRuleService } from '../rules/rules.service.js';
import type { StripeAccess } from '../stripe-connection/stripe-access.js';
import { mapChargeRow } from '../sync/charge-rows.js';

/** Handles one event type; answers the outcome recorded on the event. */
export type WebhookHandler = (em: SqlEntityManager, event: Stripe.Event) => Promise<string>;

export interface HandlerDeps {
  access: StripeAccess;
  rules: CategoryRuleService;
  pubSub: AppPubSub;
  /** Starts a WEBHOOK-triggered incremental sync of a connection. */
  requestSync: (connectionId: string) => void;
}

export const DEAUTHORIZED_MESSAGE =
  'Stripe access was revoked from the Stripe dashboard; your books are kept. Connect again to resume syncing.';

/** The event's copy of an object is as of the end of the event's second. */
const eventVersion = (event: Stripe.Event): number => event.created * 1000 + 999;

async function connectedTo(
  em: SqlEntityManager,
  event: Stripe.Event,
): Promise<StripeConnectionEntity[]> {
  if (!event.account) return [];
  const all = await new ConnectionRepository(em).findByAccountId(event.account);
  return all.filter((connection) => connection.status === ConnectionStatus.CONNECTED);
}

async function applyCharge(
  deps: HandlerDeps,
  em: SqlEntityManager,
  connection: StripeConnectionEntity,
  charge: unknown,
  version: number,
): Promise<string> {
  const categorize = createCategorizer({
    userRules: await deps.rules.rulesFor(em, connection.userId),
  });
  const row = mapChargeRow(charge, categorize, version);
  if (row === null) return 'skipped';
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

/** One handler per kind of event; unknown types are recorded as ignored by the processor. */
export function createWebhookHandlers(deps: HandlerDeps): Record<string, WebhookHandler> {
  const chargeEvent: WebhookHandler = async (em, event) => {
    const connections = await connectedTo(em, event);
    if (connections.length === 0) return 'unknown_account';
    const outcomes = [];
    for (const connection of connections) {
      outcomes.push(
        await applyCharge(deps, em, connection, event.data.object, eventVersion(event)),
      );
    }
    return outcomes.join(',');
  };

  // A dispute event carries the dispute, not the charge: read the charge as it is now.
  const disputeEvent: WebhookHandler = async (em, event) => {
    const connections = await connectedTo(em, event);
    if (connections.length === 0) return 'unknown_account';
    const chargeId = (event.data.object as { charge?: unknown }).charge;
    if (typeof chargeId !== 'string') return 'ignored_malformed';
    const outcomes = [];
    for (const connection of connections) {
      const fetchedAt = Date.now();
      const charge = await deps.access.run(em, connection.id, (stripe) =>
        stripe.charges.retrieve(chargeId),
      );
      outcomes.push(await applyCharge(deps, em, connection, charge, fetchedAt));
    }
    return outcomes.join(',');
  };

  const deauthorized: WebhookHandler = async (em, event) => {
    if (!event.account) return 'unknown_account';
    const repository = new ConnectionRepository(em);
    const connections = await repository.findByAccountId(event.account);
    if (connections.length === 0) return 'unknown_account';
    for (const connection of connections) {
      await repository.markDisconnected(connection.id);
      await repository.setStatus(connection.id, ConnectionStatus.DISCONNECTED, {
        code: 'STRIPE_DEAUTHORIZED',
        message: DEAUTHORIZED_MESSAGE,
      });
    }
    return 'disconnected';
  };

  // A refund changed on its own: the event carries the refund, so the charges are reconciled
  // by an incremental sync (which reads the charge through the Events API).
  const reconcile: WebhookHandler = async (em, event) => {
    const connections = await connectedTo(em, event);
    if (connections.length === 0) return 'unknown_account';
    for (const connection of connections) deps.requestSync(connection.id);
    return 'sync_requested';
  };

  return {
    'charge.refund.updated': reconcile,
    'charge.succeeded': chargeEvent,
    'charge.captured': chargeEvent,
    'charge.updated': chargeEvent,
    'charge.refunded': chargeEvent,
    'charge.failed': chargeEvent,
    'charge.dispute.*': disputeEvent,
    'account.application.deauthorized': deauthorized,
  };
}
