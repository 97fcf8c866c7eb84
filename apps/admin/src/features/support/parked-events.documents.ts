import { graphql } from '../../gql/index.js';

export const SupportParkedWebhookEventsQuery = graphql(`
  query SupportParkedWebhookEvents($userId: String!) {
    supportParkedWebhookEvents(userId: $userId) {
      eventId
      type
      receivedAt
      parkedAt
      attempts
      lastError
    }
  }
`);

export const SupportRetryWebhookEventMutation = graphql(`
  mutation SupportRetryWebhookEvent($userId: String!, $eventId: String!) {
    supportRetryWebhookEvent(userId: $userId, eventId: $eventId)
  }
`);
