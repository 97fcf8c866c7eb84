import type { PayoutFieldsFragment } from '../../../gql/graphql.js';
import { formatMoney, formatQuantity } from '../../../ui/format.js';

/** Calls out the payouts of a page whose settled entries do not add up to what was paid out. */
export function UnreconciledNotice({ payouts }: { payouts: readonly PayoutFieldsFragment[] }) {
  const off = payouts.filter((payout) => !payout.reconciled);
  if (off.length === 0) return null;
  return (
    <div className="notice notice-bad" role="status" aria-label="Unreconciled payouts">
      <p>
        <strong>
          {formatQuantity(off.length, 'payout does', 'payouts do')} not reconcile on this page.
        </strong>{' '}
        The entries each settled do not add up to what reached the bank:
      </p>
      <ul className="plain-list">
        {off.map((payout) => (
          <li key={payout.id}>
            <code>{payout.stripePayoutId}</code>: paid out{' '}
            {formatMoney(payout.amount, payout.currency)}, entries net{' '}
            {formatMoney(payout.net, payout.currency)}, off by{' '}
            <strong>{formatMoney(payout.difference, payout.currency)}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
