import { Alert } from './alert.entity.js';
import { StripeBalanceEntry } from './balance-entry.entity.js';
import { StripePayout } from './payout.entity.js';
import { AuditLog } from './audit-log.entity.js';
import { CategoryRule } from './category-rule.entity.js';
import { StripeConnection } from './connection.entity.js';
import { OAuthState } from './oauth-state.entity.js';
import { SyncRun } from './sync-run.entity.js';
import { TransactionCategoryTotal, TransactionDailyTotal } from './transaction-total.entity.js';
import { StripeTransaction } from './transaction.entity.js';
import { WebhookEvent } from './webhook-event.entity.js';
import { LearningCorrection, LearningModel } from './learning.entity.js';

export * from './alert.entity.js';
export * from './audit-log.entity.js';
export * from './balance-entry.entity.js';
export * from './payout.entity.js';
export * from './category-rule.entity.js';
export * from './connection.entity.js';
export * from './oauth-state.entity.js';
export * from './sync-run.entity.js';
export * from './transaction-total.entity.js';
export * from './transaction.entity.js';
export * from './webhook-event.entity.js';
export * from './learning.entity.js';

/** Every entity this package maps, for the ORM config. */
export const entities = [
  StripeConnection,
  StripeTransaction,
  TransactionCategoryTotal,
  TransactionDailyTotal,
  SyncRun,
  OAuthState,
  CategoryRule,
  WebhookEvent,
  AuditLog,
  Alert,
  StripeBalanceEntry,
  StripePayout,
  LearningModel,
  LearningCorrection,
];
