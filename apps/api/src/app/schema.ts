import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../graphql/auth-checker.js';
import { BooksResolver } from '../modules/books/books.resolver.js';
import { TransactionSettlementResolver } from '../modules/books/transaction-settlement.resolver.js';
import { LearningResolver } from '../modules/learning/learning.resolver.js';
import { SuggestionResolver } from '../modules/learning/suggestion.resolver.js';
import { MonitoringResolver } from '../modules/monitoring/monitoring.resolver.js';
import { CategoryRuleResolver } from '../modules/rules/rules.resolver.js';
import { ConnectionResolver } from '../modules/stripe-connection/connection.resolver.js';
import { SupportResolver } from '../modules/support/support.resolver.js';
import { ParkedEventsResolver } from '../modules/webhooks/parked-events.resolver.js';
import { ParkedEventsService } from '../modules/webhooks/parked-events.service.js';
import { SyncResolver } from '../modules/sync/sync.resolver.js';
import { TransactionResolver } from '../modules/transactions/transaction.resolver.js';
import type { AppPubSub } from '../pubsub/pubsub.js';
import type { Services } from './services.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const resolvers: NonEmptyArray<Function> = [
  ConnectionResolver,
  SyncResolver,
  TransactionResolver,
  CategoryRuleResolver,
  SupportResolver,
  MonitoringResolver,
  ParkedEventsResolver,
  BooksResolver,
  TransactionSettlementResolver,
  LearningResolver,
  SuggestionResolver,
];

/** Each resolver built once with the services its module uses. */
export function resolverContainer(services: Services): ContainerType {
  const instances: object[] = [
    new ConnectionResolver(services.connections),
    new SyncResolver(services.sync),
    new TransactionResolver(services.transactions),
    new CategoryRuleResolver(services.rules),
    new SupportResolver(
      services.support,
      services.audit,
      services.sync,
      services.transactions,
      services.rules,
    ),
    new MonitoringResolver(services.monitoring, services.audit),
    new ParkedEventsResolver(new ParkedEventsService(services.webhooks), services.audit),
    new BooksResolver(services.books, services.audit),
    new TransactionSettlementResolver(services.books),
    new LearningResolver(services.learning, services.audit),
    new SuggestionResolver(services.learning),
  ];
  return {
    get(resolverClass) {
      const instance = instances.find((candidate) => candidate instanceof resolverClass);
      if (instance === undefined) throw new Error('No resolver instance for a class of the schema');
      return instance;
    },
  };
}

/**
 * The schema built from the resolver classes; `printSchema` of it is `schema.graphql`. To
 * execute operations it needs the container of resolver instances.
 */
export function buildAppSchema(
  pubSub: AppPubSub,
  container?: ContainerType,
): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    ...(container === undefined ? {} : { container }),
    authChecker,
    pubSub,
    validate: false,
  });
}
