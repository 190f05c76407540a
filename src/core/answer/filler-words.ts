/**
 * Words that say how a member asks, not what: hedges ("actually", "exactly") and the "thing" or
 * "stuff" after a topic ("the red line thing"). Each counted as content that no passage holds.
 */
import { QUESTION_WORDS } from '../text/question-words.js';
import { STOPWORDS } from '../text/stopwords.js';

/**
 * Hedges and intensifiers anywhere in a question ("what does russia actually want", "what exactly
 * did ryabkov say", "honestly, what is the osce", "they flat out told russia no", "straight up, who
 * won"): they tell how a member asks, not what. Left in,
 * each counted as content no passage holds: "what does russia actually want" heard "doesn't say"
 * (0.07) where "what does russia want" is answered (0.23). Only before another word, so one that
 * is the whole message ("really?") stays what it is.
 */
const HEDGE = /\b(?:actually|really|exactly|honestly|basically|literally|flat[\s-]out|straight[\s-]up)\b,?\s+(?=\p{L})/giu;

/**
 * An oath after a question word ("who the heck led …", "what on earth does russia want", "why the
 * hell …"): emphasis, not a topic. Left in, "heck" and "earth" counted as content no passage holds.
 * Not "where on earth" nor "where in the world", which can ask about the world itself.
 */
const OATH =
  /\b(?:(who|whom|what|which|where|when|why|how)\s+the\s+(?:heck|hell|fuck|frick|frack|devil|dickens)|(who|whom|what|which|when|why|how)\s+on\s+earth)\b\s*/giu;

/** The question without its hedges (see {@link HEDGE}) and oaths (see {@link OATH}). */
export function withoutHedges(question: string): string {
  return question.replace(HEDGE, '').replace(OATH, (_oath, before: string | undefined, after: string | undefined) => `${before ?? after ?? ''} `);
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

