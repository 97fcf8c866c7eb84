import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Query } from './list-params.js';

/** An answer to send. */
export interface Reply {
  status: number;
  body: string | Buffer;
  contentType?: string;
  headers?: Readonly<Record<string, string>>;
  /** Called once the body has been handed to the socket (or the socket died). */
  release?: () => void;
}

const MAX_BODY = 1 << 20;

/** One request in flight, parsed once. */
export class Exchange {
  readonly method: string;
  readonly path: string;
  readonly params: URLSearchParams;
  readonly query: Query;
  private rawBody: Promise<string> | undefined;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    readonly requestId: string,
  ) {
    const url = req.url ?? '/';
    const mark = url.indexOf('?');
    this.method = (req.method ?? 'GET').toUpperCase();
    this.path = mark === -1 ? url : url.slice(0, mark);
    this.params = new URLSearchParams(mark === -1 ? '' : url.slice(mark + 1));
    this.query = new Map(this.params);
  }

  header(name: string): string | undefined {
    const value = this.req.headers[name];
    return Array.isArray(value) ? value[0] : value;
  }

  /** The raw request body (read once, at most 1 MiB). */
  text(): Promise<string> {
    this.rawBody ??= new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      this.req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) reject(new RangeError('Request body too large'));
        else chunks.push(chunk);
      });
      this.req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      this.req.on('error', reject);
    });
    return this.rawBody;
  }

  /** A form-encoded body (what the Stripe SDK sends), flattened like the query. */
  async form(): Promise<Query> {
    const text = await this.text();
    const type = this.header('content-type') ?? '';
    if (type.includes('application/json') && text.trim() !== '') {
      const parsed: unknown = JSON.parse(text);
      const entries = typeof parsed === 'object' && parsed !== null ? Object.entries(parsed) : [];
      return new Map(entries.map(([key, value]) => [key, String(value)]));
    }
    return new Map(new URLSearchParams(text));
  }

  /** A JSON body (the control API); empty means `{}`. */
  async json(): Promise<unknown> {
    const text = await this.text();
    return text.trim() === '' ? {} : (JSON.parse(text) as unknown);
  }
}

/** A JSON reply. */
export function json(
  status: number,
  body: string | Buffer,
  headers?: Readonly<Record<string, string>>,
): Reply {
  return { status, body, ...(headers === undefined ? {} : { headers }) };
}

/** Writes a reply with the headers Stripe sends on every response. */
export function send(exchange: Exchange, reply: Reply, stripeVersion: string | null): void {
  const { res } = exchange;
  if (res.headersSent || res.destroyed) {
    reply.release?.();
    return;
  }
  const headers: Record<string, string | number> = {
    'Content-Type': reply.contentType ?? 'application/json',
    'Content-Length': Buffer.byteLength(reply.body),
    'Cache-Control': 'no-cache, no-store',
    'Request-Id': exchange.requestId,
    'Access-Control-Allow-Origin': '*',
    ...reply.headers,
  };
  if (stripeVersion !== null) headers['Stripe-Version'] = stripeVersion;
  const account = exchange.header('stripe-account');
  if (stripeVersion !== null && account !== undefined) headers['Stripe-Account'] = account;
  res.writeHead(reply.status, headers);
  if (reply.release !== undefined) {
    const release = reply.release;
    let released = false;
    const once = (): void => {
      if (!released) release();
      released = true;
    };
    res.once('finish', once);
    res.once('close', once);
  }
  res.end(reply.body);
}
