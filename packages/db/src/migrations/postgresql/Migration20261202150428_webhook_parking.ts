import { Migration } from '@mikro-orm/migrations';

export class Migration20261202150428_webhook_parking extends Migration {
  override up(): void {
    this.addSql(
      `alter table "webhook_event" add column "attempts" int not null default 0, add column "last_error" text null, add column "parked_at" timestamptz null;`,
    );
    this.addSql(
      `create index "webhook_event_parked_index" on "webhook_event" ("parked_at", "account");`,
    );
  }
}
