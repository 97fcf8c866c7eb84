import { useMemo, useState } from 'react';
import { endOfDay, startOfDay } from '../../../ui/day-range.js';
import { DateField, FilterForm } from '../../../ui/FilterForm.js';
import { formatDay } from '../../../ui/format.js';
import { QueryTable } from '../../../ui/QueryTable.js';
import { EmptyState } from '../../../ui/States.js';
import type { DataSource } from '../source.js';
import { settlementColumns } from './settlement-columns.js';
import { useSettlement } from './use-books.js';

function periodText(from: string, to: string): string {
  if (from && to) return `${formatDay(from)} to ${formatDay(to)}`;
  if (from) return `since ${formatDay(from)}`;
  if (to) return `until ${formatDay(to)}`;
  return 'all time';
}

/**
 * What Stripe moved per settlement currency over a chosen period (whole UTC days; all time
 * when open): charges, refunds, disputes, fees and the rest, the net, and what was paid out.
 */
export function SettlementSection({ source }: { source: DataSource }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const period = useMemo(() => ({ from: startOfDay(from), to: endOfDay(to) }), [from, to]);
  const { totals, refetch, ...status } = useSettlement(source, period);
  const described = periodText(from, to);

  return (
    <section className="card" aria-labelledby="settlement-heading">
      <h2 id="settlement-heading">Settlement</h2>
      <p className="section-note">
        Per settlement currency, by when Stripe recorded each movement: {described}.
      </p>
      <FilterForm label="Settlement period">
        <DateField label="From" value={from} max={to || undefined} onChange={setFrom} />
        <DateField label="To" value={to} min={from || undefined} onChange={setTo} />
        <button
          type="button"
          className="button"
          disabled={!from && !to}
          onClick={() => {
            setFrom('');
            setTo('');
          }}
        >
          All time
        </button>
      </FilterForm>
      <QueryTable
        rows={totals}
        status={status}
        onRetry={refetch}
        errorTitle="The settlement totals could not be loaded."
        loadingLabel="Loading settlement totals…"
        empty={<EmptyState title="Nothing settled in this period." />}
        caption={`Settlement totals per currency, ${described}`}
        columns={settlementColumns}
        getRowId={(row) => row.currency}
      />
    </section>
  );
}
