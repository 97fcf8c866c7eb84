import { createColumnHelper } from '@tanstack/react-table';
import { useMutation, useQuery } from 'urql';
import type { SupportParkedWebhookEventsQuery as ParkedQuery } from '../../gql/graphql.js';
import { formatDateTime } from '../../ui/format.js';
import { QueryTable } from '../../ui/QueryTable.js';
import { EmptyState, ErrorNotice } from '../../ui/States.js';
import {
  SupportParkedWebhookEventsQuery,
  SupportRetryWebhookEventMutation,
} from './parked-events.documents.js';

type ParkedEvent = ParkedQuery['supportParkedWebhookEvents'][number];

const column = createColumnHelper<ParkedEvent>();

/**
 * Webhook events of this connection that failed every attempt and wait for a person;
 * "Retry" gives one a new round of attempts (audit-logged).
 */
export function ParkedEvents({ userId }: { userId: string }) {
  const [{ data, ...status }, refetch] = useQuery({
    query: SupportParkedWebhookEventsQuery,
    variables: { userId },
  });
  const [retry, retryEvent] = useMutation(SupportRetryWebhookEventMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const columns = [
    column.accessor('eventId', { header: 'Event', cell: (c) => <code>{c.getValue()}</code> }),
    column.accessor('type', { header: 'Type' }),
    column.accessor('parkedAt', { header: 'Parked', cell: (c) => formatDateTime(c.getValue()) }),
    column.accessor('attempts', { header: 'Attempts' }),
    column.accessor('lastError', { header: 'Last error', cell: (c) => c.getValue() ?? '—' }),
    column.display({
      id: 'retry',
      header: 'Action',
      cell: (c) => (
        <button
          type="button"
          className="button"
          disabled={retry.fetching}
          onClick={() => void retryEvent({ userId, eventId: c.row.original.eventId }).then(reload)}
        >
          Retry
        </button>
      ),
    }),
  ];
  return (
    <section className="card" aria-labelledby="parked-heading">
      <h2 id="parked-heading">Parked webhook events</h2>
      {retry.error && <ErrorNotice error={retry.error} title="The event could not be retried." />}
      <QueryTable
        rows={data?.supportParkedWebhookEvents}
        status={status}
        onRetry={reload}
        errorTitle="The parked events could not be loaded."
        loadingLabel="Loading parked events…"
        empty={<EmptyState title="No parked webhook events." />}
        caption="Webhook events that failed every attempt, oldest first"
        columns={columns}
        getRowId={(event) => event.eventId}
      />
    </section>
  );
}
