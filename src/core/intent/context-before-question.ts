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
  /^(?:who|whom|whose|what|what's|whats|which|when|where|why|how|(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b(?!\s+(?:love|like|appreciate|be\s+(?:great|nice|awesome|helpful|good|grateful)|help\b)))\b/i;

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

/** Pronouns for a thing or a group, which a name the question itself gives before them can stand for. */
const THING_PRONOUN = /^(?:it|its|they|them|their|theirs)$/i;
/** A name the question gives: a capitalised word after its first ("whether Russia says it wants …"). */
const NAME_INSIDE = /(?<=\S\s+)\p{Lu}[\p{L}-]*/u;

/**
 * Whether a question leans on what came before it: a pronoun, "there" or "so" (see
 * {@link LEANS_BACK}), unless it is "it" or "they" after a name the question gives itself ("Can
 * you tell me whether Russia says it wants to invade?"), which the context need not supply.
 */
function leansBack(question: string): boolean {
  const match = LEANS_BACK.exec(question);
  if (!match) return false;
  return !(THING_PRONOUN.test(match[0]) && NAME_INSIDE.test(question.slice(0, match.index)));
}

/** Whether a question says on its own what it asks, so the context before it can be set aside. */
export function standsOnItsOwn(question: string): boolean {
  return words(question) >= MIN_WORDS && contentTerms(question).length >= MIN_TERMS && !leansBack(question);
}

/** "he", "she", "him", "his": a person the context may have named. */
const PERSON_PRONOUN = /\b(he|she|him|his)\b/i;
/** A person's name in a statement: capitalised words, not the statement's first, with a lower-case letter ("Ryabkov", "Wendy Sherman"; not "TV"). */
const PERSON_NAME = /(?<=\S\s+)\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)*/gu;

/**
 * The question with its "he" or "she" read as the one person the context names ("I saw Ryabkov on
 * TV sounding oddly hopeful. Does he think some kind of deal is still possible?" → "Does Ryabkov
 * think …"), or undefined when the context names none or several. Asked whole, the context's
 * words counted against every sentence and "TV" was taken for a name the article never mentions.
 */
function withPersonFromContext(context: readonly string[], question: string): string | undefined {
  const names = new Set(context.flatMap((sentence) => (sentence.match(PERSON_NAME) ?? []).filter((name) => name !== 'I')));
  const [name] = names;
  if (names.size !== 1 || name === undefined) return undefined;
  const read = question.replace(PERSON_PRONOUN, (pronoun) => (pronoun.toLowerCase() === 'his' ? `${name}'s` : name));
  return standsOnItsOwn(read) ? read : undefined;
}

/**
 * Where the context a leaning question keeps begins: the nearest sentence before it that names
 * something (two content terms), with what lies between. What comes before that is the member's
 * own story: "Good afternoon. I'm 78 and my neighbour keeps telling me there will be a war. The
 * article mentions soldiers near Ukraine. How many soldiers does it say Russia had there?" had
 * been asked whole, and "78" heard as a figure the article never mentions; its "there" leans on
 * the sentence before it.
 */
function nearestContext(sentences: readonly string[], question: number): number {
  let from = question - 1;
  while (from > 0 && contentTerms(sentences[from] as string).length < MIN_TERMS) from -= 1;
  return Math.max(0, from);
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
  if (first > 0 && !standsOnItsOwn(sentences[first] as string)) {
    const read = withPersonFromContext(sentences.slice(0, first), sentences[first] as string);
    if (read !== undefined) return withoutContextAfter([read, ...sentences.slice(first + 1)]);
    const from = nearestContext(sentences, first);
    return from === 0 ? message : withoutContextAfter(sentences.slice(from));
  }
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
