import { useId, useState } from 'react';
import { ErrorNotice } from '../../../ui/States.js';
import { formatCount, formatQuantity, formatRate } from '../../../ui/format.js';
import { ProgressBar } from '../../../ui/ProgressBar.js';
import { adviceFor, type Viewer } from '../connection/error-advice.js';
import type { DataSource } from '../source.js';
import { syncView, upToDate, type SyncView } from './sync-view.js';
import { useSyncRunner } from './use-sync-runner.js';

function counts(view: SyncView): string {
  return [
    formatQuantity(view.pagesFetched, 'page'),
    `${formatCount(view.fetchedCount)} fetched`,
    `${formatCount(view.insertedCount)} new`,
    `${formatCount(view.updatedCount)} updated`,
    formatRate(view.chargesPerSecond),
  ]
    .filter(Boolean)
    .join(' · ');
}

function upToDateText(view: SyncView, own: boolean): string {
  const checked =
    view.fetchedCount === 0
      ? 'nothing new in Stripe since the last sync'
      : `${formatQuantity(view.fetchedCount, 'charge')} checked, nothing new or changed`;
  return `${own ? "You're up to date" : 'Up to date'}: ${checked}.`;
}

function Outcome({ view, viewer }: { view: SyncView; viewer: Viewer }) {
  if (upToDate(view)) {
    return (
      <p className="notice notice-good">
        Sync finished. {upToDateText(view, viewer === 'user')}
      </p>
    );
  }
  if (view.phase === 'succeeded') {
    return <p className="notice notice-good">Sync finished: {counts(view)}.</p>;
  }
  if (view.phase === 'failed') {
    const advice = adviceFor('CONNECTED', view.errorCode ?? 'INTERNAL_SERVER_ERROR', viewer);
    return (
      <div className="notice notice-bad">
        <p>
          <strong>
            Sync failed{view.errorCode ? ` (${view.errorCode})` : ''}
            {view.errorMessage ? `: ${view.errorMessage}` : '.'}
          </strong>
        </p>
        {advice && <p>{advice.text}</p>}
      </div>
    );
  }
  return null;
}

/** "Sync transactions" (or, for support, "Sync now") with live progress and the result. */
export function SyncPanel({ source, canSync }: { source: DataSource; canSync: boolean }) {
  const runner = useSyncRunner(source);
  const [full, setFull] = useState(false);
  const fullId = useId();
  const view = syncView(runner.run, runner.progress, runner.starting);
  const busy = view.phase === 'starting' || view.phase === 'running';
  const waiting = view.phase === 'starting' || (busy && view.pagesFetched === 0);
  const label = source.kind === 'user' ? 'Sync transactions' : 'Sync now';

  return (
    <section className="card" aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync</h2>
      <p className="hint">
        {canSync
          ? 'Imports new and changed Stripe charges. It also runs on its own every day.'
          : 'Syncing needs a working Stripe connection.'}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!canSync || busy}
          aria-busy={busy}
          onClick={() => runner.start(full)}
        >
          {busy ? 'Syncing…' : label}
        </button>
        <span className="checkbox">
          <input
            id={fullId}
            type="checkbox"
            checked={full}
            disabled={!canSync || busy}
            onChange={(event) => setFull(event.target.checked)}
          />
          <label htmlFor={fullId}>Re-import everything</label>
        </span>
      </div>
      {runner.error && <ErrorNotice error={runner.error} title="The sync did not start." />}
      {view.phase !== 'idle' && (
        <ProgressBar
          label={
            busy ? 'Sync in progress' : view.phase === 'failed' ? 'Sync failed' : 'Sync complete'
          }
          failed={view.phase === 'failed'}
          value={view.fraction}
          detail={
            waiting
              ? 'Starting…'
              : upToDate(view)
                ? source.kind === 'user'
                  ? "You're up to date"
                  : 'Up to date'
                : counts(view)
          }
        />
      )}
      <div role="status">
        <Outcome view={view} viewer={source.kind === 'user' ? 'user' : 'support'} />
      </div>
    </section>
  );
}
