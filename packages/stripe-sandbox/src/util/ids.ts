import { randomBytes } from 'node:crypto';
import { hash32 } from './rng.js';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const DIGITS = new Map([...ALPHABET].map((char, index) => [char, index]));
const CODES = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));
const CHECK_CHUNK = 62 ** 5;
const BODY_LENGTH = 24;

/** Writes `value` (below 2^32) as `width` base62 digits ending just before `end`. */
function digitsInto(target: Uint8Array, end: number, value: number, width: number): void {
  let rest = value >>> 0;
  for (let at = end - 1; at >= end - width; at -= 1) {
    const quotient = (rest / 62) >>> 0;
    target[at] = CODES[rest - quotient * 62] ?? 48;
    rest = quotient;
  }
}

/** Fixed-width base62 in ASCII order, so equal-width codes sort like their numbers. */
export function base62(value: number, width: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < width; i += 1) {
    out = ALPHABET.charAt(rest % 62) + out;
    rest = Math.floor(rest / 62);
  }
  return out;
}

function decodeBase62(text: string): number {
  let value = 0;
  for (const char of text) {
    const digit = DIGITS.get(char);
    if (digit === undefined) return Number.NaN;
    value = value * 62 + digit;
  }
  return value;
}

/** Random base62 text for secrets (tokens, codes, signing secrets). */
export function randomToken(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHABET.charAt(byte % 62);
  return out;
}

/** A decoded object id: which account, which row. */
export interface IdParts {
  accountNo: number;
  seq: number;
}

/**
 * Stripe-looking ids that carry their account number and row, so the sandbox
 * needs no id → row map: `ch_` + 3 chars account + 6 chars row + 15 check chars.
 * Within one account, ids of one type sort in creation order.
 */
export class IdCodec {
  private readonly salt: number;
  private readonly prefixBytes: Uint8Array;
  private readonly scratch: Buffer;
  /** Length of every id of this type. */
  readonly length: number;

  constructor(readonly prefix: string) {
    this.salt = hash32(
      prefix.length,
      [...prefix].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 7),
    );
    this.prefixBytes = Buffer.from(prefix, 'latin1');
    this.length = prefix.length + BODY_LENGTH;
    this.scratch = Buffer.alloc(this.length);
  }

  encode(accountNo: number, seq: number): string {
    this.encodeInto(this.scratch, 0, accountNo, seq);
    return this.scratch.toString('latin1', 0, this.length);
  }

  /** Writes the id's ASCII bytes at `offset`; returns the offset after it. */
  encodeInto(target: Uint8Array, offset: number, accountNo: number, seq: number): number {
    target.set(this.prefixBytes, offset);
    const body = offset + this.prefixBytes.length;
    digitsInto(target, body + 3, accountNo, 3);
    digitsInto(target, body + 9, seq, 6);
    const h1 = hash32(accountNo, seq, this.salt);
    const h2 = hash32(h1, seq, accountNo);
    const h3 = hash32(h2, this.salt, seq);
    digitsInto(target, body + 14, h1 % CHECK_CHUNK, 5);
    digitsInto(target, body + 19, h2 % CHECK_CHUNK, 5);
    digitsInto(target, body + 24, h3 % CHECK_CHUNK, 5);
    return body + BODY_LENGTH;
  }

  decode(id: string): IdParts | null {
    if (!id.startsWith(this.prefix) || id.length !== this.length) return null;
    const body = id.slice(this.prefix.length);
    const accountNo = decodeBase62(body.slice(0, 3));
    const seq = decodeBase62(body.slice(3, 9));
    if (Number.isNaN(accountNo) || Number.isNaN(seq)) return null;
    return this.encode(accountNo, seq) === id ? { accountNo, seq } : null;
  }
}

/** The id codecs of every object type the sandbox serves. */
export const ids = {
  charge: new IdCodec('ch_'),
  refund: new IdCodec('re_'),
  txn: new IdCodec('txn_'),
  payout: new IdCodec('po_'),
  dispute: new IdCodec('dp_'),
  event: new IdCodec('evt_'),
  customer: new IdCodec('cus_'),
  paymentIntent: new IdCodec('pi_'),
  paymentMethod: new IdCodec('pm_'),
} as const;

/** A `req_…` id as Stripe puts in its `Request-Id` header. */
export function requestId(): string {
  return `req_${randomToken(14)}`;
}
