import { Migration } from '@mikro-orm/migrations';
import { execute } from '../../sql/driver.js';
import { foldStoredDescriptions } from '../fold-descriptions.js';

export class Migration20261202151025_folded_description extends Migration {
  override async up(): Promise<void> {
    const em = this.getEntityManager();
    await execute(
      em,
      `alter table \`stripe_transaction\` add column \`description_folded\` text null;`,
      [],
    );
    await foldStoredDescriptions(em);
  }
}
