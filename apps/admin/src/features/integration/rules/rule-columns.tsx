import { createColumnHelper } from '@tanstack/react-table';
import type { CategoryRuleFieldsFragment } from '../../../gql/graphql.js';
import { describeRule } from './rule-text.js';

type Rule = CategoryRuleFieldsFragment;

/** What the viewer may do with the rules; read-only viewers have none of it. */
export interface RuleActions {
  busy: boolean;
  count: number;
  onMove: (index: number, delta: -1 | 1) => void;
  onEdit: (rule: Rule) => void;
  onDelete: (rule: Rule) => void;
}

const column = createColumnHelper<Rule>();

const ruleColumns = [
  column.display({ id: 'order', header: 'Order', cell: (c) => c.row.index + 1 }),
  column.display({ id: 'when', header: 'When', cell: (c) => describeRule(c.row.original) }),
  column.accessor('category', { header: 'Category' }),
];

/** Move, edit and delete for the rule at `index`, each named after the rule's position. */
function RuleButtons({
  rule,
  index,
  actions,
}: {
  rule: Rule;
  index: number;
  actions: RuleActions;
}) {
  const name = `rule ${index + 1}`;
  const buttons = [
    {
      text: '↑',
      label: `Move ${name} up`,
      disabled: actions.busy || index === 0,
      onClick: () => actions.onMove(index, -1),
    },
    {
      text: '↓',
      label: `Move ${name} down`,
      disabled: actions.busy || index === actions.count - 1,
      onClick: () => actions.onMove(index, 1),
    },
    { text: 'Edit', label: `Edit ${name}`, onClick: () => actions.onEdit(rule) },
    {
      text: 'Delete',
      label: `Delete ${name}`,
      danger: true,
      onClick: () => actions.onDelete(rule),
    },
  ];
  return (
    <span className="row-actions">
      {buttons.map((button) => (
        // Keyed by what the button does, so focus stays on it when its rule moves.
        <button
          key={button.text}
          type="button"
          className={`button button-small${button.danger ? ' button-danger-outline' : ''}`}
          aria-label={button.label}
          disabled={button.disabled}
          onClick={button.onClick}
        >
          {button.text}
        </button>
      ))}
    </span>
  );
}

/** The rule table's columns: order, condition and category, then the actions if any. */
export function columnsFor(actions: RuleActions | null) {
  if (!actions) return ruleColumns;
  return [
    ...ruleColumns,
    column.display({
      id: 'actions',
      header: 'Actions',
      cell: (c) => <RuleButtons rule={c.row.original} index={c.row.index} actions={actions} />,
    }),
  ];
}
