import type { Account, EventType } from '../store/account.js';
import { closeDispute, submitEvidence } from '../store/disputes.js';
import { hash32 } from '../util/rng.js';

const DAY = 86_400;
/** Share of generated disputes the merchant wins (the first is always won, the second lost). */
const WON_SHARE = 0.45;

/** Where generated happenings go: an event of `type` about row `source` at `at`. */
export type HistorySink = (type: EventType, at: number, source: number) => void;

/**
 * Plays out generated dispute #`row` up to `now`: evidence submitted within
 * the response window (or never, for some lost ones), then won or lost a few
 * weeks later, each step with its event. A dispute whose decision would come
 * after `now` stays open.
 */
export function playDispute(
  account: Account,
  row: number,
  seed: number,
  now: number,
  sink: HistorySink,
): void {
  const cols = account.disputes.cols;
  const created = cols.created[row] ?? 0;
  const h = hash32(seed, row, 0xd15);
  const won = row === 0 || (row !== 1 && (h % 1000) / 1000 < WON_SHARE);
  const answered = won || (h >>> 10) % 2 === 0;
  sink('charge.dispute.created', created, row);
  sink('charge.dispute.funds_withdrawn', created, row);
  const evidenceAt = created + (1 + ((h >>> 12) % 5)) * DAY + ((h >>> 4) % 3600);
  if (answered && evidenceAt <= now) {
    submitEvidence(account, row, evidenceAt);
    sink('charge.dispute.updated', evidenceAt, row);
  }
  const closedAt = created + (8 + ((h >>> 16) % 20)) * DAY + ((h >>> 8) % 7200);
  if (closedAt > now) return;
  closeDispute(account, row, won ? 'won' : 'lost', closedAt);
  sink('charge.dispute.closed', closedAt, row);
  if (won) sink('charge.dispute.funds_reinstated', closedAt, row);
}
