import { Migration } from '@mikro-orm/migrations';

export class Migration20261126055905_unique_by_stripe_id extends Migration {
  override up(): void {
    this.addSql(
      `alter table "stripe_transaction" drop constraint "stripe_transaction_connection_stripe_id_unique";`,
    );

    this.addSql(
      `alter table "stripe_transaction" add constraint "stripe_transaction_stripe_id_connection_unique" unique ("stripe_id", "connection_id");`,
    );
  }
}
