import type { ByteWriter } from './template.js';

/** What rendering needs besides the stored rows. */
export interface RenderContext {
  /** Base URL of the sandbox, for `receipt_url`. */
  baseUrl: string;
  /** Sandbox time (Unix seconds), for statuses such as `pending` vs `available`. */
  now: number;
  /** Charges embed their balance transaction (`expand[]=balance_transaction`). */
  expandBalanceTransaction?: boolean;
}

const LIST_OPEN = Buffer.from('{"object":"list","data":[');
const COMMA = Buffer.from(',');

/** Writes a list object in Stripe's shape; `writeItem` appends each item's JSON. */
export function writeList<T>(
  out: ByteWriter,
  url: string,
  items: readonly T[],
  hasMore: boolean,
  writeItem: (out: ByteWriter, item: T) => void,
): void {
  out.raw(LIST_OPEN);
  items.forEach((item, index) => {
    if (index > 0) out.raw(COMMA);
    writeItem(out, item);
  });
  out.piece(`],"has_more":${hasMore},"url":${JSON.stringify(url)}}`);
}

/** JSON for a nullable string. */
export function str(value: string | null): string {
  return value === null ? 'null' : JSON.stringify(value);
}
