import { Migration } from '@mikro-orm/migrations';

export class Migration20261126055904_unique_by_stripe_id extends Migration {
  override up(): void {
    this.addSql(`drop index \`stripe_transaction_connection_stripe_id_unique\`;`);

    this.addSql(
      `create unique index \`stripe_transaction_stripe_id_connection_unique\` on \`stripe_transaction\` (\`stripe_id\`, \`connection_id\`);`,
    );
  }
}
