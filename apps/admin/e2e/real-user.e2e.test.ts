import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, VIEWPORTS } from './support/browser.js';
import { chromiumPath } from './support/env.js';
import {
  fetchedIn,
  pageErrors,
  recordProgress,
  tableCells,
  tableRecords,
  tiles,
} from './support/probes.js';
import { startRealStack, type RealStack } from './support/real-api.js';
import { listCharges } from './support/sandbox-charges.js';

const USER = 'user-e2e-bakery';
const LAMP = { description: 'Walnut desk lamp', amount: 4_200, currency: 'usd' };

const count = (value: number) => new Intl.NumberFormat('en-US').format(value);

function sections(page: Page) {
  return {
    connection: page.getByRole('region', { name: 'Connection' }),
    sync: page.getByRole('region', { name: 'Sync', exact: true }),
    stats: page.getByRole('region', { name: 'Statistics' }),
    transactions: page.getByRole('region', { name: 'Transactions', exact: true }),
    history: page.getByRole('region', { name: 'Sync history' }),
  };
}

/** The "Amount by category (USD)" numbers: category → [amount, transactions]. */
async function categoryFigures(page: Page): Promise<Map<string, [string, string]>> {
  const figure = page.getByRole('figure', { name: 'Amount by category (USD)' });
  const details = figure.locator('details');
  if ((await details.getAttribute('open')) === null)
    await figure.getByText('Show the numbers').click();
  const rows = await tableCells(figure.getByRole('table'));
  return new Map(rows.map(([category = '', amount = '', n = '']) => [category, [amount, n]]));
}

describe.skipIf(!chromiumPath)(
  'a user against the real API and Stripe sandbox (needs CHROMIUM_PATH)',
  () => {
    let stack: RealStack;
    let browser: Browser;
    beforeAll(async () => {
      stack = await startRealStack();
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await stack?.close();
    });

    it('connects through Stripe, syncs with moving counts, filters, recategorizes and sees the statistics change', async ({
      onTestFailed,
    }) => {
      const page = await browser.newPage({ viewport: VIEWPORTS[0] });
      onTestFailed(() => screenshot(page, 'real-user-failed').then(() => undefined));
      const errors = pageErrors(page, stack.origin);
      const visited: string[] = [];
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) visited.push(frame.url());
      });
      const { connection, sync, stats, transactions, history } = sections(page);

      // Connect: the button, Stripe's consent page, Authorize, and back.
      await page.goto(await stack.open('/integrations/stripe', USER, 'user'));
      await connection.getByText('Not connected', { exact: true }).waitFor();
      await connection.getByRole('button', { name: 'Connect Stripe' }).click();
      await page.getByRole('heading', { name: 'Connect to CORA' }).waitFor();
      expect(new URL(page.url()).origin).toBe(stack.sandbox.url);
      await page.getByRole('button', { name: 'Authorize' }).click();
      await page.getByText(/^Stripe is connected\./).waitFor();
      expect(visited).toContain(`${stack.origin}/integrations/stripe?connected=1`);
      await connection.getByText('Connected', { exact: true }).waitFor();
      const accountId = (await connection.getByText(/^acct_/).textContent()) ?? '';

      // The first import brings in exactly the account's succeeded charges.
      const charges = await listCharges(stack.sandbox, accountId);
      expect(charges).toHaveLength(300);
      const succeeded = charges.filter((charge) => charge.status === 'succeeded').length;
      await history.getByText('initial (full)').waitFor();
      // The charges come first; the run ends once the books (entries, payouts) are in too.
      await expect
        .poll(async () => (await tableRecords(history))[0]?.Status, { timeout: 30_000 })
        .toBe('succeeded');
      // The import has ended: the notice no longer says it has started.
      await page.getByText('Stripe is connected.', { exact: true }).waitFor();
      expect(await page.getByText(/first import has started/).count()).toBe(0);
      expect((await tableRecords(history))[0]).toMatchObject({
        Fetched: '300',
        New: count(succeeded),
        Skipped: count(300 - succeeded),
      });
      await expect
        .poll(async () => (await tiles(stats.getByRole('list', { name: 'Totals' }))).Transactions)
        .toBe(count(succeeded));
      await screenshot(page, 'real-user-connected');

      // A new charge in Stripe, then a full re-import paced so each page shows.
      stack.sandbox.control.addCharge(accountId, LAMP);
      stack.sandbox.control.setFaults({ latencyMs: 250 }, accountId);
      const progressSeen = await recordProgress(page, 'section[aria-labelledby="sync-heading"]');
      await sync.getByRole('checkbox', { name: 'Re-import everything' }).check();
      await sync.getByRole('button', { name: 'Sync transactions' }).click();
      await sync.getByRole('progressbar', { name: 'Sync in progress' }).waitFor();
      await sync
        .getByText(/^Sync finished: \d+ pages · 301 fetched · 1 new · 0 updated\.$/)
        .waitFor();
      stack.sandbox.control.clearFaults(accountId);
      expect(
        await sync
          .getByRole('progressbar', { name: 'Sync complete' })
          .getAttribute('aria-valuenow'),
      ).toBe('100');
      // No total is known while it runs: the bar stays indeterminate beside the charges
      // fetched so far (moving, never back) and the rate.
      const states = await progressSeen();
      expect(states.at(-1)?.value).toBe('100');
      expect(states.slice(0, -1).every((state) => state.value === 'indeterminate')).toBe(true);
      const fetched = states.map((state) => fetchedIn(state.text) ?? 0);
      expect(fetched).toEqual([...fetched].sort((a, b) => a - b));
      expect(fetched.filter((n) => n > 0 && n < 301).length).toBeGreaterThanOrEqual(2);
      expect(states.some((state) => / charges\/s$/.test(state.text))).toBe(true);
      await expect
        .poll(async () => (await tiles(stats.getByRole('list', { name: 'Totals' }))).Transactions)
        .toBe(count(succeeded + 1));
      expect((await tableRecords(history))[0]).toMatchObject({
        Trigger: 'manual (full)',
        New: '1',
      });

      // Filter by the description, then recategorize the charge by hand.
      const before = await categoryFigures(page);
      expect(before.has('Furniture')).toBe(false);
      const officeBefore = Number(before.get('Office Supplies')?.[1].replace(/,/g, ''));
      await transactions.getByRole('searchbox', { name: 'Search descriptions' }).fill('walnut');
      await expect.poll(async () => (await tableRecords(transactions)).length).toBe(1);
      const [lamp] = await tableRecords(transactions);
      expect(lamp).toMatchObject({
        Amount: '$42.00',
        Category: 'Office Supplies',
        'Category source': 'Default',
      });
      expect(lamp?.Description).toMatch(/^Walnut desk lamp · ch_/);
      await transactions.getByRole('button', { name: 'Edit category of Walnut desk lamp' }).click();
      await transactions
        .getByRole('combobox', { name: 'Category of Walnut desk lamp' })
        .fill('Furniture');
      await transactions.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(async () => (await tableRecords(transactions))[0]?.Category)
        .toBe('Furniture');
      expect((await tableRecords(transactions))[0]?.['Category source']).toBe('Set by hand');

      // The statistics move the charge from one category to the other.
      await expect
        .poll(async () => (await categoryFigures(page)).get('Furniture'))
        .toEqual(['$42.00', '1']);
      expect((await categoryFigures(page)).get('Office Supplies')?.[1]).toBe(
        count(officeBefore - 1),
      );
      await screenshot(page, 'real-user-recategorized');

      // The new category is a filter now; it finds the charge and nothing else.
      await transactions.getByRole('button', { name: 'Clear filters' }).click();
      await transactions
        .getByRole('combobox', { name: 'Category', exact: true })
        .selectOption('Furniture');
      await expect
        .poll(async () =>
          (await tableRecords(transactions)).map((row) => row.Description?.split(' · ')[0]),
        )
        .toEqual(['Walnut desk lamp']);
      await transactions.getByText('1 shown of 1').waitFor();

      // The edit is stored: it survives a reload.
      await page.reload();
      await transactions.getByRole('searchbox', { name: 'Search descriptions' }).fill('walnut');
      await expect
        .poll(async () => (await tableRecords(transactions))[0]?.Category)
        .toBe('Furniture');
      expect((await tableRecords(transactions))[0]?.['Category source']).toBe('Set by hand');

      // With Stripe's webhooks on, a new charge reaches the statistics live, without a sync.
      const runsBefore = (await tableRecords(history)).length;
      stack.deliverWebhooks();
      stack.sandbox.control.addCharge(accountId, {
        amount: 1999,
        description: 'Espresso beans',
      });
      await expect
        .poll(async () => (await tiles(stats.getByRole('list', { name: 'Totals' }))).Transactions)
        .toBe(count(succeeded + 2));
      expect((await tableRecords(history)).length).toBe(runsBefore);
      await screenshot(page, 'real-user-live-webhook');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('finishes a connection handed back with ?code and ?state, only for the user who started it', async () => {
      const owner = 'user-e2e-handoff';
      const token = await stack.token(owner, 'user');
      const { stripeAuthorizeUrl } = await stack.graphql<{ stripeAuthorizeUrl: string }>(
        token,
        'query { stripeAuthorizeUrl }',
      );
      const state = new URL(stripeAuthorizeUrl).searchParams.get('state') ?? '';
      const account = stack.sandbox.control.createAccount({ charges: 3 });
      const code = stack.sandbox.control.authorizationCode(account.id);
      const handedBack = `/integrations/stripe?code=${code}&state=${state}`;

      // Someone else's browser: refused, nothing connected, and the state is burnt.
      const other = await browser.newPage({ viewport: VIEWPORTS[0] });
      await other.goto(await stack.open(handedBack, 'user-e2e-someone-else', 'user'));
      await other.getByText(/Nothing was connected/).waitFor();
      const { connection: otherConnection } = sections(other);
      await otherConnection.getByText('Not connected', { exact: true }).waitFor();
      expect(new URL(other.url()).search).toBe('');
      await other.close();

      // A fresh flow of the owner, handed back to the owner's page, connects.
      const fresh = await stack.graphql<{ stripeAuthorizeUrl: string }>(
        token,
        'query { stripeAuthorizeUrl }',
      );
      const freshState = new URL(fresh.stripeAuthorizeUrl).searchParams.get('state') ?? '';
      const freshCode = stack.sandbox.control.authorizationCode(account.id);
      const page = await browser.newPage({ viewport: VIEWPORTS[0] });
      const errors = pageErrors(page, stack.origin);
      await page.goto(
        await stack.open(
          `/integrations/stripe?code=${freshCode}&state=${freshState}`,
          owner,
          'user',
        ),
      );
      await page.getByText(/^Stripe is connected\./).waitFor();
      const { connection } = sections(page);
      await connection.getByText('Connected', { exact: true }).waitFor();
      await connection.getByText(account.id).waitFor();
      expect(new URL(page.url()).search).toBe('');
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);
