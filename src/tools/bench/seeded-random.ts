/**
 * A small seeded pseudo-random generator (mulberry32): the same seed always gives the same
 * sequence, on every machine and Node version, which `Math.random` cannot promise.
 */
export type Random = () => number;

/** Returns a function yielding floats in [0, 1), fully determined by `seed`. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], inclusive. */
export function randomInteger(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/**
 * Samples items by rank with Zipf–Mandelbrot weights, p(rank) ∝ 1 / (rank + shift): the way word
 * frequencies fall off in real text, so generated passages have realistic term statistics.
 */
export class ZipfSampler<T> {
  private readonly cumulative: Float64Array;

  constructor(
    private readonly items: readonly T[],
    shift = 2.7,
  ) {
    if (items.length === 0) throw new Error('cannot sample from an empty list');
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    for (let rank = 0; rank < items.length; rank += 1) {
      total += 1 / (rank + 1 + shift);
      this.cumulative[rank] = total;
    }
    for (let rank = 0; rank < items.length; rank += 1)
      this.cumulative[rank] = (this.cumulative[rank] ?? 0) / total;
  }

  /** One item, drawn with `random`. */
  sample(random: Random): T {
    const target = random();
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] ?? 1) < target) low = middle + 1;
      else high = middle;
    }
    return this.items[low] as T;
  }
}
