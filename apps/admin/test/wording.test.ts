import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  notConnected,
  progressEvent,
  runPage,
  startedRun,
  syncRun,
} from './fixtures/integration.js';
import type { SyncRunFieldsFragment } from '../src/gql/graphql.js';
import { renderApp } from './support/render.js';
import { userResponders } from './support/responders.js';

const PATH = '/integrations/stripe';
const syncRegion = () => screen.getByRole('region', { name: 'Sync' });

/** The page after "Sync transactions", with the run reporting `events`. */
async function syncWith(...events: unknown[]) {
  renderApp({
    path: PATH,
    responders: userResponders({
      StartSync: () => ({ data: { __typename: 'Mutation', syncStripeTransactions: startedRun } }),
      SyncProgress: () => ({ events }),
    }),
  });
  await userEvent.click(within(syncRegion()).getByRole('button', { name: 'Sync transactions' }));
}

const history =
  (...nodes: SyncRunFieldsFragment[]) =>
  () => ({
    data: { __typename: 'Query', stripeSyncHistory: runPage(nodes) },
  });

describe('what the page says', () => {
  it('promises read-only access, which is what the connection asks Stripe for', () => {
    renderApp({
      path: PATH,
      responders: userResponders({
        Connection: () => ({ data: { __typename: 'Query', stripeConnection: notConnected } }),
      }),
    });
    const hint = screen.getByText(/Connect your Stripe account/).textContent ?? '';
    expect(hint).toContain('read-only access');
    expect(hint).not.toMatch(/only reads/);
  });

  it('says once that the connection works', async () => {
    renderApp({
      path: PATH,
      responders: userResponders({
        TestConnection: () => ({
          data: {
            __typename: 'Mutation',
            testStripeConnection: {
              __typename: 'ConnectionTestResult',
              outcome: 'OK',
              message: 'The connection works and charges can be read.',
              stripeAccountId: 'acct_1Demo000Sandbox',
            },
          },
        }),
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    const answer = await screen.findByText(/^Stripe answered:/);
    expect(answer.textContent).toBe(
      'Stripe answered: The connection works and charges can be read.',
    );
    expect(answer.textContent?.match(/connection works/gi)).toHaveLength(1);
  });

  it("says You're up to date when a sync found nothing new", async () => {
    await syncWith(
      progressEvent('run-9', {
        status: 'SUCCEEDED',
        done: true,
        pagesFetched: 0,
        fetchedCount: 0,
        insertedCount: 0,
        updatedCount: 0,
      }),
    );
    const region = within(syncRegion());
    expect(region.getByRole('status').textContent).toBe(
      "Sync finished. You're up to date: nothing new in Stripe since the last sync.",
    );
    const bar = region.getByRole('progressbar', { name: 'Sync complete' });
    expect(bar.getAttribute('aria-valuetext')).toBe("You're up to date");
    expect(syncRegion().textContent).not.toMatch(/0 pages|0 fetched/);
  });

  it('counts what was checked when nothing changed', async () => {
    await syncWith(
      progressEvent('run-9', {
        status: 'SUCCEEDED',
        done: true,
        pagesFetched: 2,
        fetchedCount: 120,
        insertedCount: 0,
        updatedCount: 0,
      }),
    );
    expect(within(syncRegion()).getByRole('status').textContent).toBe(
      "Sync finished. You're up to date: 120 charges checked, nothing new or changed.",
    );
  });

  it('draws no bar for a sync that failed before its first page', async () => {
    await syncWith(
      progressEvent('run-9', {
        status: 'FAILED',
        done: true,
        pagesFetched: 0,
        fetchedCount: 0,
        insertedCount: 0,
        updatedCount: 0,
        errorCode: 'STRIPE_UNAVAILABLE',
        errorMessage: 'Stripe is unavailable; try again later',
      }),
    );
    const bar = within(syncRegion()).getByRole('progressbar', { name: 'Sync failed' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    expect((bar.firstElementChild as HTMLElement).style.width).toBe('0%');
  });

  it('explains the Skipped column', () => {
    renderApp({
      path: PATH,
      responders: userResponders({ SyncHistory: history(syncRun('r1', { skippedCount: 25 })) }),
    });
    const section = screen.getByRole('region', { name: 'Sync history' });
    expect(section.textContent).toMatch(/Skipped: charges that did not succeed/);
  });

  it('says the first import has started only while it runs', async () => {
    const running = syncRun('r1', { status: 'RUNNING', trigger: 'INITIAL', full: true });
    const first = renderApp({
      path: `${PATH}?connected=1`,
      responders: userResponders({ SyncHistory: history(running) }),
    });
    expect(
      await screen.findByText('Stripe is connected. Your first import has started.'),
    ).toBeTruthy();
    first.unmount();

    renderApp({
      path: `${PATH}?connected=1`,
      responders: userResponders({
        SyncHistory: history(syncRun('r1', { trigger: 'INITIAL', full: true })),
      }),
    });
    expect(await screen.findByText('Stripe is connected.')).toBeTruthy();
    expect(screen.queryByText(/first import has started/)).toBeNull();
  });
});
