/** The sums of the entries a payout settled (its own entry excluded), in minor units. */
export interface SettledSums {
  entryCount: number;
  grossMinor: bigint;
  feesMinor: bigint;
  netMinor: bigint;
}

/** A payout against the entries it settled. */
export interface PayoutReconciliation extends SettledSums {
  /** The net of the settled entries equals the payout's amount. */
  reconciled: boolean;
  /** `amount − net`: zero when reconciled. */
  differenceMinor: bigint;
}

/** Adds up the entries a payout settled. */
export function settledSums(
  entries: Iterable<{ amountMinor: number; feeMinor: number; netMinor: number }>,
): SettledSums {
  const sums: SettledSums = { entryCount: 0, grossMinor: 0n, feesMinor: 0n, netMinor: 0n };
  for (const entry of entries) {
    sums.entryCount += 1;
    sums.grossMinor += BigInt(entry.amountMinor);
    sums.feesMinor += BigInt(entry.feeMinor);
    sums.netMinor += BigInt(entry.netMinor);
  }
  return sums;
}

/** Reconciles a payout of `amountMinor` (positive) against the sums of what it settled. */
export function reconcilePayout(
  amountMinor: number | bigint,
  sums: SettledSums,
): PayoutReconciliation {
  const differenceMinor = BigInt(amountMinor) - sums.netMinor;
  return { ...sums, reconciled: differenceMinor === 0n, differenceMinor };
}
