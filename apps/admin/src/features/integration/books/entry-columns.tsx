import { createColumnHelper } from '@tanstack/react-table';
import type { BalanceEntryFieldsFragment } from '../../../gql/graphql.js';
import { formatDateTime, formatMoney } from '../../../ui/format.js';

const column = createColumnHelper<BalanceEntryFieldsFragment>();

const money = (field: 'amount' | 'fee' | 'net', header: string) =>
  column.accessor(field, {
    header,
    cell: (c) => (
      <span className="amount">{formatMoney(c.getValue(), c.row.original.currency)}</span>
    ),
  });

/** The columns of the entries a payout settled: what moved, what Stripe kept, what is left. */
export const entryColumns = [
  column.accessor('createdAt', { header: 'Date', cell: (c) => formatDateTime(c.getValue()) }),
  column.accessor('type', {
    header: 'Type',
    cell: (c) => (
      <span className="stacked">
        <span>{c.getValue().replace(/_/g, ' ')}</span>
        <small>{c.row.original.reportingCategory.replace(/_/g, ' ')}</small>
      </span>
    ),
  }),
  column.accessor('category', {
    header: 'Description',
    cell: (c) => (
      <span className="stacked">
        <span>{c.getValue()}</span>
        <small>{c.row.original.sourceId ?? c.row.original.stripeBalanceTransactionId}</small>
      </span>
    ),
  }),
  money('amount', 'Gross'),
  money('fee', 'Fee'),
  money('net', 'Net'),
  column.accessor('chargeId', {
    header: 'Charge',
    cell: (c) => {
      const charge = c.getValue();
      return charge ? <code>{charge}</code> : '—';
    },
  }),
];
