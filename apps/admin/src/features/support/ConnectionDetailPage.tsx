import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PayoutsSection } from '../integration/books/PayoutsSection.js';
import { SettlementSection } from '../integration/books/SettlementSection.js';
import { ConnectionPanel } from '../integration/connection/ConnectionPanel.js';
import { SupportConnectionQuery } from '../integration/connection/connection.documents.js';
import { RulesSection } from '../integration/rules/RulesSection.js';
import type { DataSource } from '../integration/source.js';
import { StatsSection } from '../integration/stats/StatsSection.js';
import { SyncHistorySection } from '../integration/sync/SyncHistorySection.js';
import { SyncPanel } from '../integration/sync/SyncPanel.js';
import { TransactionsSection } from '../integration/transactions/TransactionsSection.js';
import { EmptyState, PendingQuery } from '../../ui/States.js';
import { AuditTrail } from './AuditTrail.js';
import { ParkedEvents } from './ParkedEvents.js';

/** One user's view as support sees it: read-only data, "Sync now" and the audit trail. */
export function ConnectionDetailPage() {
  const userId = useParams().userId ?? '';
  const source: DataSource = { kind: 'support', userId };
  const [{ data, ...status }, refetch] = useQuery({
    query: SupportConnectionQuery,
    variables: { userId },
  });
  const connection = data?.supportConnection;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/support/connections">← All connections</Link>
      </p>
      <h1>
        Connection of <span className="mono">{userId}</span>
      </h1>
      <PendingQuery
        status={status}
        loaded={Boolean(data)}
        errorTitle="The connection could not be loaded."
        loadingLabel="Loading the connection…"
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
      {data && !connection && (
        <EmptyState title="This user has no Stripe connection.">
          <p>Check the user id, or search the connections list.</p>
        </EmptyState>
      )}
      {connection && (
        <>
          <div className="grid-2">
            <ConnectionPanel connection={connection} viewer="support" />
            <SyncPanel source={source} canSync={connection.status === 'CONNECTED'} />
          </div>
          <StatsSection source={source} />
          <SettlementSection source={source} />
          <PayoutsSection source={source} />
          <TransactionsSection source={source} />
          <SyncHistorySection source={source} />
          <RulesSection source={source} />
          <ParkedEvents userId={userId} />
          <AuditTrail userId={userId} />
        </>
      )}
    </>
  );
}
