import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './support/render.js';
import { supportResponders } from './support/responders.js';

const parked = {
  __typename: 'ParkedWebhookEvent',
  eventId: 'evt_poison',
  type: 'charge.succeeded',
  receivedAt: '2026-12-01T10:00:00.000Z',
  parkedAt: '2026-12-01T10:07:00.000Z',
  attempts: 5,
  lastError: 'charge: amount is required',
};

describe('parked webhook events in the support console', () => {
  it('lists a connection’s parked events and retries one', async () => {
    let left = [parked];
    const page = renderApp({
      path: '/support/connections/user-ok',
      role: 'support',
      responders: supportResponders({
        SupportParkedWebhookEvents: () => ({
          data: { __typename: 'Query', supportParkedWebhookEvents: left },
        }),
        SupportRetryWebhookEvent: () => {
          left = [];
          return { data: { __typename: 'Mutation', supportRetryWebhookEvent: true } };
        },
      }),
    });
    // The console is a lazy chunk; on a busy machine its first load takes a while.
    const section = await screen.findByRole(
      'region',
      { name: 'Parked webhook events' },
      { timeout: 10_000 },
    );
    const row = await within(section).findByRole('row', { name: /evt_poison/ });
    expect(row.textContent).toContain('charge: amount is required');
    await userEvent.click(within(row).getByRole('button', { name: 'Retry' }));
    await waitFor(() =>
      expect(
        page.calls.find((call) => call.name === 'SupportRetryWebhookEvent')?.variables,
      ).toEqual({ userId: 'user-ok', eventId: 'evt_poison' }),
    );
    expect(await within(section).findByText('No parked webhook events.')).toBeTruthy();
  });
});
