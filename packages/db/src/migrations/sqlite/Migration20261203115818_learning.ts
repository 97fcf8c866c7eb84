import { Migration } from '@mikro-orm/migrations';

export class Migration20261203115818_learning extends Migration {
  override up(): void {
    this.addSql(
      `create table \`learning_correction\` (\`id\` text not null, \`user_id\` text not null, \`transaction_id\` text not null, \`category\` text not null, \`example\` json not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`learning_correction_user_transaction_unique\` on \`learning_correction\` (\`user_id\`, \`transaction_id\`);`,
    );

    this.addSql(
      `create table \`learning_model\` (\`user_id\` text not null, \`state\` json not null, \`version\` integer not null default 0, \`corrections\` integer not null default 0, \`enabled\` integer not null default true, \`updated_at\` datetime not null, primary key (\`user_id\`));`,
    );
  }
}
