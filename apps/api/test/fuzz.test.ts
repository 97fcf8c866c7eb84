import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAccount } from './support/books.js';
import { postgresUrl } from './support/databases.js';
import { startHarness, type Harness } from './support/harness.js';

const SEED = 6_2026;
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2500);

const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

/** Leaf fields, and object fields without required arguments, a few levels deep. */
function selectionOf(type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields()).filter((field) =>
    field.args.every((arg) => !isNonNullType(arg.type)),
  );
  const parts = fields.flatMap((field) => {
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    if (depth <= 0) return [];
    const inner = selectionOf(named, depth - 1);
    return inner === '' ? [] : [`${field.name} ${inner}`];
  });
  return `{ __typename ${parts.join(' ')} }`;
}

const b64 = (value: unknown): string =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Values the server must turn away politely wherever they land. */
const hostile = fc.constantFrom<unknown>(
  null,
  'NaN',
  '',
  ' ',
  '1',
  1.5,
  -1,
  0,
  2 ** 31,
  1e20,
  true,
  {},
  [],
  '\0',
  'a\0b',
  '?',
  '? ?? \' " % _ \\',
  '😀',
  'x'.repeat(300),
);

/** Harvested from real responses, so some arguments point at real rows and pages. */
const seen = { cursors: new Set<string>(), ids: new Set<string>() };

const cursorArb = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...(seen.cursors.size > 0 ? [...seen.cursors] : ['x'])),
    fc.constantFrom(
      b64([9e15, 'abc']),
      b64([8.64e15 + 1, 'abc']),
      b64([-8.7e15, 'abc']),
      b64([1.5, 'abc']),
      b64(['x', 'abc']),
      b64([1, "a'; drop table x"]),
      b64([1]),
      b64('o:99999999999'),
      b64('o:-1'),
      b64('o:5'),
      b64('o:999999999'),
      'not base64 at all!!',
      '====',
    ),
    fc.base64String({ maxLength: 40 }),
  );

const textArb = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom('fuzz', 'other', 'nobody', 'acct_', 'USD', 'eur', 'Sales', 'Order'),
    fc.constantFrom('(', '.*', '(a+)+$', '\\', '[', '?', '??', '%', '_', "'"),
    cursorArb(),
  );

const idArb = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...(seen.ids.size > 0 ? [...seen.ids] : ['x'])),
    fc.uuid(),
    fc.constantFrom('abc', '', '00000000-0000-0000-0000-000000000000', 'ch_1'),
  );

const dateArb = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc
      .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
      .map((ms) => new Date(ms).toISOString()),
    fc.constantFrom<unknown>(
      '2025-13-40T00:00:00Z',
      '2025-02-30T00:00:00Z',
      'yesterday',
      '+275760-09-13T00:00:00.001Z',
      '-271821-04-20T00:00:00Z',
      '9999-12-31T23:59:59.999Z',
      '2025-01-01',
      1e20,
      0,
    ),
  );

const intArb = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -5, max: 150 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(2 ** 31 - 1, 2 ** 31, -(2 ** 31), 1e20, 'NaN', '5', 1.5),
    },
  );

function scalarArb(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
      return intArb();
    case 'Float':
      return fc.double();
    case 'Boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom<unknown>('true', 1));
    case 'ID':
      return idArb();
    case 'DateTime':
      return dateArb();
    case 'JSONObject':
      return fc.oneof(fc.object(), fc.constantFrom<unknown>('x', 1));
    default:
      return textArb();
  }
}

/** A value of the type, or now and then something else entirely. */
function valueArb(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const typed = ((): fc.Arbitrary<unknown> => {
    if (isNonNullType(type)) return valueArb(type.ofType);
    if (isListType(type)) return fc.array(valueArb(type.ofType), { maxLength: 4 });
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      return fc.record(
        Object.fromEntries(fields.map((field) => [field.name, valueArb(field.type)])),
        { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) },
      );
    }
    if (isEnumType(type)) {
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
        { weight: 1, arbitrary: fc.constantFrom('connected', 'NOPE', '') },
      );
    }
    return scalarArb(type.name);
  })();
  return fc.oneof({ weight: 8, arbitrary: typed }, { weight: 1, arbitrary: hostile });
}

interface Operation {
  field: string;
  query: string;
  variables: Record<string, unknown>;
  as: 'owner' | 'support' | 'bystander' | 'anonymous';
}

const optional = (arg: GraphQLArgument): boolean =>
  !isNonNullType(arg.type) || arg.defaultValue !== undefined;

function operationArb(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args.map((arg) =>
    fc.tuple(
      fc.constant(arg),
      // Missing optional arguments, and missing required ones now and then.
      fc.integer({ min: 1, max: 100 }).map((n) => n <= (optional(arg) ? 30 : 3)),
      valueArb(arg.type),
    ),
  );
  const support = field.name.startsWith('support');
  // Disconnecting is fuzzed on a second user, so the connected one keeps its books.
  const usual = field.name === 'disconnectStripe' ? 'bystander' : support ? 'support' : 'owner';
  return fc
    .tuple(
      fc.tuple(...args),
      fc.constantFrom<Operation['as']>(usual, usual, usual, usual, usual, 'owner', 'anonymous'),
    )
    .map(([chosen, as]): Operation => {
      const present = chosen.filter(([, omitted]) => !omitted);
      const declared = present.map(([arg]) => `$${arg.name}: ${arg.type.toString()}`);
      const passed = present.map(([arg]) => `${arg.name}: $${arg.name}`);
      const selection = selectionOf(getNamedType(field.type), 2);
      const query =
        `${kind} Fuzz${declared.length > 0 ? `(${declared.join(', ')})` : ''} ` +
        `{ ${field.name}${passed.length > 0 ? `(${passed.join(', ')})` : ''} ${selection} }`;
      const variables = Object.fromEntries(present.map(([arg, , value]) => [arg.name, value]));
      return { field: field.name, query, variables, as };
    });
}

/** What a masked message never contains: SQL, table names, stack frames, driver names. */
const UNMASKED =
  /\b(select|insert|update|delete)\b.*\b(from|into|set)\b|stripe_transaction|stripe_connection|sync_run|audit_log|category_rule|sqlite|postgres|knex|mikro|\n\s+at |\.[jt]s:\d+|TypeError|ReferenceError|undefined|\[object Object\]/i;

function collectedLogger(lines: Record<string, unknown>[]) {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return pino({ level: 'warn' }, stream);
}

describe(`schema-driven fuzz of every query and mutation [${postgresUrl ? 'postgresql' : 'sqlite'}]`, () => {
  let h: Harness;
  const logs: Record<string, unknown>[] = [];
  const tokens = new Map<Operation['as'], string | null>();

  const errorLines = (): Record<string, unknown>[] =>
    logs.filter((line) => typeof line['level'] === 'number' && line['level'] >= 50);

  const harvest = (value: unknown, key = ''): void => {
    if (Array.isArray(value)) value.forEach((item) => harvest(item));
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) harvest(v, k);
    } else if (typeof value === 'string') {
      if ((key === 'cursor' || key === 'endCursor') && seen.cursors.size < 50)
        seen.cursors.add(value);
      if (key === 'id' && seen.ids.size < 50) seen.ids.add(value);
    }
  };

  beforeAll(async () => {
    h = await startHarness({ logger: collectedLogger(logs), postgres: postgresUrl });
    const account = h.sandbox.control.createAccount({ charges: 40, seed: 5 }).id;
    tokens.set('owner', await connectAccount(h, 'fuzz', account));
    tokens.set('support', await h.token('fuzz-support', 'support'));
    tokens.set('bystander', await h.token('other'));
    tokens.set('anonymous', null);
    await h.gql(
      `mutation { createCategoryRule(input: { category: "Rent", matchType: DESCRIPTION_CONTAINS, pattern: "rent" }) { rules { id } } }`,
      {},
      tokens.get('owner'),
    );
    for (const [query, as] of [
      [
        `{ stripeTransactions(first: 3) { edges { cursor node { id } } } categoryRules { id } }`,
        'owner',
      ],
      [`{ stripeSyncHistory(first: 1) { edges { cursor node { id } } } }`, 'owner'],
      [`{ supportConnections(first: 1) { edges { cursor node { id } } } }`, 'support'],
      [`{ supportAuditLog(userId: "fuzz", first: 1) { edges { cursor node { id } } } }`, 'support'],
    ] as const) {
      harvest((await h.gql(query, {}, tokens.get(as))).data);
    }
    expect(seen.cursors.size).toBeGreaterThan(3);
  });

  afterAll(async () => {
    await h.close();
  });

  it(`answers ${RUNS} random operations without an internal error, a leak or an error log`, async () => {
    const roots = [
      ...Object.values(schema.getQueryType()?.getFields() ?? {}).map(
        (field) => ['query', field] as const,
      ),
      ...Object.values(schema.getMutationType()?.getFields() ?? {}).map(
        (field) => ['mutation', field] as const,
      ),
    ];
    const operations = fc.oneof(...roots.map(([kind, field]) => operationArb(kind, field)));
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(operations, async (op) => {
        const before = errorLines().length;
        const result = await h.gql(op.query, op.variables, tokens.get(op.as) ?? null);
        expect(result.status).toBeLessThan(500);
        for (const error of result.errors ?? []) {
          const code = error.extensions?.code ?? 'NONE';
          codes.set(code, (codes.get(code) ?? 0) + 1);
          expect(code).not.toBe('INTERNAL_SERVER_ERROR');
          expect(error.message).not.toMatch(UNMASKED);
        }
        expect(errorLines().slice(before)).toEqual([]);
        harvest(result.data);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    await h.app.services.engine.idle();
    expect(errorLines()).toEqual([]);
    // The run reached the resolvers, not only the validation.
    expect(codes.get('BAD_USER_INPUT') ?? 0).toBeGreaterThan(RUNS / 25);
  }, 180_000);

  const REPORTED: [string, string, Record<string, unknown>, 'owner' | 'support', RegExp][] = [
    [
      'a string for an Int',
      'query ($f: Int) { stripeTransactions(first: $f) { totalCount } }',
      { f: 'NaN' },
      'owner',
      /\$f.*Int/,
    ],
    [
      'an invalid DateTime',
      'query ($s: DateTime) { supportSyncRuns(since: $s) { totalCount } }',
      { s: '2025-13-40T00:00:00Z' },
      'support',
      /\$s.*DateTime/,
    ],
    [
      'a cursor beyond Date range',
      'query ($a: String) { stripeTransactions(after: $a) { totalCount } }',
      { a: b64([9e15, 'abc']) },
      'owner',
      /after is not a valid cursor/,
    ],
    [
      'NUL in the search',
      'query ($s: String) { stripeTransactions(filter: { search: $s }) { totalCount } }',
      { s: 'a\0b' },
      'owner',
      /filter.search must not contain control characters/,
    ],
    [
      'NUL in the category',
      'query ($c: String) { stripeTransactions(filter: { category: $c }) { totalCount } }',
      { c: '\0' },
      'owner',
      /filter.category must not contain control characters/,
    ],
    [
      'NUL in a support search',
      'query ($s: String) { supportConnections(search: $s) { totalCount } }',
      { s: 'u\0' },
      'support',
      /search must not contain control characters/,
    ],
  ];

  it.each(REPORTED)(
    'answers BAD_USER_INPUT for %s',
    async (_name, query, variables, as, message) => {
      const result = await h.gql(query, variables, tokens.get(as) ?? null);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(message);
    },
  );

  it('lists support connections without an after argument', async () => {
    const result = await h.gql('{ supportConnections { totalCount } }', {}, tokens.get('support'));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ supportConnections: { totalCount: 1 } });
  });

  it('finds a "?" search on both transports, and refuses NUL in the REST query too', async () => {
    const gql = await h.gql(
      '{ stripeTransactions(filter: { search: "? ?? ?" }, first: 2) { totalCount edges { cursor } } }',
      {},
      tokens.get('owner'),
    );
    expect(gql.errors).toBeUndefined();
    const rest = await fetch(`${h.url}/api/integrations/stripe/transactions?search=%00`, {
      headers: { authorization: `Bearer ${tokens.get('owner') ?? ''}` },
    });
    expect(rest.status).toBe(400);
    expect(await rest.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
  });
});
