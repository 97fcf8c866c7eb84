import { ColumnTable, type NumericArray } from './columns.js';
import { SortedIndex } from './sorted-index.js';

/** Columns every listed object has. */
export type Timed = Record<string, NumericArray> & { created: Float64Array };

/**
 * Rows of one object type for one account, plus their (created, row) index.
 * During bulk loading rows are appended unindexed and indexed once at the end.
 */
export class Collection<S extends Timed> {
  readonly rows: ColumnTable<S>;
  readonly index: SortedIndex;
  private bulk = false;

  constructor(cols: S) {
    this.rows = new ColumnTable(cols);
    this.index = new SortedIndex((row) => this.rows.cols.created[row] ?? 0);
  }

  get length(): number {
    return this.rows.length;
  }

  get cols(): S {
    return this.rows.cols;
  }

  /** Appends a row, lets `fill` write its fields, and indexes it. */
  insert(fill: (cols: S, row: number) => void): number {
    const row = this.rows.push();
    fill(this.rows.cols, row);
    if (!this.bulk) this.index.add(row);
    return row;
  }

  /** Starts a bulk load of about `expected` more rows. */
  beginBulk(expected: number): void {
    this.bulk = true;
    this.rows.reserve(this.rows.length + expected);
  }

  endBulk(): void {
    this.bulk = false;
    this.index.build(this.rows.length);
  }

  /** Whether `row` is a row of this collection. */
  has(row: number): boolean {
    return Number.isInteger(row) && row >= 0 && row < this.rows.length;
  }
}
