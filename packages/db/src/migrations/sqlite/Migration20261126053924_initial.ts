import { Migration } from '@mikro-orm/migrations';

export class Migration20261126053924_initial extends Migration {
  override up(): void {
    this.addSql(
      `create table \`audit_log\` (\`id\` text not null, \`actor\` text not null, \`role\` text not null, \`action\` text not null, \`target\` text not null, \`at\` datetime not null, \`details\` json null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`audit_log_target_index\` on \`audit_log\` (\`target\`, \`at\`, \`id\`);`,
    );

    this.addSql(
      `create table \`category_rule\` (\`id\` text not null, \`user_id\` text not null, \`priority\` integer not null, \`rule\` json not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`category_rule_user_priority_index\` on \`category_rule\` (\`user_id\`, \`priority\`);`,
    );

    this.addSql(
      `create table \`oauth_state\` (\`id\` text not null, \`state_hash\` text not null, \`user_id\` text not null, \`flavor\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`used_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`oauth_state_state_hash_unique\` on \`oauth_state\` (\`state_hash\`);`,
    );
    this.addSql(
      `create index \`oauth_state_expires_at_index\` on \`oauth_state\` (\`expires_at\`);`,
    );

    this.addSql(
      `create table \`stripe_connection\` (\`id\` text not null, \`user_id\` text not null, \`stripe_account_id\` text null, \`livemode\` integer not null default false, \`scope\` text null, \`flavor\` text not null default 'connect', \`access_token_ciphertext\` text null, \`refresh_token_ciphertext\` text null, \`token_key_id\` text null, \`access_token_expires_at\` datetime null, \`token_version\` integer not null default 0, \`status\` text not null default 'CONNECTED', \`connected_at\` datetime null, \`disconnected_at\` datetime null, \`last_synced_at\` datetime null, \`next_sync_at\` datetime null, \`sync_cursor\` text null, \`last_error_code\` text null, \`last_error_message\` text null, \`last_error_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`stripe_connection_user_id_unique\` on \`stripe_connection\` (\`user_id\`);`,
    );
    this.addSql(
      `create index \`stripe_connection_stripe_account_id_index\` on \`stripe_connection\` (\`stripe_account_id\`);`,
    );
    this.addSql(
      `create index \`stripe_connection_next_sync_at_index\` on \`stripe_connection\` (\`next_sync_at\`);`,
    );

    this.addSql(
      `create table \`stripe_transaction\` (\`id\` text not null, \`connection_id\` text not null, \`stripe_id\` text not null, \`amount_minor\` bigint not null, \`currency\` text not null, \`description\` text null, \`receipt_url\` text null, \`created_at\` datetime not null, \`metadata\` json not null, \`category\` text not null, \`category_source\` text not null, \`category_rule_id\` text null, \`status\` text not null, \`amount_refunded\` bigint not null default 0, \`refunded\` integer not null default false, \`disputed\` integer not null default false, \`livemode\` integer not null default false, \`customer_id\` text null, \`payment_intent_id\` text null, \`balance_transaction_id\` text null, \`source_version\` bigint not null, \`content_hash\` text not null, \`imported_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`stripe_transaction_connection_id_index\` on \`stripe_transaction\` (\`connection_id\`);`,
    );
    this.addSql(
      `create index \`stripe_transaction_keyset_index\` on \`stripe_transaction\` (\`connection_id\`, \`created_at\`, \`id\`);`,
    );
    this.addSql(
      `create index \`stripe_transaction_category_index\` on \`stripe_transaction\` (\`connection_id\`, \`category\`, \`currency\`, \`amount_minor\`);`,
    );
    this.addSql(
      `create index \`stripe_transaction_currency_index\` on \`stripe_transaction\` (\`connection_id\`, \`currency\`, \`amount_minor\`);`,
    );
    this.addSql(
      `create unique index \`stripe_transaction_connection_stripe_id_unique\` on \`stripe_transaction\` (\`connection_id\`, \`stripe_id\`);`,
    );

    this.addSql(
      `create table \`sync_run\` (\`id\` text not null, \`connection_id\` text not null, \`trigger\` text not null, \`full\` integer not null default false, \`status\` text not null default 'RUNNING', \`started_at\` datetime not null, \`finished_at\` datetime null, \`updated_at\` datetime not null, \`pages\` integer not null default 0, \`fetched\` integer not null default 0, \`inserted\` integer not null default 0, \`updated\` integer not null default 0, \`skipped\` integer not null default 0, \`error_code\` text null, \`error_message\` text null, \`checkpoint\` json null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`sync_run_connection_id_index\` on \`sync_run\` (\`connection_id\`);`,
    );
    this.addSql(
      `create index \`sync_run_history_index\` on \`sync_run\` (\`connection_id\`, \`started_at\`, \`id\`);`,
    );
    this.addSql(
      `create index \`sync_run_status_index\` on \`sync_run\` (\`status\`, \`updated_at\`);`,
    );
    this.addSql(
      `create unique index "sync_run_one_running_unique" on "sync_run" ("connection_id") where "status" = 'RUNNING';`,
    );

    this.addSql(
      `create table \`webhook_event\` (\`event_id\` text not null, \`type\` text not null, \`account\` text null, \`payload\` json not null, \`received_at\` datetime not null, \`processed_at\` datetime null, \`outcome\` text null, primary key (\`event_id\`));`,
    );
    this.addSql(
      `create index \`webhook_event_pending_index\` on \`webhook_event\` (\`processed_at\`, \`received_at\`);`,
    );
  }
}
