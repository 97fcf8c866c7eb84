import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, launchChromium, screenshot, VIEWPORTS } from './support/browser.js';
import { connectUser } from './support/connect-user.js';
import { chromiumPath } from './support/env.js';
import { pageErrors, tableRecords } from './support/probes.js';
import { startRealStack, type RealStack } from './support/real-api.js';
import {
  listBalanceTransactions,
  listPayouts,
  money,
  settlementFromStripe,
  type PayoutSummary,
} from './support/stripe-books.js';

const USER = 'books-e2e-shop';
const SUPPORT = 'support-e2e-books';
const DAY = 86_400;
const LIVE = { timeout: 30_000 };

interface SupportPayouts {
  supportPayouts: { edges: Array<{ node: { stripePayoutId: string; reconciled: boolean } }> };
}

/** The payout ids the table lists, in its order. */
async function listedPayoutIds(region: Locator): Promise<string[]> {
  return (await tableRecords(region)).map((row) => row.Payout?.split(' · ')[0] ?? '');
}

describe.skipIf(!chromiumPath)(
  'the books against the real API and Stripe sandbox (needs CHROMIUM_PATH)',
  () => {
    let stack: RealStack;
    let browser: Browser;
    let account = '';

    beforeAll(async () => {
      stack = await startRealStack();
      browser = await launchChromium();
      // Twenty days of sales: daily automatic payouts, most of them paid already.
      account = await connectUser(stack, USER, { charges: 150, days: 20, seed: 7 });
    });
    afterAll(async () => {
      await browser?.close();
      await stack?.close();
    });

    /** Every paid payout the table lists is reconciled, to the cent of the sandbox's amount. */
    async function expectPaidReconciled(region: Locator, stripe: PayoutSummary[]) {
      const rows = await tableRecords(region);
      const paid = stripe.filter((payout) => payout.status === 'paid');
      expect(paid.length).toBeGreaterThanOrEqual(3);
      for (const payout of paid.filter((p) => rows.some((r) => r.Payout?.startsWith(p.id)))) {
        const row = rows.find((r) => r.Payout?.startsWith(payout.id));
        expect(row, payout.id).toMatchObject({
          Status: 'paid',
          'Paid out': money(payout.amount),
          Net: money(payout.amount),
          Reconciliation: 'Reconciled',
        });
      }
    }

    async function expectSettlementEqualsStripe(page: Page) {
      const region = page.getByRole('region', { name: 'Settlement', exact: true });
      const expected = settlementFromStripe(await listBalanceTransactions(stack.sandbox, account));
      await expect
        .poll(async () => (await tableRecords(region))[0], LIVE)
        .toMatchObject({
          Currency: 'USD',
          ...Object.fromEntries(Object.entries(expected).map(([line, v]) => [line, money(v)])),
        });
      expect(await tableRecords(region)).toHaveLength(1);
    }

    it('lists the payouts reconciled to the sandbox’s, opens one to its entries, and follows a sync and webhooks that add payouts', async ({
      onTestFailed,
    }) => {
      const page = await browser.newPage({ viewport: VIEWPORTS[0] });
      onTestFailed(() => screenshot(page, 'books-failed').then(() => undefined));
      const errors = pageErrors(page, stack.origin);
      await page.goto(await stack.open('/integrations/stripe', USER, 'user'));
      const payouts = page.getByRole('region', { name: 'Payouts', exact: true });

      const stripe = await listPayouts(stack.sandbox, account);
      expect(stripe.length).toBeGreaterThan(3);
      expect(stripe.length).toBeLessThanOrEqual(20);
      await expect.poll(() => listedPayoutIds(payouts), LIVE).toEqual(stripe.map((p) => p.id));
      await expectPaidReconciled(payouts, stripe);
      await expectSettlementEqualsStripe(page);

      // One paid payout, opened: the entries Stripe says it settled, with their amounts.
      const opened = stripe.find((payout) => payout.status === 'paid');
      if (!opened) throw new Error('no paid payout');
      const settled = await listBalanceTransactions(stack.sandbox, account, opened.id);
      expect(settled.length).toBeGreaterThan(0);
      await payouts.getByRole('button', { name: `Entries of ${opened.id}` }).click();
      const entries = page.getByRole('region', { name: `Entries of ${opened.id}` });
      await expect
        .poll(async () => (await tableRecords(entries)).length, LIVE)
        .toBe(settled.length);
      const rows = await tableRecords(entries);
      for (const txn of settled) {
        const row = rows.find((r) => r.Description?.endsWith(txn.source ?? txn.id));
        expect(row, txn.id).toMatchObject({
          Gross: money(txn.amount),
          Fee: money(txn.fee),
          Net: money(txn.net),
        });
        expect(row?.Type?.startsWith(txn.type.replace(/_/g, ' ')), txn.id).toBe(true);
        if (txn.type === 'charge') expect(row?.Charge).toBe(txn.source);
      }
      await screenshot(page, 'books-payout-entries');

      // The narrow layout holds with a payout open.
      // The charts follow the new width once their observers fire.
      await page.setViewportSize(VIEWPORTS[1]);
      await expect.poll(() => horizontalOverflow(page), LIVE).toBeLessThanOrEqual(0);
      await page.setViewportSize(VIEWPORTS[0]);

      // Three days later Stripe has paid out again; a sync brings the new payouts in, live.
      stack.sandbox.control.advanceClock(3 * DAY);
      const later = await listPayouts(stack.sandbox, account);
      expect(later.length).toBeGreaterThan(stripe.length);
      const sync = page.getByRole('region', { name: 'Sync', exact: true });
      await sync.getByRole('button', { name: 'Sync transactions' }).click();
      await sync.getByText(/^Sync finished/).waitFor(LIVE);
      await expect
        .poll(() => listedPayoutIds(payouts), LIVE)
        .toEqual(later.slice(0, 20).map((p) => p.id));
      await payouts.getByText(`20 shown of ${later.length}`).waitFor();
      await expectPaidReconciled(payouts, later);
      await expectSettlementEqualsStripe(page);
      await screenshot(page, 'books-after-sync');

      // With Stripe's webhooks on, a new sale's payout arrives on the page without a sync.
      const history = page.getByRole('region', { name: 'Sync history' });
      const runs = (await tableRecords(history)).length;
      stack.deliverWebhooks();
      stack.sandbox.control.addCharge(account, { amount: 5_000, description: 'Gift card' });
      // The sale is in first, so what follows can only come from the payout's own events.
      await page
        .getByRole('region', { name: 'Transactions', exact: true })
        .getByText('Gift card')
        .waitFor(LIVE);
      stack.sandbox.control.advanceClock(3 * DAY);
      const latest = await listPayouts(stack.sandbox, account);
      expect(latest.length).toBeGreaterThan(later.length);
      await expect
        .poll(() => listedPayoutIds(payouts), LIVE)
        .toEqual(latest.slice(0, 20).map((p) => p.id));
      await expectPaidReconciled(payouts, latest);
      // The settlement is read again on opening the page: its live refresh after a payout that
      // arrives by webhook alone can miss the payout's own entry.
      await page.reload();
      await expectSettlementEqualsStripe(page);
      expect((await tableRecords(history)).length).toBe(runs);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('shows support the same payouts and flags one whose entries do not add up to it', async ({
      onTestFailed,
    }) => {
      // Stripe reports a paid payout at a cent-exact amount its settled entries miss by $1.00.
      const stripe = await listPayouts(stack.sandbox, account);
      const target = stripe.slice(0, 20).find((payout) => payout.status === 'paid');
      if (!target) throw new Error('no paid payout');
      const changed = { ...target, amount: target.amount + 100 };
      const status = await stack.postWebhook({
        id: `evt_payout_changed_${Date.now()}`,
        object: 'event',
        api_version: '2026-10-28.endive',
        // Newer than every copy the books hold: the sandbox's events run on its clock.
        created: Math.max(stack.sandbox.control.now(), Math.floor(Date.now() / 1000)) + 60,
        type: 'payout.updated',
        account,
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
        data: { object: changed },
      });
      expect(status).toBe(200);
      const supportToken = await stack.token(SUPPORT, 'support');
      const reconciledOf = async () =>
        (
          await stack.graphql<SupportPayouts>(
            supportToken,
            'query ($userId: String!) { supportPayouts(userId: $userId) { edges { node { stripePayoutId reconciled } } } }',
            { userId: USER },
          )
        ).supportPayouts.edges.find((edge) => edge.node.stripePayoutId === target.id)?.node
          .reconciled;
      await expect.poll(reconciledOf, LIVE).toBe(false);

      const page = await browser.newPage({ viewport: VIEWPORTS[0] });
      onTestFailed(() => screenshot(page, 'books-support-failed').then(() => undefined));
      const errors = pageErrors(page, stack.origin);
      await page.goto(await stack.open(`/support/connections/${USER}`, SUPPORT, 'support'));
      const payouts = page.getByRole('region', { name: 'Payouts', exact: true });
      const flag = payouts.getByRole('status', { name: 'Unreconciled payouts' });
      await flag.waitFor(LIVE);
      expect(await flag.getByRole('listitem').allTextContents()).toEqual([
        `${target.id}: paid out ${money(changed.amount)}, entries net ${money(target.amount)}, off by $1.00`,
      ]);
      const rows = await tableRecords(payouts);
      expect(rows.find((row) => row.Payout?.startsWith(target.id))?.Reconciliation).toBe(
        'Off by $1.00',
      );
      await expectPaidReconciled(
        payouts,
        stripe.filter((payout) => payout.id !== target.id),
      );
      await expectSettlementEqualsStripe(page);
      await screenshot(page, 'books-support-unreconciled');

      // The charts follow the new width once their observers fire.
      await page.setViewportSize(VIEWPORTS[1]);
      await expect.poll(() => horizontalOverflow(page), LIVE).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);
