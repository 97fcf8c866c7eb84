import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAccount, syncAndWait } from './support/books.js';
import { eachDatabase } from './support/databases.js';
import { startHarness, type Harness } from './support/harness.js';
import { WEBHOOK_SECRET } from './support/webhooks.js';

// Six vendors no built-in pattern knows, and one whose pattern ("uber" → Transportation) is
// wrong for this user.
const VENDORS: readonly [string, string][] = [
  ['Hetzner Online invoice', 'Hosting'],
  ['Gift box order', 'Client Gifts'],
  ['Workshop ticket', 'Training'],
  ['Private lesson', 'Education Income'],
  ['WeWork membership', 'Rent'],
  ['Upwork contract', 'Contractors'],
  ['Uber Eats order', 'Meals & Entertainment'],
];
const DAY = 86_400;

interface Node {
  id: string;
  stripeTransactionId: string;
  description: string;
  category: string;
  categorySource: string;
  categoryRuleId: string | null;
  suggestion: { category: string; confidence: number; reasons: string[] } | null;
  learnedReasons: string[] | null;
}
const BOOKS = `query { stripeTransactions(first: 100) { edges { node {
  id stripeTransactionId description category categorySource categoryRuleId
  suggestion { category confidence reasons } learnedReasons } } } }`;
const LEARNING = `categoryLearning { enabled corrections categorizedCount threshold }`;

describe.each(eachDatabase('categories that learn from corrections'))(
  'categories that learn from corrections (%s)',
  (_name, postgres) => {
    let h: Harness;
    let seq = 0;
    const charge = (account: string, description: string, extra: Record<string, unknown> = {}) =>
      h.sandbox.control.addCharge(account, {
        amount: 2_000 + (seq++ % 50) * 137,
        description,
        created: 1_780_000_000 + seq * DAY,
        ...extra,
      });
    const books = async (token: string): Promise<Node[]> => {
      const result = await h.gql<{ stripeTransactions: { edges: { node: Node }[] } }>(
        BOOKS,
        {},
        token,
      );
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.stripeTransactions.edges.map((edge) => edge.node);
    };
    const byCharge = (nodes: Node[]) =>
      new Map(nodes.map((node) => [node.stripeTransactionId, node]));

    beforeAll(async () => {
      h = await startHarness({ postgres, env: { STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET } });
    });
    afterAll(async () => {
      await h.close();
    });

    it('learns three corrections per vendor: new charges by sync and webhook arrive LEARNED, nothing MANUAL, METADATA or user-rule changes, another user is untouched', async () => {
      const account = h.sandbox.control.createAccount({ charges: 0 }).id;
      const otherAccount = h.sandbox.control.createAccount({ charges: 0 }).id;
      const corrected = VENDORS.flatMap(([vendor]) =>
        [1, 2, 3].map((n) => charge(account, `${vendor} ${4100 + n * 7}`)),
      );
      const uncorrected = VENDORS.map(([vendor]) =>
        charge(account, `${vendor.toUpperCase()} #${9000 + seq}`),
      );
      const metadataRow = charge(account, 'Gift box order 77', {
        metadata: { category: 'Marketing & Advertising' },
      });
      const ruleRow = charge(account, 'Workshop ticket VIP 12');
      for (const [vendor] of VENDORS) charge(otherAccount, `${vendor} 555`);

      const token = await connectAccount(h, `learner-${postgres ? 'pg' : 'sq'}`, account);
      const otherToken = await connectAccount(
        h,
        `bystander-${postgres ? 'pg' : 'sq'}`,
        otherAccount,
      );
      const rule = await h.gql(
        `mutation { createCategoryRule(input: { category: "Events", matchType: DESCRIPTION_CONTAINS, pattern: "VIP" }) { recategorizedCount } }`,
        {},
        token,
      );
      expect(rule.errors).toBeUndefined();
      const otherBefore = (await books(otherToken)).map((n) => [
        n.id,
        n.category,
        n.categorySource,
      ]);

      let ids = byCharge(await books(token));
      for (const [index, stripeCharge] of corrected.entries()) {
        const [, category] = VENDORS[Math.floor(index / 3)] ?? ['', ''];
        const id = ids.get(String(stripeCharge['id']))?.id;
        const set = await h.gql(
          `mutation ($id: ID!, $category: String!) { setTransactionCategory(id: $id, category: $category) { categorySource } }`,
          { id, category },
          token,
        );
        expect(set.errors).toBeUndefined();
      }
      // Learned at once: the mutation answers after the model is stored.
      const learning = await h.gql<{ categoryLearning: Record<string, unknown> }>(
        `query { ${LEARNING} }`,
        {},
        token,
      );
      expect(learning.data?.categoryLearning).toMatchObject({ enabled: true, corrections: 21 });

      // The existing uncorrected charges are re-categorized in the background.
      await h.app.services.learning.idle();
      ids = byCharge(await books(token));
      for (const [index, stripeCharge] of uncorrected.entries()) {
        const node = ids.get(String(stripeCharge['id']));
        expect(node).toMatchObject({ categorySource: 'LEARNED', category: VENDORS[index]?.[1] });
        expect(node?.learnedReasons?.length).toBeGreaterThan(0);
        expect(node?.suggestion).toBeNull();
      }
      expect(ids.get(String(metadataRow['id']))).toMatchObject({
        categorySource: 'METADATA',
        category: 'Marketing & Advertising',
      });
      expect(ids.get(String(ruleRow['id']))).toMatchObject({
        categorySource: 'RULE',
        category: 'Events',
      });

      // New charges: new order numbers and dates, synced; one more by webhook.
      const fresh = VENDORS.flatMap(([vendor], index) =>
        [0, 1, 2, 3].map((n) => ({
          charge: charge(
            account,
            n % 2 ? `${vendor} ${70_000 + seq * 13}` : `${vendor.toLowerCase()} – ${seq}/2027`,
          ),
          category: VENDORS[index]?.[1],
        })),
      );
      await syncAndWait(h, token);
      h.sandbox.control.addWebhookEndpoint({
        url: `${h.url}/api/integrations/stripe/webhook`,
        secret: WEBHOOK_SECRET,
      });
      fresh.push({
        charge: charge(account, 'Uber Eats order 99123'),
        category: 'Meals & Entertainment',
      });
      await h.sandbox.control.webhooksIdle();
      await h.app.services.webhooks.idle();

      ids = byCharge(await books(token));
      const learnedRight = fresh.filter(({ charge: c, category }) => {
        const node = ids.get(String(c['id']));
        return node?.categorySource === 'LEARNED' && node.category === category;
      });
      // The webhook's charge reached the books without a sync, and LEARNED.
      expect(ids.get(String(fresh.at(-1)?.charge['id']))).toMatchObject({
        categorySource: 'LEARNED',
        category: 'Meals & Entertainment',
      });
      expect(learnedRight.length / fresh.length).toBeGreaterThanOrEqual(0.8);

      for (const [index, stripeCharge] of corrected.entries())
        expect(ids.get(String(stripeCharge['id']))).toMatchObject({
          categorySource: 'MANUAL',
          category: VENDORS[Math.floor(index / 3)]?.[1],
        });
      expect(ids.get(String(metadataRow['id']))?.categorySource).toBe('METADATA');
      expect(ids.get(String(ruleRow['id']))).toMatchObject({
        categorySource: 'RULE',
        category: 'Events',
      });
      expect((await books(otherToken)).map((n) => [n.id, n.category, n.categorySource])).toEqual(
        otherBefore,
      );

      // The support console's counts.
      const support = await h.gql<{ supportCategoryLearning: Record<string, unknown> }>(
        `query ($u: String!) { supportCategoryLearning(userId: $u) { corrections categorizedCount } }`,
        { u: `learner-${postgres ? 'pg' : 'sq'}` },
        await h.token('staff', 'support'),
      );
      expect(support.data?.supportCategoryLearning).toEqual({
        corrections: 21,
        categorizedCount: [...ids.values()].filter((n) => n.categorySource === 'LEARNED').length,
      });
    });

    it('offers a guess below the threshold as a suggestion, can be turned off and rebuilt', async () => {
      const account = h.sandbox.control.createAccount({ charges: 0 }).id;
      const taught = charge(account, 'Acme Cloud hosting 1');
      const mixed = charge(account, 'Acme Cloud and something else entirely new 2');
      const userId = `switch-${postgres ? 'pg' : 'sq'}`;
      const token = await connectAccount(h, userId, account);
      let ids = byCharge(await books(token));
      await h.gql(
        `mutation ($id: ID!) { setTransactionCategory(id: $id, category: "Hosting") { id } }`,
        { id: ids.get(String(taught['id']))?.id },
        token,
      );
      await h.app.services.learning.idle();
      ids = byCharge(await books(token));
      const guess = ids.get(String(mixed['id']));
      expect(guess?.categorySource).toBe('DEFAULT');
      expect(guess?.suggestion).toMatchObject({ category: 'Hosting' });
      expect(guess?.suggestion?.confidence).toBeLessThan(h.config.learningThreshold);
      expect(guess?.suggestion?.reasons).toEqual(expect.arrayContaining(['acme']));

      const off = await h.gql<{ setCategoryLearning: Record<string, unknown> }>(
        `mutation { setCategoryLearning(enabled: false) { enabled corrections } }`,
        {},
        token,
      );
      expect(off.data?.setCategoryLearning).toEqual({ enabled: false, corrections: 1 });
      await h.app.services.learning.idle();
      expect(byCharge(await books(token)).get(String(mixed['id']))?.suggestion).toBeNull();

      const rebuilt = await h.gql<{ rebuildCategoryModel: Record<string, unknown> }>(
        `mutation { rebuildCategoryModel { enabled corrections } }`,
        {},
        token,
      );
      expect(rebuilt.data?.rebuildCategoryModel).toEqual({ enabled: false, corrections: 1 });
      await h.gql(`mutation { setCategoryLearning(enabled: true) { enabled } }`, {}, token);
      await h.app.services.learning.idle();
      expect(byCharge(await books(token)).get(String(mixed['id']))?.suggestion?.category).toBe(
        'Hosting',
      );
    });
  },
);
