import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPubSub } from '@graphql-yoga/subscription';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type DefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../src/app/schema.js';
import { MAX_PAGE_SIZE } from '../src/graphql/args.js';
import { operationCost, ROOT_FIELD_COSTS } from '../src/graphql/cost.js';
import { MAX_QUERY_COST } from '../src/graphql/limits.js';

const adminSrc = fileURLToPath(new URL('../../admin/src/', import.meta.url));

/** Every `graphql(`…`)` document the console sends, with its fragments. */
function consoleDefinitions(): DefinitionNode[] {
  const files = readdirSync(adminSrc, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.documents.ts') || file.endsWith('graphql/fragments.ts'),
  );
  return files.flatMap((file) =>
    [...readFileSync(join(adminSrc, file), 'utf8').matchAll(/graphql\(`([^`]*)`\)/g)].flatMap(
      (match) => parse(match[1] ?? '').definitions,
    ),
  );
}

/** The largest values a client may send: the biggest page, the longest series. */
function worstCaseValue(type: GraphQLInputType, name: string): unknown {
  if (name === 'first') return MAX_PAGE_SIZE;
  if (name === 'days') return 366;
  const named = getNamedType(type);
  if (!isNonNullType(type)) return undefined;
  if (isEnumType(named)) return named.getValues()[0]?.value;
  if (isInputObjectType(named))
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, worstCaseValue(field.type, field.name)]),
    );
  if (type.ofType.toString().startsWith('[')) return [];
  if (named.name === 'Boolean') return true;
  return named.name === 'Int' ? 1 : 'x';
}

function variablesOf(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => {
      const type = typeFromAST(schema, definition.type) as GraphQLInputType;
      return [definition.variable.name.value, worstCaseValue(type, definition.variable.name.value)];
    }),
  );
}

const aliases = (count: number, field: string) =>
  parse(`query { ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`);

describe('the cost model', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema(createPubSub());
  });

  it('prices every root field (each reads the database or Stripe), and only those', () => {
    const coordinates = [
      schema.getQueryType(),
      schema.getMutationType(),
      schema.getSubscriptionType(),
    ]
      .flatMap((type) =>
        type ? Object.keys(type.getFields()).map((f) => `${type.name}.${f}`) : [],
      )
      .sort();
    expect(Object.keys(ROOT_FIELD_COSTS).sort()).toEqual(coordinates);
  });

  it('lets every document of the console through, at the largest page and series', () => {
    const definitions = consoleDefinitions();
    const operations = definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    expect(operations.length).toBeGreaterThan(20);
    const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const costs = operations.map((operation) => {
      const document = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] } as const;
      const name = operation.name?.value ?? '';
      return [name, operationCost(schema, document, variablesOf(schema, operation), name)] as const;
    });
    const heaviest = costs.reduce((a, b) => (b[1] > a[1] ? b : a));
    process.stdout.write(`console's heaviest document: ${heaviest[0]} costs ${heaviest[1]}\n`);
    for (const [name, cost] of costs) expect(cost, name).toBeLessThanOrEqual(MAX_QUERY_COST);
  });

  it.each([
    [
      '1,000 aliases of stripeTransactions(first: 100)',
      aliases(1_000, 'stripeTransactions(first: 100) { edges { node { id amount } } }'),
    ],
    [
      '2,000 aliases of stripeSyncStats { transactionCount }',
      aliases(2_000, 'stripeSyncStats { transactionCount }'),
    ],
    [
      '60 aliases of stripeSyncStats { transactionCount }',
      aliases(60, 'stripeSyncStats { transactionCount }'),
    ],
  ])('prices %s over the limit', (name, document) => {
    const cost = operationCost(schema, document);
    process.stdout.write(`${name} costs ${cost}\n`);
    expect(cost).toBeGreaterThan(MAX_QUERY_COST);
  });

  it('multiplies a page by its size and adds aliases up', () => {
    const own = ROOT_FIELD_COSTS['Query.stripeTransactions'] ?? 0;
    const page = (first: number) =>
      operationCost(
        schema,
        parse(`query { stripeTransactions(first: ${first}) { totalCount edges { node { id } } } }`),
      );
    expect(page(100) - own).toBe(100 * (page(1) - own));
    expect(operationCost(schema, aliases(3, 'stripeSyncStats { syncCount }'))).toBe(
      3 * operationCost(schema, aliases(1, 'stripeSyncStats { syncCount }')),
    );
  });
});
