import { Migration } from '@mikro-orm/migrations';

export class Migration20261126061350_monitoring extends Migration {
  override up(): void {
    this.addSql(
      `create table "alert" ("id" uuid not null, "rule" varchar(64) not null, "target" varchar(191) not null, "state" text check ("state" in ('FIRING', 'RESOLVED')) not null default 'FIRING', "message" text not null, "fired_at" timestamptz not null, "resolved_at" timestamptz null, constraint "alert_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "alert_state_index" on "alert" ("state", "fired_at");`);
    this.addSql(
      `create unique index "alert_one_firing_unique" on "alert" ("rule", "target") where "state" = 'FIRING';`,
    );

    this.addSql(
      `alter table "stripe_connection" add column "refresh_locked_until" timestamptz null;`,
    );

    this.addSql(`alter table "sync_run" add column "note" text null;`);
  }
}
