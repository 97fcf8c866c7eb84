import { Migration } from '@mikro-orm/migrations';

export class Migration20261126055716_running_totals extends Migration {
  override up(): void {
    this.addSql(
      `create table "transaction_category_total" ("connection_id" uuid not null, "category" varchar(191) not null, "currency" varchar(3) not null, "amount" bigint not null default 0, "count" int not null default 0, constraint "transaction_category_total_pkey" primary key ("connection_id", "category", "currency"));`,
    );

    this.addSql(
      `create table "transaction_daily_total" ("connection_id" uuid not null, "day" int not null, "currency" varchar(3) not null, "amount" bigint not null default 0, "count" int not null default 0, constraint "transaction_daily_total_pkey" primary key ("connection_id", "day", "currency"));`,
    );

    this.addSql(
      `alter table "transaction_category_total" add constraint "transaction_category_total_connection_id_foreign" foreign key ("connection_id") references "stripe_connection" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "transaction_daily_total" add constraint "transaction_daily_total_connection_id_foreign" foreign key ("connection_id") references "stripe_connection" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`drop index "stripe_transaction_category_index";`);
    this.addSql(`drop index "stripe_transaction_currency_index";`);

    this.addSql(
      `create index "stripe_transaction_category_index" on "stripe_transaction" ("connection_id", "category", "created_at", "id");`,
    );
    this.addSql(
      `create index "stripe_transaction_currency_index" on "stripe_transaction" ("connection_id", "currency", "created_at", "id");`,
    );
    // Totals of the transactions imported before the running totals existed.
    this.addSql(
      `insert into transaction_category_total (connection_id, category, currency, amount, count) select connection_id, category, currency, sum(amount_minor), count(*) from stripe_transaction group by connection_id, category, currency;`,
    );
    this.addSql(
      `insert into transaction_daily_total (connection_id, day, currency, amount, count) select connection_id, floor(extract(epoch from created_at) / 86400)::int, currency, sum(amount_minor), count(*) from stripe_transaction group by connection_id, floor(extract(epoch from created_at) / 86400)::int, currency;`,
    );
  }
}
