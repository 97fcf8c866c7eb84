import { useEffect, useRef } from 'react';
import type { PayoutFieldsFragment } from '../../../gql/graphql.js';
import { formatMoney, formatQuantity } from '../../../ui/format.js';
import { Pager } from '../../../ui/Pager.js';
import { nodesOf, QueryTable } from '../../../ui/QueryTable.js';
import { EmptyState } from '../../../ui/States.js';
import { useCursorPager } from '../../../ui/useCursorPager.js';
import type { DataSource } from '../source.js';
import { entryColumns } from './entry-columns.js';
import { ReconciliationBadge } from './payout-columns.js';
import { usePayoutEntries } from './use-books.js';

const PAGE_SIZE = 50;

/**
 * The balance entries one payout settled, with its sums beside what reached the bank.
 * Its heading takes the focus when it opens, so keyboard and screen reader users land here.
 */
export function PayoutEntries({
  source,
  payout,
  id,
  onClose,
}: {
  source: DataSource;
  payout: PayoutFieldsFragment;
  id: string;
  onClose: () => void;
}) {
  const payoutId = payout.stripePayoutId;
  const pager = useCursorPager(payoutId);
  const { page, refetch, ...status } = usePayoutEntries(source, {
    payoutId,
    first: PAGE_SIZE,
    after: pager.after,
  });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [payoutId]);
  const money = (amount: string) => formatMoney(amount, payout.currency);

  return (
    <section id={id} className="subsection" aria-labelledby={`${id}-heading`}>
      <div className="subsection-head">
        <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
          Entries of <code>{payoutId}</code>
        </h3>
        <button type="button" className="button button-small" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="payout-summary">
        {formatQuantity(payout.entryCount, 'entry', 'entries')} settled: gross {money(payout.gross)}
        , fees {money(payout.fees)}, net {money(payout.net)}; paid out {money(payout.amount)}.{' '}
        <ReconciliationBadge payout={payout} />
      </p>
      <QueryTable
        rows={nodesOf(page)}
        status={status}
        onRetry={refetch}
        errorTitle="The entries could not be loaded."
        loadingLabel="Loading the entries…"
        empty={<EmptyState title="No entries are linked to this payout yet." />}
        caption={`Balance entries settled by ${payoutId}, newest first`}
        columns={entryColumns}
        getRowId={(entry) => entry.id}
        footer={page && <Pager pager={pager} label={`Entries of ${payoutId}`} list={page} />}
      />
    </section>
  );
}
