import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { transaction, transactionPage, transactions } from './fixtures/integration.js';
import type { Call } from './support/fake-client.js';
import { renderApp } from './support/render.js';
import { userResponders } from './support/responders.js';

const PATH = '/integrations/stripe';

function lastTransactionsCall(calls: Call[]) {
  return calls.filter((call) => call.name === 'Transactions').at(-1)?.variables;
}

function filters() {
  return screen.getByRole('search', { name: 'Filter transactions' });
}

describe('the transaction list', () => {
  it('filters by category, currency, date range and search', async () => {
    const page = renderApp({ path: PATH, responders: userResponders() });
    expect(lastTransactionsCall(page.calls)).toEqual({ first: 25, after: null, filter: {} });

    await userEvent.selectOptions(within(filters()).getByLabelText('Category'), 'Supplies');
    await userEvent.selectOptions(within(filters()).getByLabelText('Currency'), 'USD');
    expect(lastTransactionsCall(page.calls)?.filter).toEqual({
      category: 'Supplies',
      currency: 'USD',
    });

    await userEvent.type(within(filters()).getByLabelText('From'), '2025-11-01');
    await userEvent.type(within(filters()).getByLabelText('To'), '2025-11-30');
    expect(lastTransactionsCall(page.calls)?.filter).toMatchObject({
      from: '2025-11-01T00:00:00.000Z',
      to: '2025-11-30T23:59:59.999Z',
    });

    await userEvent.type(within(filters()).getByLabelText('Search descriptions'), 'coffee');
    await waitFor(() =>
      expect(lastTransactionsCall(page.calls)?.filter).toMatchObject({ search: 'coffee' }),
    );

    await userEvent.click(within(filters()).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(lastTransactionsCall(page.calls)?.filter).toEqual({}));
  });

  it('pages forward with the end cursor and back again', async () => {
    const page = renderApp({ path: PATH, responders: userResponders() });
    const pager = screen.getByRole('navigation', { name: 'Transactions pages' });
    expect(
      within(pager).getByRole<HTMLButtonElement>('button', { name: 'Previous' }).disabled,
    ).toBe(true);
    expect(within(pager).getByText(/Page 1/)).toBeTruthy();

    await userEvent.click(within(pager).getByRole('button', { name: 'Next' }));
    expect(lastTransactionsCall(page.calls)?.after).toBe('cursor-1');
    expect(within(pager).getByText(/Page 2/)).toBeTruthy();

    await userEvent.click(within(pager).getByRole('button', { name: 'Previous' }));
    expect(lastTransactionsCall(page.calls)?.after).toBeNull();
  });

  it('says when no transaction matches the filters', async () => {
    renderApp({
      path: PATH,
      responders: userResponders({
        Transactions: (variables) => ({
          data: {
            __typename: 'Query',
            stripeTransactions: transactionPage(
              Object.keys(variables.filter as object).length === 0 ? transactions : [],
            ),
          },
        }),
      }),
    });
    await userEvent.selectOptions(within(filters()).getByLabelText('Category'), 'Services');
    expect(screen.getByText('No transaction matches these filters.')).toBeTruthy();
  });

  it('edits a category in place: Enter saves it as MANUAL', async () => {
    const page = renderApp({
      path: PATH,
      responders: userResponders({
        SetCategory: (variables) => ({
          data: {
            __typename: 'Mutation',
            setTransactionCategory: transaction('t1', {
              description: 'Coffee beans',
              category: String(variables.category),
              categorySource: 'MANUAL',
            }),
          },
        }),
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Edit category of Coffee beans' }));
    const input = screen.getByRole('combobox', { name: 'Category of Coffee beans' });
    expect(document.activeElement).toBe(input);
    await userEvent.clear(input);
    await userEvent.type(input, 'Meals{Enter}');

    expect(page.calls.find((call) => call.name === 'SetCategory')?.variables).toEqual({
      id: 't1',
      category: 'Meals',
    });
    const edit = await screen.findByRole('button', { name: 'Edit category of Coffee beans' });
    expect(document.activeElement).toBe(edit);
  });

  it('cancels an edit with Escape, sending nothing', async () => {
    const page = renderApp({ path: PATH, responders: userResponders() });
    await userEvent.click(screen.getByRole('button', { name: 'Edit category of Coffee beans' }));
    await userEvent.type(
      screen.getByRole('combobox', { name: 'Category of Coffee beans' }),
      'X{Escape}',
    );
    expect(screen.queryByRole('combobox', { name: 'Category of Coffee beans' })).toBeNull();
    expect(page.calls.some((call) => call.name === 'SetCategory')).toBe(false);
  });

  it('shows why a category was not saved', async () => {
    renderApp({
      path: PATH,
      responders: userResponders({
        SetCategory: () => ({ error: 'Category is too long', code: 'BAD_USER_INPUT' }),
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Edit category of Coffee beans' }));
    await userEvent.type(
      screen.getByRole('combobox', { name: 'Category of Coffee beans' }),
      'Y{Enter}',
    );
    expect(screen.getByRole('alert').textContent).toBe('Category is too long');
    expect(screen.getByRole('combobox', { name: 'Category of Coffee beans' })).toBeTruthy();
  });
});
