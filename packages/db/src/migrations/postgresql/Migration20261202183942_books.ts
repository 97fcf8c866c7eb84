import { Migration } from '@mikro-orm/migrations';

export class Migration20261202183942_books extends Migration {
  override up(): void {
    this.addSql(
      `create table "stripe_balance_entry" ("id" uuid not null, "connection_id" uuid not null, "stripe_id" varchar(191) not null, "type" varchar(64) not null, "reporting_category" varchar(64) not null, "amount_minor" bigint not null, "fee_minor" bigint not null, "net_minor" bigint not null, "currency" varchar(3) not null, "exchange_rate" double precision null, "source_id" varchar(191) null, "charge_id" varchar(191) null, "payout_id" varchar(191) null, "status" varchar(32) not null, "available_on" timestamptz not null, "created_at" timestamptz not null, "description" text null, "imported_at" timestamptz not null, "updated_at" timestamptz not null, constraint "stripe_balance_entry_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "stripe_balance_entry_keyset_index" on "stripe_balance_entry" ("connection_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "stripe_balance_entry_payout_index" on "stripe_balance_entry" ("connection_id", "payout_id");`,
    );
    this.addSql(
      `create index "stripe_balance_entry_charge_index" on "stripe_balance_entry" ("connection_id", "charge_id");`,
    );
    this.addSql(
      `create index "stripe_balance_entry_source_index" on "stripe_balance_entry" ("connection_id", "source_id");`,
    );
    this.addSql(
      `alter table "stripe_balance_entry" add constraint "stripe_balance_entry_stripe_id_connection_unique" unique ("stripe_id", "connection_id");`,
    );

    this.addSql(
      `create table "stripe_payout" ("id" uuid not null, "connection_id" uuid not null, "stripe_id" varchar(191) not null, "amount_minor" bigint not null, "currency" varchar(3) not null, "status" varchar(32) not null, "arrival_date" timestamptz not null, "created_at" timestamptz not null, "automatic" boolean not null default true, "balance_transaction_id" varchar(191) null, "source_version" bigint not null, "entries_linked_at" timestamptz null, "imported_at" timestamptz not null, "updated_at" timestamptz not null, constraint "stripe_payout_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "stripe_payout_keyset_index" on "stripe_payout" ("connection_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "stripe_payout" add constraint "stripe_payout_stripe_id_connection_unique" unique ("stripe_id", "connection_id");`,
    );

    this.addSql(
      `alter table "stripe_balance_entry" add constraint "stripe_balance_entry_connection_id_foreign" foreign key ("connection_id") references "stripe_connection" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "stripe_payout" add constraint "stripe_payout_connection_id_foreign" foreign key ("connection_id") references "stripe_connection" ("id") on update cascade on delete cascade;`,
    );
  }
}
