import { json, type Exchange, type Reply } from '../http/exchange.js';
import { parseExpand } from '../http/expand.js';
import { parseListParams, refuseUnknownParams, type PageRequest } from '../http/list-params.js';
import type { Account } from '../store/account.js';
import type { Collection, Timed } from '../store/collection.js';
import { pageOf } from '../store/paging.js';
import type { SortedIndex } from '../store/sorted-index.js';
import { writeList } from '../render/context.js';
import { BufferPool, ByteWriter } from '../render/template.js';
import type { IdCodec } from '../util/ids.js';
import { rowOf } from './resolve.js';

/** How one list endpoint reads its collection. */
export interface ListSpec<S extends Timed> {
  url: string;
  objectName: string;
  codec: IdCodec;
  collection: (account: Account) => Collection<S>;
  render: (account: Account, row: number, expand: ReadonlySet<string>) => string;
  /** Writes an item straight into the page (faster than `render` for big pages). */
  write?: (out: ByteWriter, account: Account, row: number, expand: ReadonlySet<string>) => void;
  /** Fields of an item that `expand[]` may turn from an id into the object. */
  expandable?: readonly string[];
  /** The endpoint's own filters (beyond limit, cursors and created). */
  filters?: ReadonlySet<string>;
  /** Builds a row predicate from those filters, or none. */
  matcher?: (exchange: Exchange, account: Account) => ((row: number) => boolean) | undefined;
  /** Narrows the request (e.g. event retention). */
  adjust?: (request: PageRequest) => PageRequest;
  /** A narrower index to page through (e.g. the entries of one payout), or the collection's. */
  index?: (exchange: Exchange, account: Account) => SortedIndex | undefined;
}

const pages = new BufferPool(512 * 1024, 8);

/** Serves one page of a Stripe list endpoint. */
export function listReply<S extends Timed>(
  exchange: Exchange,
  account: Account,
  spec: ListSpec<S>,
): Reply {
  const collection = spec.collection(account);
  const parsed = parseListParams(
    exchange.query,
    (id, param) => rowOf(account, collection, spec.codec, spec.objectName, id, param),
    spec.filters,
  );
  const request = spec.adjust ? spec.adjust(parsed) : parsed;
  const expand = parseExpand(exchange.params, spec.expandable ?? [], true);
  const index = spec.index?.(exchange, account) ?? collection.index;
  const page = pageOf(index, request, spec.matcher?.(exchange, account));
  const buffer = pages.take();
  const out = new ByteWriter(0, buffer);
  const write =
    spec.write ??
    ((into: ByteWriter, owner: Account, row: number, fields: ReadonlySet<string>) =>
      into.piece(spec.render(owner, row, fields)));
  writeList(out, spec.url, page.rows, page.hasMore, (into, row) =>
    write(into, account, row, expand),
  );
  return { status: 200, body: out.bytes(), release: () => pages.give(buffer) };
}

/** Serves one object by id. */
export function retrieveReply<S extends Timed>(
  exchange: Exchange,
  account: Account,
  id: string,
  spec: ListSpec<S>,
): Reply {
  refuseUnknownParams(exchange.query);
  const row = rowOf(account, spec.collection(account), spec.codec, spec.objectName, id);
  const expand = parseExpand(exchange.params, spec.expandable ?? [], false);
  return json(200, spec.render(account, row, expand));
}
