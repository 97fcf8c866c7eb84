import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, VIEWPORTS } from './support/browser.js';
import { connectUser, runsSettled } from './support/connect-user.js';
import { chromiumPath } from './support/env.js';
import { fetchedIn, pageErrors, recordProgress, tableRecords, tiles } from './support/probes.js';
import { startRealStack, type RealStack } from './support/real-api.js';
import { listCharges } from './support/sandbox-charges.js';

const SUPPORT = 'support-ann';
const BAKERY = 'acme-bakery';
const YOGA = 'zen-yoga';

const count = (value: number) => new Intl.NumberFormat('en-US').format(value);
const percent = (value: number) =>
  new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(value);

async function succeededCharges(stack: RealStack, accountId: string): Promise<number> {
  const charges = await listCharges(stack.sandbox, accountId);
  return charges.filter((charge) => charge.status === 'succeeded').length;
}

describe.skipIf(!chromiumPath)(
  'support staff against the real API and Stripe sandbox (needs CHROMIUM_PATH)',
  () => {
    let stack: RealStack;
    let browser: Browser;
    let bakeryAccount = '';
    let yogaAccount = '';
    let supportToken = '';
    // Succeeded charges per account: what the initial imports bring in.
    let importable = { bakery: 0, yoga: 0 };

    beforeAll(async () => {
      stack = await startRealStack();
      browser = await launchChromium();
      bakeryAccount = await connectUser(stack, BAKERY, 120);
      yogaAccount = await connectUser(stack, YOGA, 80);
      supportToken = await stack.token(SUPPORT, 'support');
      importable = {
        bakery: await succeededCharges(stack, bakeryAccount),
        yoga: await succeededCharges(stack, yogaAccount),
      };
    });
    afterAll(async () => {
      await browser?.close();
      await stack?.close();
    });

    async function open(path: string): Promise<{ page: Page; errors: string[] }> {
      const page = await browser.newPage({ viewport: VIEWPORTS[0] });
      const errors = pageErrors(page, stack.origin);
      await page.goto(await stack.open(path, SUPPORT, 'support'));
      return { page, errors };
    }

    const supportSync = (userId: string, full: boolean) =>
      stack.graphql(
        supportToken,
        'mutation ($userId: String!, $full: Boolean) { supportSyncConnection(userId: $userId, full: $full) { id } }',
        { userId, full },
      );

    it('finds a connection, reads its history and syncs it now, and the action is audited', async ({
      onTestFailed,
    }) => {
      const { page, errors } = await open('/');
      onTestFailed(() => screenshot(page, 'real-support-failed').then(() => undefined));
      await page.getByRole('heading', { level: 1, name: 'Connections' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/support/connections');
      const list = page.getByRole('region', { name: 'Connections', exact: true });
      await expect
        .poll(async () => (await tableRecords(list)).map((row) => row.User).sort())
        .toEqual([BAKERY, YOGA]);

      // Search by Stripe account, then by user id.
      const search = page.getByRole('searchbox', { name: 'User id or Stripe account' });
      await search.fill(yogaAccount);
      await expect
        .poll(async () => (await tableRecords(list)).map((row) => row.User))
        .toEqual([YOGA]);
      await search.fill('acme');
      await expect
        .poll(async () => (await tableRecords(list)).map((row) => row.User))
        .toEqual([BAKERY]);
      expect((await tableRecords(list))[0]).toMatchObject({
        'Stripe account': bakeryAccount,
        Status: 'connected',
      });
      await page.getByRole('link', { name: BAKERY }).click();

      // The connection, its figures and its history, as the user would see them.
      await page.getByRole('heading', { level: 1, name: `Connection of ${BAKERY}` }).waitFor();
      const connection = page.getByRole('region', { name: 'Connection', exact: true });
      await connection.getByText(bakeryAccount).waitFor();
      await connection.getByText('Connected', { exact: true }).waitFor();
      const history = page.getByRole('region', { name: 'Sync history' });
      await history.getByText('initial (full)').waitFor();
      expect(await tableRecords(history)).toEqual([
        expect.objectContaining({
          Status: 'succeeded',
          Fetched: '120',
          New: count(importable.bakery),
        }),
      ]);
      const totals = page
        .getByRole('region', { name: 'Statistics' })
        .getByRole('list', { name: 'Totals' });
      await expect
        .poll(async () => (await tiles(totals)).Transactions)
        .toBe(count(importable.bakery));

      // "Sync now", a full one, paced so that each page shows.
      stack.sandbox.control.setFaults({ latencyMs: 250 }, bakeryAccount);
      const sync = page.getByRole('region', { name: 'Sync', exact: true });
      const progressSeen = await recordProgress(page, 'section[aria-labelledby="sync-heading"]');
      await sync.getByRole('checkbox', { name: 'Re-import everything' }).check();
      await sync.getByRole('button', { name: 'Sync now' }).click();
      await sync
        .getByText('Sync finished. Up to date: 120 charges checked, nothing new or changed.')
        .waitFor();
      stack.sandbox.control.clearFaults(bakeryAccount);
      // No total is known while it runs: the bar stays indeterminate, the counts move.
      const states = await progressSeen();
      expect(states.at(-1)?.value).toBe('100');
      expect(states.slice(0, -1).every((state) => state.value === 'indeterminate')).toBe(true);
      // The running states count what was fetched; the final one says it is up to date.
      const fetched = states
        .map((state) => fetchedIn(state.text))
        .filter((n): n is number => n !== null);
      expect(fetched).toEqual([...fetched].sort((a, b) => a - b));
      expect(fetched.some((n) => n > 0 && n < 120)).toBe(true);
      expect(states.some((state) => / charges\/s$/.test(state.text))).toBe(true);
      await expect
        .poll(async () =>
          (await tableRecords(history)).map((row) => `${row.Trigger} ${row.Status}`),
        )
        .toEqual(['support (full) succeeded', 'initial (full) succeeded']);

      // The audit trail names who synced, and how.
      const audit = page.getByRole('region', { name: 'Audit trail' });
      await expect
        .poll(async () =>
          (await tableRecords(audit)).find((row) => row.Action === 'Started a sync'),
        )
        .toMatchObject({
          Who: `${SUPPORT} (support)`,
          Target: BAKERY,
          Details: 'Full re-import',
        });
      await screenshot(page, 'real-support-connection');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('shows runs live and failed on the runs page, and the overview from the same runs', async ({
      onTestFailed,
    }) => {
      const { page, errors } = await open('/support/runs');
      onTestFailed(() => screenshot(page, 'real-support-runs-failed').then(() => undefined));
      const running = page.getByRole('region', { name: /^Running now/ });
      const failed = page.getByRole('region', { name: /^Failed in the last 24 hours/ });
      await running.getByText('No sync is running right now.').waitFor();
      await failed.getByText('No sync failed in the last 24 hours.').waitFor();

      // A run started elsewhere appears while it runs and leaves when it ends.
      stack.sandbox.control.setFaults({ latencyMs: 600 }, bakeryAccount);
      await supportSync(BAKERY, true);
      await running.getByRole('progressbar', { name: `Sync of ${BAKERY}` }).waitFor();
      expect((await tableRecords(running))[0]).toMatchObject({
        User: BAKERY,
        'Stripe account': bakeryAccount,
        Trigger: 'support',
      });
      await running.getByText('No sync is running right now.').waitFor();
      stack.sandbox.control.clearFaults(bakeryAccount);

      // Stripe stops accepting the yoga studio's token: its next sync fails, classified.
      stack.sandbox.control.deauthorize(yogaAccount);
      await supportSync(YOGA, false);
      await runsSettled(stack, YOGA);
      await expect
        .poll(async () => (await tableRecords(failed)).map((row) => row.User))
        .toEqual([YOGA]);
      const [failure] = await tableRecords(failed);
      expect(failure).toMatchObject({
        'Stripe account': yogaAccount,
        Trigger: 'support',
        'Error code': 'STRIPE_AUTH',
      });
      expect(failure?.Message).toMatch(/reconnect/i);
      await screenshot(page, 'real-support-runs');

      // The overview's figures follow from those runs and the accounts' charges.
      const runs = await stack.graphql<{ ok: { totalCount: number }; bad: { totalCount: number } }>(
        supportToken,
        'query { ok: supportSyncRuns(status: SUCCEEDED) { totalCount } bad: supportSyncRuns(status: FAILED) { totalCount } }',
      );
      expect(runs.bad.totalCount).toBe(1);
      const finished = runs.ok.totalCount + runs.bad.totalCount;
      // The refresh-failure alert is written beside the run; wait for it before reading the page.
      await expect
        .poll(async () => {
          const { supportAlerts } = await stack.graphql<{
            supportAlerts: Array<{ rule: string; target: string | null }>;
          }>(supportToken, 'query { supportAlerts { rule target } }');
          return supportAlerts;
        })
        .toContainEqual({ rule: 'token_refresh_failure', target: YOGA });
      await page.getByRole('link', { name: 'Overview' }).click();
      const figures = page.getByRole('list', { name: 'Key figures' });
      await figures.waitFor();
      const { 'Average sync time': average, ...exact } = await tiles(figures);
      expect(average).toMatch(/^\d+\.\d s$/);
      expect(exact).toEqual({
        'Sync success rate': percent(runs.ok.totalCount / finished),
        'Transactions synced': count(importable.bakery + importable.yoga),
        'Error rate': percent(1 / finished),
        'Active connections': '1',
      });
      await page.locator('.recharts-surface').nth(2).waitFor();
      const alerts = page.getByRole('region', { name: 'Alerts' });
      await alerts.getByText('token_refresh_failure').waitFor();
      await alerts.getByText(YOGA, { exact: true }).waitFor();
      await screenshot(page, 'real-support-overview');
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);
