import { Migration } from '@mikro-orm/migrations';

export class Migration20261202150428_webhook_parking extends Migration {
  override up(): void {
    this.addSql(
      `alter table \`webhook_event\` add column \`attempts\` integer not null default 0;`,
    );
    this.addSql(`alter table \`webhook_event\` add column \`last_error\` text null;`);
    this.addSql(`alter table \`webhook_event\` add column \`parked_at\` datetime null;`);
    this.addSql(
      `create index \`webhook_event_parked_index\` on \`webhook_event\` (\`parked_at\`, \`account\`);`,
    );
  }
}
