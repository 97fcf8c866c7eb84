import type { IdCodec } from '../util/ids.js';

/** A JSON value already rendered as text (`"abc"`, `null`, `{}`), a number, a boolean or raw bytes. */
export type JsonPiece = string | number | boolean | Uint8Array;

const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
const SMALL = 48;

/**
 * Appends JSON text as bytes, growing as needed. Short ASCII text is copied in
 * JavaScript: for a short value that beats a call into the UTF-8 encoder.
 */
export class ByteWriter {
  private buffer: Buffer;
  length = 0;

  /** Starts with `capacity` fresh bytes, or writes into `initial` (e.g. a pooled buffer). */
  constructor(capacity = 64 * 1024, initial?: Buffer) {
    this.buffer = initial ?? Buffer.allocUnsafe(capacity);
  }

  raw(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Appends text as UTF-8. */
  text(text: string): void {
    this.reserve(text.length * 3);
    const buffer = this.buffer;
    if (text.length < SMALL) {
      let at = this.length;
      for (let i = 0; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        if (code > 0x7f) {
          this.length += this.buffer.write(text, this.length, 'utf8');
          return;
        }
        buffer[at++] = code;
      }
      this.length = at;
      return;
    }
    this.length += buffer.write(text, this.length, 'utf8');
  }

  /** Appends a number; non-negative integers below 2^31 without building a string. */
  number(value: number): void {
    if (!(value >= 0 && value < 0x80000000 && (value | 0) === value)) {
      this.text(String(value));
      return;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = (rest / 10) | 0) digits += 1;
    this.reserve(digits);
    const buffer = this.buffer;
    let rest = value;
    for (let at = this.length + digits - 1; at >= this.length; at -= 1) {
      const quotient = (rest / 10) | 0;
      buffer[at] = 48 + rest - quotient * 10;
      rest = quotient;
    }
    this.length += digits;
  }

  /** Appends an id of `codec` without building a string. */
  id(codec: IdCodec, accountNo: number, seq: number): void {
    this.reserve(codec.length);
    this.length = codec.encodeInto(this.buffer, this.length, accountNo, seq);
  }

  piece(value: JsonPiece): void {
    if (typeof value === 'string') this.text(value);
    else if (typeof value === 'number') this.number(value);
    else if (typeof value === 'boolean') this.raw(value ? TRUE : FALSE);
    else this.raw(value);
  }

  /** The bytes written so far (a view: take it last). */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + extra));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }
}

/**
 * Reuses the large buffers list pages are written into: allocating a fresh
 * quarter-megabyte per page would keep the garbage collector busy.
 */
export class BufferPool {
  private readonly free: Buffer[] = [];

  constructor(
    private readonly size: number,
    private readonly keep: number,
  ) {}

  take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafe(this.size);
  }

  give(buffer: Buffer): void {
    if (buffer.length === this.size && this.free.length < this.keep) this.free.push(buffer);
  }
}

/** One `${…}` of a template: returns what to append, or appends itself and returns ''. */
export type Field<V> = (view: V, out: ByteWriter) => JsonPiece;

/** A compiled JSON template over a view type `V`. */
export interface Template<V> {
  write(out: ByteWriter, view: V): void;
  text(view: V): string;
}

/**
 * Compiles a tagged template once: the literal parts (minus line breaks and
 * their indentation) become byte chunks and each `${field}` a function of the
 * view. Rendering then copies bytes instead of concatenating and re-encoding
 * strings, which is what lets one process serve thousands of 100-charge pages
 * a second.
 */
export function jsonTemplate<V>(strings: TemplateStringsArray, ...fields: Field<V>[]): Template<V> {
  // Line breaks and indentation in the literal are layout only; JSON needs none.
  const chunks = strings.map((part) => Buffer.from(part.replace(/\n\s*/g, ''), 'utf8'));
  const last = chunks[fields.length] as Buffer;
  const write = (out: ByteWriter, view: V): void => {
    for (let i = 0; i < fields.length; i += 1) {
      out.raw(chunks[i] as Buffer);
      out.piece((fields[i] as Field<V>)(view, out));
    }
    out.raw(last);
  };
  return {
    write,
    text: (view) => {
      const out = new ByteWriter(4096);
      write(out, view);
      return out.bytes().toString('utf8');
    },
  };
}
