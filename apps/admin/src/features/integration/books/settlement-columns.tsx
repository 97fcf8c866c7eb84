import { createColumnHelper } from '@tanstack/react-table';
import type { SettlementFieldsFragment } from '../../../gql/graphql.js';
import { formatMoney } from '../../../ui/format.js';

type Figure = Exclude<keyof SettlementFieldsFragment, 'currency' | '__typename'>;

const column = createColumnHelper<SettlementFieldsFragment>();

const money = (field: Figure, header: string) =>
  column.accessor(field, {
    header,
    cell: (c) => (
      <span className="amount">{formatMoney(c.getValue(), c.row.original.currency)}</span>
    ),
  });

/** One row per settlement currency; amounts are never added across currencies. */
export const settlementColumns = [
  column.accessor('currency', { header: 'Currency' }),
  money('charges', 'Charges'),
  money('refunds', 'Refunds'),
  money('disputes', 'Disputes'),
  money('fees', 'Fees'),
  money('other', 'Other'),
  money('net', 'Net'),
  money('paidOut', 'Paid out'),
];
