import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { AppPubSub } from '../app/pubsub.js';
import { CategoryRuleResolver } from '../modules/rules/rules.resolver.js';
import { ConnectionResolver } from '../modules/stripe-connection/connection.resolver.js';
import { SupportResolver } from '../modules/support/support.resolver.js';
import { SyncResolver } from '../modules/sync/sync.resolver.js';
import { TransactionResolver } from '../modules/transactions/transaction.resolver.js';
import { MonitoringResolver } from '../monitoring/monitoring.resolver.js';
import { authChecker } from './auth-checker.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const resolvers: NonEmptyArray<Function> = [
  ConnectionResolver,
  SyncResolver,
  TransactionResolver,
  CategoryRuleResolver,
  SupportResolver,
  MonitoringResolver,
];

/** The schema built from the resolver classes; `printSchema` of it is `schema.graphql`. */
export function buildAppSchema(pubSub: AppPubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    pubSub,
    validate: false,
  });
}
