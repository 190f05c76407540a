/**
 * The shapes of follow-up messages that ask the last question again or correct it: a question
 * word alone ("why?"), doubt ("source?"), a correction ("no i meant the us side"). Kept apart
 * from the rules that apply them (resolve-follow-up.ts).
 */
import { AUXILIARIES, WH_WORDS, whPhraseLength } from './question-form.js';
import { analyseText } from './text-analysis.js';
import { ORDINAL_PLACES } from '../text/ordinals.js';

/**
 * "why?", "and when?", "how long?": a question word alone asks the last question again; so does a
 * preposition with its question word ("to whom?", "against what?", "between who?"), also after
 * "together" or "along" ("together with who?") and before "exactly".
 */
export const BARE_QUESTION = /^(why|y|when|where|how|how (?:long|many|much|often|far|old|so|come|exactly)|why (?:not|so|exactly)|since when|until when|what for|where exactly|when exactly|(?:(?:together|along|jointly) )?(?:to|from|with|by|for|against|between|among|about|towards|over) (?:whom|who|what)(?: exactly)?)$/;
/** Whether a correction is a question of its own ("no i meant what did sherman say"): a question word or auxiliary, then at least two words. */
export function isWholeQuestion(text: string): boolean {
  const words = text.trim().toLowerCase().split(/\s+/);
  const first = words[0] ?? '';
  return words.length >= 3 && (WH_WORDS.has(first) || AUXILIARIES.has(first));
}

/** What opens a correction: "no", "sorry", "oops", and a skeptic's "that's not what i asked". */
const CORRECTION_OPENING = String.raw`(?:no|nope|sorry|sry|srry|oops|wait|nah|actually|(?:that\s+is\s+|that's\s+|thats\s+)?not\s+what\s+i\s+(?:asked|meant|wanted|was\s+asking)(?:\s+(?:for|about))?|that\s+is\s+not\s+it|that's\s+not\s+it|thats\s+not\s+it|wrong)`;

/**
 * "no, i meant the us side", "sorry i mean ryabkov", and chat's "oops meant ryabkov", "sry meant
 * sherman": a correction of the last question, read as the fragment it names. Without its "i",
 * only "meant" says so ("mean russia?" is no correction). A skeptic's "that's not what i asked, i
 * meant what date" opens the same way as "no".
 */
export const CORRECTION = new RegExp(String.raw`^(?:${CORRECTION_OPENING}\b[\s,.!]*)*(?:i\s+(?:meant|mean|ment)|meant|ment)\s+(.+)$`, 'i');

/** "sorry, of america i mean": a correction with "i mean" after what it names (a phrase, never a whole question: see resolveReferences). */
export const CORRECTION_AFTER = new RegExp(String.raw`^(?:${CORRECTION_OPENING}\b[\s,.!]*)*(.+?)[\s,]+i\s+(?:meant|mean|ment)[\s?!.]*$`, 'i');

/** A correction's closing ", not how many", ", not the us": what it was not about, which only the earlier question held. */
export function withoutWhatWasNot(correction: string): string {
  const kept = correction.replace(/\s*[,;]\s*(?:and\s+)?not\s+[^,;]+[?!.]*\s*$/i, '');
  return /\p{L}/u.test(kept) ? kept : correction;
}
/**
 * "no wait, for the americans", "sorry, the us one": a correction without "i meant". Its opening
 * words must be set off (a comma, or two of them: "no wait"), so that "no progress?" stays a question.
 */
const BARE_CORRECTION = /^((?:(?:no|nope|nah|sorry|sry|srry|oops|wait|actually)\b[\s,.!]*)+)(.+)$/i;
/** The fragment of a correction without "i meant" ("no wait, for the americans" → "for the americans"), if the message is one. */
export function bareCorrection(text: string): string | undefined {
  const match = BARE_CORRECTION.exec(text);
  if (!match) return undefined;
  const opening = match[1] ?? '';
  const setOff = /[,.!]/.test(opening) || opening.trim().split(/[\s,.!]+/).length >= 2;
  return setOff ? match[2] : undefined;
}
/**
 * "sherman, what did she tell them": a correction that names what the last question should have
 * been about, then asks a question. Splits it into the name (at most five words) and the question.
 */
export const NAME_THEN_QUESTION = /^(.+?)[\s,;:.!—–-]+((?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|has|have|had|will|would|can|could|should)\b.*)$/i;
/** A verb of reaction with nothing after it reacts to the previous exchange: "how did russia respond?". */
export const REACTION_WITHOUT_OBJECT = /\b(?:respond|responded|react|reacted|reply|replied|retaliate|retaliated|answer|answered|comment|commented)(?: to (?:it|that|this))?(?: then| so far| at all)?$/;
/** Bare questions that ask "why": "how come", "what for", chat's "y". */
export const SAME_AS_WHY = new Set(['how come', 'what for', 'why not', 'why so', 'why exactly', 'y']);
/** A request for the last answer's evidence: "source?", "proof for that claim", "says who", "where does it say that". */
const EVIDENCE = String.raw`(?:sources?|proof|evidence|citation)(?: for (?:that|this|it)(?: (?:number|figure|claim|fact|info|information|stat|quote))?)?|says who|according to (?:whom|who|what)|where does (?:it|the article|the story) say (?:that|so|this)`;
/** Doubt about the last answer, or a request for its evidence. */
export const CONFIRMATION = new RegExp(
  String.raw`^(?:really|seriously|for real|are you sure|you sure|is that (?:so|true|correct|right|accurate|confirmed|official|legit)|is it (?:true|correct|right|confirmed|official)|confirmed|official|legit|${EVIDENCE})$`,
);
/**
 * Doubt put in several short parts ("are you sure? source?", "really? says who", "u sure, proof?"):
 * the part that asks for evidence when there is one, else the last, to be read as that part alone
 * is; undefined unless every part is doubt. Whole, "are you sure? source?" matched no part's
 * pattern and heard "Nothing in it is about this question" (a blind probe's skeptic).
 */
export function doubtOfParts(followUp: string): string | undefined {
  const parts = followUp.split(/\s*[?!.,;]+\s*/).filter((part) => part !== '');
  if (parts.length < 2 || !parts.every((part) => CONFIRMATION.test(part))) return undefined;
  return parts.find((part) => EVIDENCE_ASKED.test(part)) ?? parts.at(-1);
}
/** The doubts that ask where the words come from. */
const EVIDENCE_ASKED = new RegExp(`^(?:${EVIDENCE})$`);
/**
 * "what time?", "which year exactly?", "whose troops?", "in which city?", "which day of the
 * week?", "which countries specifically", "which officials tho": a question phrase alone asks the
 * last question again with it.
 */
export const BARE_WH_PHRASE =
  /^((?:(?:in|on|at|from|to|for|with|by|during|since|until|near|about|against|between|among|behind|under|over|after|before|into|through|within|across|along|around|towards) )?(?:what|which|whose)) ((?:[a-z]+ )??[a-z]+(?: of(?: the)? [a-z]+)?)(?: (?:exactly|specifically|tho|though|then))?$/;
/**
 * The question word or phrase chat leaves as the kind of answer alone: "date?", "the exact
 * time?", "location?", "reason?". Each asks the last question again for that kind, as "what
 * date?", "where?" or "why?" does; asked as typed, "date?" named nothing and heard "Nothing in it
 * is about this question".
 */
const KIND_ALONE: Readonly<Record<string, string>> = {
  date: 'what date', time: 'what time', day: 'which day', year: 'what year', month: 'what month',
  place: 'where', location: 'where', venue: 'where', city: 'which city', country: 'which country', reason: 'why',
};

/** The question word or phrase a kind of answer alone stands for ("the date" → "what date"), if the follow-up is one. */
export function questionForKind(bare: string): string | undefined {
  const noun = /^(?:the\s+)?(?:exact\s+)?([a-z]+)(?:\s+(?:exactly|specifically|tho|though|then))?$/.exec(bare)?.[1];
  return noun !== undefined && Object.hasOwn(KIND_ALONE, noun) ? KIND_ALONE[noun] : undefined;
}

/** An ordinal alone, with "one" or not: "third?", "2nd one". */
const ORDINAL_ALONE = new RegExp(`^(${ORDINAL_PLACES.map(([word]) => word).join('|')})((?:\\s+one)?[?!.\\s]*)$`, 'i');

/**
 * An ordinal alone, as chat leaves it without its article ("third?", "2nd one"), with the article
 * the rules read it by ("the third", "the 2nd one"); anything else as it is.
 */
export function withOrdinalArticle(text: string): string {
  return text.replace(ORDINAL_ALONE, 'the $1$2');
}

/**
 * "and the osce thing?", "what about the missile stuff": a topic named with a noun that only says
 * it is a topic. The member moves to it; nothing of the last question is meant. Read as a fragment,
 * "how many troops has russia massed" … "ok and the osce thing?" had become "how many troops has
 * the osce thing massed" and heard "doesn't say". Not an item picked by its place ("the second
 * part", "the last bit"), which the list rules read.
 */
const NOT_A_TOPIC = [...ORDINAL_PLACES.map(([word]) => word), 'next', 'other', 'same', 'whole', 'previous', 'final'].join('|');
const TOPIC_BY_THING = new RegExp(
  String.raw`^(?:(?:what|how) about |and )?((?:the|that|this) (?!(?:${NOT_A_TOPIC})\b)(?:[a-z0-9'’-]+ ){0,2}[a-z0-9'’-]+) (?:thing|stuff|part|bit|issue|business|situation)$`,
);

/** The topic a follow-up names with "thing" or "stuff" ("the osce thing" → "the osce"), if it is one. */
export function topicByThing(bare: string): string | undefined {
  const topic = TOPIC_BY_THING.exec(bare)?.[1];
  return topic?.replace(/^(?:that|this) /, 'the ');
}

/**
 * Openers that say the question leaves the conversation's topic: "different question:", "new
 * topic -", "unrelated but", "off topic,", "changing the subject,". Not "one more question" or
 * "another question", which may go on with the topic.
 */
export const TOPIC_SWITCH =
  /^(?:(?:ok|okay|so|alright|anyway|anyways|btw)[\s,]+)*(?:(?:a\s+)?(?:different|new|unrelated|separate|totally\s+different)\s+(?:question|topic|q|subject)|diff(?:erent)?\s+q|changing\s+(?:the\s+)?(?:topic|subject)|(?:unrelated|off[\s-]topic)(?:\s+but)?)\b[\s,!:;.\-–—]*/i;

/** The question a source follow-up was read as ("who said: …", "which outlet reported: …", see source-follow-up.ts). */
export const SOURCE_QUESTION = /^(?:who said|which outlet reported): /;

/** A question word with "else" alone, or "anyone else": someone or somewhere other than the last answer gave. */
export const OTHER_THAN_GIVEN = /^(?:(?:who|whom|where|when|which ones?|which one)\s+else|any(?:one|body|where)\s+else|(?:is|was) there any(?:one|body) else)$/;

/** Words after "what" or "which" that are not the noun asked about ("what else", "which one"). */
export const NOT_A_NOUN = new Set(['else', 'one', 'ones', 'about', 'if', 'now', 'then', 'so', 'for', 'is', 'was', 'are', 'were', 'happened', 'happens']);
/**
 * A request for examples or specifics of the last answer ("like what?", "such as?", "for
 * example?", "what exactly?"), or for its words as said ("exact quote?", "word for word"): the
 * last question again, whose answer holds them when the article does. Asked alone, it named
 * nothing and heard "Nothing in it is about this question".
 */
export const SPECIFICS =
  /^(?:(?:like what|like|such as(?: what)?|for (?:example|instance)|e\.?g|(?:any |some |give (?:me |us )?(?:an |some )?)?examples?|which ones|name (?:one|some|them)|what kinds?)(?: exactly| specifically| then)?|what (?:exactly|specifically)|specifically|(?:the |his |her |their )?exact (?:quote|words|wording)|(?:the )?(?:full )?quote|word for word|verbatim|in (?:his|her|their) (?:own )?words)$/;

/**
 * "protection against what exactly?", "threats from who?": a word or two, then a preposition and
 * its question word. Group 1 is the preposition.
 */
const WORDS_THEN_PREPOSITION_WH = /^(?:[a-z]+ ){1,2}(about|against|with|for|from|to|of|on|in|at|by|over|towards|between|among) (?:what|who|whom)(?: exactly)?$/;

/**
 * Whether a fragment asks for what follows a preposition in the last answer: "russia wants
 * guarantees against the security threats posed by the US" … "protection against what exactly?".
 * The answer already says it, so the last question is asked again and its answer shown again.
 */
export function asksWhatAnswerSaid(fragment: string, answerSentences: readonly string[]): boolean {
  const preposition = WORDS_THEN_PREPOSITION_WH.exec(fragment)?.[1];
  if (!preposition) return false;
  const said = new RegExp(`\\b${preposition}\\s+\\p{L}`, 'iu');
  return answerSentences.some((sentence) => said.test(sentence));
}

/** "… are we talking", "… are we talking about here": the chat idiom after a question phrase. */
const WE_ARE_TALKING = /^(.+?)\s+(?:are|is)\s+we\s+talking(?:\s+about)?(?:\s+here)?[?!.\s]*$/i;

/**
 * The question phrase of "how many soldiers are we talking", "which countries are we talking
 * about", "how long are we talking": the idiom asks what the phrase asks, of what the
 * conversation is about, so the phrase alone is the follow-up ("how many soldiers", "how long").
 * Asked with the idiom, the question's words "we" and "talking" matched no sentence, and it heard
 * "doesn't say". Undefined when the words before the idiom are not a question phrase of at least
 * two words ("what are we talking about" asks what the topic is).
 */
export function phraseBeforeTalking(text: string): string | undefined {
  const phrase = WE_ARE_TALKING.exec(text)?.[1];
  if (phrase === undefined) return undefined;
  const analysis = analyseText(phrase);
  if (analysis.tokens.length < 2 || !WH_WORDS.has(analysis.tokens[0]?.lower ?? '')) return undefined;
  return whPhraseLength(analysis) === analysis.tokens.length ? phrase : undefined;
}
