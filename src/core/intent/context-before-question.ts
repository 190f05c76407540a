import { contentTerms } from '../text/terms.js';
import { words } from './split-questions.js';

/**
 * Members say why they ask before they ask: "Sorry if this is a dumb question, I'm not super into
 * politics. I keep seeing OSCE mentioned. Who is Russia meeting with in the later rounds after
 * Geneva?" Asked whole, the context's words (politics, mentioned, lunch, friend) count against
 * every sentence of the article, and a question the article answers, asked alone, hears "doesn't
 * say" (a blind probe: "What's Russia's worry about missiles exactly?" 0.16 alone, 0.03 after two
 * sentences of context). So a message whose statements come before a question that stands on its
 * own is asked as that question and what follows it, but for statements after it.
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

/**
 * A challenge to the last answer before the member's own claim: "are you sure? I thought they were
 * still negotiating", "really? nobody called it a failure". The claim is what is asked; the
 * challenge alone had been asked, and heard "Nothing in it is about this question".
 */
const CHALLENGE =
  /^(?:(?:are|r)\s+(?:you|u)\s+sure|(?:you|u)\s+sure|really|seriously|for\s+real|is\s+that\s+(?:right|true|so|correct)|wait\s+what|huh|hmm+|i\s+doubt\s+(?:it|that))[\s?!.,]*$/i;

/** Fewer words than this, or fewer content terms, cannot say alone what is asked ("Any idea?", "When was it?"). */
const MIN_WORDS = 4;
const MIN_TERMS = 2;

/** Sentences of a message, each with its closing marks: at ".", "!" or "?" followed by a space and a letter. */
function sentencesOf(message: string): string[] {
  return message.split(/(?<=[.!?])\s+(?=["'(\p{L}])/u).filter((sentence) => sentence.trim() !== '');
}

/** Whether a sentence asks something. */
const asks = (sentence: string): boolean => /\?\s*$/.test(sentence) || QUESTION_OPENING.test(sentence.trim());

/** Whether a message's first sentence challenges the last answer and enough follows it to ask (see {@link CHALLENGE}). */
function isChallenged(sentences: readonly string[]): boolean {
  return sentences.length > 1 && CHALLENGE.test((sentences[0] as string).trim()) && words(sentences.slice(1).join(' ')) >= MIN_WORDS;
}

/** The message without a challenge to the last answer before the member's claim ("are you sure? I thought …" → "I thought …"). */
export function withoutChallenge(message: string): string {
  const sentences = sentencesOf(message.trim());
  return isChallenged(sentences) ? sentences.slice(1).join(' ') : message;
}

/** Whether a question says on its own what it asks, so the context before it can be set aside. */
export function standsOnItsOwn(question: string): boolean {
  return words(question) >= MIN_WORDS && contentTerms(question).length >= MIN_TERMS && !LEANS_BACK.test(question);
}

/**
 * The message from its first question on, when statements come before that question and the
 * question stands on its own; otherwise the message as it is. Statements after the last question
 * go too (see {@link withoutContextAfter}).
 */
export function withoutContextBefore(message: string): string {
  const all = sentencesOf(message.trim());
  const challenged = isChallenged(all);
  const sentences = challenged ? all.slice(1) : all;
  if (challenged && !sentences.some(asks)) return sentences.join(' ');
  const first = sentences.findIndex(asks);
  if (first < 0) return message;
  // A question that leans back keeps what comes before it; what comes after, it does not lean on.
  if (first > 0 && !standsOnItsOwn(sentences[first] as string)) return message;
  return withoutContextAfter(sentences.slice(first));
}

/**
 * A sentence after the question that may still ask, request or correct: it holds a question word
 * or a correction ("i mean the russian one", "actually …"), opens with a conjunction that adds to
 * the question ("and …", "also …"), a "no" or a request ("tell me …", "explain …").
 */
const MAY_ASK = /\b(?:who|whom|whose|what|whats|which|when|where|why|how|mean|meant|actually|rather|instead)\b|^(?:and|also|plus|or|but|so|then|no|not|tell|explain|describe|list|give|show|name|say|summari[sz]e)\b/i;

/**
 * Members say why they ask after asking too: "what was stoltenberg's position? it's for my IR
 * class", "is a compromise still possible? quoting for an essay". Asked whole, "class" and
 * "essay" counted against every sentence, and "IR" was taken for a name the article never
 * mentions ("doesn't say" at 0.05, against 0.15 for the question alone). So statements after the
 * last sentence that asks are set aside, when nothing in them may ask.
 */
function withoutContextAfter(sentences: readonly string[]): string {
  let last = sentences.length;
  while (last > 1 && !asks(sentences[last - 1] as string) && !MAY_ASK.test((sentences[last - 1] as string).trim())) last -= 1;
  // Only after a question mark: a full stop may be an initial's ("what year did J.F. Rutherford die").
  while (last < sentences.length && !/\?\s*$/.test(sentences[last - 1] as string)) last += 1;
  return sentences.slice(0, last).join(' ');
}
