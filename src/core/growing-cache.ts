import { LRUCache } from 'lru-cache';

/**
 * A least-recently-used cache of at most `capacity` entries whose storage grows as it fills.
 *
 * Given `max`, lru-cache allocates and fills its arrays for every entry up front: 13 ms for the
 * word vectors' 100,000 on the 2-core test machine, and about 25 ms of every cold
 * `article-qa ask` for the five caches an engine creates, which one question fills with a few
 * hundred entries. Counted as one each against `maxSize`, entries are bounded the same way (a new
 * one past the capacity evicts the least recently used) in arrays that grow as they arrive, as
 * term-postings.ts's cache, bounded by size, always did.
 */
export function growingLruCache<K extends NonNullable<unknown>, V extends NonNullable<unknown>>(
  capacity: number,
): LRUCache<K, V> {
  return new LRUCache<K, V>({ maxSize: capacity, sizeCalculation: () => 1 });
}
