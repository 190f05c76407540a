/**
 * Words that say how a member asks, not what: hedges ("actually", "exactly") and the "thing" or
 * "stuff" after a topic ("the red line thing"). Each counted as content that no passage holds.
 */
import { QUESTION_WORDS } from '../text/question-words.js';
import { STOPWORDS } from '../text/stopwords.js';

/**
 * Hedges and intensifiers anywhere in a question ("what does russia actually want", "what exactly
 * did ryabkov say", "honestly, what is the osce"): they tell how a member asks, not what. Left in,
 * each counted as content no passage holds: "what does russia actually want" heard "doesn't say"
 * (0.07) where "what does russia want" is answered (0.23). Only before another word, so one that
 * is the whole message ("really?") stays what it is.
 */
const HEDGE = /\b(?:actually|really|exactly|honestly|basically|literally)\b,?\s+(?=\p{L})/giu;

/** The question without its hedges (see {@link HEDGE}). */
export function withoutHedges(question: string): string {
  return question.replace(HEDGE, '');
}

/**
 * "the red line thing", "nato's open door thing", "the membership stuff": members name a topic and
 * add "thing" or "stuff" for it. No answer holds the word, and in an article that never uses it,
 * it weighed most of all: "what's the sanctions thing about" heard "doesn't say" (0.08) where
 * "what's the sanctions about" is answered (0.54). Only after a word that names the topic: a
 * thing counted, ordered or ranked is the thing asked about ("the two things", "the first thing",
 * "the hardest thing she had to endure", "a thing").
 */
const FILLER_NOUN = /\b(\p{L}[\p{L}'’-]*)\s+(?:thing|things|stuff)\b/giu;
const COUNTS_THE_THING =
  /^(?:\p{L}+est|best|worst|most|least|first|second|third|last|next|only|same|other|whole|one|two|three|four|five|six|seven|eight|nine|ten|few|many|several)$/iu;

/** The question without a "thing" or "stuff" that only stands for the topic named before it. */
export function withoutFillerNoun(question: string): string {
  return question.replace(FILLER_NOUN, (match, word: string) => {
    const lower = word.toLowerCase();
    return STOPWORDS.has(lower) || QUESTION_WORDS.has(lower) || COUNTS_THE_THING.test(lower) ? match : word;
  });
}

