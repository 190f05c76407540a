import crypto from 'node:crypto';
import { countWords, splitSentences, type SentenceSpan } from '../text/sentences.js';
import type { CorpusDocument, Passage } from './types.js';

/** How passages are cut. Part of the index manifest: changing it rebuilds the index. */
export interface ChunkingOptions {
  /** A passage grows to at least this many words when its section allows. */
  minWords: number;
  /** A passage stops before exceeding this many words (a single longer sentence stands alone). */
  maxWords: number;
  /** Sentences repeated at the start of the next passage, for context across the cut. */
  overlapSentences: number;
}

export const DEFAULT_CHUNKING: ChunkingOptions = { minWords: 40, maxWords: 120, overlapSentences: 1 };

/** Sentences of one section, each tagged with its paragraph. */
function sectionSentences(document: CorpusDocument, sectionIndex: number): SentenceSpan[] {
  const section = document.sections[sectionIndex];
  if (!section) return [];
  return section.paragraphs.flatMap((paragraph) =>
    splitSentences(document.text.slice(paragraph.start, paragraph.end), paragraph.start),
  );
}

/**
 * sha256 in hex. `crypto.hash` (Node ≥ 20.12) skips building a Hash object, which for a
 * passage-sized text halves the cost; older Node takes the long way, to the same digest.
 */
const sha256Hex: (text: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (text) => crypto.hash('sha256', text)
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** Stable id: the same text at the same place in the same document always gets the same id. */
export function passageId(docId: string, start: number, text: string): string {
  return sha256Hex(`${docId}\u0000${start}\u0000${text}`).slice(0, 16);
}

/** A window as the positions of its first and last sentence (inclusive). */
type Window = [first: number, last: number];

/**
 * Groups a section's sentences into windows of `minWords`–`maxWords` words, cutting only
 * between sentences. Consecutive windows share `overlapSentences` sentences.
 */
function windows(sentences: SentenceSpan[], options: ChunkingOptions): SentenceSpan[][] {
  // Each sentence's words are counted once: `before[i]` words precede sentence i, so the words
  // of sentences first..last are `before[last + 1] - before[first]`.
  const before = [0];
  sentences.forEach((sentence, index) => before.push((before[index] as number) + countWords(sentence.text)));
  const wordsOf = (first: number, last: number): number => (before[last + 1] as number) - (before[first] as number);
  const groups: Window[] = [];
  let first = 0;
  while (first < sentences.length) {
    let last = first;
    let words = wordsOf(first, first);
    while (last + 1 < sentences.length) {
      const nextWords = wordsOf(last + 1, last + 1);
      // Grow while under the minimum, or while the next sentence still fits comfortably.
      if (words + nextWords > options.maxWords) break;
      if (words >= options.minWords && words + nextWords > (options.minWords + options.maxWords) / 2) break;
      last += 1;
      words += nextWords;
    }
    groups.push([first, last]);
    if (last + 1 >= sentences.length) break;
    // Step forward, keeping an overlap, but always make progress.
    first = Math.max(first + 1, last + 1 - options.overlapSentences);
  }
  return mendShortTail(groups, wordsOf, options).map(([from, to]) => sentences.slice(from, to + 1));
}

/**
 * The last window of a section is often a short remainder. Fold it into the previous window
 * when both fit, otherwise reach back for earlier sentences so it stands as a full passage.
 */
function mendShortTail(groups: Window[], wordsOf: (first: number, last: number) => number, options: ChunkingOptions): Window[] {
  const tail = groups[groups.length - 1];
  const previous = groups[groups.length - 2];
  if (!tail || !previous || wordsOf(...tail) >= options.minWords) return groups;
  const [, last] = tail;
  if (wordsOf(previous[0], last) <= options.maxWords) return [...groups.slice(0, -2), [previous[0], last]];
  let [start] = tail;
  while (start > 0 && wordsOf(start, last) < options.minWords) {
    if (wordsOf(start - 1, last) > options.maxWords) break;
    start -= 1;
  }
  return [...groups.slice(0, -1), [start, last]];
}

/** Cuts a parsed document into passages that never split a sentence. */
export function chunkDocument(document: CorpusDocument, options: ChunkingOptions = DEFAULT_CHUNKING): Passage[] {
  const passages: Passage[] = [];
  document.sections.forEach((section, sectionIndex) => {
    for (const group of windows(sectionSentences(document, sectionIndex), options)) {
      const start = group[0]?.start ?? 0;
      const end = group[group.length - 1]?.end ?? start;
      const text = document.text.slice(start, end);
      passages.push({
        id: passageId(document.id, start, text),
        docId: document.id,
        docTitle: document.title,
        docSource: document.source,
        section: section.title,
        sectionNumber: section.number,
        text,
        start,
        end,
        ordinal: passages.length,
      });
    }
  });
  return passages;
}
