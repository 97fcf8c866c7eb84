import type { SqlEntityManager } from '@mikro-orm/knex';
import { ConnectionStatus } from '@cora/core';
import { SyncStatus } from '../enums.js';
import { dialectOf, execute } from '../sql/driver.js';

/** Finished runs of one UTC day. */
export interface RunDay {
  day: string;
  succeeded: number;
  failed: number;
  /** Transactions the day's runs inserted. */
  inserted: number;
}

/** Finished runs over a window. */
export interface RunTotals {
  succeeded: number;
  failed: number;
  inserted: number;
  updated: number;
  /** Mean duration of the finished runs, in seconds; null without runs. */
  averageSeconds: number | null;
}

const num = (value: unknown): number => Number(value ?? 0);

/** The key metrics of the support overview and the alert rules, computed in SQL. */
export class MonitoringRepository {
  constructor(private readonly em: SqlEntityManager) {}

  async runTotals(since: Date): Promise<RunTotals> {
    const duration =
      dialectOf(this.em) === 'postgresql'
        ? 'extract(epoch from (finished_at - started_at))'
        : '(finished_at - started_at) / 1000.0';
    const [row] = await execute<Record<string, unknown>>(
      this.em,
      `select sum(case when status = ? then 1 else 0 end) as succeeded,
              sum(case when status = ? then 1 else 0 end) as failed,
              sum(inserted) as inserted, sum(updated) as updated, avg(${duration}) as average
       from sync_run where finished_at >= ?`,
      [SyncStatus.SUCCEEDED, SyncStatus.FAILED, since],
    );
    return {
      succeeded: num(row?.['succeeded']),
      failed: num(row?.['failed']),
      inserted: num(row?.['inserted']),
      updated: num(row?.['updated']),
      averageSeconds:
        row?.['average'] === null || row?.['average'] === undefined ? null : Number(row['average']),
    };
  }

  /** Finished runs per UTC day since `since`, oldest first (days without runs are absent). */
  async runDays(since: Date): Promise<RunDay[]> {
    const day =
      dialectOf(this.em) === 'postgresql'
        ? `to_char(finished_at at time zone 'UTC', 'YYYY-MM-DD')`
        : `strftime('%Y-%m-%d', finished_at / 1000, 'unixepoch')`;
    const rows = await execute<Record<string, unknown>>(
      this.em,
      `select ${day} as day,
              sum(case when status = ? then 1 else 0 end) as succeeded,
              sum(case when status = ? then 1 else 0 end) as failed,
              sum(inserted) as inserted
       from sync_run where finished_at >= ? group by 1 order by 1`,
      [SyncStatus.SUCCEEDED, SyncStatus.FAILED, since],
    );
    return rows.map((row) => ({
      day: String(row['day']),
      succeeded: num(row['succeeded']),
      failed: num(row['failed']),
      inserted: num(row['inserted']),
    }));
  }

  async activeConnections(): Promise<number> {
    const [row] = await execute<{ count: unknown }>(
      this.em,
      `select count(*) as count from stripe_connection where status = ?`,
      [ConnectionStatus.CONNECTED],
    );
    return num(row?.count);
  }

  /**
   * Connections whose latest `count` finished runs all failed, with the error of the
   * latest: the "consecutive failed syncs" alert.
   */
  async connectionsFailingInARow(
    count: number,
  ): Promise<{ connectionId: string; userId: string }[]> {
    const candidates = await execute<{ id: string; user_id: string }>(
      this.em,
      `select id, user_id from stripe_connection where last_error_code is not null`,
      [],
    );
    const failing: { connectionId: string; userId: string }[] = [];
    for (const candidate of candidates) {
      const latest = await execute<{ status: string }>(
        this.em,
        `select status from sync_run where connection_id = ? and status <> ?
         order by started_at desc, id desc limit ?`,
        [candidate.id, SyncStatus.RUNNING, count],
      );
      if (latest.length === count && latest.every((run) => run.status === SyncStatus.FAILED)) {
        failing.push({ connectionId: candidate.id, userId: candidate.user_id });
      }
    }
    return failing;
  }
}
