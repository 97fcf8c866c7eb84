import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Identity } from '../auth/identity.js';
import type { AppError } from '../errors/app-error.js';
import type { AppPubSub } from '../pubsub/pubsub.js';

/** What every resolver receives: one EntityManager fork per request or subscription. */
export interface GraphQLContext {
  requestId: string;
  identity: Identity | null;
  /** Why `identity` is null when a token was sent but refused. */
  authError: AppError | null;
  em: SqlEntityManager;
  /** The live events that subscriptions read. */
  pubSub: AppPubSub;
}

/** The verified caller; the auth checker has already refused anonymous calls. */
export function callerOf(context: GraphQLContext): Identity {
  if (context.identity === null) throw new Error('resolver reached without an identity');
  return context.identity;
}
