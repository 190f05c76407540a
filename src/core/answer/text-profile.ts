import type { LRUCache } from 'lru-cache';
import { growingLruCache } from '../growing-cache.js';
import { PARTICLES } from '../text/particles.js';
import { isContentTerm, isNumberTerm, stem, tokenize } from '../text/terms.js';
import type { QuestionType } from './question-type.js';
import type { CueSpan } from './sentence-cues.js';

/** What matching needs of a text, computed once per distinct text. */
export interface TextProfile {
  text: string;
  /** Spans of each kind a question may ask for (names, dates, amounts…), found on first need. */
  cues: Map<QuestionType, CueSpan[]>;
  /** Distinct stemmed content terms ("negotiations" → "negoti"). */
  stems: ReadonlySet<string>;
  /** Distinct content words as written, normalised but not stemmed: what word vectors and exact matches use. */
  words: ReadonlySet<string>;
  /** Each distinct word's stem. */
  stemOf: ReadonlyMap<string, string>;
  /** Stemmed pairs of adjacent content words ("unit state"), for two-word lexicon entries. */
  pairs: ReadonlySet<string>;
  /** Pairs of adjacent words, stopwords included ("if it", "it invaded"): phrasing shared with the question. */
  bigrams: ReadonlySet<string>;
  /** Content-word count. */
  length: number;
}

/**
 * Reads a text's content words, stems and word pairs. Candidate sentences come back for
 * question after question, so profiles are remembered by text (least recently used go first).
 */
export class TextProfiles {
  private readonly cache: LRUCache<string, TextProfile>;

  /**
   * A profile (its sets of words, stems and pairs) holds about 5 kB, and a question reads about
   * 120 texts (the sentences of 16 passages, the passages, their titles). 20,000 keep the texts
   * of the last ~150 questions, all of a small corpus, in at most ≈ 100 MB; 50,000 could grow a
   * long-running bot on a large corpus by ≈ 250 MB. Far fewer would be false economy: each miss
   * profiles the text again, and that garbage raises peak memory more than the cache saves.
   */
  constructor(capacity = 20_000) {
    this.cache = growingLruCache(capacity);
  }

  get(text: string): TextProfile {
    let profile = this.cache.get(text);
    if (!profile) {
      profile = profileText(text);
      this.cache.set(text, profile);
    }
    return profile;
  }
}

/** Profiles a text without remembering it. */
export function profileText(text: string): TextProfile {
  const stems = new Set<string>();
  const words = new Set<string>();
  const stemOf = new Map<string, string>();
  const pairs = new Set<string>();
  const bigrams = new Set<string>();
  let previous: string | undefined;
  let previousWord: string | undefined;
  let length = 0;
  for (const token of tokenize(text)) {
    const word = stem(token.term);
    if (previousWord !== undefined) bigrams.add(`${previousWord} ${word}`);
    previousWord = word;
    if (!isContentTerm(token.term)) {
      // A phrasal verb's particle pairs with the word before it ("turned down" → "turn down").
      if (previous !== undefined && PARTICLES.has(token.term)) pairs.add(`${previous} ${token.term}`);
      previous = undefined;
      continue;
    }
    const term = stem(token.term);
    length += 1;
    stems.add(term);
    words.add(token.term);
    stemOf.set(token.term, term);
    if (previous !== undefined && !isNumberTerm(term)) pairs.add(`${previous} ${term}`);
    previous = isNumberTerm(term) ? undefined : term;
  }
  return { text, cues: new Map(), stems, words, stemOf, pairs, bigrams, length };
}
