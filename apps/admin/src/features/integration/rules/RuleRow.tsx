import type { CategoryRuleFieldsFragment } from '../../../gql/graphql.js';
import { describeRule } from './rule-text.js';

/** One rule in run order, with its actions when the viewer may change it. */
export function RuleRow({
  rule,
  position,
  count,
  busy,
  onMove,
  onEdit,
  onDelete,
}: {
  rule: CategoryRuleFieldsFragment;
  position: number;
  count: number;
  busy: boolean;
  onMove?: (delta: -1 | 1) => void;
  onEdit?: () => void;
  onDelete?: () => void;
}) {
  const name = `rule ${position}`;
  return (
    <tr role="row">
      <td role="cell" data-label="Order">
        {position}
      </td>
      <td role="cell" data-label="When">
        {describeRule(rule)}
      </td>
      <td role="cell" data-label="Category">
        {rule.category}
      </td>
      {onMove && onEdit && onDelete && (
        <td role="cell" data-label="Actions">
          <span className="row-actions">
            <button
              type="button"
              className="button button-small"
              aria-label={`Move ${name} up`}
              disabled={busy || position === 1}
              onClick={() => onMove(-1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button-small"
              aria-label={`Move ${name} down`}
              disabled={busy || position === count}
              onClick={() => onMove(1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="button button-small"
              aria-label={`Edit ${name}`}
              onClick={onEdit}
            >
              Edit
            </button>
            <button
              type="button"
              className="button button-small button-danger-outline"
              aria-label={`Delete ${name}`}
              onClick={onDelete}
            >
              Delete
            </button>
          </span>
        </td>
      )}
    </tr>
  );
}
