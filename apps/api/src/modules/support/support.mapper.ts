import type { AuditLogEntity, StripeConnectionEntity } from '@cora/db';
import { AuditEntry, SupportConnection } from './support.types.js';

export function toSupportConnection(connection: StripeConnectionEntity): SupportConnection {
  return Object.assign(new SupportConnection(), {
    id: connection.id,
    userId: connection.userId,
    status: connection.status,
    stripeAccountId: connection.stripeAccountId ?? null,
    livemode: connection.livemode,
    connectedAt: connection.connectedAt ?? null,
    lastSyncedAt: connection.lastSyncedAt ?? null,
    nextSyncAt: connection.nextSyncAt ?? null,
    lastErrorCode: connection.lastErrorCode ?? null,
    lastErrorMessage: connection.lastErrorMessage ?? null,
    lastErrorAt: connection.lastErrorAt ?? null,
  });
}

export function toAuditEntry(row: AuditLogEntity): AuditEntry {
  return Object.assign(new AuditEntry(), {
    id: row.id,
    actorId: row.actor,
    actorRole: row.role,
    action: row.action,
    target: row.target,
    at: row.at,
    details: row.details ?? {},
  });
}
