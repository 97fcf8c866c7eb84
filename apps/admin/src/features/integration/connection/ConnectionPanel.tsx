import type { ReactNode } from 'react';
import type {
  ConnectionFieldsFragment,
  SupportConnectionFieldsFragment,
} from '../../../gql/graphql.js';
import { formatDateTime } from '../../../ui/format.js';
import { StatusBadge } from '../../../ui/StatusBadge.js';
import { adviceFor, type Viewer } from './error-advice.js';

/** A connection as the user or support staff read it. */
export type ConnectionView = ConnectionFieldsFragment | SupportConnectionFieldsFragment;

const STATUS_TEXT: Record<ConnectionView['status'], string> = {
  CONNECTED: 'Connected',
  NOT_CONNECTED: 'Not connected',
  NEEDS_REAUTH: 'Needs reconnecting',
  DISCONNECTED: 'Disconnected',
};

const STATUS_HINT: Partial<Record<ConnectionView['status'], string>> = {
  NOT_CONNECTED:
    'Connect your Stripe account to import its charges into your books. CORA asks for read-only access: it never changes anything in Stripe.',
  DISCONNECTED:
    'Stripe is disconnected. The transactions already imported are kept; connect again to resume syncing.',
};

function mode(livemode: boolean | null): string {
  if (livemode === null) return '—';
  return livemode ? 'Live' : 'Test';
}

/**
 * Status, account, mode, last and next sync, and the last error with what to do about it.
 * `viewer` picks advice the reader can act on; `actions` holds the buttons the viewer may use; `reconnect` is offered inside the error.
 */
export function ConnectionPanel({
  connection,
  viewer,
  actions,
  reconnect,
}: {
  connection: ConnectionView;
  viewer: Viewer;
  actions?: ReactNode;
  reconnect?: ReactNode;
}) {
  const advice = adviceFor(connection.status, connection.lastErrorCode, viewer);
  return (
    <section className="card" aria-labelledby="connection-heading">
      <div className="card-head">
        <h2 id="connection-heading">Connection</h2>
        <StatusBadge status={connection.status} label={STATUS_TEXT[connection.status]} />
      </div>
      {STATUS_HINT[connection.status] && <p className="hint">{STATUS_HINT[connection.status]}</p>}
      <dl className="facts">
        <div>
          <dt>Stripe account</dt>
          <dd>{connection.stripeAccountId ?? '—'}</dd>
        </div>
        <div>
          <dt>Mode</dt>
          <dd>{mode(connection.livemode)}</dd>
        </div>
        <div>
          <dt>Last sync</dt>
          <dd>{formatDateTime(connection.lastSyncedAt)}</dd>
        </div>
        <div>
          <dt>Next sync</dt>
          <dd>{formatDateTime(connection.nextSyncAt)}</dd>
        </div>
      </dl>
      {advice && (
        <div
          className={advice.tone === 'news' ? 'notice notice-warn' : 'notice notice-bad'}
          role={advice.tone === 'news' ? 'status' : 'alert'}
        >
          <p>
            <strong>{connection.lastErrorMessage ?? 'The connection needs attention.'}</strong>
            {connection.lastErrorCode && (
              <>
                {' '}
                <code>{connection.lastErrorCode}</code>
              </>
            )}
          </p>
          <p>{advice.text}</p>
          {advice.reconnect && reconnect}
        </div>
      )}
      {actions && <div className="actions">{actions}</div>}
    </section>
  );
}
