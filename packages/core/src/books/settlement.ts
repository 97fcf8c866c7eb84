/** The lines of the settlement totals an entry counts in, by Stripe's reporting category. */
export type SettlementClass = 'charges' | 'refunds' | 'disputes' | 'fees' | 'payouts' | 'other';

/**
 * Stripe reporting categories per settlement line; every other category is `other`. The
 * database's totals are built from this table, so the rule lives here only.
 */
export const SETTLEMENT_CLASSES: Readonly<
  Record<Exclude<SettlementClass, 'other'>, readonly string[]>
> = Object.freeze({
  charges: ['charge'],
  refunds: ['refund', 'refund_failure', 'partial_capture_reversal'],
  disputes: ['dispute', 'dispute_reversal'],
  fees: ['fee'],
  payouts: ['payout', 'payout_reversal'],
});

/** The settlement line of a reporting category. */
export function settlementClass(reportingCategory: string): SettlementClass {
  for (const [line, categories] of Object.entries(SETTLEMENT_CLASSES))
    if (categories.includes(reportingCategory)) return line as SettlementClass;
  return 'other';
}

/**
 * One settlement currency's totals over a period, in minor units. `fees` (≥ 0) is every
 * entry's fee plus what fee entries took; `net = charges + refunds + disputes + other − fees`;
 * `paidOut` (≥ 0 unless returns exceed payouts) is what payouts took, less failed ones' returns.
 * So `net − paidOut` is the sum of every entry's net: the change of the balance.
 */
export interface SettlementTotalsMinor {
  currency: string;
  charges: bigint;
  refunds: bigint;
  disputes: bigint;
  fees: bigint;
  other: bigint;
  net: bigint;
  paidOut: bigint;
}

/** The settlement totals of a set of entries, per currency (sorted by code). */
export function settlementTotals(
  entries: Iterable<{
    currency: string;
    reportingCategory: string;
    amountMinor: number;
    feeMinor: number;
  }>,
): SettlementTotalsMinor[] {
  const byCurrency = new Map<string, SettlementTotalsMinor>();
  for (const entry of entries) {
    let totals = byCurrency.get(entry.currency);
    if (totals === undefined) {
      totals = emptyTotals(entry.currency);
      byCurrency.set(entry.currency, totals);
    }
    const amount = BigInt(entry.amountMinor);
    totals.fees += BigInt(entry.feeMinor);
    const line = settlementClass(entry.reportingCategory);
    if (line === 'fees') totals.fees -= amount;
    else if (line === 'payouts') totals.paidOut -= amount;
    else totals[line] += amount;
  }
  return [...byCurrency.values()]
    .map((totals) => withNet(totals))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

/** Totals with nothing counted yet. */
export function emptyTotals(currency: string): SettlementTotalsMinor {
  return {
    currency,
    charges: 0n,
    refunds: 0n,
    disputes: 0n,
    fees: 0n,
    other: 0n,
    net: 0n,
    paidOut: 0n,
  };
}

/** Fills in `net` from the other lines. */
export function withNet(totals: SettlementTotalsMinor): SettlementTotalsMinor {
  const net = totals.charges + totals.refunds + totals.disputes + totals.other - totals.fees;
  return { ...totals, net };
}
