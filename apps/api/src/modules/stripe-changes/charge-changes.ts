import { importCharge, type Categorize, type VersionedTransaction } from '@cora/core';
import { eventKind, eventVersion, type ChangeEvent } from './stripe-events.js';

/** A copy of a Stripe charge and its change marker (larger is newer). */
export interface ChargeCopy {
  charge: unknown;
  version: number;
}

/** Reads a charge as it is now at Stripe. */
export type RetrieveCharge = (chargeId: string) => Promise<unknown>;

/**
 * The newest copy of each charge that a list of events changed (events newest first, as
 * Stripe lists them). A dispute event carries the dispute, not the charge, so its charge is
 * read again, once, with the time of reading as its marker.
 */
export async function chargeCopiesOf(
  events: readonly ChangeEvent[],
  retrieve: RetrieveCharge,
): Promise<ChargeCopy[]> {
  const byCharge = new Map<string, ChargeCopy>();
  const reread = new Set<string>();
  for (const event of events) {
    const object = event.data.object as { id?: unknown; charge?: unknown };
    const kind = eventKind(event.type);
    if (kind === 'charge' && typeof object.id === 'string') {
      if (!byCharge.has(object.id))
        byCharge.set(object.id, { charge: object, version: eventVersion(event) });
    } else if (kind === 'dispute' && typeof object.charge === 'string') {
      reread.add(object.charge);
    }
  }
  for (const chargeId of reread) {
    const version = Date.now();
    byCharge.set(chargeId, { charge: await retrieve(chargeId), version });
  }
  return [...byCharge.values()];
}

/** Charges as the books import them: succeeded ones mapped and categorized, the rest skipped. */
export function importCopies(
  copies: readonly ChargeCopy[],
  categorize: Categorize,
): { rows: VersionedTransaction[]; skipped: number } {
  const rows: VersionedTransaction[] = [];
  let skipped = 0;
  for (const { charge, version } of copies) {
    const transaction = importCharge(charge, categorize);
    if (transaction === null) skipped += 1;
    else rows.push({ ...transaction, sourceVersion: version });
  }
  return { rows, skipped };
}
