/** Small typed-array helpers for building postings without an object per entry. */

/** A growable array of unsigned 32-bit integers. */
export class Uint32List {
  private data = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  at(index: number): number {
    return this.data[index] ?? 0;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** Marks integers as seen within one passage field without clearing anything between fields. */
export class StampedCounts {
  private stamps = new Uint32Array(1024);
  private counts = new Uint32Array(1024);
  private stamp = 0;
  /** Ids counted since the last {@link reset}, in first-seen order. */
  readonly touched: number[] = [];

  reset(): void {
    this.stamp += 1;
    this.touched.length = 0;
  }

  /** Counts one occurrence; returns the new count. */
  add(id: number): number {
    if (id >= this.stamps.length) this.grow(id);
    if (this.stamps[id] !== this.stamp) {
      this.stamps[id] = this.stamp;
      this.counts[id] = 0;
      this.touched.push(id);
    }
    const count = (this.counts[id] ?? 0) + 1;
    this.counts[id] = count;
    return count;
  }

  count(id: number): number {
    return this.counts[id] ?? 0;
  }

  private grow(id: number): void {
    const size = Math.max(id + 1, this.stamps.length * 2);
    const stamps = new Uint32Array(size);
    stamps.set(this.stamps);
    const counts = new Uint32Array(size);
    counts.set(this.counts);
    this.stamps = stamps;
    this.counts = counts;
  }
}
