import { Migration } from '@mikro-orm/migrations';

export class Migration20261202151216_oauth_browser_binding extends Migration {
  override up(): void {
    this.addSql(`alter table "oauth_state" add column "browser_binding_hash" varchar(64) null;`);
  }
}
