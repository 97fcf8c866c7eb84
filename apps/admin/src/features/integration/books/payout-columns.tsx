import { createColumnHelper } from '@tanstack/react-table';
import { createContext, useContext } from 'react';
import type { PayoutFieldsFragment } from '../../../gql/graphql.js';
import { formatDay, formatMoney, formatQuantity } from '../../../ui/format.js';
import { StatusBadge } from '../../../ui/StatusBadge.js';

const column = createColumnHelper<PayoutFieldsFragment>();

const money = (field: 'gross' | 'fees' | 'net' | 'amount', header: string) =>
  column.accessor(field, {
    header,
    cell: (c) => (
      <span className="amount">{formatMoney(c.getValue(), c.row.original.currency)}</span>
    ),
  });

/** Reconciled, or by how much the settled entries miss the payout's amount. */
export function ReconciliationBadge({ payout }: { payout: PayoutFieldsFragment }) {
  if (payout.reconciled) return <StatusBadge status="SUCCEEDED" label="Reconciled" />;
  return (
    <StatusBadge
      status="FAILED"
      label={`Off by ${formatMoney(payout.difference, payout.currency)}`}
    />
  );
}

/** What opening a payout needs: which one is open, and how to open one. */
export interface PayoutOpener {
  openId: string | null;
  panelId: string;
  /** Opens a payout's entries; `button` gets the focus back when they close. */
  open: (payout: PayoutFieldsFragment, button: HTMLElement) => void;
}

/**
 * The opener as a context rather than a column option: the columns stay the same objects,
 * so opening a payout does not remount the table's buttons (focus can come back to them).
 */
export const PayoutOpenerContext = createContext<PayoutOpener>({
  openId: null,
  panelId: '',
  open: () => undefined,
});

function EntriesButton({ payout }: { payout: PayoutFieldsFragment }) {
  const { openId, panelId, open } = useContext(PayoutOpenerContext);
  const isOpen = payout.stripePayoutId === openId;
  return (
    <button
      type="button"
      className="button button-small"
      aria-expanded={isOpen}
      aria-controls={isOpen ? panelId : undefined}
      aria-label={`Entries of ${payout.stripePayoutId}`}
      onClick={(event) => open(payout, event.currentTarget)}
    >
      {isOpen ? 'Shown below' : 'Show'}
    </button>
  );
}

/** The payouts table's columns; the last opens a payout's entries below the table. */
export const payoutColumns = [
  column.accessor('arrivalDate', {
    header: 'Arrival',
    cell: (c) => <span className="nowrap">{formatDay(c.getValue().slice(0, 10))}</span>,
  }),
  column.accessor('stripePayoutId', {
    header: 'Payout',
    cell: (c) => (
      <span className="stacked">
        <code>{c.getValue()}</code>
        <small>{formatQuantity(c.row.original.entryCount, 'entry', 'entries')}</small>
      </span>
    ),
  }),
  column.accessor('status', {
    header: 'Status',
    cell: (c) => <StatusBadge status={c.getValue()} />,
  }),
  money('gross', 'Gross'),
  money('fees', 'Fees'),
  money('net', 'Net'),
  money('amount', 'Paid out'),
  column.accessor('reconciled', {
    header: 'Reconciliation',
    cell: (c) => <ReconciliationBadge payout={c.row.original} />,
  }),
  column.display({
    id: 'entries',
    header: 'Entries',
    cell: (c) => <EntriesButton payout={c.row.original} />,
  }),
];
