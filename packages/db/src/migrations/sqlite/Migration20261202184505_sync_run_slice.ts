import { Migration } from '@mikro-orm/migrations';

export class Migration20261202184505_sync_run_slice extends Migration {
  override up(): void {
    this.addSql(`alter table \`sync_run\` add column \`slice\` integer not null default 0;`);
  }
}
