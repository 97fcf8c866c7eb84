import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { transaction, transactionPage } from './fixtures/integration.js';
import { renderApp } from './support/render.js';
import { learning, supportResponders, userResponders } from './support/responders.js';

const PATH = '/integrations/stripe';
const rows = [
  transaction('t1', {
    description: 'AWS invoice 0519',
    category: 'Hosting',
    categorySource: 'LEARNED',
    learnedReasons: ['aws', 'invoice'],
  }),
  transaction('t2', {
    description: 'Acme something new',
    category: 'Office Supplies',
    categorySource: 'DEFAULT',
    suggestion: {
      __typename: 'CategorySuggestion',
      category: 'Hosting',
      confidence: 0.42,
      reasons: ['acme'],
    },
  }),
];
const withRows = {
  Transactions: () => ({
    data: { __typename: 'Query' as const, stripeTransactions: transactionPage(rows) },
  }),
};

function row(name: string): HTMLElement {
  const cell = screen.getByText(name);
  const tr = cell.closest('tr');
  if (!tr) throw new Error(`no row for ${name}`);
  return tr;
}

describe('categories learned from corrections', () => {
  it('shows a LEARNED category with the words that drove it', () => {
    renderApp({ path: PATH, responders: userResponders(withRows) });
    expect(within(row('AWS invoice 0519')).getByText('Learned from aws, invoice')).toBeTruthy();
    expect(within(row('AWS invoice 0519')).queryByRole('button', { name: /^Accept/ })).toBeNull();
  });

  it('accepts a suggestion in one click, as a category set by hand', async () => {
    const page = renderApp({
      path: PATH,
      responders: userResponders({
        ...withRows,
        SetCategory: (variables) => ({
          data: {
            __typename: 'Mutation',
            setTransactionCategory: transaction('t2', {
              description: 'Acme something new',
              category: String(variables.category),
              categorySource: 'MANUAL',
            }),
          },
        }),
      }),
    });
    const chip = within(row('Acme something new')).getByRole('button', {
      name: 'Accept Hosting for Acme something new',
    });
    expect(chip.getAttribute('title')).toBe('42 % sure, from acme');
    await userEvent.click(chip);
    expect(page.calls.find((call) => call.name === 'SetCategory')?.variables).toEqual({
      id: 't2',
      category: 'Hosting',
    });
  });

  it('turns learning off from the setting, with the counts beside it', async () => {
    const page = renderApp({
      path: PATH,
      responders: userResponders({
        SetCategoryLearning: (variables) => ({
          data: {
            __typename: 'Mutation',
            setCategoryLearning: { ...learning, enabled: Boolean(variables.enabled) },
          },
        }),
      }),
    });
    const section = screen.getByRole('region', { name: 'Learned categories' });
    expect(within(section).getByText('12')).toBeTruthy();
    expect(within(section).getByText('34')).toBeTruthy();
    const toggle = within(section).getByRole<HTMLInputElement>('checkbox', {
      name: 'Learn categories from my corrections',
    });
    expect(toggle.checked).toBe(true);
    await userEvent.click(toggle);
    expect(page.calls.find((call) => call.name === 'SetCategoryLearning')?.variables).toEqual({
      enabled: false,
    });
    // The switch shows the choice at once and keeps it once the server has answered.
    expect(toggle.checked).toBe(false);
    await waitFor(() => expect(toggle.disabled).toBe(false));
    expect(toggle.checked).toBe(false);
  });

  it('shows support a user’s learning counts, read-only', async () => {
    const page = renderApp({
      path: '/support/connections/user-1',
      role: 'support',
      responders: supportResponders(),
    });
    const section = await screen.findByRole('region', { name: 'Learned categories' });
    expect(await within(section).findByText('12')).toBeTruthy();
    expect(within(section).getByText('Learning is on.')).toBeTruthy();
    expect(within(section).queryByRole('checkbox')).toBeNull();
    expect(page.calls.find((call) => call.name === 'SupportCategoryLearning')?.variables).toEqual({
      userId: 'user-1',
    });
  });
});
