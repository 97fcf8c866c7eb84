import type { AuditLogEntity, StripeConnectionEntity } from '@cora/db';
import { connectionState } from '../stripe-connection/connection.mapper.js';
import { AuditEntry, SupportConnection } from './support.types.js';

export function toSupportConnection(connection: StripeConnectionEntity): SupportConnection {
  return Object.assign(new SupportConnection(), connectionState(connection), {
    id: connection.id,
    userId: connection.userId,
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
