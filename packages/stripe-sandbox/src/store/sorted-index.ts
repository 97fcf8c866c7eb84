/**
 * Row numbers kept sorted by (created, row) ascending; lists walk it from the
 * end, newest first. Same-second rows keep creation order, so pages are stable.
 */
export class SortedIndex {
  private order = new Int32Array(16);
  length = 0;

  constructor(private readonly createdOf: (row: number) => number) {}

  /** The row at a position (0 = oldest). */
  at(position: number): number {
    return this.order[position] ?? -1;
  }

  /** Rebuilds the index over rows [0, count) in one sort. */
  build(count: number): void {
    const rows = new Int32Array(count);
    for (let i = 0; i < count; i += 1) rows[i] = i;
    let sorted = true;
    for (let i = 1; i < count && sorted; i += 1)
      sorted = this.createdOf(i - 1) <= this.createdOf(i);
    if (!sorted) rows.sort((a, b) => this.createdOf(a) - this.createdOf(b) || a - b);
    this.order = rows;
    this.length = count;
  }

  /** Indexes exactly `rows` (any order), in one sort. */
  buildFrom(rows: Int32Array): void {
    const order = Int32Array.from(rows);
    order.sort((a, b) => this.createdOf(a) - this.createdOf(b) || a - b);
    this.order = order.length === 0 ? new Int32Array(16) : order;
    this.length = order.length;
  }

  /** Adds a row in its place; rows created "now" land at the end in O(1). */
  add(row: number): void {
    if (this.length === this.order.length) {
      const next = new Int32Array(Math.max(16, this.order.length * 2));
      next.set(this.order);
      this.order = next;
    }
    const position = this.upperBound(this.createdOf(row), row);
    this.order.copyWithin(position + 1, position, this.length);
    this.order[position] = row;
    this.length += 1;
  }

  /** The position of a row, or -1 when it is not indexed. */
  positionOf(row: number): number {
    const position = this.upperBound(this.createdOf(row), row) - 1;
    return this.order[position] === row ? position : -1;
  }

  /** First position whose created is >= `created`. */
  firstAtOrAfter(created: number): number {
    return this.upperBound(created, -1);
  }

  /** First position ordered after (created, row). */
  private upperBound(created: number, row: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = this.order[mid] ?? 0;
      const otherCreated = this.createdOf(other);
      if (otherCreated < created || (otherCreated === created && other <= row)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
