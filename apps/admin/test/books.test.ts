import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { entry, entryPage, payout, payoutPage, payouts } from './fixtures/books.js';
import type { Call } from './support/fake-client.js';
import { renderApp } from './support/render.js';
import { supportResponders, userResponders } from './support/responders.js';

const PATH = '/integrations/stripe';

// The support console is a lazy chunk; on a busy machine its first load takes a while.
const LAZY = { timeout: 10_000 };

const lastCall = (calls: Call[], name: string) =>
  calls.filter((call) => call.name === name).at(-1)?.variables;

/** The cells of each body row of the table in `region`, as text. */
function rowTexts(region: HTMLElement): string[][] {
  return within(region)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

describe('the payouts section', () => {
  it('lists each payout with its sums, status, arrival and reconciliation', () => {
    renderApp({ path: PATH, responders: userResponders() });
    const table = screen.getByRole('region', { name: 'Payouts, newest first' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual([
      'Arrival',
      'Payout',
      'Status',
      'Gross',
      'Fees',
      'Net',
      'Paid out',
      'Reconciliation',
      'Entries',
    ]);
    const [transit, off, yen] = rowTexts(table);
    expect(transit?.slice(1, 8)).toEqual([
      'po_p33 entries',
      'in transit',
      '$972.50',
      '$31.30',
      '$941.20',
      '$941.20',
      'Reconciled',
    ]);
    expect(transit?.[0]).toMatch(/Nov 27, 2025/);
    expect(off?.slice(3, 8)).toEqual(['$122.10', '$3.40', '$118.70', '$120.00', 'Off by $1.30']);
    expect(yen?.slice(3, 7)).toEqual(['¥3,500', '¥100', '¥3,400', '¥3,400']);
    // Support's call-out is not on the user's own page.
    expect(screen.queryByRole('status', { name: 'Unreconciled payouts' })).toBeNull();
  });

  it('opens a payout to list the entries it settled, and closes it', async () => {
    const page = renderApp({ path: PATH, responders: userResponders() });
    const opener = screen.getByRole('button', { name: 'Entries of po_p2' });
    expect(opener.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(opener);
    expect(lastCall(page.calls, 'PayoutEntries')).toEqual({
      payoutId: 'po_p2',
      first: 50,
      after: null,
    });
    const panel = screen.getByRole('region', { name: 'Entries of po_p2' });
    expect(opener.getAttribute('aria-expanded')).toBe('true');
    expect(opener.getAttribute('aria-controls')).toBe(panel.id);
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 3 }));
    expect(within(panel).getByText(/paid out \$120\.00/)).toBeTruthy();
    expect(within(panel).getByText('Off by $1.30')).toBeTruthy();

    const table = within(panel).getByRole('region', {
      name: 'Balance entries settled by po_p2, newest first',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Date', 'Type', 'Description', 'Gross', 'Fee', 'Net', 'Charge']);
    const refund = rowTexts(table)[2];
    expect(refund?.slice(1)).toEqual([
      'refundrefund',
      'Refundsre_e3',
      '-$27.50',
      '$0.00',
      '-$27.50',
      'ch_e1',
    ]);

    await userEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Entries of po_p2' })).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(opener.getAttribute('aria-expanded')).toBe('false');
  });

  it('pages the payouts and the entries by cursor', async () => {
    const page = renderApp({
      path: PATH,
      responders: userResponders({
        PayoutEntries: () => ({
          data: {
            __typename: 'Query',
            stripeBalanceEntries: entryPage([entry('e1'), entry('e2')], true),
          },
        }),
      }),
    });
    await userEvent.click(
      within(screen.getByRole('navigation', { name: 'Payouts pages' })).getByRole('button', {
        name: 'Next',
      }),
    );
    expect(lastCall(page.calls, 'Payouts')).toEqual({ first: 20, after: 'payout-cursor-1' });

    await userEvent.click(screen.getByRole('button', { name: 'Entries of po_p1' }));
    const entriesPager = screen.getByRole('navigation', { name: 'Entries of po_p1 pages' });
    expect(within(entriesPager).getByText('Page 1 · 2 shown of 52')).toBeTruthy();
    await userEvent.click(within(entriesPager).getByRole('button', { name: 'Next' }));
    expect(lastCall(page.calls, 'PayoutEntries')).toMatchObject({
      payoutId: 'po_p1',
      after: 'entry-cursor-1',
    });
  });

  it('says when there are no payouts yet, and when they could not be loaded', async () => {
    renderApp({
      path: PATH,
      responders: userResponders({
        Payouts: () => ({ data: { __typename: 'Query', stripePayouts: payoutPage([]) } }),
      }),
    });
    expect(screen.getByText('No payouts yet.')).toBeTruthy();

    renderApp({
      path: PATH,
      responders: userResponders({ Payouts: () => ({ network: true }) }),
    });
    expect(await screen.findByText('The payouts could not be loaded.')).toBeTruthy();
  });
});

describe('the settlement section', () => {
  it('totals each settlement currency for all time, then for a chosen period', async () => {
    const page = renderApp({ path: PATH, responders: userResponders() });
    expect(lastCall(page.calls, 'Settlement')).toEqual({ from: null, to: null });
    const region = screen.getByRole('region', { name: 'Settlement' });
    const table = within(region).getByRole('region', {
      name: 'Settlement totals per currency, all time',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Currency', 'Charges', 'Refunds', 'Disputes', 'Fees', 'Other', 'Net', 'Paid out']);
    expect(rowTexts(table)).toEqual([
      ['JPY', '¥3,500', '¥0', '¥0', '¥100', '¥0', '¥3,400', '¥3,400'],
      ['USD', '$1,260.50', '-$27.50', '-$15.00', '$48.10', '$0.00', '$1,169.90', '$1,061.20'],
    ]);

    const period = within(region).getByRole('search', { name: 'Settlement period' });
    await userEvent.type(within(period).getByLabelText('From'), '2025-11-01');
    await userEvent.type(within(period).getByLabelText('To'), '2025-11-30');
    await waitFor(() =>
      expect(lastCall(page.calls, 'Settlement')).toEqual({
        from: '2025-11-01T00:00:00.000Z',
        to: '2025-11-30T23:59:59.999Z',
      }),
    );
    await userEvent.click(within(period).getByRole('button', { name: 'All time' }));
    expect(lastCall(page.calls, 'Settlement')).toEqual({ from: null, to: null });
  });
});

describe('the books in the support console', () => {
  const path = '/support/connections/user-ok';

  it("shows a user's payouts and settlement, and flags a payout that does not reconcile", async () => {
    const page = renderApp({ path, role: 'support', responders: supportResponders() });
    const region = await screen.findByRole('region', { name: 'Payouts' }, LAZY);
    const flag = within(region).getByRole('status', { name: 'Unreconciled payouts' });
    expect(flag.textContent).toContain('1 payout does not reconcile');
    expect(within(flag).getByRole('listitem').textContent).toBe(
      'po_p2: paid out $120.00, entries net $118.70, off by $1.30',
    );
    expect(lastCall(page.calls, 'SupportPayouts')).toEqual({
      userId: 'user-ok',
      first: 20,
      after: null,
    });
    expect(lastCall(page.calls, 'SupportSettlement')).toEqual({
      userId: 'user-ok',
      from: null,
      to: null,
    });
    expect(page.calls.some((call) => call.name === 'Payouts')).toBe(false);

    await userEvent.click(within(region).getByRole('button', { name: 'Entries of po_p2' }));
    expect(lastCall(page.calls, 'SupportPayoutEntries')).toEqual({
      userId: 'user-ok',
      payoutId: 'po_p2',
      first: 50,
      after: null,
    });
    expect(screen.getByRole('region', { name: 'Entries of po_p2' })).toBeTruthy();
  });

  it('shows no flag when every payout reconciles', async () => {
    renderApp({
      path,
      role: 'support',
      responders: supportResponders({
        SupportPayouts: () => ({
          data: {
            __typename: 'Query',
            supportPayouts: payoutPage(payouts.filter((p) => p.reconciled).concat(payout('p0'))),
          },
        }),
      }),
    });
    const region = await screen.findByRole('region', { name: 'Payouts' }, LAZY);
    expect(within(region).getAllByText('Reconciled')).toHaveLength(3);
    expect(within(region).queryByRole('status', { name: 'Unreconciled payouts' })).toBeNull();
  });
});
