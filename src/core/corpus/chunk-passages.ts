import { createHash } from 'node:crypto';
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

/** Stable id: the same text at the same place in the same document always gets the same id. */
export function passageId(docId: string, start: number, text: string): string {
  return createHash('sha256').update(`${docId}\u0000${start}\u0000${text}`).digest('hex').slice(0, 16);
}

/**
 * Groups a section's sentences into windows of `minWords`–`maxWords` words, cutting only
 * between sentences. Consecutive windows share `overlapSentences` sentences.
 */
function windows(sentences: SentenceSpan[], options: ChunkingOptions): SentenceSpan[][] {
  const groups: SentenceSpan[][] = [];
  let first = 0;
  while (first < sentences.length) {
    let last = first;
    let words = countWords(sentences[first]?.text ?? '');
    while (last + 1 < sentences.length) {
      const nextWords = countWords(sentences[last + 1]?.text ?? '');
      // Grow while under the minimum, or while the next sentence still fits comfortably.
      if (words + nextWords > options.maxWords) break;
      if (words >= options.minWords && words + nextWords > (options.minWords + options.maxWords) / 2) break;
      last += 1;
      words += nextWords;
    }
    groups.push(sentences.slice(first, last + 1));
    if (last + 1 >= sentences.length) break;
    // Step forward, keeping an overlap, but always make progress.
    first = Math.max(first + 1, last + 1 - options.overlapSentences);
  }
  return mendShortTail(groups, sentences, options);
}

const wordsOf = (group: SentenceSpan[]): number => group.reduce((sum, s) => sum + countWords(s.text), 0);

/**
 * The last window of a section is often a short remainder. Fold it into the previous window
 * when both fit, otherwise reach back for earlier sentences so it stands as a full passage.
 */
function mendShortTail(groups: SentenceSpan[][], sentences: SentenceSpan[], options: ChunkingOptions): SentenceSpan[][] {
  const tail = groups[groups.length - 1];
  const previous = groups[groups.length - 2];
  if (!tail || !previous || wordsOf(tail) >= options.minWords) return groups;
  const firstIndex = sentences.indexOf(previous[0] as SentenceSpan);
  const merged = sentences.slice(firstIndex, sentences.indexOf(tail[tail.length - 1] as SentenceSpan) + 1);
  if (wordsOf(merged) <= options.maxWords) return [...groups.slice(0, -2), merged];
  let start = sentences.indexOf(tail[0] as SentenceSpan);
  const extended = [...tail];
  while (start > 0 && wordsOf(extended) < options.minWords) {
    const before = sentences[start - 1] as SentenceSpan;
    if (wordsOf(extended) + countWords(before.text) > options.maxWords) break;
    extended.unshift(before);
    start -= 1;
  }
  return [...groups.slice(0, -1), extended];
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
