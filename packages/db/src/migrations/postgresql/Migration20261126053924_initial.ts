import { Migration } from '@mikro-orm/migrations';

export class Migration20261126053924_initial extends Migration {
  override up(): void {
    this.addSql(
      `create table "audit_log" ("id" uuid not null, "actor" varchar(191) not null, "role" varchar(32) not null, "action" varchar(64) not null, "target" varchar(191) not null, "at" timestamptz not null, "details" jsonb null, constraint "audit_log_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_log_target_index" on "audit_log" ("target", "at", "id");`);

    this.addSql(
      `create table "category_rule" ("id" uuid not null, "user_id" varchar(191) not null, "priority" int not null, "rule" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "category_rule_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "category_rule_user_priority_index" on "category_rule" ("user_id", "priority");`,
    );

    this.addSql(
      `create table "oauth_state" ("id" uuid not null, "state_hash" varchar(128) not null, "user_id" varchar(191) not null, "flavor" varchar(16) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "oauth_state_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "oauth_state" add constraint "oauth_state_state_hash_unique" unique ("state_hash");`,
    );
    this.addSql(`create index "oauth_state_expires_at_index" on "oauth_state" ("expires_at");`);

    this.addSql(
      `create table "stripe_connection" ("id" uuid not null, "user_id" varchar(191) not null, "stripe_account_id" varchar(191) null, "livemode" boolean not null default false, "scope" varchar(64) null, "flavor" varchar(16) not null default 'connect', "access_token_ciphertext" text null, "refresh_token_ciphertext" text null, "token_key_id" varchar(64) null, "access_token_expires_at" timestamptz null, "token_version" int not null default 0, "status" varchar(16) not null default 'CONNECTED', "connected_at" timestamptz null, "disconnected_at" timestamptz null, "last_synced_at" timestamptz null, "next_sync_at" timestamptz null, "sync_cursor" varchar(191) null, "last_error_code" varchar(64) null, "last_error_message" text null, "last_error_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "stripe_connection_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "stripe_connection" add constraint "stripe_connection_user_id_unique" unique ("user_id");`,
    );
    this.addSql(
      `create index "stripe_connection_stripe_account_id_index" on "stripe_connection" ("stripe_account_id");`,
    );
    this.addSql(
      `create index "stripe_connection_next_sync_at_index" on "stripe_connection" ("next_sync_at");`,
    );

    this.addSql(
      `create table "stripe_transaction" ("id" uuid not null, "connection_id" uuid not null, "stripe_id" varchar(191) not null, "amount_minor" bigint not null, "currency" varchar(3) not null, "description" text null, "receipt_url" text null, "created_at" timestamptz not null, "metadata" jsonb not null, "category" varchar(191) not null, "category_source" varchar(16) not null, "category_rule_id" varchar(191) null, "status" varchar(32) not null, "amount_refunded" bigint not null default 0, "refunded" boolean not null default false, "disputed" boolean not null default false, "livemode" boolean not null default false, "customer_id" varchar(191) null, "payment_intent_id" varchar(191) null, "balance_transaction_id" varchar(191) null, "source_version" bigint not null, "content_hash" varchar(32) not null, "imported_at" timestamptz not null, "updated_at" timestamptz not null, constraint "stripe_transaction_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "stripe_transaction_keyset_index" on "stripe_transaction" ("connection_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "stripe_transaction_category_index" on "stripe_transaction" ("connection_id", "category", "currency", "amount_minor");`,
    );
    this.addSql(
      `create index "stripe_transaction_currency_index" on "stripe_transaction" ("connection_id", "currency", "amount_minor");`,
    );
    this.addSql(
      `alter table "stripe_transaction" add constraint "stripe_transaction_connection_stripe_id_unique" unique ("connection_id", "stripe_id");`,
    );

    this.addSql(
      `create table "sync_run" ("id" uuid not null, "connection_id" uuid not null, "trigger" varchar(16) not null, "full" boolean not null default false, "status" varchar(16) not null default 'RUNNING', "started_at" timestamptz not null, "finished_at" timestamptz null, "updated_at" timestamptz not null, "pages" int not null default 0, "fetched" int not null default 0, "inserted" int not null default 0, "updated" int not null default 0, "skipped" int not null default 0, "error_code" varchar(64) null, "error_message" text null, "checkpoint" jsonb null, constraint "sync_run_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "sync_run_history_index" on "sync_run" ("connection_id", "started_at", "id");`,
    );
    this.addSql(`create index "sync_run_status_index" on "sync_run" ("status", "updated_at");`);
    this.addSql(
      `create unique index "sync_run_one_running_unique" on "sync_run" ("connection_id") where "status" = 'RUNNING';`,
    );

    this.addSql(
      `create table "webhook_event" ("event_id" varchar(191) not null, "type" varchar(128) not null, "account" varchar(191) null, "payload" jsonb not null, "received_at" timestamptz not null, "processed_at" timestamptz null, "outcome" varchar(64) null, constraint "webhook_event_pkey" primary key ("event_id"));`,
    );
    this.addSql(
      `create index "webhook_event_pending_index" on "webhook_event" ("processed_at", "received_at");`,
    );

    this.addSql(
      `alter table "stripe_transaction" add constraint "stripe_transaction_connection_id_foreign" foreign key ("connection_id") references "stripe_connection" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "sync_run" add constraint "sync_run_connection_id_foreign" foreign key ("connection_id") references "stripe_connection" ("id") on update cascade on delete cascade;`,
    );
  }
}
