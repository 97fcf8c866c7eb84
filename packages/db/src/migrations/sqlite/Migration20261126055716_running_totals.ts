import { Migration } from '@mikro-orm/migrations';

export class Migration20261126055716_running_totals extends Migration {
  override up(): void {
    this.addSql(
      `create table \`transaction_category_total\` (\`connection_id\` text not null, \`category\` text not null, \`currency\` text not null, \`amount\` bigint not null default 0, \`count\` integer not null default 0, primary key (\`connection_id\`, \`category\`, \`currency\`));`,
    );

    this.addSql(
      `create table \`transaction_daily_total\` (\`connection_id\` text not null, \`day\` integer not null, \`currency\` text not null, \`amount\` bigint not null default 0, \`count\` integer not null default 0, primary key (\`connection_id\`, \`day\`, \`currency\`));`,
    );

    this.addSql(`drop index \`stripe_transaction_connection_id_index\`;`);
    this.addSql(`drop index \`stripe_transaction_currency_index\`;`);
    this.addSql(`drop index \`stripe_transaction_category_index\`;`);

    this.addSql(
      `create index \`stripe_transaction_currency_index\` on \`stripe_transaction\` (\`connection_id\`, \`currency\`, \`created_at\`, \`id\`);`,
    );
    this.addSql(
      `create index \`stripe_transaction_category_index\` on \`stripe_transaction\` (\`connection_id\`, \`category\`, \`created_at\`, \`id\`);`,
    );

    this.addSql(`drop index \`sync_run_connection_id_index\`;`);
    // Totals of the transactions imported before the running totals existed.
    this.addSql(
      `insert into transaction_category_total (connection_id, category, currency, amount, count) select connection_id, category, currency, sum(amount_minor), count(*) from stripe_transaction group by connection_id, category, currency;`,
    );
    this.addSql(
      `insert into transaction_daily_total (connection_id, day, currency, amount, count) select connection_id, created_at / 86400000, currency, sum(amount_minor), count(*) from stripe_transaction group by connection_id, created_at / 86400000, currency;`,
    );
  }
}
