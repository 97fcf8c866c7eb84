import { Migration } from '@mikro-orm/migrations';

export class Migration20261202183942_books extends Migration {
  override up(): void {
    this.addSql(
      `create table \`stripe_balance_entry\` (\`id\` text not null, \`connection_id\` text not null, \`stripe_id\` text not null, \`type\` text not null, \`reporting_category\` text not null, \`amount_minor\` bigint not null, \`fee_minor\` bigint not null, \`net_minor\` bigint not null, \`currency\` text not null, \`exchange_rate\` double null, \`source_id\` text null, \`charge_id\` text null, \`payout_id\` text null, \`status\` text not null, \`available_on\` datetime not null, \`created_at\` datetime not null, \`description\` text null, \`imported_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`stripe_balance_entry_keyset_index\` on \`stripe_balance_entry\` (\`connection_id\`, \`created_at\`, \`id\`);`,
    );
    this.addSql(
      `create index \`stripe_balance_entry_payout_index\` on \`stripe_balance_entry\` (\`connection_id\`, \`payout_id\`);`,
    );
    this.addSql(
      `create index \`stripe_balance_entry_charge_index\` on \`stripe_balance_entry\` (\`connection_id\`, \`charge_id\`);`,
    );
    this.addSql(
      `create index \`stripe_balance_entry_source_index\` on \`stripe_balance_entry\` (\`connection_id\`, \`source_id\`);`,
    );
    this.addSql(
      `create unique index \`stripe_balance_entry_stripe_id_connection_unique\` on \`stripe_balance_entry\` (\`stripe_id\`, \`connection_id\`);`,
    );

    this.addSql(
      `create table \`stripe_payout\` (\`id\` text not null, \`connection_id\` text not null, \`stripe_id\` text not null, \`amount_minor\` bigint not null, \`currency\` text not null, \`status\` text not null, \`arrival_date\` datetime not null, \`created_at\` datetime not null, \`automatic\` integer not null default true, \`balance_transaction_id\` text null, \`source_version\` bigint not null, \`entries_linked_at\` datetime null, \`imported_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`stripe_payout_keyset_index\` on \`stripe_payout\` (\`connection_id\`, \`created_at\`, \`id\`);`,
    );
    this.addSql(
      `create unique index \`stripe_payout_stripe_id_connection_unique\` on \`stripe_payout\` (\`stripe_id\`, \`connection_id\`);`,
    );
  }
}
