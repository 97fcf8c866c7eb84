/**
 * The bookkeeping categories of balance entries that are not sales, named once. A sale keeps
 * its charge's category; {@link SALES_CATEGORY} is for a sale whose charge is not in the books.
 */
export const BOOK_CATEGORIES = Object.freeze({
  fees: 'Stripe Fees',
  refunds: 'Refunds',
  chargebacks: 'Chargebacks',
  transfers: 'Transfers to Bank',
  other: 'Other Stripe Activity',
});

/** The category of a sale entry whose charge was not imported (yet). */
export const SALES_CATEGORY = 'Sales';

// Stripe's reporting categories (https://docs.stripe.com/reports/reporting-categories).
const BY_REPORTING_CATEGORY: Readonly<Record<string, string>> = {
  fee: BOOK_CATEGORIES.fees,
  network_cost: BOOK_CATEGORIES.fees,
  tax: BOOK_CATEGORIES.fees,
  refund: BOOK_CATEGORIES.refunds,
  refund_failure: BOOK_CATEGORIES.refunds,
  partial_capture_reversal: BOOK_CATEGORIES.refunds,
  dispute: BOOK_CATEGORIES.chargebacks,
  dispute_reversal: BOOK_CATEGORIES.chargebacks,
  payout: BOOK_CATEGORIES.transfers,
  payout_reversal: BOOK_CATEGORIES.transfers,
};

/** Whether an entry is the gross of a sale (Stripe's `charge` reporting category). */
export function isSale(entry: { reportingCategory: string }): boolean {
  return entry.reportingCategory === 'charge';
}

/**
 * The bookkeeping category of a balance entry: a sale takes `chargeCategory` (its charge's
 * category in the books), everything else the category of its kind of movement.
 */
export function bookCategory(
  entry: { reportingCategory: string },
  chargeCategory: string | null,
): string {
  if (isSale(entry)) return chargeCategory ?? SALES_CATEGORY;
  return BY_REPORTING_CATEGORY[entry.reportingCategory] ?? BOOK_CATEGORIES.other;
}
