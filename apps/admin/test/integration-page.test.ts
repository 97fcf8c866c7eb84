import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

/** Answers the console's `GET /api/integrations/stripe/auth` in turn; records each request. */
function stubAuthorize(...answers: Array<{ authUrl: string } | 'network'>) {
  const requests: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetchMock = vi.fn((url: URL | string, init?: RequestInit) => {
    requests.push({ url: String(url), init });
    const answer = answers[requests.length - 1] ?? 'network';
    if (answer === 'network') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(new Response(JSON.stringify(answer), { status: 200 }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return requests;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

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
    const requests = stubAuthorize({ authUrl: 'http://localhost:12111/oauth/authorize?state=s1' });
    const page = renderApp({
      path: PATH,
      responders: userResponders({
        Connection: () => ({ data: { __typename: 'Query', stripeConnection: notConnected } }),
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
    expect(requests).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Connect Stripe' }));
    await waitFor(() =>
      expect(page.leftFor).toEqual(['http://localhost:12111/oauth/authorize?state=s1']),
    );
    // From our origin, with the token in a header (never the URL), so the cookie binds here.
    expect(requests).toHaveLength(1);
    expect(new URL(requests[0]?.url ?? '').pathname).toBe('/api/integrations/stripe/auth');
    expect(requests[0]?.url).not.toContain('header.payload.signature');
    expect(requests[0]?.init).toMatchObject({
      headers: { authorization: 'Bearer header.payload.signature' },
      credentials: 'same-origin',
    });
  });

  it('finishes a connection Stripe handed back with ?code and ?state, as the signed-in user', async () => {
    const completed: Record<string, unknown>[] = [];
    renderApp({
      path: `${PATH}?code=ac_123&state=st_456`,
      responders: userResponders({
        CompleteConnection: (variables) => {
          completed.push(variables);
          return {
            data: {
              __typename: 'Mutation',
              completeStripeConnection: { ...notConnected, status: 'CONNECTED' },
            },
          };
        },
      }),
    });
    expect(await screen.findByText(/Stripe is connected/)).toBeTruthy();
    expect(completed).toEqual([{ code: 'ac_123', state: 'st_456' }]);
  });

  it('says nothing was connected when the handed-back state is not the user’s', async () => {
    renderApp({
      path: `${PATH}?code=ac_123&state=someone-elses`,
      responders: userResponders({
        CompleteConnection: () => ({ error: 'invalid', code: 'BAD_USER_INPUT' }),
      }),
    });
    expect(await screen.findByText(/Nothing was connected/)).toBeTruthy();
    expect(screen.queryByText(/Stripe is connected/)).toBeNull();
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
    expect(alert.textContent).toContain('What to do: press "Reconnect"');
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
    const requests = stubAuthorize('network', {
      authUrl: 'http://sandbox.test/authorize?state=s2',
    });
    const page = renderApp({
      path: PATH,
      responders: userResponders({
        Connection: () => ({ data: { __typename: 'Query', stripeConnection: notConnected } }),
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Connect Stripe' }));
    expect(await screen.findByText('Stripe could not be opened.')).toBeTruthy();
    expect(page.leftFor).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(page.leftFor).toEqual(['http://sandbox.test/authorize?state=s2']));
    expect(requests).toHaveLength(2);
  });
});
