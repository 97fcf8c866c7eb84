import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ruleChange, rules } from './fixtures/integration.js';
import { renderApp } from './support/render.js';
import { userResponders } from './support/responders.js';

const PATH = '/integrations/stripe';

function rulesRegion() {
  return screen.getByRole('region', { name: 'Category rules' });
}

describe('category rules', () => {
  it('lists the rules in the order they run', () => {
    renderApp({ path: PATH, responders: userResponders() });
    const rows = within(rulesRegion()).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Description contains "coffee"Supplies'),
      expect.stringContaining('Metadata "kind" is "consulting"Services'),
    ]);
  });

  it('adds a rule and says how many transactions changed', async () => {
    const page = renderApp({
      path: PATH,
      responders: userResponders({
        CreateCategoryRule: () => ({
          data: { __typename: 'Mutation', createCategoryRule: ruleChange(rules, 12) },
        }),
      }),
    });
    const region = rulesRegion();
    await userEvent.selectOptions(within(region).getByLabelText('When'), 'METADATA_EQUALS');
    await userEvent.type(within(region).getByLabelText('Metadata key'), 'kind');
    await userEvent.type(within(region).getByLabelText('Value'), 'rent');
    await userEvent.type(within(region).getByRole('combobox', { name: 'Category' }), 'Rent');
    await userEvent.click(within(region).getByRole('button', { name: 'Add rule' }));

    expect(page.calls.find((call) => call.name === 'CreateCategoryRule')?.variables).toEqual({
      input: {
        category: 'Rent',
        matchType: 'METADATA_EQUALS',
        pattern: 'rent',
        metadataKey: 'kind',
      },
    });
    await waitFor(() =>
      expect(within(region).getByRole('status').textContent).toBe(
        'Rule added. 12 transactions changed category.',
      ),
    );
  });

  it('asks for a metadata key only for metadata rules', async () => {
    renderApp({ path: PATH, responders: userResponders() });
    const region = rulesRegion();
    expect(within(region).queryByLabelText('Metadata key')).toBeNull();
    await userEvent.selectOptions(within(region).getByLabelText('When'), 'METADATA_EQUALS');
    expect(within(region).getByLabelText('Metadata key')).toBeTruthy();
  });

  it('moves a rule down by sending the new order', async () => {
    const page = renderApp({
      path: PATH,
      responders: userResponders({
        ReorderCategoryRules: () => ({
          data: { __typename: 'Mutation', reorderCategoryRules: ruleChange(rules, 3) },
        }),
      }),
    });
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Move rule 1 up' }).disabled).toBe(
      true,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Move rule 1 down' }));
    expect(page.calls.find((call) => call.name === 'ReorderCategoryRules')?.variables).toEqual({
      ids: ['rule-b', 'rule-a'],
    });
    await waitFor(() =>
      expect(within(rulesRegion()).getByRole('status').textContent).toBe(
        'Rules reordered. 3 transactions changed category.',
      ),
    );
  });

  it('edits a rule in a dialog', async () => {
    const page = renderApp({
      path: PATH,
      responders: userResponders({
        UpdateCategoryRule: () => ({
          data: { __typename: 'Mutation', updateCategoryRule: ruleChange(rules, 1) },
        }),
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Edit rule 1' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit rule' });
    const text = within(dialog).getByLabelText('Text');
    expect((text as HTMLInputElement).value).toBe('coffee');
    await userEvent.clear(text);
    await userEvent.type(text, 'espresso');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save rule' }));

    expect(page.calls.find((call) => call.name === 'UpdateCategoryRule')?.variables).toEqual({
      id: 'rule-a',
      input: {
        category: 'Supplies',
        matchType: 'DESCRIPTION_CONTAINS',
        pattern: 'espresso',
        metadataKey: null,
      },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(rulesRegion()).getByRole('status').textContent).toBe(
      'Rule saved. 1 transaction changed category.',
    );
  });

  it('deletes a rule only after confirmation', async () => {
    const page = renderApp({
      path: PATH,
      responders: userResponders({
        DeleteCategoryRule: () => ({
          data: { __typename: 'Mutation', deleteCategoryRule: ruleChange([], 0) },
        }),
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Delete rule 2' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this rule?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete rule' }));
    expect(page.calls.find((call) => call.name === 'DeleteCategoryRule')?.variables).toEqual({
      id: 'rule-b',
    });
    await waitFor(() =>
      expect(within(rulesRegion()).getByRole('status').textContent).toBe(
        'Rule deleted. No transaction changed category.',
      ),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows an empty state with an example', () => {
    renderApp({
      path: PATH,
      responders: userResponders({
        CategoryRules: () => ({ data: { __typename: 'Query', categoryRules: [] } }),
      }),
    });
    expect(within(rulesRegion()).getByText('No rules yet.')).toBeTruthy();
  });
});
