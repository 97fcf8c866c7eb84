// Columns hold these as plain strings, not p.enum(): MikroORM 6.6 misreads SQLite check
// constraints with three or more values and would report a pending schema change forever.

/** Outcome of a sync run. */
export enum SyncStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** What started a sync run. */
export enum SyncTrigger {
  MANUAL = 'MANUAL',
  SCHEDULED = 'SCHEDULED',
  INITIAL = 'INITIAL',
  WEBHOOK = 'WEBHOOK',
  SUPPORT = 'SUPPORT',
}

/** The OAuth variant a connection was made with. */
export enum OAuthFlavor {
  CONNECT = 'connect',
  APPS = 'apps',
}

/** An alert is FIRING until its condition clears, then RESOLVED (and kept). */
export enum AlertState {
  FIRING = 'FIRING',
  RESOLVED = 'RESOLVED',
}
