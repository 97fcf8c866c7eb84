import type { Orm } from '../orm.js';
import { InlinePageWriter, type PageWriter } from './page-writer.js';
import { ThreadPageWriter } from './thread-page-writer.js';

/** Where a sync's pages are written: on a thread of their own (default), or on the caller's. */
export type PageWriterMode = 'thread' | 'inline';

// The URL the ORM was opened with; null for an in-memory SQLite database, which no other
// connection can open.
function sharedUrl(orm: Orm): string | null {
  const clientUrl = orm.config.get('clientUrl');
  if (typeof clientUrl === 'string' && clientUrl.startsWith('postgres')) return clientUrl;
  const file = orm.config.get('dbName');
  return file === ':memory:' ? null : `sqlite:${file}`;
}

/**
 * The page writer for a sync engine on `orm`'s database. A thread writer opens its own
 * connection with the same configuration; SQLite's transactions begin IMMEDIATE on both
 * (see the ORM's options), so the two connections queue for its one write lock.
 */
export function openPageWriter(orm: Orm, mode: PageWriterMode = 'thread'): PageWriter {
  const url = sharedUrl(orm);
  if (mode === 'inline' || url === null) return new InlinePageWriter(() => orm.em.fork());
  return new ThreadPageWriter(url);
}
