import { Migration } from '@mikro-orm/migrations';

export class Migration20261203115819_learning extends Migration {
  override up(): void {
    this.addSql(
      `create table "learning_correction" ("id" uuid not null, "user_id" varchar(191) not null, "transaction_id" uuid not null, "category" varchar(191) not null, "example" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "learning_correction_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "learning_correction" add constraint "learning_correction_user_transaction_unique" unique ("user_id", "transaction_id");`,
    );

    this.addSql(
      `create table "learning_model" ("user_id" varchar(191) not null, "state" jsonb not null, "version" int not null default 0, "corrections" int not null default 0, "enabled" boolean not null default true, "updated_at" timestamptz not null, constraint "learning_model_pkey" primary key ("user_id"));`,
    );
  }
}
