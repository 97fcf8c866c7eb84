import { ConnectionStatus } from '@cora/core';
import {
  AlertRepository,
  ConnectionRepository,
  MonitoringRepository,
  WebhookEventRepository,
  type Orm,
} from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import type { AlertThresholds } from '../../config/config.js';
import type { RateLimiter } from '../stripe/rate-limiter.js';

/** The alert rules; each fires per target and resolves when its condition clears. */
export const AlertRule = {
  SYNC_ERROR_RATE: 'sync_error_rate',
  CONSECUTIVE_FAILED_SYNCS: 'consecutive_failed_syncs',
  TOKEN_REFRESH_FAILURE: 'token_refresh_failure',
  STRIPE_RATE_LIMIT_USAGE: 'stripe_rate_limit_usage',
  WEBHOOK_EVENTS_PARKED: 'webhook_events_parked',
} as const;

/** Every system-wide alert has this target. */
const GLOBAL = '*';

/**
 * Evaluates the alert rules (the guide's "Alerts") on a timer. A firing alert is logged
 * once and kept in the database until it resolves; resolving records when.
 */
export class AlertMonitor {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly orm: Orm,
    private readonly limiter: RateLimiter,
    private readonly thresholds: AlertThresholds,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.timer ??= setInterval(
      () =>
        void this.evaluate().catch((error: unknown) =>
          this.logger.error({ err: error }, 'alert evaluation failed'),
        ),
      this.thresholds.evaluateSeconds * 1000,
    );
    this.timer.unref();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** A token refresh failed: fires at once for the connection's user. */
  async tokenRefreshFailed(connectionId: string): Promise<void> {
    const em = this.orm.em.fork();
    const connection = await new ConnectionRepository(em).findById(connectionId);
    const target = connection?.userId ?? connectionId;
    await this.fire(
      em,
      AlertRule.TOKEN_REFRESH_FAILURE,
      target,
      `A Stripe token refresh failed for user ${target}; they must reconnect.`,
    );
  }

  /** One pass over every rule. */
  async evaluate(now: Date = new Date()): Promise<void> {
    const em = this.orm.em.fork();
    await this.errorRate(em, now);
    await this.consecutiveFailures(em);
    await this.refreshFailuresResolved(em);
    await this.rateLimitUsage(em);
    await this.parkedWebhookEvents(em);
  }

  /** Fires while any webhook event is parked; called at once when one is parked or retried. */
  async parkedWebhookEvents(em: SqlEntityManager = this.orm.em.fork()): Promise<void> {
    const parked = await new WebhookEventRepository(em).countParked();
    await this.set(
      em,
      AlertRule.WEBHOOK_EVENTS_PARKED,
      GLOBAL,
      parked > 0,
      `${parked} webhook event(s) failed every attempt and are parked; retry them from the support console.`,
    );
  }

  private async errorRate(em: SqlEntityManager, now: Date): Promise<void> {
    const since = new Date(now.getTime() - this.thresholds.errorRateWindowMinutes * 60_000);
    const totals = await new MonitoringRepository(em).runTotals(since);
    const runs = totals.succeeded + totals.failed;
    const rate = runs === 0 ? 0 : totals.failed / runs;
    const firing = runs >= this.thresholds.errorRateMinRuns && rate > this.thresholds.errorRate;
    const percent = Math.round(rate * 100);
    await this.set(
      em,
      AlertRule.SYNC_ERROR_RATE,
      GLOBAL,
      firing,
      `${percent}% of the last ${runs} syncs failed (threshold ${Math.round(this.thresholds.errorRate * 100)}% over ${this.thresholds.errorRateWindowMinutes} min).`,
    );
  }

  private async consecutiveFailures(em: SqlEntityManager): Promise<void> {
    const failing = await new MonitoringRepository(em).connectionsFailingInARow(
      this.thresholds.consecutiveFailures,
    );
    await this.setTargets(
      em,
      AlertRule.CONSECUTIVE_FAILED_SYNCS,
      new Map(
        failing.map((f) => [
          f.userId,
          `The last ${this.thresholds.consecutiveFailures} syncs of user ${f.userId} failed.`,
        ]),
      ),
    );
  }

  /** A refresh-failure alert resolves once its user is connected again. */
  private async refreshFailuresResolved(em: SqlEntityManager): Promise<void> {
    const alerts = new AlertRepository(em);
    for (const userId of await alerts.firingTargets(AlertRule.TOKEN_REFRESH_FAILURE)) {
      const connection = await new ConnectionRepository(em).findByUserId(userId);
      if (connection?.status === ConnectionStatus.CONNECTED)
        await this.resolve(em, AlertRule.TOKEN_REFRESH_FAILURE, userId);
    }
  }

  private async rateLimitUsage(em: SqlEntityManager): Promise<void> {
    const over = new Map<string, string>();
    for (const [account, share] of this.limiter.usage()) {
      if (share > this.thresholds.rateLimitUsage) {
        over.set(
          account,
          `Stripe account ${account} used ${Math.round(share * 100)}% of its request budget.`,
        );
      }
    }
    await this.setTargets(em, AlertRule.STRIPE_RATE_LIMIT_USAGE, over);
  }

  /** Fires the targets in `firing` and resolves the rule's other firing alerts. */
  private async setTargets(
    em: SqlEntityManager,
    rule: string,
    firing: Map<string, string>,
  ): Promise<void> {
    for (const [target, message] of firing) await this.fire(em, rule, target, message);
    for (const target of await new AlertRepository(em).firingTargets(rule)) {
      if (!firing.has(target)) await this.resolve(em, rule, target);
    }
  }

  private async set(
    em: SqlEntityManager,
    rule: string,
    target: string,
    firing: boolean,
    message: string,
  ): Promise<void> {
    if (firing) await this.fire(em, rule, target, message);
    else await this.resolve(em, rule, target);
  }

  private async fire(
    em: SqlEntityManager,
    rule: string,
    target: string,
    message: string,
  ): Promise<void> {
    const { fired } = await new AlertRepository(em).fire(rule, target, message);
    if (fired) this.logger.warn({ alert: rule, target }, `alert firing: ${message}`);
  }

  private async resolve(em: SqlEntityManager, rule: string, target: string): Promise<void> {
    if (await new AlertRepository(em).resolve(rule, target))
      this.logger.info({ alert: rule, target }, 'alert resolved');
  }
}
