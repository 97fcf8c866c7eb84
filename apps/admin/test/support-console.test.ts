import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { syncRun } from './fixtures/integration.js';
import type { Call } from './support/fake-client.js';
import { renderApp } from './support/render.js';
import { supportResponders } from './support/responders.js';

function last(calls: Call[], name: string) {
  return calls.filter((call) => call.name === name).at(-1)?.variables;
}

describe('the support console', () => {
  it('opens on the connections, last error first', async () => {
    renderApp({ path: '/', role: 'support', responders: supportResponders() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Connections' })).toBeTruthy();
    const table = screen.getByRole('region', { name: 'Connections, last error first' });
    const users = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(users).toEqual(['user-reauth', 'user-old-error', 'user-ok']);
    expect(
      within(table)
        .getByRole('columnheader', { name: /Last error/ })
        .getAttribute('aria-sort'),
    ).toBe('descending');
  });

  it('searches by user id or account, filters by status and pages', async () => {
    const page = renderApp({
      path: '/support/connections',
      role: 'support',
      responders: supportResponders(),
    });
    await userEvent.type(screen.getByLabelText('User id or Stripe account'), 'acct_9');
    await waitFor(() => expect(last(page.calls, 'SupportConnections')?.search).toBe('acct_9'));
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'NEEDS_REAUTH');
    expect(last(page.calls, 'SupportConnections')).toMatchObject({
      search: 'acct_9',
      status: 'NEEDS_REAUTH',
      after: null,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(last(page.calls, 'SupportConnections')?.after).toBe('next-1');
  });

  it('keeps users out of the console', async () => {
    renderApp({ path: '/support/connections', role: 'user', responders: {} });
    expect(await screen.findByRole('heading', { level: 1, name: 'Stripe' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Console' })).toBeNull();
  });

  it('shows a connection read-only, with its history and audit trail', async () => {
    renderApp({
      path: '/support/connections/user-ok',
      role: 'support',
      responders: supportResponders(),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Connection of user-ok' }),
    ).toBeTruthy();
    expect(screen.getByText('acct_user-ok')).toBeTruthy();
    expect(screen.getByText('Coffee beans')).toBeTruthy();
    expect(screen.getByText('STRIPE_RATE_LIMITED')).toBeTruthy();
    const trail = screen.getByRole('region', { name: 'Audit trail' });
    expect(within(trail).getByText('Started a sync')).toBeTruthy();
    expect(within(trail).getByText('New and changed charges only')).toBeTruthy();
    expect(trail.textContent).not.toMatch(/[{}]|sync_connection/);
    expect(screen.queryByRole('button', { name: /Edit category/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Disconnect' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add rule' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Move rule/ })).toBeNull();
  });

  it('triggers a support sync and follows it', async () => {
    const page = renderApp({
      path: '/support/connections/user-ok',
      role: 'support',
      responders: supportResponders({
        SupportSyncNow: () => ({
          data: {
            __typename: 'Mutation',
            supportSyncConnection: syncRun('s-1', {
              status: 'RUNNING',
              trigger: 'SUPPORT',
              finishedAt: null,
            }),
          },
        }),
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Sync now' }));
    expect(last(page.calls, 'SupportSyncNow')).toEqual({ userId: 'user-ok', full: false });
    expect(screen.getByRole('progressbar', { name: 'Sync in progress' })).toBeTruthy();
  });

  it('says when a user has no connection', async () => {
    renderApp({
      path: '/support/connections/nobody',
      role: 'support',
      responders: supportResponders({
        SupportConnection: () => ({ data: { __typename: 'Query', supportConnection: null } }),
      }),
    });
    expect(await screen.findByText('This user has no Stripe connection.')).toBeTruthy();
  });

  it('lists running runs with what they did so far, recent failures with codes and recent successes', async () => {
    const page = renderApp({
      path: '/support/runs',
      role: 'support',
      responders: supportResponders(),
    });
    const running = await screen.findByRole('region', { name: 'Running now' });
    expect(
      within(running)
        .getByRole('progressbar', { name: 'Sync of user-ok' })
        .getAttribute('aria-valuenow'),
    ).toBeNull();
    const failed = screen.getByRole('region', { name: 'Failed in the last 24 hours' });
    expect(within(failed).getByText('STRIPE_AUTH')).toBeTruthy();
    const succeeded = screen.getByRole('region', { name: 'Succeeded in the last 24 hours(1)' });
    const [, done] = within(succeeded).getAllByRole('row');
    expect(
      within(done ?? succeeded)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(expect.arrayContaining(['user-ok', 'scheduled', '250', '12', '3']));
    for (const status of ['FAILED', 'SUCCEEDED']) {
      const since = page.calls.find(
        (call) => call.name === 'SupportSyncRuns' && call.variables.status === status,
      )?.variables.since;
      const hoursAgo = (Date.now() - new Date(String(since)).getTime()) / 3_600_000;
      expect(hoursAgo).toBeCloseTo(24, 1);
    }
    expect(page.calls.some((call) => call.name === 'SupportSyncProgress')).toBe(true);
  });

  it('shows the overview figures and firing alerts', async () => {
    renderApp({ path: '/support/overview', role: 'support', responders: supportResponders() });
    const figures = await screen.findByRole('list', { name: 'Key figures' });
    expect(figures.textContent).toContain('94%');
    expect(figures.textContent).toContain('12,840');
    expect(figures.textContent).toContain('4.2 s');
    expect(screen.getByText('3 syncs failed in the last hour', { exact: false })).toBeTruthy();
  });

  it('shows an error when the overview fails', async () => {
    renderApp({
      path: '/support/overview',
      role: 'support',
      responders: supportResponders({
        SupportOverview: () => ({ error: 'masked', code: 'FORBIDDEN' }),
      }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your account is not allowed to see this.');
  });
});
