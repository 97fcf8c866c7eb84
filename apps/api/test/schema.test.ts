import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema, findBreakingChanges } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../src/app/schema.js';
import { printAppSchema } from '../src/graphql/print.js';

const committed = new URL('../schema.graphql', import.meta.url);
// The shared contract beside the repository is the source of truth; the copy in
// test/support keeps the test meaningful where it is absent.
const sharedContract = new URL('../../../../shared/contract.graphql', import.meta.url);
const contractFile = existsSync(sharedContract)
  ? sharedContract
  : new URL('./support/contract.graphql', import.meta.url);

describe('GraphQL schema', () => {
  it('matches the committed schema.graphql (run `npm run schema -w @cora/api` after a change)', async () => {
    const printed = printAppSchema(await buildAppSchema(createPubSub()));
    expect(printed).toBe(readFileSync(committed, 'utf8'));
  });

  it('keeps every type, field, argument and enum value of the public contract', async () => {
    const contract = buildSchema(readFileSync(contractFile, 'utf8'));
    const ours = await buildAppSchema(createPubSub());
    const breaking = findBreakingChanges(contract, ours).map((c) => `${c.type}: ${c.description}`);
    expect(breaking).toEqual([]);
  });
});
