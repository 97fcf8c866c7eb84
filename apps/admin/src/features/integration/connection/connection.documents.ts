import { graphql } from '../../../gql/index.js';

export const ConnectionQuery = graphql(`
  query Connection {
    stripeConnection {
      ...ConnectionFields
    }
  }
`);

export const CompleteConnectionMutation = graphql(`
  mutation CompleteConnection($code: String!, $state: String!) {
    completeStripeConnection(code: $code, state: $state) {
      ...ConnectionFields
    }
  }
`);

export const DisconnectMutation = graphql(`
  mutation Disconnect {
    disconnectStripe {
      ...ConnectionFields
    }
  }
`);

export const TestConnectionMutation = graphql(`
  mutation TestConnection {
    testStripeConnection {
      outcome
      message
      stripeAccountId
    }
  }
`);

export const SupportConnectionQuery = graphql(`
  query SupportConnection($userId: String!) {
    supportConnection(userId: $userId) {
      ...SupportConnectionFields
    }
  }
`);
