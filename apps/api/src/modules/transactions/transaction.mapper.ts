import { formatMinor } from '@cora/core';
import type { Page, StripeTransactionEntity } from '@cora/db';
import { StripeTransactionConnection, StripeTransactionView } from './transaction.types.js';

/** The contract's view of an imported charge, field by field. */
export function toTransactionView(row: StripeTransactionEntity): StripeTransactionView {
  const view = new StripeTransactionView();
  view.id = row.id;
  view.stripeTransactionId = row.stripeId;
  view.amountMinor = row.amountMinor;
  view.amount = formatMinor(row.amountMinor, row.currency);
  view.currency = row.currency;
  view.description = row.description ?? null;
  view.receiptUrl = row.receiptUrl ?? null;
  view.createdAt = row.createdAt;
  view.metadata = row.metadata;
  view.category = row.category;
  view.categorySource = row.categorySource;
  view.categoryRuleId = row.categoryRuleId ?? null;
  view.status = displayStatus(row);
  view.amountRefunded = formatMinor(row.amountRefunded, row.currency);
  view.refunded = row.refunded;
  view.disputed = row.disputed;
  view.livemode = row.livemode;
  return view;
}

/** What a bookkeeper reads as the charge's state. */
function displayStatus(row: StripeTransactionEntity): string {
  if (row.disputed) return 'disputed';
  if (row.refunded) return 'refunded';
  if (row.amountRefunded > 0) return 'partially_refunded';
  return row.status;
}

export function toTransactionConnection(
  page: Page<StripeTransactionEntity>,
  totalCount: number,
): StripeTransactionConnection {
  const connection = new StripeTransactionConnection();
  connection.edges = page.edges.map((edge) => ({
    cursor: edge.cursor,
    node: toTransactionView(edge.node),
  }));
  connection.pageInfo = page.pageInfo;
  connection.totalCount = totalCount;
  return connection;
}
