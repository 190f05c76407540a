import { contentTerms } from '../text/terms.js';
import { words } from './split-questions.js';

/**
 * Members say why they ask before they ask: "Sorry if this is a dumb question, I'm not super into
 * politics. I keep seeing OSCE mentioned. Who is Russia meeting with in the later rounds after
 * Geneva?" Asked whole, the context's words (politics, mentioned, lunch, friend) count against
 * every sentence of the article, and a question the article answers, asked alone, hears "doesn't
 * say" (a blind probe: "What's Russia's worry about missiles exactly?" 0.16 alone, 0.03 after two
 * sentences of context). So a message whose statements come before a question that stands on its
 * own is asked as that question and what follows it.
 */

/** A sentence that asks: it ends with a question mark, or opens with a question word or an inverted auxiliary. */
const QUESTION_OPENING =
  /^(?:who|whom|whose|what|what's|whats|which|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b/i;

/**
 * A pronoun that may point back into the context ("What did she mean by it?"). A demonstrative
 * before a word of its own is a determiner ("these talks", "that meeting"): its noun says what it
 * is about.
 */
const LEANS_BACK = /\b(?:he|she|it|they|him|her|them|his|hers|its|their|theirs|there|so|(?:this|that|these|those)(?!\s+[a-z]{3,}))\b/i;

/** Fewer words than this, or fewer content terms, cannot say alone what is asked ("Any idea?", "When was it?"). */
const MIN_WORDS = 4;
const MIN_TERMS = 2;

/** Sentences of a message, each with its closing marks: at ".", "!" or "?" followed by a space and a letter. */
function sentencesOf(message: string): string[] {
  return message.split(/(?<=[.!?])\s+(?=["'(\p{L}])/u).filter((sentence) => sentence.trim() !== '');
}

/** Whether a sentence asks something. */
const asks = (sentence: string): boolean => /\?\s*$/.test(sentence) || QUESTION_OPENING.test(sentence.trim());

/** Whether a question says on its own what it asks, so the context before it can be set aside. */
export function standsOnItsOwn(question: string): boolean {
  return words(question) >= MIN_WORDS && contentTerms(question).length >= MIN_TERMS && !LEANS_BACK.test(question);
}

/**
 * The message from its first question on, when statements come before that question and the
 * question stands on its own; otherwise the message as it is.
 */
export function withoutContextBefore(message: string): string {
  const sentences = sentencesOf(message.trim());
  const first = sentences.findIndex(asks);
  if (first <= 0) return message;
  const question = sentences[first] as string;
  return standsOnItsOwn(question) ? sentences.slice(first).join(' ') : message;
}
