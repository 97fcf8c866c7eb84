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

// The books' additions extend the contract (`extend type …`), so they are read together with it.
const sharedBooks = new URL('../../../../shared/contract-books.graphql', import.meta.url);
const booksFile = existsSync(sharedBooks)
  ? sharedBooks
  : new URL('./support/contract-books.graphql', import.meta.url);

// The learning additions extend the contract the same way.
const sharedLearning = new URL('../../../../shared/contract-learning.graphql', import.meta.url);
const learningFile = existsSync(sharedLearning)
  ? sharedLearning
  : new URL('./support/contract-learning.graphql', import.meta.url);

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

  it('keeps every name of the books’ contract additions', async () => {
    const contract = buildSchema(
      `${readFileSync(contractFile, 'utf8')}\n${readFileSync(booksFile, 'utf8')}`,
    );
    const ours = await buildAppSchema(createPubSub());
    const breaking = findBreakingChanges(contract, ours).map((c) => `${c.type}: ${c.description}`);
    expect(breaking).toEqual([]);
  });

  it('keeps every name of the learning contract additions', async () => {
    const contract = buildSchema(
      `${readFileSync(contractFile, 'utf8')}\n${readFileSync(learningFile, 'utf8')}`,
    );
    const ours = await buildAppSchema(createPubSub());
    const breaking = findBreakingChanges(contract, ours).map((c) => `${c.type}: ${c.description}`);
    expect(breaking).toEqual([]);
  });
});
