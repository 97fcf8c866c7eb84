export type Tone = 'good' | 'warn' | 'bad' | 'neutral' | 'busy';

const TONES: Record<string, Tone> = {
  CONNECTED: 'good',
  SUCCEEDED: 'good',
  RESOLVED: 'good',
  NEEDS_REAUTH: 'bad',
  FAILED: 'bad',
  FIRING: 'bad',
  RUNNING: 'busy',
  DISCONNECTED: 'neutral',
  NOT_CONNECTED: 'neutral',
  // Stripe's payout statuses.
  paid: 'good',
  pending: 'busy',
  in_transit: 'busy',
  failed: 'bad',
  canceled: 'neutral',
};

/** A status as words with a colour hint; the words alone carry the meaning. */
export function StatusBadge({ status, label }: { status: string; label?: string }) {
  const tone = TONES[status] ?? 'neutral';
  return (
    <span className={`badge badge-${tone}`}>
      {label ?? status.replace(/_/g, ' ').toLowerCase()}
    </span>
  );
}
