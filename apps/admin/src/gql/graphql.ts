/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AlertState = 'FIRING' | 'RESOLVED';

export type CategoryRuleInput = {
  category: string;
  matchType: CategoryRuleMatchType;
  metadataKey?: string | null | undefined;
  pattern: string;
};

export type CategoryRuleMatchType =
  'DESCRIPTION_CONTAINS' | 'DESCRIPTION_REGEX' | 'METADATA_EQUALS';

export type CategorySource = 'DEFAULT' | 'LEARNED' | 'MANUAL' | 'METADATA' | 'RULE';

export type ConnectionStatus = 'CONNECTED' | 'DISCONNECTED' | 'NEEDS_REAUTH' | 'NOT_CONNECTED';

/** The result of testing a stored Stripe connection. */
export type ConnectionTestOutcome = 'AUTH' | 'NOT_CONNECTED' | 'OK' | 'PERMISSION' | 'UNAVAILABLE';

export type SyncStatus = 'FAILED' | 'RUNNING' | 'SUCCEEDED';

export type SyncTrigger = 'INITIAL' | 'MANUAL' | 'SCHEDULED' | 'SUPPORT' | 'WEBHOOK';

export type TransactionFilter = {
  category?: string | null | undefined;
  currency?: string | null | undefined;
  from?: string | null | undefined;
  /** matches description */
  search?: string | null | undefined;
  to?: string | null | undefined;
};

export type PayoutsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type PayoutsQuery = {
  __typename: 'Query';
  stripePayouts: {
    __typename: 'StripePayoutConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'StripePayoutEdge';
      cursor: string;
      node: {
        __typename: 'StripePayout';
        id: string;
        stripePayoutId: string;
        amount: string;
        currency: string;
        status: string;
        arrivalDate: string;
        createdAt: string;
        entryCount: number;
        gross: string;
        fees: string;
        net: string;
        reconciled: boolean;
        difference: string;
      };
    }>;
  };
};

export type SupportPayoutsQueryVariables = Exact<{
  userId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type SupportPayoutsQuery = {
  __typename: 'Query';
  supportPayouts: {
    __typename: 'StripePayoutConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'StripePayoutEdge';
      cursor: string;
      node: {
        __typename: 'StripePayout';
        id: string;
        stripePayoutId: string;
        amount: string;
        currency: string;
        status: string;
        arrivalDate: string;
        createdAt: string;
        entryCount: number;
        gross: string;
        fees: string;
        net: string;
        reconciled: boolean;
        difference: string;
      };
    }>;
  };
};

export type PayoutEntriesQueryVariables = Exact<{
  payoutId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type PayoutEntriesQuery = {
  __typename: 'Query';
  stripeBalanceEntries: {
    __typename: 'StripeBalanceEntryConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'StripeBalanceEntryEdge';
      cursor: string;
      node: {
        __typename: 'StripeBalanceEntry';
        id: string;
        stripeBalanceTransactionId: string;
        type: string;
        reportingCategory: string;
        category: string;
        amount: string;
        fee: string;
        net: string;
        currency: string;
        sourceId: string | null;
        chargeId: string | null;
        createdAt: string;
      };
    }>;
  };
};

export type SupportPayoutEntriesQueryVariables = Exact<{
  userId: string;
  payoutId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type SupportPayoutEntriesQuery = {
  __typename: 'Query';
  supportBalanceEntries: {
    __typename: 'StripeBalanceEntryConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'StripeBalanceEntryEdge';
      cursor: string;
      node: {
        __typename: 'StripeBalanceEntry';
        id: string;
        stripeBalanceTransactionId: string;
        type: string;
        reportingCategory: string;
        category: string;
        amount: string;
        fee: string;
        net: string;
        currency: string;
        sourceId: string | null;
        chargeId: string | null;
        createdAt: string;
      };
    }>;
  };
};

export type SettlementQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type SettlementQuery = {
  __typename: 'Query';
  stripeSettlement: Array<{
    __typename: 'SettlementTotals';
    currency: string;
    charges: string;
    refunds: string;
    disputes: string;
    fees: string;
    other: string;
    net: string;
    paidOut: string;
  }>;
};

export type SupportSettlementQueryVariables = Exact<{
  userId: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type SupportSettlementQuery = {
  __typename: 'Query';
  supportSettlement: Array<{
    __typename: 'SettlementTotals';
    currency: string;
    charges: string;
    refunds: string;
    disputes: string;
    fees: string;
    other: string;
    net: string;
    paidOut: string;
  }>;
};

export type PayoutChangedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type PayoutChangedSubscription = {
  __typename: 'Subscription';
  stripePayoutChanged: {
    __typename: 'StripePayout';
    id: string;
    stripePayoutId: string;
    amount: string;
    currency: string;
    status: string;
    arrivalDate: string;
    createdAt: string;
    entryCount: number;
    gross: string;
    fees: string;
    net: string;
    reconciled: boolean;
    difference: string;
  };
};

export type ConnectionQueryVariables = Exact<{ [key: string]: never }>;

export type ConnectionQuery = {
  __typename: 'Query';
  stripeConnection: {
    __typename: 'StripeConnection';
    status: ConnectionStatus;
    stripeAccountId: string | null;
    livemode: boolean | null;
    scope: string | null;
    connectedAt: string | null;
    lastSyncedAt: string | null;
    nextSyncAt: string | null;
    lastErrorCode: string | null;
    lastErrorMessage: string | null;
  };
};

export type CompleteConnectionMutationVariables = Exact<{
  code: string;
  state: string;
}>;

export type CompleteConnectionMutation = {
  __typename: 'Mutation';
  completeStripeConnection: {
    __typename: 'StripeConnection';
    status: ConnectionStatus;
    stripeAccountId: string | null;
    livemode: boolean | null;
    scope: string | null;
    connectedAt: string | null;
    lastSyncedAt: string | null;
    nextSyncAt: string | null;
    lastErrorCode: string | null;
    lastErrorMessage: string | null;
  };
};

export type DisconnectMutationVariables = Exact<{ [key: string]: never }>;

export type DisconnectMutation = {
  __typename: 'Mutation';
  disconnectStripe: {
    __typename: 'StripeConnection';
    status: ConnectionStatus;
    stripeAccountId: string | null;
    livemode: boolean | null;
    scope: string | null;
    connectedAt: string | null;
    lastSyncedAt: string | null;
    nextSyncAt: string | null;
    lastErrorCode: string | null;
    lastErrorMessage: string | null;
  };
};

export type TestConnectionMutationVariables = Exact<{ [key: string]: never }>;

export type TestConnectionMutation = {
  __typename: 'Mutation';
  testStripeConnection: {
    __typename: 'ConnectionTestResult';
    outcome: ConnectionTestOutcome;
    message: string;
    stripeAccountId: string | null;
  };
};

export type SupportConnectionQueryVariables = Exact<{
  userId: string;
}>;

export type SupportConnectionQuery = {
  __typename: 'Query';
  supportConnection: {
    __typename: 'SupportConnection';
    id: string;
    userId: string;
    status: ConnectionStatus;
    stripeAccountId: string | null;
    livemode: boolean | null;
    connectedAt: string | null;
    lastSyncedAt: string | null;
    nextSyncAt: string | null;
    lastErrorCode: string | null;
    lastErrorMessage: string | null;
    lastErrorAt: string | null;
  } | null;
};

export type CategoryLearningFieldsFragment = {
  __typename: 'CategoryLearning';
  enabled: boolean;
  corrections: number;
  categorizedCount: number;
  threshold: number;
};

export type CategoryLearningQueryVariables = Exact<{ [key: string]: never }>;

export type CategoryLearningQuery = {
  __typename: 'Query';
  categoryLearning: {
    __typename: 'CategoryLearning';
    enabled: boolean;
    corrections: number;
    categorizedCount: number;
    threshold: number;
  };
};

export type SupportCategoryLearningQueryVariables = Exact<{
  userId: string;
}>;

export type SupportCategoryLearningQuery = {
  __typename: 'Query';
  supportCategoryLearning: {
    __typename: 'CategoryLearning';
    enabled: boolean;
    corrections: number;
    categorizedCount: number;
    threshold: number;
  };
};

export type SetCategoryLearningMutationVariables = Exact<{
  enabled: boolean;
}>;

export type SetCategoryLearningMutation = {
  __typename: 'Mutation';
  setCategoryLearning: {
    __typename: 'CategoryLearning';
    enabled: boolean;
    corrections: number;
    categorizedCount: number;
    threshold: number;
  };
};

export type CategoryRulesQueryVariables = Exact<{ [key: string]: never }>;

export type CategoryRulesQuery = {
  __typename: 'Query';
  categoryRules: Array<{
    __typename: 'CategoryRule';
    id: string;
    priority: number;
    category: string;
    matchType: CategoryRuleMatchType;
    pattern: string;
    metadataKey: string | null;
  }>;
};

export type SupportCategoryRulesQueryVariables = Exact<{
  userId: string;
}>;

export type SupportCategoryRulesQuery = {
  __typename: 'Query';
  supportCategoryRules: Array<{
    __typename: 'CategoryRule';
    id: string;
    priority: number;
    category: string;
    matchType: CategoryRuleMatchType;
    pattern: string;
    metadataKey: string | null;
  }>;
};

export type CreateCategoryRuleMutationVariables = Exact<{
  input: CategoryRuleInput;
}>;

export type CreateCategoryRuleMutation = {
  __typename: 'Mutation';
  createCategoryRule: {
    __typename: 'CategoryRuleChange';
    recategorizedCount: number;
    rules: Array<{
      __typename: 'CategoryRule';
      id: string;
      priority: number;
      category: string;
      matchType: CategoryRuleMatchType;
      pattern: string;
      metadataKey: string | null;
    }>;
  };
};

export type UpdateCategoryRuleMutationVariables = Exact<{
  id: string | number;
  input: CategoryRuleInput;
}>;

export type UpdateCategoryRuleMutation = {
  __typename: 'Mutation';
  updateCategoryRule: {
    __typename: 'CategoryRuleChange';
    recategorizedCount: number;
    rules: Array<{
      __typename: 'CategoryRule';
      id: string;
      priority: number;
      category: string;
      matchType: CategoryRuleMatchType;
      pattern: string;
      metadataKey: string | null;
    }>;
  };
};

export type DeleteCategoryRuleMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteCategoryRuleMutation = {
  __typename: 'Mutation';
  deleteCategoryRule: {
    __typename: 'CategoryRuleChange';
    recategorizedCount: number;
    rules: Array<{
      __typename: 'CategoryRule';
      id: string;
      priority: number;
      category: string;
      matchType: CategoryRuleMatchType;
      pattern: string;
      metadataKey: string | null;
    }>;
  };
};

export type ReorderCategoryRulesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type ReorderCategoryRulesMutation = {
  __typename: 'Mutation';
  reorderCategoryRules: {
    __typename: 'CategoryRuleChange';
    recategorizedCount: number;
    rules: Array<{
      __typename: 'CategoryRule';
      id: string;
      priority: number;
      category: string;
      matchType: CategoryRuleMatchType;
      pattern: string;
      metadataKey: string | null;
    }>;
  };
};

export type StatsQueryVariables = Exact<{
  days?: number | null | undefined;
}>;

export type StatsQuery = {
  __typename: 'Query';
  stripeSyncStats: {
    __typename: 'SyncStats';
    transactionCount: number;
    syncCount: number;
    failedSyncCount: number;
    lastSyncedAt: string | null;
    totals: Array<{ __typename: 'CurrencyTotal'; currency: string; amount: string; count: number }>;
    byCategory: Array<{
      __typename: 'CategoryTotal';
      category: string;
      currency: string;
      amount: string;
      count: number;
    }>;
  };
  stripeVolumeSeries: Array<{
    __typename: 'VolumePoint';
    date: string;
    currency: string;
    amount: string;
    count: number;
  }>;
};

export type SupportStatsQueryVariables = Exact<{
  userId: string;
  days?: number | null | undefined;
}>;

export type SupportStatsQuery = {
  __typename: 'Query';
  supportSyncStats: {
    __typename: 'SyncStats';
    transactionCount: number;
    syncCount: number;
    failedSyncCount: number;
    lastSyncedAt: string | null;
    totals: Array<{ __typename: 'CurrencyTotal'; currency: string; amount: string; count: number }>;
    byCategory: Array<{
      __typename: 'CategoryTotal';
      category: string;
      currency: string;
      amount: string;
      count: number;
    }>;
  };
  supportVolumeSeries: Array<{
    __typename: 'VolumePoint';
    date: string;
    currency: string;
    amount: string;
    count: number;
  }>;
};

export type StartSyncMutationVariables = Exact<{
  full?: boolean | null | undefined;
}>;

export type StartSyncMutation = {
  __typename: 'Mutation';
  syncStripeTransactions: {
    __typename: 'SyncRun';
    id: string;
    status: SyncStatus;
    trigger: SyncTrigger;
    full: boolean;
    startedAt: string;
    finishedAt: string | null;
    pagesFetched: number;
    fetchedCount: number;
    insertedCount: number;
    updatedCount: number;
    skippedCount: number;
    errorCode: string | null;
    errorMessage: string | null;
  };
};

export type SupportSyncNowMutationVariables = Exact<{
  userId: string;
  full?: boolean | null | undefined;
}>;

export type SupportSyncNowMutation = {
  __typename: 'Mutation';
  supportSyncConnection: {
    __typename: 'SyncRun';
    id: string;
    status: SyncStatus;
    trigger: SyncTrigger;
    full: boolean;
    startedAt: string;
    finishedAt: string | null;
    pagesFetched: number;
    fetchedCount: number;
    insertedCount: number;
    updatedCount: number;
    skippedCount: number;
    errorCode: string | null;
    errorMessage: string | null;
  };
};

export type SyncProgressSubscriptionVariables = Exact<{
  runId?: string | number | null | undefined;
}>;

export type SyncProgressSubscription = {
  __typename: 'Subscription';
  stripeSyncProgress: {
    __typename: 'SyncProgress';
    runId: string;
    status: SyncStatus;
    pagesFetched: number;
    fetchedCount: number;
    insertedCount: number;
    updatedCount: number;
    chargesPerSecond: number | null;
    done: boolean;
    errorCode: string | null;
    errorMessage: string | null;
  };
};

export type SupportSyncProgressSubscriptionVariables = Exact<{ [key: string]: never }>;

export type SupportSyncProgressSubscription = {
  __typename: 'Subscription';
  supportSyncProgress: {
    __typename: 'SyncProgress';
    runId: string;
    status: SyncStatus;
    pagesFetched: number;
    fetchedCount: number;
    insertedCount: number;
    updatedCount: number;
    chargesPerSecond: number | null;
    done: boolean;
    errorCode: string | null;
    errorMessage: string | null;
  };
};

export type SyncHistoryQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type SyncHistoryQuery = {
  __typename: 'Query';
  stripeSyncHistory: {
    __typename: 'SyncRunConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'SyncRunEdge';
      cursor: string;
      node: {
        __typename: 'SyncRun';
        id: string;
        status: SyncStatus;
        trigger: SyncTrigger;
        full: boolean;
        startedAt: string;
        finishedAt: string | null;
        pagesFetched: number;
        fetchedCount: number;
        insertedCount: number;
        updatedCount: number;
        skippedCount: number;
        errorCode: string | null;
        errorMessage: string | null;
      };
    }>;
  };
};

export type SupportSyncHistoryQueryVariables = Exact<{
  userId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type SupportSyncHistoryQuery = {
  __typename: 'Query';
  supportSyncHistory: {
    __typename: 'SyncRunConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'SyncRunEdge';
      cursor: string;
      node: {
        __typename: 'SyncRun';
        id: string;
        status: SyncStatus;
        trigger: SyncTrigger;
        full: boolean;
        startedAt: string;
        finishedAt: string | null;
        pagesFetched: number;
        fetchedCount: number;
        insertedCount: number;
        updatedCount: number;
        skippedCount: number;
        errorCode: string | null;
        errorMessage: string | null;
      };
    }>;
  };
};

export type TransactionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TransactionFilter | null | undefined;
}>;

export type TransactionsQuery = {
  __typename: 'Query';
  stripeTransactions: {
    __typename: 'StripeTransactionConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'StripeTransactionEdge';
      cursor: string;
      node: {
        __typename: 'StripeTransaction';
        id: string;
        stripeTransactionId: string;
        amount: string;
        currency: string;
        description: string | null;
        receiptUrl: string | null;
        createdAt: string;
        category: string;
        categorySource: CategorySource;
        categoryRuleId: string | null;
        learnedReasons: Array<string> | null;
        status: string;
        amountRefunded: string;
        refunded: boolean;
        disputed: boolean;
        livemode: boolean;
        suggestion: {
          __typename: 'CategorySuggestion';
          category: string;
          confidence: number;
          reasons: Array<string>;
        } | null;
      };
    }>;
  };
};

export type SupportTransactionsQueryVariables = Exact<{
  userId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TransactionFilter | null | undefined;
}>;

export type SupportTransactionsQuery = {
  __typename: 'Query';
  supportTransactions: {
    __typename: 'StripeTransactionConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'StripeTransactionEdge';
      cursor: string;
      node: {
        __typename: 'StripeTransaction';
        id: string;
        stripeTransactionId: string;
        amount: string;
        currency: string;
        description: string | null;
        receiptUrl: string | null;
        createdAt: string;
        category: string;
        categorySource: CategorySource;
        categoryRuleId: string | null;
        learnedReasons: Array<string> | null;
        status: string;
        amountRefunded: string;
        refunded: boolean;
        disputed: boolean;
        livemode: boolean;
        suggestion: {
          __typename: 'CategorySuggestion';
          category: string;
          confidence: number;
          reasons: Array<string>;
        } | null;
      };
    }>;
  };
};

export type SetCategoryMutationVariables = Exact<{
  id: string | number;
  category: string;
}>;

export type SetCategoryMutation = {
  __typename: 'Mutation';
  setTransactionCategory: {
    __typename: 'StripeTransaction';
    id: string;
    stripeTransactionId: string;
    amount: string;
    currency: string;
    description: string | null;
    receiptUrl: string | null;
    createdAt: string;
    category: string;
    categorySource: CategorySource;
    categoryRuleId: string | null;
    learnedReasons: Array<string> | null;
    status: string;
    amountRefunded: string;
    refunded: boolean;
    disputed: boolean;
    livemode: boolean;
    suggestion: {
      __typename: 'CategorySuggestion';
      category: string;
      confidence: number;
      reasons: Array<string>;
    } | null;
  };
};

export type TransactionChangedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type TransactionChangedSubscription = {
  __typename: 'Subscription';
  stripeTransactionChanged: {
    __typename: 'StripeTransaction';
    id: string;
    stripeTransactionId: string;
    amount: string;
    currency: string;
    description: string | null;
    receiptUrl: string | null;
    createdAt: string;
    category: string;
    categorySource: CategorySource;
    categoryRuleId: string | null;
    learnedReasons: Array<string> | null;
    status: string;
    amountRefunded: string;
    refunded: boolean;
    disputed: boolean;
    livemode: boolean;
    suggestion: {
      __typename: 'CategorySuggestion';
      category: string;
      confidence: number;
      reasons: Array<string>;
    } | null;
  };
};

export type SupportParkedWebhookEventsQueryVariables = Exact<{
  userId: string;
}>;

export type SupportParkedWebhookEventsQuery = {
  __typename: 'Query';
  supportParkedWebhookEvents: Array<{
    __typename: 'ParkedWebhookEvent';
    eventId: string;
    type: string;
    receivedAt: string;
    parkedAt: string;
    attempts: number;
    lastError: string | null;
  }>;
};

export type SupportRetryWebhookEventMutationVariables = Exact<{
  userId: string;
  eventId: string;
}>;

export type SupportRetryWebhookEventMutation = {
  __typename: 'Mutation';
  supportRetryWebhookEvent: boolean;
};

export type SupportConnectionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  status?: ConnectionStatus | null | undefined;
}>;

export type SupportConnectionsQuery = {
  __typename: 'Query';
  supportConnections: {
    __typename: 'SupportConnectionConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'SupportConnectionEdge';
      cursor: string;
      node: {
        __typename: 'SupportConnection';
        id: string;
        userId: string;
        status: ConnectionStatus;
        stripeAccountId: string | null;
        livemode: boolean | null;
        connectedAt: string | null;
        lastSyncedAt: string | null;
        nextSyncAt: string | null;
        lastErrorCode: string | null;
        lastErrorMessage: string | null;
        lastErrorAt: string | null;
      };
    }>;
  };
};

export type SupportAuditLogQueryVariables = Exact<{
  userId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type SupportAuditLogQuery = {
  __typename: 'Query';
  supportAuditLog: {
    __typename: 'AuditEntryConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'AuditEntryEdge';
      cursor: string;
      node: {
        __typename: 'AuditEntry';
        id: string;
        actorId: string;
        actorRole: string;
        action: string;
        target: string;
        at: string;
        details: Record<string, unknown>;
      };
    }>;
  };
};

export type SupportSyncRunsQueryVariables = Exact<{
  status?: SyncStatus | null | undefined;
  since?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type SupportSyncRunsQuery = {
  __typename: 'Query';
  supportSyncRuns: {
    __typename: 'SupportSyncRunConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'SupportSyncRunEdge';
      cursor: string;
      node: {
        __typename: 'SupportSyncRun';
        userId: string;
        stripeAccountId: string | null;
        run: {
          __typename: 'SyncRun';
          id: string;
          status: SyncStatus;
          trigger: SyncTrigger;
          full: boolean;
          startedAt: string;
          finishedAt: string | null;
          pagesFetched: number;
          fetchedCount: number;
          insertedCount: number;
          updatedCount: number;
          skippedCount: number;
          errorCode: string | null;
          errorMessage: string | null;
        };
      };
    }>;
  };
};

export type SupportOverviewQueryVariables = Exact<{
  days?: number | null | undefined;
}>;

export type SupportOverviewQuery = {
  __typename: 'Query';
  supportOverview: {
    __typename: 'SupportOverview';
    syncSuccessRate: number;
    transactionsSynced: number;
    errorRate: number;
    averageSyncSeconds: number | null;
    activeConnections: number;
    series: Array<{
      __typename: 'OverviewPoint';
      date: string;
      succeededRuns: number;
      failedRuns: number;
      transactionsSynced: number;
      errorRate: number;
    }>;
  };
  supportAlerts: Array<{
    __typename: 'Alert';
    id: string;
    rule: string;
    state: AlertState;
    message: string;
    target: string | null;
    firedAt: string;
    resolvedAt: string | null;
  }>;
};

export type SyncRunLiveFragment = {
  __typename: 'SyncRun';
  id: string;
  status: SyncStatus;
  pagesFetched: number;
  fetchedCount: number;
  insertedCount: number;
  updatedCount: number;
};

export type ConnectionFieldsFragment = {
  __typename: 'StripeConnection';
  status: ConnectionStatus;
  stripeAccountId: string | null;
  livemode: boolean | null;
  scope: string | null;
  connectedAt: string | null;
  lastSyncedAt: string | null;
  nextSyncAt: string | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
};

export type SupportConnectionFieldsFragment = {
  __typename: 'SupportConnection';
  id: string;
  userId: string;
  status: ConnectionStatus;
  stripeAccountId: string | null;
  livemode: boolean | null;
  connectedAt: string | null;
  lastSyncedAt: string | null;
  nextSyncAt: string | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  lastErrorAt: string | null;
};

export type PageInfoFieldsFragment = {
  __typename: 'PageInfo';
  hasNextPage: boolean;
  endCursor: string | null;
};

export type TransactionFieldsFragment = {
  __typename: 'StripeTransaction';
  id: string;
  stripeTransactionId: string;
  amount: string;
  currency: string;
  description: string | null;
  receiptUrl: string | null;
  createdAt: string;
  category: string;
  categorySource: CategorySource;
  categoryRuleId: string | null;
  learnedReasons: Array<string> | null;
  status: string;
  amountRefunded: string;
  refunded: boolean;
  disputed: boolean;
  livemode: boolean;
  suggestion: {
    __typename: 'CategorySuggestion';
    category: string;
    confidence: number;
    reasons: Array<string>;
  } | null;
};

export type TransactionPageFragment = {
  __typename: 'StripeTransactionConnection';
  totalCount: number;
  pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  edges: Array<{
    __typename: 'StripeTransactionEdge';
    cursor: string;
    node: {
      __typename: 'StripeTransaction';
      id: string;
      stripeTransactionId: string;
      amount: string;
      currency: string;
      description: string | null;
      receiptUrl: string | null;
      createdAt: string;
      category: string;
      categorySource: CategorySource;
      categoryRuleId: string | null;
      learnedReasons: Array<string> | null;
      status: string;
      amountRefunded: string;
      refunded: boolean;
      disputed: boolean;
      livemode: boolean;
      suggestion: {
        __typename: 'CategorySuggestion';
        category: string;
        confidence: number;
        reasons: Array<string>;
      } | null;
    };
  }>;
};

export type SyncRunFieldsFragment = {
  __typename: 'SyncRun';
  id: string;
  status: SyncStatus;
  trigger: SyncTrigger;
  full: boolean;
  startedAt: string;
  finishedAt: string | null;
  pagesFetched: number;
  fetchedCount: number;
  insertedCount: number;
  updatedCount: number;
  skippedCount: number;
  errorCode: string | null;
  errorMessage: string | null;
};

export type SyncRunPageFragment = {
  __typename: 'SyncRunConnection';
  totalCount: number;
  pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  edges: Array<{
    __typename: 'SyncRunEdge';
    cursor: string;
    node: {
      __typename: 'SyncRun';
      id: string;
      status: SyncStatus;
      trigger: SyncTrigger;
      full: boolean;
      startedAt: string;
      finishedAt: string | null;
      pagesFetched: number;
      fetchedCount: number;
      insertedCount: number;
      updatedCount: number;
      skippedCount: number;
      errorCode: string | null;
      errorMessage: string | null;
    };
  }>;
};

export type SyncProgressFieldsFragment = {
  __typename: 'SyncProgress';
  runId: string;
  status: SyncStatus;
  pagesFetched: number;
  fetchedCount: number;
  insertedCount: number;
  updatedCount: number;
  chargesPerSecond: number | null;
  done: boolean;
  errorCode: string | null;
  errorMessage: string | null;
};

export type StatsFieldsFragment = {
  __typename: 'SyncStats';
  transactionCount: number;
  syncCount: number;
  failedSyncCount: number;
  lastSyncedAt: string | null;
  totals: Array<{ __typename: 'CurrencyTotal'; currency: string; amount: string; count: number }>;
  byCategory: Array<{
    __typename: 'CategoryTotal';
    category: string;
    currency: string;
    amount: string;
    count: number;
  }>;
};

export type VolumePointFieldsFragment = {
  __typename: 'VolumePoint';
  date: string;
  currency: string;
  amount: string;
  count: number;
};

export type CategoryRuleFieldsFragment = {
  __typename: 'CategoryRule';
  id: string;
  priority: number;
  category: string;
  matchType: CategoryRuleMatchType;
  pattern: string;
  metadataKey: string | null;
};

export type CategoryRuleChangeFieldsFragment = {
  __typename: 'CategoryRuleChange';
  recategorizedCount: number;
  rules: Array<{
    __typename: 'CategoryRule';
    id: string;
    priority: number;
    category: string;
    matchType: CategoryRuleMatchType;
    pattern: string;
    metadataKey: string | null;
  }>;
};

export type SupportConnectionPageFragment = {
  __typename: 'SupportConnectionConnection';
  totalCount: number;
  pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  edges: Array<{
    __typename: 'SupportConnectionEdge';
    cursor: string;
    node: {
      __typename: 'SupportConnection';
      id: string;
      userId: string;
      status: ConnectionStatus;
      stripeAccountId: string | null;
      livemode: boolean | null;
      connectedAt: string | null;
      lastSyncedAt: string | null;
      nextSyncAt: string | null;
      lastErrorCode: string | null;
      lastErrorMessage: string | null;
      lastErrorAt: string | null;
    };
  }>;
};

export type AuditEntryFieldsFragment = {
  __typename: 'AuditEntry';
  id: string;
  actorId: string;
  actorRole: string;
  action: string;
  target: string;
  at: string;
  details: Record<string, unknown>;
};

export type AuditEntryPageFragment = {
  __typename: 'AuditEntryConnection';
  totalCount: number;
  pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  edges: Array<{
    __typename: 'AuditEntryEdge';
    cursor: string;
    node: {
      __typename: 'AuditEntry';
      id: string;
      actorId: string;
      actorRole: string;
      action: string;
      target: string;
      at: string;
      details: Record<string, unknown>;
    };
  }>;
};

export type SupportSyncRunPageFragment = {
  __typename: 'SupportSyncRunConnection';
  totalCount: number;
  pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  edges: Array<{
    __typename: 'SupportSyncRunEdge';
    cursor: string;
    node: {
      __typename: 'SupportSyncRun';
      userId: string;
      stripeAccountId: string | null;
      run: {
        __typename: 'SyncRun';
        id: string;
        status: SyncStatus;
        trigger: SyncTrigger;
        full: boolean;
        startedAt: string;
        finishedAt: string | null;
        pagesFetched: number;
        fetchedCount: number;
        insertedCount: number;
        updatedCount: number;
        skippedCount: number;
        errorCode: string | null;
        errorMessage: string | null;
      };
    };
  }>;
};

export type PayoutFieldsFragment = {
  __typename: 'StripePayout';
  id: string;
  stripePayoutId: string;
  amount: string;
  currency: string;
  status: string;
  arrivalDate: string;
  createdAt: string;
  entryCount: number;
  gross: string;
  fees: string;
  net: string;
  reconciled: boolean;
  difference: string;
};

export type PayoutPageFragment = {
  __typename: 'StripePayoutConnection';
  totalCount: number;
  pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  edges: Array<{
    __typename: 'StripePayoutEdge';
    cursor: string;
    node: {
      __typename: 'StripePayout';
      id: string;
      stripePayoutId: string;
      amount: string;
      currency: string;
      status: string;
      arrivalDate: string;
      createdAt: string;
      entryCount: number;
      gross: string;
      fees: string;
      net: string;
      reconciled: boolean;
      difference: string;
    };
  }>;
};

export type BalanceEntryFieldsFragment = {
  __typename: 'StripeBalanceEntry';
  id: string;
  stripeBalanceTransactionId: string;
  type: string;
  reportingCategory: string;
  category: string;
  amount: string;
  fee: string;
  net: string;
  currency: string;
  sourceId: string | null;
  chargeId: string | null;
  createdAt: string;
};

export type BalanceEntryPageFragment = {
  __typename: 'StripeBalanceEntryConnection';
  totalCount: number;
  pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  edges: Array<{
    __typename: 'StripeBalanceEntryEdge';
    cursor: string;
    node: {
      __typename: 'StripeBalanceEntry';
      id: string;
      stripeBalanceTransactionId: string;
      type: string;
      reportingCategory: string;
      category: string;
      amount: string;
      fee: string;
      net: string;
      currency: string;
      sourceId: string | null;
      chargeId: string | null;
      createdAt: string;
    };
  }>;
};

export type SettlementFieldsFragment = {
  __typename: 'SettlementTotals';
  currency: string;
  charges: string;
  refunds: string;
  disputes: string;
  fees: string;
  other: string;
  net: string;
  paidOut: string;
};

export const CategoryLearningFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryLearningFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryLearning' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corrections' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categorizedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CategoryLearningFieldsFragment, unknown>;
export const SyncRunLiveFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SyncRunLive' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pagesFetched' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fetchedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'insertedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SyncRunLiveFragment, unknown>;
export const ConnectionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConnectionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeAccountId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'livemode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSyncedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextSyncAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorMessage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConnectionFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const TransactionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransactionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeTransaction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeTransactionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categorySource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryRuleId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suggestion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'learnedReasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'livemode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransactionFieldsFragment, unknown>;
export const TransactionPageFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransactionPage' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'StripeTransactionConnection' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TransactionFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransactionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeTransaction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeTransactionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categorySource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryRuleId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suggestion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'learnedReasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'livemode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransactionPageFragment, unknown>;
export const SyncRunFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SyncRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pagesFetched' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fetchedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'insertedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'skippedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SyncRunFieldsFragment, unknown>;
export const SyncRunPageFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SyncRunPage' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncRunConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SyncRunFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SyncRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pagesFetched' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fetchedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'insertedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'skippedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SyncRunPageFragment, unknown>;
export const SyncProgressFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SyncProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pagesFetched' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fetchedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'insertedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chargesPerSecond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SyncProgressFieldsFragment, unknown>;
export const StatsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncStats' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'transactionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'syncCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failedSyncCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSyncedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byCategory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatsFieldsFragment, unknown>;
export const VolumePointFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VolumePointFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VolumePoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VolumePointFieldsFragment, unknown>;
export const CategoryRuleFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pattern' } },
          { kind: 'Field', name: { kind: 'Name', value: 'metadataKey' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CategoryRuleFieldsFragment, unknown>;
export const CategoryRuleChangeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryRuleChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryRuleChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'recategorizedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CategoryRuleFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pattern' } },
          { kind: 'Field', name: { kind: 'Name', value: 'metadataKey' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CategoryRuleChangeFieldsFragment, unknown>;
export const SupportConnectionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupportConnectionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupportConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeAccountId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'livemode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSyncedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextSyncAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportConnectionFieldsFragment, unknown>;
export const SupportConnectionPageFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupportConnectionPage' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SupportConnectionConnection' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SupportConnectionFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupportConnectionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupportConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeAccountId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'livemode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSyncedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextSyncAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportConnectionPageFragment, unknown>;
export const AuditEntryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'details' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEntryFieldsFragment, unknown>;
export const AuditEntryPageFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEntryPage' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntryConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEntryFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'details' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEntryPageFragment, unknown>;
export const SupportSyncRunPageFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupportSyncRunPage' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SupportSyncRunConnection' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeAccountId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'run' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'SyncRunFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SyncRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pagesFetched' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fetchedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'insertedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'skippedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportSyncRunPageFragment, unknown>;
export const PayoutFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PayoutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripePayout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripePayoutId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'arrivalDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gross' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'net' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reconciled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'difference' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PayoutFieldsFragment, unknown>;
export const PayoutPageFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PayoutPage' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripePayoutConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PayoutFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PayoutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripePayout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripePayoutId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'arrivalDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gross' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'net' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reconciled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'difference' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PayoutPageFragment, unknown>;
export const BalanceEntryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BalanceEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeBalanceEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeBalanceTransactionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportingCategory' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
          { kind: 'Field', name: { kind: 'Name', value: 'net' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chargeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BalanceEntryFieldsFragment, unknown>;
export const BalanceEntryPageFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BalanceEntryPage' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'StripeBalanceEntryConnection' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'BalanceEntryFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BalanceEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeBalanceEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeBalanceTransactionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportingCategory' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
          { kind: 'Field', name: { kind: 'Name', value: 'net' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chargeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BalanceEntryPageFragment, unknown>;
export const SettlementFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SettlementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SettlementTotals' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'charges' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'other' } },
          { kind: 'Field', name: { kind: 'Name', value: 'net' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidOut' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettlementFieldsFragment, unknown>;
export const PayoutsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Payouts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stripePayouts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PayoutPage' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PayoutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripePayout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripePayoutId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'arrivalDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gross' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'net' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reconciled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'difference' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PayoutPage' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripePayoutConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PayoutFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PayoutsQuery, PayoutsQueryVariables>;
export const SupportPayoutsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupportPayouts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportPayouts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PayoutPage' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PayoutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripePayout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripePayoutId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'arrivalDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gross' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'net' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reconciled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'difference' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PayoutPage' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripePayoutConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PayoutFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportPayoutsQuery, SupportPayoutsQueryVariables>;
export const PayoutEntriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PayoutEntries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'payoutId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stripeBalanceEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'payoutId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'payoutId' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BalanceEntryPage' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BalanceEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeBalanceEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeBalanceTransactionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportingCategory' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
          { kind: 'Field', name: { kind: 'Name', value: 'net' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chargeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BalanceEntryPage' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'StripeBalanceEntryConnection' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'BalanceEntryFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PayoutEntriesQuery, PayoutEntriesQueryVariables>;
export const SupportPayoutEntriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupportPayoutEntries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'payoutId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportBalanceEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'payoutId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'payoutId' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BalanceEntryPage' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BalanceEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeBalanceEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeBalanceTransactionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportingCategory' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
          { kind: 'Field', name: { kind: 'Name', value: 'net' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chargeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BalanceEntryPage' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'StripeBalanceEntryConnection' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'BalanceEntryFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportPayoutEntriesQuery, SupportPayoutEntriesQueryVariables>;
export const SettlementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Settlement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stripeSettlement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SettlementFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SettlementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SettlementTotals' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'charges' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'other' } },
          { kind: 'Field', name: { kind: 'Name', value: 'net' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidOut' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettlementQuery, SettlementQueryVariables>;
export const SupportSettlementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupportSettlement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportSettlement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SettlementFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SettlementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SettlementTotals' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'charges' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'other' } },
          { kind: 'Field', name: { kind: 'Name', value: 'net' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidOut' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportSettlementQuery, SupportSettlementQueryVariables>;
export const PayoutChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'PayoutChanged' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stripePayoutChanged' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PayoutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PayoutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripePayout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripePayoutId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'arrivalDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gross' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'net' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reconciled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'difference' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PayoutChangedSubscription, PayoutChangedSubscriptionVariables>;
export const ConnectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Connection' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stripeConnection' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConnectionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConnectionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeAccountId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'livemode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSyncedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextSyncAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorMessage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConnectionQuery, ConnectionQueryVariables>;
export const CompleteConnectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteConnection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeStripeConnection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'state' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConnectionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConnectionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeAccountId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'livemode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSyncedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextSyncAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorMessage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteConnectionMutation, CompleteConnectionMutationVariables>;
export const DisconnectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Disconnect' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disconnectStripe' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConnectionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConnectionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeAccountId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'livemode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSyncedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextSyncAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorMessage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DisconnectMutation, DisconnectMutationVariables>;
export const TestConnectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TestConnection' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'testStripeConnection' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeAccountId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TestConnectionMutation, TestConnectionMutationVariables>;
export const SupportConnectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupportConnection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportConnection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'SupportConnectionFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupportConnectionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupportConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeAccountId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'livemode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSyncedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextSyncAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportConnectionQuery, SupportConnectionQueryVariables>;
export const CategoryLearningDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CategoryLearning' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categoryLearning' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CategoryLearningFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryLearningFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryLearning' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corrections' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categorizedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CategoryLearningQuery, CategoryLearningQueryVariables>;
export const SupportCategoryLearningDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupportCategoryLearning' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportCategoryLearning' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CategoryLearningFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryLearningFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryLearning' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corrections' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categorizedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportCategoryLearningQuery, SupportCategoryLearningQueryVariables>;
export const SetCategoryLearningDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetCategoryLearning' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'enabled' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setCategoryLearning' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'enabled' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'enabled' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CategoryLearningFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryLearningFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryLearning' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corrections' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categorizedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetCategoryLearningMutation, SetCategoryLearningMutationVariables>;
export const CategoryRulesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CategoryRules' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categoryRules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CategoryRuleFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pattern' } },
          { kind: 'Field', name: { kind: 'Name', value: 'metadataKey' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CategoryRulesQuery, CategoryRulesQueryVariables>;
export const SupportCategoryRulesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupportCategoryRules' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportCategoryRules' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CategoryRuleFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pattern' } },
          { kind: 'Field', name: { kind: 'Name', value: 'metadataKey' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportCategoryRulesQuery, SupportCategoryRulesQueryVariables>;
export const CreateCategoryRuleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCategoryRule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryRuleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCategoryRule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'CategoryRuleChangeFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pattern' } },
          { kind: 'Field', name: { kind: 'Name', value: 'metadataKey' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryRuleChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryRuleChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'recategorizedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CategoryRuleFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateCategoryRuleMutation, CreateCategoryRuleMutationVariables>;
export const UpdateCategoryRuleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateCategoryRule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryRuleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCategoryRule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'CategoryRuleChangeFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pattern' } },
          { kind: 'Field', name: { kind: 'Name', value: 'metadataKey' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryRuleChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryRuleChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'recategorizedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CategoryRuleFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateCategoryRuleMutation, UpdateCategoryRuleMutationVariables>;
export const DeleteCategoryRuleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteCategoryRule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteCategoryRule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'CategoryRuleChangeFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pattern' } },
          { kind: 'Field', name: { kind: 'Name', value: 'metadataKey' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryRuleChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryRuleChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'recategorizedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CategoryRuleFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteCategoryRuleMutation, DeleteCategoryRuleMutationVariables>;
export const ReorderCategoryRulesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReorderCategoryRules' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reorderCategoryRules' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'CategoryRuleChangeFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pattern' } },
          { kind: 'Field', name: { kind: 'Name', value: 'metadataKey' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryRuleChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CategoryRuleChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'recategorizedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CategoryRuleFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReorderCategoryRulesMutation, ReorderCategoryRulesMutationVariables>;
export const StatsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Stats' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stripeSyncStats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatsFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stripeVolumeSeries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'days' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VolumePointFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncStats' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'transactionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'syncCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failedSyncCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSyncedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byCategory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VolumePointFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VolumePoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatsQuery, StatsQueryVariables>;
export const SupportStatsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupportStats' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportSyncStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatsFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportVolumeSeries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'days' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VolumePointFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncStats' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'transactionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'syncCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failedSyncCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSyncedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byCategory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VolumePointFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VolumePoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportStatsQuery, SupportStatsQueryVariables>;
export const StartSyncDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartSync' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'full' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'syncStripeTransactions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'full' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'full' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SyncRunFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SyncRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pagesFetched' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fetchedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'insertedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'skippedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartSyncMutation, StartSyncMutationVariables>;
export const SupportSyncNowDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SupportSyncNow' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'full' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportSyncConnection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'full' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'full' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SyncRunFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SyncRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pagesFetched' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fetchedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'insertedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'skippedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportSyncNowMutation, SupportSyncNowMutationVariables>;
export const SyncProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'SyncProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stripeSyncProgress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SyncProgressFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SyncProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pagesFetched' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fetchedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'insertedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chargesPerSecond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SyncProgressSubscription, SyncProgressSubscriptionVariables>;
export const SupportSyncProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'SupportSyncProgress' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportSyncProgress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SyncProgressFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SyncProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pagesFetched' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fetchedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'insertedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chargesPerSecond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SupportSyncProgressSubscription,
  SupportSyncProgressSubscriptionVariables
>;
export const SyncHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SyncHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stripeSyncHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SyncRunPage' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SyncRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pagesFetched' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fetchedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'insertedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'skippedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SyncRunPage' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncRunConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SyncRunFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SyncHistoryQuery, SyncHistoryQueryVariables>;
export const SupportSyncHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupportSyncHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportSyncHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SyncRunPage' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SyncRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pagesFetched' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fetchedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'insertedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'skippedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SyncRunPage' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncRunConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SyncRunFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportSyncHistoryQuery, SupportSyncHistoryQueryVariables>;
export const TransactionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Transactions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransactionFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stripeTransactions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TransactionPage' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransactionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeTransaction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeTransactionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categorySource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryRuleId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suggestion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'learnedReasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'livemode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransactionPage' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'StripeTransactionConnection' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TransactionFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransactionsQuery, TransactionsQueryVariables>;
export const SupportTransactionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupportTransactions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransactionFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportTransactions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TransactionPage' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransactionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeTransaction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeTransactionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categorySource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryRuleId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suggestion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'learnedReasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'livemode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransactionPage' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'StripeTransactionConnection' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TransactionFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportTransactionsQuery, SupportTransactionsQueryVariables>;
export const SetCategoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetCategory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setTransactionCategory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'category' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TransactionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransactionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeTransaction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeTransactionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categorySource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryRuleId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suggestion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'learnedReasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'livemode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetCategoryMutation, SetCategoryMutationVariables>;
export const TransactionChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'TransactionChanged' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stripeTransactionChanged' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TransactionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransactionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeTransaction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeTransactionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categorySource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryRuleId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suggestion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'learnedReasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'livemode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  TransactionChangedSubscription,
  TransactionChangedSubscriptionVariables
>;
export const SupportParkedWebhookEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupportParkedWebhookEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportParkedWebhookEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'eventId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parkedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SupportParkedWebhookEventsQuery,
  SupportParkedWebhookEventsQueryVariables
>;
export const SupportRetryWebhookEventDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SupportRetryWebhookEvent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'eventId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportRetryWebhookEvent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'eventId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'eventId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SupportRetryWebhookEventMutation,
  SupportRetryWebhookEventMutationVariables
>;
export const SupportConnectionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupportConnections' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConnectionStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportConnections' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupportConnectionPage' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupportConnectionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupportConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stripeAccountId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'livemode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSyncedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextSyncAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastErrorAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupportConnectionPage' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SupportConnectionConnection' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SupportConnectionFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportConnectionsQuery, SupportConnectionsQueryVariables>;
export const SupportAuditLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupportAuditLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportAuditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEntryPage' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'details' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEntryPage' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntryConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEntryFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportAuditLogQuery, SupportAuditLogQueryVariables>;
export const SupportSyncRunsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupportSyncRuns' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportSyncRuns' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'since' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupportSyncRunPage' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SyncRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SyncRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pagesFetched' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fetchedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'insertedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'skippedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupportSyncRunPage' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SupportSyncRunConnection' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeAccountId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'run' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'SyncRunFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportSyncRunsQuery, SupportSyncRunsQueryVariables>;
export const SupportOverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupportOverview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportOverview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'days' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'syncSuccessRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionsSynced' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'averageSyncSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeConnections' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'series' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'succeededRuns' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failedRuns' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'transactionsSynced' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportAlerts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportOverviewQuery, SupportOverviewQueryVariables>;
