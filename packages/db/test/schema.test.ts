import { expect, it } from 'vitest';
import { describeEachDialect } from './support/databases.js';

describeEachDialect('migrations', (db) => {
  it('leave no difference between the migrated schema and the entities', async () => {
    const diff = await db().orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('report nothing pending after migrateUp, and a second run applies nothing', async () => {
    const migrator = db().orm.getMigrator();
    expect(await migrator.getPendingMigrations()).toEqual([]);
    expect((await migrator.getExecutedMigrations()).length).toBeGreaterThan(0);
    expect(await migrator.up()).toEqual([]);
  });
});
