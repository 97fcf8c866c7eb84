import { z } from 'zod';
import { DISPUTE_REASONS } from '../store/disputes.js';

const flavor = z.enum(['connect', 'apps']);
export const connectBody = z.object({ clientId: z.string().optional(), flavor: flavor.optional() });
const metadata = z.record(z.string(), z.string());
const share = z.number().min(0).max(1).optional();

/** Input of each control route, parsed at the edge. */
export const schemas = {
  platform: z.object({
    clientId: z.string().startsWith('ca_').optional(),
    secretKey: z
      .string()
      .regex(/^sk_(test|live)_/)
      .optional(),
    name: z.string().min(1).optional(),
    livemode: z.boolean().optional(),
  }),
  account: z.object({
    charges: z.number().int().min(0).max(5_000_000).optional(),
    seed: z.number().int().optional(),
    currency: z.string().length(3).optional(),
    livemode: z.boolean().optional(),
    businessName: z.string().min(1).optional(),
    days: z.number().int().min(1).max(3650).optional(),
    delayDays: z.number().int().min(1).max(30).optional(),
  }),
  charge: z.object({
    amount: z.number().int().positive(),
    currency: z.string().length(3).optional(),
    description: z.string().nullable().optional(),
    metadata: metadata.optional(),
    created: z.number().int().optional(),
    status: z.enum(['succeeded', 'failed']).optional(),
    withCustomer: z.boolean().optional(),
  }),
  update: z.object({
    description: z.string().nullable().optional(),
    metadata: metadata.optional(),
  }),
  refund: z.object({
    amount: z.number().int().positive().optional(),
    reason: z.enum(['requested_by_customer', 'duplicate', 'fraudulent']).optional(),
  }),
  dispute: z.object({ reason: z.enum(DISPUTE_REASONS).optional() }),
  disputeClose: z.object({ outcome: z.enum(['won', 'lost']) }),
  payoutFailure: z.object({
    code: z
      .enum(['account_closed', 'no_account', 'could_not_process', 'account_frozen'])
      .optional(),
  }),
  deauthorize: z.object({ clientId: z.string().optional() }),
  advance: z.object({ seconds: z.number().int().min(0) }),
  faults: z.object({
    account: z.string().optional(),
    latencyMs: z.number().min(0).max(60_000).optional(),
    rateLimitShare: share,
    serverErrorShare: share,
    dropShare: share,
    chargesWhilePaging: z.number().int().min(0).max(1000).optional(),
  }),
  settings: z.object({
    autoApprove: z.boolean().optional(),
    rateLimits: z
      .object({ test: z.number().positive(), live: z.number().positive() })
      .nullable()
      .optional(),
  }),
  endpoint: z.object({
    url: z.url(),
    secret: z.string().min(1).optional(),
    enabledEvents: z.array(z.string()).optional(),
  }),
  webhookOptions: z.object({
    retryDelaysMs: z.array(z.number().int().min(0)).optional(),
    timeoutMs: z.number().int().positive().optional(),
    duplicates: z.boolean().optional(),
    outOfOrder: z.boolean().optional(),
    outOfOrderWindowMs: z.number().int().min(0).optional(),
  }),
};
