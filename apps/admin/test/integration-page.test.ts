import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  emptyStats,
  needsReauth,
  notConnected,
  runPage,
  transaction,
  transactionPage,
  transactions,
} from './fixtures/integration.js';
import { renderApp } from './support/render.js';
import { userResponders } from './support/responders.js';

const PATH = '/integrations/stripe';

describe('the user page', () => {
  it('shows loading states until the API answers', () => {
    renderApp({ path: PATH, responders: {} });
    expect(screen.getByText('Loading the connection…')).toBeTruthy();
    expect(screen.getByText('Loading transactions…')).toBeTruthy();
    expect(screen.getByText('Loading the sync history…')).toBeTruthy();
  });

  it('sends a user who lands elsewhere to the integration page', async () => {
    renderApp({ path: '/', responders: userResponders() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Stripe' })).toBeTruthy();
  });

  it('shows a connected account with its mode, syncs and figures', () => {
    renderApp({ path: PATH, responders: userResponders() });
    const connection = screen.getByRole('region', { name: 'Connection' });
    expect(within(connection).getByText('Connected')).toBeTruthy();
    expect(within(connection).getByText('acct_1Demo000Sandbox')).toBeTruthy();
    expect(within(connection).getByText('Test')).toBeTruthy();
    expect(within(connection).getByRole('button', { name: 'Disconnect' })).toBeTruthy();

    const statsRegion = screen.getByRole('region', { name: 'Statistics' });
    expect(within(statsRegion).getByText('$1,260.50')).toBeTruthy();
    expect(within(statsRegion).getByText('¥3,500')).toBeTruthy();

    const rows = within(
      screen.getByRole('region', { name: 'Transactions, newest first' }),
    ).getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(screen.getByText('Coffee beans')).toBeTruthy();
    expect(screen.getAllByText('Your rule').length).toBeGreaterThan(0);

    const history = screen.getByRole('region', { name: 'Sync runs, newest first' });
    expect(within(history).getByText('STRIPE_RATE_LIMITED')).toBeTruthy();
    expect(within(history).getByText('4.2 s')).toBeTruthy();
  });

  it("names the source of each category, telling built-in rules from the user's own", () => {
    renderApp({
      path: PATH,
      responders: userResponders({
        Transactions: () => ({
          data: {
            __typename: 'Query',
            stripeTransactions: transactionPage([
              ...transactions,
              transaction('t5', {
                description: 'Team lunch',
                category: 'Meals & Entertainment',
                categorySource: 'RULE',
                categoryRuleId: 'builtin:meals',
              }),
            ]),
          },
        }),
      }),
    });
    const table = screen.getByRole('region', { name: 'Transactions, newest first' });
    const sourceOf = (description: string) =>
      within(table).getByText(description).closest('tr')?.lastElementChild?.textContent;
    expect(sourceOf('Coffee beans')).toBe('Your rule');
    expect(sourceOf('Team lunch')).toBe('Built-in rule');
    expect(sourceOf('Consulting, November')).toBe('Stripe metadata');
    expect(sourceOf('Workshop ticket')).toBe('Default');
    expect(sourceOf('Refunded mug')).toBe('Set by hand');
  });

  it('offers Connect when not connected, and goes to Stripe with a fresh URL', async () => {
    const page = renderApp({
      path: PATH,
      responders: userResponders({
        Connection: () => ({ data: { __typename: 'Query', stripeConnection: notConnected } }),
        AuthorizeUrl: () => ({
          data: {
            __typename: 'Query',
            stripeAuthorizeUrl: 'http://localhost:12111/oauth/authorize?state=s1',
          },
        }),
        Stats: () => ({
          data: { __typename: 'Query', stripeSyncStats: emptyStats, stripeVolumeSeries: [] },
        }),
        Transactions: () => ({
          data: { __typename: 'Query', stripeTransactions: transactionPage([]) },
        }),
        SyncHistory: () => ({ data: { __typename: 'Query', stripeSyncHistory: runPage([]) } }),
      }),
    });
    expect(screen.getByText('Not connected')).toBeTruthy();
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Sync transactions' }).disabled,
    ).toBe(true);
    expect(screen.getByText('No transactions yet.')).toBeTruthy();
    expect(screen.getByText('No syncs yet.')).toBeTruthy();
    expect(screen.getByText('Nothing to chart yet.')).toBeTruthy();
    expect(page.calls.some((call) => call.name === 'AuthorizeUrl')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Connect Stripe' }));
    await waitFor(() =>
      expect(page.leftFor).toEqual(['http://localhost:12111/oauth/authorize?state=s1']),
    );
  });

  it('explains NEEDS_REAUTH and offers Reconnect', () => {
    renderApp({
      path: PATH,
      responders: userResponders({
        Connection: () => ({ data: { __typename: 'Query', stripeConnection: needsReauth } }),
      }),
    });
    const alert = within(screen.getByRole('region', { name: 'Connection' })).getByRole('alert');
    expect(alert.textContent).toContain('STRIPE_AUTH');
    expect(alert.textContent).toContain('What to do: reconnect your Stripe account');
    expect(within(alert).getByRole('button', { name: 'Reconnect' })).toBeTruthy();
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Sync transactions' }).disabled,
    ).toBe(true);
  });

  it('shows an error with a retry when the connection cannot be loaded', async () => {
    let attempts = 0;
    renderApp({
      path: PATH,
      responders: userResponders({
        Connection: () => {
          attempts += 1;
          return { network: true };
        },
      }),
    });
    const alert = screen.getByText('The connection could not be loaded.').closest('[role="alert"]');
    expect(alert?.textContent).toContain('could not be reached');
    const before = attempts;
    await userEvent.click(screen.getAllByRole('button', { name: 'Try again' })[0] as HTMLElement);
    expect(attempts).toBeGreaterThan(before);
  });

  it('says how the trip to Stripe ended', () => {
    renderApp({ path: `${PATH}?error=access_denied`, responders: userResponders() });
    expect(screen.getByText(/You declined the connection on Stripe/)).toBeTruthy();
  });

  it('confirms a successful connection', () => {
    renderApp({ path: `${PATH}?connected=1`, responders: userResponders() });
    expect(screen.getByText(/Stripe is connected/)).toBeTruthy();
  });
});

describe('connecting', () => {
  it('asks for a new authorize URL on every attempt, never reusing one', async () => {
    let issued = 0;
    const page = renderApp({
      path: PATH,
      responders: userResponders({
        Connection: () => ({ data: { __typename: 'Query', stripeConnection: notConnected } }),
        AuthorizeUrl: () => {
          issued += 1;
          return issued === 1
            ? { network: true }
            : {
                data: {
                  __typename: 'Query',
                  stripeAuthorizeUrl: `http://sandbox.test/authorize?state=s${issued}`,
                },
              };
        },
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Connect Stripe' }));
    expect(screen.getByText('Stripe could not be opened.')).toBeTruthy();
    expect(page.leftFor).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(page.leftFor).toEqual(['http://sandbox.test/authorize?state=s2']));
  });
});
