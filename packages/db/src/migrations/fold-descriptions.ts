import type { SqlEntityManager } from '@mikro-orm/knex';
import { execute, executeUpdate } from '../sql/driver.js';
import { foldCase } from '../sql/fold-case.js';

/**
 * Fills `description_folded` of stored transactions in batches. The folding is JavaScript's
 * ({@link foldCase}), so it cannot be one UPDATE in SQL.
 */
export async function foldStoredDescriptions(em: SqlEntityManager, batch = 1000): Promise<void> {
  for (;;) {
    const rows = await execute<{ id: string; description: string }>(
      em,
      `select id, description from stripe_transaction
       where description is not null and description_folded is null limit ?`,
      [batch],
    );
    for (const row of rows) {
      await executeUpdate(em, 'update stripe_transaction set description_folded = ? where id = ?', [
        foldCase(row.description),
        row.id,
      ]);
    }
    if (rows.length < batch) return;
  }
}
