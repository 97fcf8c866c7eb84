import { createColumnHelper } from '@tanstack/react-table';
import type { CategorySource, TransactionFieldsFragment } from '../../../gql/graphql.js';
import { formatDateTime, formatMoney } from '../../../ui/format.js';
import { CategoryEditor } from './CategoryEditor.js';

const SOURCE_TEXT: Record<CategorySource, string> = {
  MANUAL: 'Set by hand',
  RULE: 'Your rule',
  METADATA: 'Stripe metadata',
  LEARNED: 'Learned from your corrections',
  DEFAULT: 'Default',
};

// The API names its built-in rules (core's description patterns) `builtin:…`; a rule the
// user wrote has a database id.
const BUILT_IN_RULE = /^builtin:/;

function sourceText(t: TransactionFieldsFragment): string {
  if (t.categorySource === 'RULE' && BUILT_IN_RULE.test(t.categoryRuleId ?? '')) {
    return 'Built-in rule';
  }
  return SOURCE_TEXT[t.categorySource];
}

const column = createColumnHelper<TransactionFieldsFragment>();

function Amount({ transaction: t }: { transaction: TransactionFieldsFragment }) {
  return (
    <span className="amount">
      {formatMoney(t.amount, t.currency)}
      {t.refunded && <span className="tag">refunded</span>}
      {!t.refunded && /[1-9]/.test(t.amountRefunded) && (
        <span className="tag">{formatMoney(t.amountRefunded, t.currency)} refunded</span>
      )}
      {t.disputed && <span className="tag tag-bad">disputed</span>}
    </span>
  );
}

function columns(readOnly: boolean) {
  return [
    column.accessor('createdAt', { header: 'Date', cell: (c) => formatDateTime(c.getValue()) }),
    column.accessor('description', {
      header: 'Description',
      cell: (c) => (
        <span className="stacked">
          <span>{c.getValue() ?? 'No description'}</span>
          <small>
            {c.row.original.receiptUrl ? (
              <a href={c.row.original.receiptUrl} target="_blank" rel="noreferrer">
                {c.row.original.stripeTransactionId}
              </a>
            ) : (
              c.row.original.stripeTransactionId
            )}
          </small>
        </span>
      ),
    }),
    column.display({
      id: 'amount',
      header: 'Amount',
      cell: (c) => <Amount transaction={c.row.original} />,
    }),
    column.accessor('category', {
      header: 'Category',
      cell: (c) => (readOnly ? c.getValue() : <CategoryEditor transaction={c.row.original} />),
    }),
    column.accessor('categorySource', {
      header: 'Category source',
      cell: (c) => (
        <span className={`source source-${c.getValue().toLowerCase()}`}>
          {sourceText(c.row.original)}
        </span>
      ),
    }),
  ];
}

/** Columns for the owner: the category is edited in place. */
export const editableColumns = columns(false);

/** Columns for support staff: everything read-only. */
export const readOnlyColumns = columns(true);
