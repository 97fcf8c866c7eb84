const NULL = Buffer.from('null');

/**
 * Stores each distinct value once, with its JSON text rendered up front, so a
 * million charges share a few dozen description and metadata strings.
 */
export class JsonInterner<T> {
  private readonly values: T[] = [];
  private readonly texts: string[] = [];
  private readonly encoded: Buffer[] = [];
  private readonly byText = new Map<string, number>();

  constructor(empty: T) {
    this.intern(empty);
  }

  intern(value: T): number {
    const text = JSON.stringify(value);
    const known = this.byText.get(text);
    if (known !== undefined) return known;
    this.values.push(value);
    this.texts.push(text);
    this.encoded.push(Buffer.from(text, 'utf8'));
    this.byText.set(text, this.texts.length - 1);
    return this.texts.length - 1;
  }

  /** The JSON text of an interned value. */
  json(index: number): string {
    return this.texts[index] ?? 'null';
  }

  /** The JSON text of an interned value, as UTF-8 bytes. */
  bytes(index: number): Buffer {
    return this.encoded[index] ?? NULL;
  }

  value(index: number): T {
    const value = this.values[index];
    if (value === undefined) throw new RangeError(`Nothing interned at #${index}`);
    return value;
  }
}

/** Charge descriptions; #0 is `null`. */
export const descriptions = new JsonInterner<string | null>(null);

/** Charge metadata objects; #0 is `{}`. */
export const metadataValues = new JsonInterner<Readonly<Record<string, string>>>({});
