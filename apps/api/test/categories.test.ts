import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAccount, syncAndWait } from './support/books.js';
import { eachDatabase } from './support/databases.js';
import { startHarness, type Harness } from './support/harness.js';

interface Node {
  id: string;
  description: string | null;
  category: string;
}

describe.each(eachDatabase('categories'))(
  'categories differing only in case and spacing on %s',
  (_name, postgres) => {
    let h: Harness;
    let token = '';
    let account = '';

    const query = async <T>(text: string, variables: Record<string, unknown> = {}) => {
      const result = await h.gql<T>(text, variables, token);
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data;
    };
    const list = async (category?: string) =>
      (
        await query<{ stripeTransactions: { totalCount: number; edges: { node: Node }[] } }>(
          `query ($filter: TransactionFilter) { stripeTransactions(first: 100, filter: $filter) {
             totalCount edges { node { id description category } } } }`,
          { filter: category === undefined ? null : { category } },
        )
      ).stripeTransactions;
    const byCategory = async () =>
      (
        await query<{ stripeSyncStats: { byCategory: { category: string; count: number }[] } }>(
          `query { stripeSyncStats { byCategory { category currency count } } }`,
        )
      ).stripeSyncStats.byCategory;

    beforeAll(async () => {
      h = await startHarness({ postgres });
      const { control } = h.sandbox;
      account = control.createAccount({ charges: 0 }).id;
      const now = control.now();
      const charge = (description: string, category: string, ago: number) =>
        control.addCharge(account, {
          amount: 1000,
          description,
          metadata: { category },
          created: now - ago,
        });
      charge('Donation one', 'Donations', 300);
      charge('Donation two', 'donations', 200);
      charge('Donation three', '  DONATIONS ', 100);
      charge('Paper', 'office  supplies', 50);
      token = await connectAccount(h, 'spelling-user', account);
    });
    afterAll(async () => {
      await h.close();
    });

    it('stores one spelling per category through the sync, and counts them as one', async () => {
      const { edges } = await list();
      const donations = edges.filter((edge) => edge.node.description?.startsWith('Donation'));
      expect(new Set(donations.map((edge) => edge.node.category)).size).toBe(1);
      const paper = edges.find((edge) => edge.node.description === 'Paper');
      expect(paper?.node.category).toBe('Office Supplies');
      const donationsSpelling = donations[0]?.node.category ?? '';
      expect(await byCategory()).toEqual([
        { category: donationsSpelling, currency: 'USD', count: 3 },
        { category: 'Office Supplies', currency: 'USD', count: 1 },
      ]);
    });

    it('keeps the spelling the user saw for later charges, people and rules', async () => {
      const [first] = (await list('donations')).edges;
      const seen = first?.node.category ?? '';
      h.sandbox.control.addCharge(account, {
        amount: 500,
        description: 'Donation four',
        metadata: { category: 'DoNaTiOnS' },
      });
      await syncAndWait(h, token);
      const later = await list(' DONATIONS');
      expect(later.totalCount).toBe(4);
      expect(later.edges.every((edge) => edge.node.category === seen)).toBe(true);

      const paper = (await list()).edges.find((edge) => edge.node.description === 'Paper');
      const set = await query<{ setTransactionCategory: { category: string } }>(
        `mutation ($id: ID!, $category: String!) {
           setTransactionCategory(id: $id, category: $category) { category } }`,
        { id: paper?.node.id, category: `  ${seen.toUpperCase()}  ` },
      );
      expect(set.setTransactionCategory.category).toBe(seen);

      const rule = await query<{ createCategoryRule: { rules: { category: string }[] } }>(
        `mutation ($input: CategoryRuleInput!) { createCategoryRule(input: $input) {
           rules { category } } }`,
        {
          input: {
            matchType: 'DESCRIPTION_CONTAINS',
            pattern: 'Paper',
            category: 'office   SUPPLIES',
          },
        },
      );
      expect(rule.createCategoryRule.rules.map((item) => item.category)).toEqual([
        'Office Supplies',
      ]);
      expect(await byCategory()).toEqual([{ category: seen, currency: 'USD', count: 5 }]);
    });
  },
);
