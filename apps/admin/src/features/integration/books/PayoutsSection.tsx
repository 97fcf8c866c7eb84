import { useId, useMemo, useRef, useState } from 'react';
import type { PayoutFieldsFragment } from '../../../gql/graphql.js';
import { Pager } from '../../../ui/Pager.js';
import { nodesOf, QueryTable } from '../../../ui/QueryTable.js';
import { EmptyState } from '../../../ui/States.js';
import { useCursorPager } from '../../../ui/useCursorPager.js';
import type { DataSource } from '../source.js';
import { payoutColumns, PayoutOpenerContext } from './payout-columns.js';
import { PayoutEntries } from './PayoutEntries.js';
import { UnreconciledNotice } from './UnreconciledNotice.js';
import { usePayouts } from './use-books.js';

const PAGE_SIZE = 20;

/**
 * Stripe's payouts to the bank, newest first, each reconciled against the entries it
 * settled; opening one lists those entries. Support also sees the ones that do not add up
 * called out above the table.
 */
export function PayoutsSection({ source }: { source: DataSource }) {
  const pager = useCursorPager('payouts');
  const { page, refetch, ...status } = usePayouts(source, { first: PAGE_SIZE, after: pager.after });
  const [openId, setOpenId] = useState<string | null>(null);
  const panelId = useId();
  const payouts = nodesOf(page);
  // The open payout as the newest page has it, so a refetch shows its new sums.
  const open = payouts?.find((payout) => payout.stripePayoutId === openId) ?? null;
  const openedBy = useRef<HTMLElement | null>(null);
  const opener = useMemo(
    () => ({
      openId,
      panelId,
      open: (payout: PayoutFieldsFragment, button: HTMLElement) => {
        openedBy.current = button;
        setOpenId(payout.stripePayoutId);
      },
    }),
    [openId, panelId],
  );
  // Closing gives the focus back to the button that opened the entries.
  const close = () => {
    setOpenId(null);
    openedBy.current?.focus();
  };

  return (
    <section className="card" aria-labelledby="payouts-heading">
      <h2 id="payouts-heading">Payouts</h2>
      {source.kind === 'support' && payouts && <UnreconciledNotice payouts={payouts} />}
      <PayoutOpenerContext value={opener}>
        <QueryTable
          rows={payouts}
          status={status}
          onRetry={refetch}
          errorTitle="The payouts could not be loaded."
          loadingLabel="Loading payouts…"
          empty={
            <EmptyState title="No payouts yet.">
              <p>Stripe&apos;s payouts to the bank appear here once a sync has imported them.</p>
            </EmptyState>
          }
          caption="Payouts, newest first"
          columns={payoutColumns}
          getRowId={(payout) => payout.id}
          footer={page && <Pager pager={pager} label="Payouts" list={page} />}
        />
      </PayoutOpenerContext>
      {open && (
        <PayoutEntries
          key={open.stripePayoutId}
          source={source}
          payout={open}
          id={panelId}
          onClose={close}
        />
      )}
    </section>
  );
}
