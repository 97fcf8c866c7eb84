/** The typed arrays a column may use. */
export type NumericArray = Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array;

function grown<T extends NumericArray>(column: T, capacity: number): T {
  const Ctor = column.constructor as new (length: number) => T;
  const next = new Ctor(capacity);
  next.set(column);
  return next;
}

/**
 * A growable table of typed-array columns: one row per object, a few bytes per
 * field, so a million charges stay in tens of megabytes.
 */
export class ColumnTable<S extends Record<string, NumericArray>> {
  length = 0;
  private capacity: number;

  constructor(public cols: S) {
    const first = Object.values(cols)[0];
    this.capacity = first?.length ?? 0;
  }

  /** Appends a zeroed row and returns its index. */
  push(): number {
    if (this.length === this.capacity) this.reserve(Math.max(16, this.capacity * 2));
    return this.length++;
  }

  /** Makes room for at least `capacity` rows. */
  reserve(capacity: number): void {
    if (capacity <= this.capacity) return;
    const next = {} as S;
    for (const key of Object.keys(this.cols) as (keyof S)[]) {
      next[key] = grown(this.cols[key], capacity);
    }
    this.cols = next;
    this.capacity = capacity;
  }
}
