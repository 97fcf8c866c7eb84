import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  RunNotRunningError,
  ThreadPageWriter,
  createOrm,
  openPageWriter,
  type PageWriter,
} from '@cora/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookIds, connectAccount, RUN_FIELDS, succeededChargeIds } from './support/books.js';
import { eachDatabase } from './support/databases.js';
import { startHarness, type Harness } from './support/harness.js';

const LIST = `query { stripeTransactions(first: 20) { edges { node { id category categorySource } } } }`;
const SET = `mutation ($id: ID!) { setTransactionCategory(id: $id, category: "Office") { id } }`;

describe.each(eachDatabase('sync page writer'))(
  'the page writer thread on %s',
  (_name, postgres) => {
    let h: Harness;

    beforeAll(async () => {
      h = await startHarness({ postgres });
    });
    afterAll(async () => {
      await h.close();
    });

    it('ends a backfill with the exact set while requests write the same books', async () => {
      const { control } = h.sandbox;
      const account = control.createAccount({ charges: 5, seed: 11 }).id;
      const token = await connectAccount(h, 'writer-user', account);
      for (let i = 0; i < 1500; i += 1)
        control.addCharge(account, { amount: 100 + i, created: control.now() - 7200 - i });

      const started = await h.gql<{ syncStripeTransactions: { id: string } }>(
        `mutation { syncStripeTransactions(full: true) { id } }`,
        {},
        token,
      );
      expect(started.errors).toBeUndefined();
      // People change categories (read, then write, on the request's thread) while the pages
      // are written on the writer's.
      const changed = new Set<string>();
      const idle = h.app.services.engine.idle();
      let running = true;
      void idle.finally(() => (running = false));
      while (running || changed.size === 0) {
        const list = await h.gql<{ stripeTransactions: { edges: { node: { id: string } }[] } }>(
          LIST,
          {},
          token,
        );
        for (const { node } of list.data?.stripeTransactions.edges ?? []) {
          if (changed.has(node.id)) continue;
          const set = await h.gql(SET, { id: node.id }, token);
          expect(set.errors).toBeUndefined();
          changed.add(node.id);
        }
      }
      await idle;

      const history = await h.gql<{
        stripeSyncHistory: { edges: { node: Record<string, unknown> }[] };
      }>(`query { stripeSyncHistory(first: 1) { edges { node { ${RUN_FIELDS} } } } }`, {}, token);
      expect(history.data?.stripeSyncHistory.edges[0]?.node).toMatchObject({
        id: started.data?.syncStripeTransactions.id,
        status: 'SUCCEEDED',
        errorCode: null,
      });
      expect(await bookIds(h, 'writer-user')).toEqual(await succeededChargeIds(h, account));
      const after = await h.gql<{
        stripeTransactions: { edges: { node: { id: string; category: string } }[] };
      }>(`query { stripeTransactions(first: 100) { edges { node { id category } } } }`, {}, token);
      const kept = after.data?.stripeTransactions.edges.filter(({ node }) => changed.has(node.id));
      expect(kept?.length).toBeGreaterThan(0);
      expect(kept?.every(({ node }) => node.category === 'Office')).toBe(true);
    });

    it('hands back the refusal of a page for a run that is not running, as the engine expects', async () => {
      const orm = await createOrm({ databaseUrl: h.db.url });
      const writer: PageWriter = openPageWriter(orm, 'thread');
      try {
        const refused = writer.charges({
          connectionId: '00000000-0000-7000-8000-000000000000',
          runId: '00000000-0000-7000-8000-000000000001',
          rows: [],
          checkpoint: null,
        });
        await expect(refused).rejects.toBeInstanceOf(RunNotRunningError);
      } finally {
        await writer.close();
        await orm.close();
      }
    });
  },
);

describe('the page writer thread, when it cannot work', () => {
  it('fails each page with the reason instead of hanging, and tries a new thread for the next', async () => {
    // A database the thread cannot open: its folder would be inside a file.
    const folder = mkdtempSync(join(tmpdir(), 'cora-writer-'));
    const file = join(folder, 'not-a-folder');
    writeFileSync(file, '');
    const writer = new ThreadPageWriter(`sqlite:${join(file, 'cora.sqlite')}`);
    const page = {
      connectionId: '00000000-0000-7000-8000-000000000000',
      runId: '00000000-0000-7000-8000-000000000001',
      checkpoint: null,
    };
    try {
      await expect(writer.books(page)).rejects.toThrow(
        /page writer failed: E[A-Z]+: .*not-a-folder/,
      );
      await expect(writer.books(page)).rejects.toThrow(
        /page writer failed: E[A-Z]+: .*not-a-folder/,
      );
    } finally {
      await writer.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
