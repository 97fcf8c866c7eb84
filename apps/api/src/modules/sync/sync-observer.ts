import type { SyncStatus, SyncTrigger } from '@cora/db';
import type { RunProgress } from './run-progress.js';

/** Who wants to know how runs end (metrics, alerts). */
export interface SyncObserver {
  runFinished(event: {
    trigger: SyncTrigger;
    outcome: SyncStatus.SUCCEEDED | SyncStatus.FAILED;
    durationMs: number;
    progress: RunProgress;
  }): void;
}

export const NO_SYNC_OBSERVER: SyncObserver = { runFinished() {} };
