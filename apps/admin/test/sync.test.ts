import { act, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeSubject } from 'wonka';
import { progressEvent, runPage, startedRun, syncRun } from './fixtures/integration.js';
import { renderApp } from './support/render.js';
import { userResponders } from './support/responders.js';

const PATH = '/integrations/stripe';
const startSync = () => ({
  data: { __typename: 'Mutation', syncStripeTransactions: startedRun },
});

function syncRegion() {
  return screen.getByRole('region', { name: 'Sync' });
}

/** The page with a sync that starts and then reports `events`, in order. */
function renderWithProgress(...events: unknown[]) {
  return renderApp({
    path: PATH,
    responders: userResponders({ StartSync: startSync, SyncProgress: () => ({ events }) }),
  });
}

const clickSync = () =>
  userEvent.click(within(syncRegion()).getByRole('button', { name: 'Sync transactions' }));
const tickFull = () =>
  userEvent.click(within(syncRegion()).getByRole('checkbox', { name: 'Re-import everything' }));

describe('syncing', () => {
  it('starts a sync and moves the bar with each progress event', async () => {
    const events = makeSubject<unknown>();
    const page = renderApp({
      path: PATH,
      responders: userResponders({
        StartSync: startSync,
        SyncProgress: () => ({ stream: events.source }),
      }),
    });
    expect(within(syncRegion()).queryByRole('progressbar')).toBeNull();
    await clickSync();
    expect(page.calls.find((call) => call.name === 'StartSync')?.variables).toEqual({
      full: false,
    });

    const bar = () => within(syncRegion()).getByRole('progressbar', { name: 'Sync in progress' });
    expect(bar().getAttribute('aria-valuenow')).toBeNull();
    expect(bar().getAttribute('aria-valuetext')).toBe('Starting…');

    act(() =>
      events.next(
        progressEvent('run-9', {
          pagesFetched: 1,
          fetchedCount: 100,
          insertedCount: 100,
          updatedCount: 0,
        }),
      ),
    );
    // No total is known while it runs: an indeterminate bar, with the counts and the rate.
    expect(bar().getAttribute('aria-valuenow')).toBeNull();
    expect(bar().getAttribute('aria-valuetext')).toBe(
      '1 page · 100 fetched · 100 new · 0 updated · 400 charges/s',
    );

    act(() =>
      events.next(
        progressEvent('run-9', {
          pagesFetched: 3,
          fetchedCount: 300,
          insertedCount: 280,
          updatedCount: 20,
        }),
      ),
    );
    expect(bar().getAttribute('aria-valuenow')).toBeNull();
    expect(bar().getAttribute('aria-valuetext')).toBe(
      '3 pages · 300 fetched · 280 new · 20 updated · 400 charges/s',
    );
    expect(
      within(syncRegion()).getByRole<HTMLButtonElement>('button', { name: 'Syncing…' }).disabled,
    ).toBe(true);

    act(() =>
      events.next(
        progressEvent('run-9', {
          status: 'SUCCEEDED',
          done: true,
          pagesFetched: 3,
          fetchedCount: 300,
          insertedCount: 280,
          updatedCount: 20,
        }),
      ),
    );
    expect(
      within(syncRegion())
        .getByRole('progressbar', { name: 'Sync complete' })
        .getAttribute('aria-valuenow'),
    ).toBe('100');
  });

  it('shows the result when the run is done', async () => {
    renderWithProgress(
      progressEvent('run-9'),
      progressEvent('run-9', {
        status: 'SUCCEEDED',
        done: true,
        pagesFetched: 3,
        fetchedCount: 250,
        insertedCount: 240,
        updatedCount: 10,
      }),
    );
    await tickFull();
    await clickSync();

    expect(
      within(syncRegion())
        .getByRole('progressbar', { name: 'Sync complete' })
        .getAttribute('aria-valuenow'),
    ).toBe('100');
    expect(within(syncRegion()).getByRole('status').textContent).toBe(
      'Sync finished: 3 pages · 250 fetched · 240 new · 10 updated.',
    );
    expect(within(syncRegion()).getByRole('button', { name: 'Sync transactions' })).toBeTruthy();
  });

  it('asks for the full re-import when the box is ticked', async () => {
    const page = renderApp({ path: PATH, responders: userResponders({ StartSync: startSync }) });
    await tickFull();
    await clickSync();
    expect(page.calls.find((call) => call.name === 'StartSync')?.variables).toEqual({ full: true });
    expect(within(syncRegion()).getByRole('progressbar').getAttribute('aria-valuetext')).toBe(
      'Starting…',
    );
  });

  it('explains a failed run', async () => {
    renderWithProgress(
      progressEvent('run-9', {
        status: 'FAILED',
        done: true,
        errorCode: 'STRIPE_UNAVAILABLE',
        errorMessage: 'Stripe is unavailable; try again later',
      }),
    );
    await clickSync();
    const bar = within(syncRegion()).getByRole('progressbar', { name: 'Sync failed' });
    // Nothing says how far a run without a total got: a failed bar is empty, never full.
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    expect(bar.classList.contains('progress-failed')).toBe(true);
    const outcome = within(syncRegion()).getByRole('status').textContent ?? '';
    expect(outcome).toContain(
      'Sync failed (STRIPE_UNAVAILABLE): Stripe is unavailable; try again later',
    );
    expect(outcome).toContain('What to do: sync again later; the next automatic sync also retries');
  });

  it('shows a run started elsewhere while it is in progress', () => {
    renderApp({
      path: PATH,
      responders: userResponders({
        SyncProgress: () => ({
          events: [progressEvent('scheduled-1')],
        }),
      }),
    });
    expect(
      within(syncRegion()).getByRole('progressbar', { name: 'Sync in progress' }),
    ).toBeTruthy();
  });

  it('follows a run the history shows running by its id, so a run that already ended still ends', () => {
    const page = renderApp({
      path: PATH,
      responders: userResponders({
        SyncHistory: () => ({
          data: {
            __typename: 'Query',
            stripeSyncHistory: runPage([
              syncRun('initial-1', {
                status: 'RUNNING',
                trigger: 'INITIAL',
                finishedAt: null,
                pagesFetched: 1,
                fetchedCount: 100,
                insertedCount: 96,
                updatedCount: 0,
              }),
            ]),
          },
        }),
      }),
    });
    const byId = page.calls.filter(
      (call) => call.name === 'SyncProgress' && call.variables.runId === 'initial-1',
    );
    expect(byId).toHaveLength(1);
    const bar = within(syncRegion()).getByRole('progressbar', { name: 'Sync in progress' });
    expect(bar.getAttribute('aria-valuenow')).toBeNull();
    expect(bar.getAttribute('aria-valuetext')).toBe('1 page · 100 fetched · 96 new · 0 updated');
  });

  it('follows no run when the newest one in the history has finished', () => {
    const page = renderApp({ path: PATH, responders: userResponders() });
    expect(page.calls.some((call) => call.name === 'SyncProgress' && call.variables.runId)).toBe(
      false,
    );
    expect(within(syncRegion()).queryByRole('progressbar')).toBeNull();
  });

  it('reads the run from the history when live progress is unavailable', async () => {
    const page = renderApp({
      path: PATH,
      responders: userResponders({
        StartSync: startSync,
        SyncProgress: () => ({
          error: 'Cannot query field "stripeSyncProgress"',
          code: 'BAD_USER_INPUT',
        }),
        SyncHistory: () => ({
          data: {
            __typename: 'Query',
            stripeSyncHistory: runPage([
              syncRun('run-9', {
                trigger: 'MANUAL',
                pagesFetched: 2,
                fetchedCount: 150,
                insertedCount: 150,
                updatedCount: 0,
              }),
            ]),
          },
        }),
      }),
    });
    await clickSync();
    await waitFor(() =>
      expect(within(syncRegion()).getByRole('status').textContent).toBe(
        'Sync finished: 2 pages · 150 fetched · 150 new · 0 updated.',
      ),
    );
    expect(page.calls.filter((call) => call.name === 'SyncHistory').length).toBeGreaterThan(1);
  });

  it('says when the sync could not start', async () => {
    renderApp({
      path: PATH,
      responders: userResponders({
        StartSync: () => ({ error: 'Not connected', code: 'BAD_USER_INPUT' }),
      }),
    });
    await clickSync();
    expect((await within(syncRegion()).findByRole('alert')).textContent).toBe(
      'The sync did not start. Not connected',
    );
  });
});
