/**
 * Generates the next migration for both dialects from the entity definitions:
 * `npm run db:migration:create -w @cora/db -- <name>` (PostgreSQL from
 * `DATABASE_URL`, default postgres://postgres@127.0.0.1:5432/postgres).
 * Each dialect is diffed against a scratch database with the committed migrations applied.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { TSMigrationGenerator } from '@mikro-orm/migrations';
import pg from 'pg';
import { ormConfig } from '../src/orm.js';

class LintCleanGenerator extends TSMigrationGenerator {
  override generateMigrationFile(
    className: string,
    diff: { up: string[]; down: string[] },
  ): string {
    let ret = `import { Migration } from '@mikro-orm/migrations';\n\n`;
    ret += `export class ${className} extends Migration {\n`;
    ret += `  override up(): void {\n`;
    diff.up.forEach((sql) => (ret += this.createStatement(sql, 4)));
    ret += `  }\n}\n`;
    return ret;
  }
}

const name = process.argv[2];
const folderOf = (dialect: string): string =>
  resolve(import.meta.dirname, '../src/migrations', dialect);

async function generate(databaseUrl: string, dialect: 'sqlite' | 'postgresql'): Promise<void> {
  const base = ormConfig({ databaseUrl });
  const orm = await MikroORM.init({
    ...base,
    migrations: {
      ...base.migrations,
      path: folderOf(dialect),
      emit: 'ts',
      generator: LintCleanGenerator,
    },
  });
  try {
    await orm.getMigrator().up();
    const result = await orm.getMigrator().createMigration(folderOf(dialect), false, false, name);
    console.log(
      result.fileName ? `${dialect}: wrote ${result.fileName}` : `${dialect}: no changes`,
    );
  } finally {
    await orm.close(true);
  }
  writeIndex(dialect);
}

function writeIndex(dialect: string): void {
  const files = readdirSync(folderOf(dialect))
    .filter((file) => /^Migration\d+.*\.ts$/.test(file))
    .sort();
  const classes = files.map((file) => file.replace(/\.ts$/, ''));
  const body = [
    `import type { Constructor } from '@mikro-orm/core';`,
    `import type { Migration } from '@mikro-orm/migrations';`,
    ...classes.map((cls) => `import { ${cls} } from './${cls}.js';`),
    '',
    `/** The committed ${dialect} migrations, oldest first (rewritten by scripts/create-migration.ts). */`,
    `export const ${dialect}Migrations: Constructor<Migration>[] = [${classes.join(', ')}];`,
    '',
  ];
  writeFileSync(join(folderOf(dialect), 'index.ts'), body.join('\n'));
}

const scratch = mkdtempSync(join(tmpdir(), 'cora-migration-'));
try {
  await generate(`sqlite:${join(scratch, 'scratch.sqlite')}`, 'sqlite');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `cora_migration_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${database}`);
try {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  await generate(url.toString(), 'postgresql');
} finally {
  await admin.query(`drop database ${database} with (force)`);
  await admin.end();
}
