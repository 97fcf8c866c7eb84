import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { connected } from './fixtures/integration.js';
import { renderApp } from './support/render.js';
import { userResponders } from './support/responders.js';

const PATH = '/integrations/stripe';
const disconnected = { ...connected, status: 'DISCONNECTED' as const };

describe('disconnecting', () => {
  it('asks first and says the books are kept; Cancel sends nothing', async () => {
    const page = renderApp({ path: PATH, responders: userResponders() });
    await userEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    const dialog = screen.getByRole('dialog', { name: 'Disconnect Stripe?' });
    expect(dialog.textContent).toContain('Your books are kept');
    expect(dialog.textContent).toContain('acct_1Demo000Sandbox');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(page.calls.some((call) => call.name === 'Disconnect')).toBe(false);
  });

  it('disconnects on confirmation and closes the dialog', async () => {
    const page = renderApp({
      path: PATH,
      responders: userResponders({
        Disconnect: () => ({ data: { __typename: 'Mutation', disconnectStripe: disconnected } }),
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Disconnect' }),
    );
    expect(page.calls.filter((call) => call.name === 'Disconnect')).toHaveLength(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('keeps the dialog open with the reason when it fails', async () => {
    renderApp({
      path: PATH,
      responders: userResponders({
        Disconnect: () => ({
          error: 'Stripe is unavailable; try again later',
          code: 'STRIPE_UNAVAILABLE',
        }),
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'Stripe is unavailable',
    );
  });

  it('tests the connection and reports the answer', async () => {
    renderApp({
      path: PATH,
      responders: userResponders({
        TestConnection: () => ({
          data: {
            __typename: 'Mutation',
            testStripeConnection: {
              __typename: 'ConnectionTestResult',
              outcome: 'AUTH',
              message: 'The token was revoked',
              stripeAccountId: 'acct_1Demo000Sandbox',
            },
          },
        }),
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('Stripe answered: The token was revoked')).toBeTruthy();
  });
});
