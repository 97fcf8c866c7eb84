import { useQuery } from 'urql';
import type { ConnectionFieldsFragment } from '../../../gql/graphql.js';
import { ErrorNotice, Loading } from '../../../ui/States.js';
import { ConnectButton } from './ConnectButton.js';
import { ConnectionPanel } from './ConnectionPanel.js';
import { ConnectionQuery } from './connection.documents.js';
import { DisconnectButton } from './DisconnectButton.js';
import { TestConnectionButton } from './TestConnectionButton.js';

function Actions({ connection }: { connection: ConnectionFieldsFragment }) {
  switch (connection.status) {
    case 'CONNECTED':
      return (
        <>
          <TestConnectionButton />
          <DisconnectButton accountId={connection.stripeAccountId} />
        </>
      );
    case 'NEEDS_REAUTH':
      return <DisconnectButton accountId={connection.stripeAccountId} />;
    default:
      return <ConnectButton label="Connect Stripe" />;
  }
}

/** The user's own connection with the actions its state allows. */
export function UserConnectionSection() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ConnectionQuery });
  if (error && !data) {
    return (
      <section className="card" aria-label="Connection">
        <ErrorNotice
          error={error}
          title="The connection could not be loaded."
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </section>
    );
  }
  if (!data) {
    return (
      <section className="card" aria-label="Connection">
        {fetching && <Loading label="Loading the connection…" />}
      </section>
    );
  }
  const connection = data.stripeConnection;
  return (
    <ConnectionPanel
      connection={connection}
      viewer="user"
      actions={<Actions connection={connection} />}
      reconnect={<ConnectButton label="Reconnect" />}
    />
  );
}
