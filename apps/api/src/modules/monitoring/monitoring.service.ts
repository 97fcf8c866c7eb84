import {
  AlertRepository,
  MonitoringRepository,
  SyncRunRepository,
  type Keyset,
  type SyncStatus,
} from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { badInput } from '../../errors/app-error.js';
import { toSyncRunView } from '../sync/sync.mapper.js';
import type {
  Alert,
  OverviewPoint,
  SupportOverview,
  SupportSyncRunConnection,
} from './monitoring.types.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_DAYS = 90;

const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** The guide's key metrics, alerts and the runs of every user, for support staff. */
export class MonitoringService {
  async overview(
    em: SqlEntityManager,
    days: number,
    now: Date = new Date(),
  ): Promise<SupportOverview> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS)
      throw badInput(`days must be between 1 and ${MAX_DAYS}`);
    const since = new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (days - 1) * DAY_MS,
    );
    const repository = new MonitoringRepository(em);
    const [totals, runDays, activeConnections] = await Promise.all([
      repository.runTotals(since),
      repository.runDays(since),
      repository.activeConnections(),
    ]);
    const byDay = new Map(runDays.map((day) => [day.day, day]));
    const series: OverviewPoint[] = Array.from({ length: days }, (_, i) => {
      const date = new Date(since.getTime() + i * DAY_MS).toISOString().slice(0, 10);
      const day = byDay.get(date);
      const succeeded = day?.succeeded ?? 0;
      const failed = day?.failed ?? 0;
      return {
        date,
        succeededRuns: succeeded,
        failedRuns: failed,
        transactionsSynced: day?.inserted ?? 0,
        errorRate: share(failed, succeeded + failed),
      };
    });
    const finished = totals.succeeded + totals.failed;
    return {
      syncSuccessRate: share(totals.succeeded, finished),
      errorRate: share(totals.failed, finished),
      transactionsSynced: totals.inserted,
      averageSyncSeconds: totals.averageSeconds,
      activeConnections,
      series,
    };
  }

  async alerts(em: SqlEntityManager, includeResolved: boolean): Promise<Alert[]> {
    const rows = await new AlertRepository(em).list({ includeResolved });
    return rows.map((row) => ({
      id: row.id,
      rule: row.rule,
      state: row.state,
      message: row.message,
      target: row.target === '*' ? null : row.target,
      firedAt: row.firedAt,
      resolvedAt: row.resolvedAt ?? null,
    }));
  }

  async runs(
    em: SqlEntityManager,
    options: { status: SyncStatus | null; since: Date | null; first: number; after: Keyset | null },
  ): Promise<SupportSyncRunConnection> {
    const repository = new SyncRunRepository(em);
    const page = await repository.listAll(options);
    return {
      edges: page.edges.map((edge) => {
        const connection = edge.node.connection.getEntity();
        return {
          cursor: edge.cursor,
          node: {
            run: toSyncRunView(edge.node),
            userId: connection.userId,
            stripeAccountId: connection.stripeAccountId ?? null,
          },
        };
      }),
      pageInfo: page.pageInfo,
      totalCount: page.totalCount,
    };
  }
}
