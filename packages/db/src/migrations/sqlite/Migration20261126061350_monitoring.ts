import { Migration } from '@mikro-orm/migrations';

export class Migration20261126061350_monitoring extends Migration {
  override up(): void {
    this.addSql(
      `create table \`alert\` (\`id\` text not null, \`rule\` text not null, \`target\` text not null, \`state\` text check (\`state\` in ('FIRING', 'RESOLVED')) not null default 'FIRING', \`message\` text not null, \`fired_at\` datetime not null, \`resolved_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`alert_state_index\` on \`alert\` (\`state\`, \`fired_at\`);`);
    this.addSql(
      `create unique index "alert_one_firing_unique" on "alert" ("rule", "target") where "state" = 'FIRING';`,
    );

    this.addSql(
      `alter table \`stripe_connection\` add column \`refresh_locked_until\` datetime null;`,
    );

    this.addSql(`alter table \`sync_run\` add column \`note\` text null;`);
  }
}
