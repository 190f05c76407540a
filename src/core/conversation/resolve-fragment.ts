import { mentionedTopic } from '../answer/question-frame.js';
import { core, counterpart, isNamed, nationalCounterpart, placeKindOf, slotOf, withHead, type FragmentHead } from './fragment-slots.js';
import { namesAPerson } from './person-nouns.js';
import { askedWhetherOne } from './one-of-them.js';
import { AUXILIARIES, isMainVerb, normaliseQuestion, WH_WORDS, withoutContinuation } from './question-form.js';
import { aliasKey } from './referent-names.js';
import { analyseText, type TextAnalysis, type Token } from './text-analysis.js';
import type { ConversationTurn } from './types.js';
import { singularOf } from './verb-agreement.js';
import { describedPhrase, withModifier } from './fragment-span.js';

const FRAGMENT_OPENERS = /^(?:(?:what|how) about|what of|as for|and for|about)\s+(.+)$/i;
const FRAGMENT_CLOSERS = /^(.+?)\s+(?:too|as well|also)$/i;

const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th';
/** "the first one", "the second", "3rd one": an ordinal alone. */
const ORDINAL_FRAGMENT = new RegExp(`^(?:the\\s+)?(${ORDINAL_WORDS})(?:\\s+ones?)?$`, 'i');
/** An ordinal a question asks with ("what is the second stage"). */
const ASKED_ORDINAL = new RegExp(`\\b(?:${ORDINAL_WORDS})\\b`, 'i');

/** The prepositions a fragment may open with, which also end the phrase it replaces. */
const FRAGMENT_PREPOSITIONS = 'about|in|on|for|with|against|from|to|at|of';
/** A fragment that opens with a preposition: "about europe", "(and) in geneva" ("and" is gone by now). */
const PREPOSITIONAL = new RegExp(`^(${FRAGMENT_PREPOSITIONS})\\s+(.+)$`, 'i');
/** The next preposition after the replaced phrase. */
const NEXT_PREPOSITION = new RegExp(`\\s+(?:${FRAGMENT_PREPOSITIONS})\\s`, 'i');

/** Whether a text is a clause (it has a verb or a question word), not a fragment. */
function isClause(analysis: TextAnalysis): boolean {
  return analysis.tokens.some((token) => isMainVerb(token) || AUXILIARIES.has(token.lower) || WH_WORDS.has(token.lower));
}

/**
 * "what did the us delegation say about ukraine" … "and about europe?": the fragment's preposition
 * is in the previous question, so what follows it there is what the fragment replaces ("… say
 * about europe"). Undefined when the fragment has no preposition or the question does not share it.
 */
function samePreposition(fragment: string, previousText: string, resolveReferences: (text: string) => string): string | undefined {
  const match = PREPOSITIONAL.exec(fragment);
  if (!match) return undefined;
  const [, preposition = '', object = ''] = match;
  // "in which city were the talks held" is a question of its own.
  if (object.split(/\s+/).length > 5 || isClause(analyseText(object))) return undefined;
  const at = new RegExp(`\\b${preposition}\\s+`, 'i').exec(previousText);
  if (!at) return undefined;
  const start = at.index + at[0].length;
  // Up to the next preposition or the end: "about ukraine" of "say about ukraine in geneva".
  const next = NEXT_PREPOSITION.exec(previousText.slice(start));
  const end = next ? start + next.index : previousText.length;
  return previousText.slice(0, start) + resolveReferences(object) + previousText.slice(end);
}

/** A fragment that names someone, then what about: "sherman on nato", "the us about georgia". */
const NAMED_THEN_PREPOSITION = new RegExp(`^((?:\\S+\\s+){0,2}?\\S+)\\s+((?:${FRAGMENT_PREPOSITIONS})\\s+.+)$`, 'i');

/**
 * "ryabkov quote on differences" … "and sherman on nato?": both parts of the fragment replace
 * their counterparts, the name its name and the prepositional phrase the one after the same
 * preposition ("sherman quote on nato"). Read as one thing, the fragment had been put in front of
 * the whole question ("sherman on nato quote on differences"). Undefined unless both parts find
 * their place.
 */
function namedWithPreposition(fragment: string, previousText: string, previous: ConversationTurn, resolveReferences: (text: string) => string): string | undefined {
  const match = NAMED_THEN_PREPOSITION.exec(fragment);
  if (!match) return undefined;
  const [, named = '', phrase = ''] = match;
  const withPhrase = samePreposition(phrase, previousText, resolveReferences);
  if (withPhrase === undefined || !isNamed(named, previous)) return undefined;
  const asked = resolveFragment(named, true, { ...previous, resolvedQuestion: withPhrase }, resolveReferences);
  return asked === undefined || asked.endsWith(`(${named})`) ? undefined : asked;
}

/** A follow-up that is a condition alone: "(and) if it invades georgia?", "what if they refuse?", "unless …". */
const CONDITION = /^(?:what\s+)?(if|unless)\s+(.+)$/i;

/**
 * "what did the us threaten russia with if it invades ukraine" … "and if it invades georgia?": the
 * previous question asked again with this condition in place of its own, which runs to its end
 * ("… if it invades georgia"). Read alone, the condition had been asked without its question.
 * Undefined when the follow-up is no condition or the previous question ends in none ("if russia
 * invades, what will the us do" puts it first).
 */
function sameCondition(fragment: string, previousText: string, resolveReferences: (text: string) => string): string | undefined {
  const match = CONDITION.exec(fragment);
  if (!match) return undefined;
  const at = /\s(?:if|unless)\s+(.+)$/i.exec(previousText);
  if (!at) return undefined;
  const condition = match[2] ?? '';
  const opening = /^(it|they|he|she)\s+(.+)$/i.exec(condition);
  // A pronoun opening the condition is whoever opened the earlier one: "what would nato do if
  // russia attacks" … "what if it doesn't?" asks if Russia doesn't ("if it invades ukraine" …
  // "and if it invades georgia" keeps its "it", as the question had it).
  const subject = opening ? conditionSubject(at[1] ?? '') : undefined;
  const asked = opening && subject !== undefined ? `${subject} ${opening[2] ?? ''}` : resolveReferences(condition);
  return `${previousText.slice(0, at.index)} ${(match[1] ?? '').toLowerCase()} ${asked}`;
}

/** The noun phrase or pronoun a condition opens with ("russia attacks" → "russia", "the us refuses" → "the us"). */
function conditionSubject(condition: string): string | undefined {
  const analysis = analyseText(condition);
  const first = analysis.tokens[0];
  if (first && /^(?:it|they|he|she)$/i.test(first.lower)) return first.text;
  const phrase = analysis.nounPhrases.find((item) => item.first === 0);
  return phrase ? condition.slice(0, analysis.tokens[phrase.last]?.end ?? 0) : undefined;
}

/** Nouns for what someone thinks of something: "sherman's take", "russia's position", "his thoughts". */
const STANCE_NOUNS = new Set(['take', 'vibe', 'vibes', 'view', 'views', 'opinion', 'opinions', 'position', 'stance', 'thoughts', 'reaction', 'response', 'mood', 'attitude', 'feelings', 'assessment', 'verdict', 'impression']);
/** A named owner's stance: "sherman's take", "the us's position". */
const OWNED_STANCE = /^(.+?)[’']s\s+([a-z]+)$/i;

/**
 * "what did ryabkov say about the differences" … "and sherman's take?" asks what Sherman's take
 * is: the stance is the question, not a word to put into the previous one, which had become "what
 * did sherman's take say about the differences" ("what's the vibe from ryabkov" … "and sherman's
 * vibe?" had kept "from ryabkov"). Undefined unless the fragment is a name's stance noun that the
 * previous question did not ask with an owner of its own ("what is russia's position on nato" …
 * "and the us's position?" replaces the owner, and keeps "on nato").
 */
function stanceAsked(fragment: string, previousText: string): string | undefined {
  const match = OWNED_STANCE.exec(fragment.trim());
  const noun = match?.[2]?.toLowerCase() ?? '';
  if (!match || !STANCE_NOUNS.has(noun) || new RegExp(`[’']s\\s+${noun}\\b`, 'i').test(previousText)) return undefined;
  // Only someone has a take or a view: the owner needs no test of being a name ("the council's
  // views"; "his thoughts" comes here as "Ryabkov's thoughts", a name the tagger may not know).
  if ((match[1] ?? '').split(/\s+/).length > 4) return undefined;
  return `${/s$/.test(noun) ? 'what are' : 'what is'} ${fragment.trim()}`;
}

/**
 * Ellipsis by fragment: "and Russia?", "what about the osce?", "the american one too?" asks the
 * previous question again about something else. The fragment's key word replaces the word of
 * the same class in the previous question (a person for a person, a country or nationality for
 * a country, "second" for "first"), or else the previous question's subject matter.
 * `resolveReferences` settles pronouns inside the fragment first ("and him?"). Undefined when the
 * question is not such a fragment.
 */
export function resolveFragment(
  rest: string,
  continued: boolean,
  previous: ConversationTurn,
  resolveReferences: (text: string) => string,
): string | undefined {
  const trimmed = rest.replace(/[?!.\s]+$/, '');
  const previousText = normaliseQuestion(withoutContinuation(previous.resolvedQuestion).rest).replace(/[?!.\s]+$/, '');
  const prepositional = samePreposition(trimmed, previousText, resolveReferences) ?? sameCondition(trimmed, previousText, resolveReferences);
  if (prepositional !== undefined) return prepositional;
  const both = continued ? namedWithPreposition(trimmed, previousText, previous, resolveReferences) : undefined;
  if (both !== undefined) return both;
  const opened = FRAGMENT_OPENERS.exec(trimmed)?.[1] ?? FRAGMENT_CLOSERS.exec(trimmed)?.[1];
  // The previous question was itself an ordinal picked from a list ("the third one?" → "the
  // third one (…)"): a later ordinal picks from the list too (ordinalEdit), not from its words.
  const pickedBefore = ORDINAL_FRAGMENT.test(withoutContinuation(previous.question).rest.replace(/[?!.\s]+$/, ''));
  // "whats the second stage" … "the third one?": an ordinal alone changes the one asked with,
  // "and" or not.
  const ordinalAlone = ORDINAL_FRAGMENT.test(trimmed) && ASKED_ORDINAL.test(previousText) && !pickedBefore;
  const candidate = opened ?? (continued || ordinalAlone ? trimmed : undefined);
  if (!candidate) return undefined;
  // "what's the third demand" … "and the first one?": the ordinal the previous question asked
  // with is what changes ("what is the first demand"), before any list an answer gave is read.
  // Not after a pick: "the 2nd one" had kept the third's words.
  const ordinal = pickedBefore ? undefined : ORDINAL_FRAGMENT.exec(candidate)?.[1];
  const askedOrdinal = ordinal ? ASKED_ORDINAL.exec(previousText) : null;
  if (ordinal && askedOrdinal && askedOrdinal[0].toLowerCase() !== ordinal.toLowerCase()) {
    return previousText.slice(0, askedOrdinal.index) + ordinal + previousText.slice(askedOrdinal.index + askedOrdinal[0].length);
  }
  // "(and) for the americans?" when the previous question has no "for": on their behalf, so the
  // name is the fragment ("what did the russians demand" → "what did the americans demand").
  const onBehalf = /^for\s+(.+)$/i.exec(candidate)?.[1];
  const fragment = resolveReferences(onBehalf !== undefined && isNamed(onBehalf, previous) ? onBehalf : candidate);
  // A plural alone is one the tagger takes for a verb ("and boats?": "boats" as in "she boats"),
  // which made the fragment a clause; with its article it is the noun it is in a fragment.
  const alone = analyseText(fragment);
  const only = alone.tokens.length === 1 ? alone.tokens[0] : undefined;
  const pluralAlone = only !== undefined && isMainVerb(only) && only.tags.has('PresentTense') && /[^s]s$/i.test(only.text);
  const analysis = pluralAlone ? analyseText(`the ${fragment}`) : alone;
  // "what time did the talks start" … "and end?": a verb alone takes the place of the question's.
  const verbSwapped = only !== undefined && !pluralAlone ? withVerbReplaced(previousText, only) : undefined;
  if (verbSwapped !== undefined) return verbSwapped;
  if (isClause(analysis) || analysis.tokens.length === 0 || analysis.tokens.length > 8) return undefined;
  const stance = stanceAsked(fragment, previousText);
  if (stance !== undefined) return stance;
  // "is zelensky mentioned?" … "what about putin?": whether the article mentions that instead.
  const topic = mentionedTopic(previousText);
  const topicAt = topic === undefined ? -1 : previousText.toLowerCase().lastIndexOf(topic.toLowerCase());
  if (topic !== undefined && topicAt >= 0) return previousText.slice(0, topicAt) + analysis.text + previousText.slice(topicAt + topic.length);
  const { text: coreText, first, last, standsForHead } = core(analysis);
  const slot = slotOf(analysis, first, last, previous);
  // "which countries …" … "what about moldova?": whether Moldova is one of them.
  const whetherOne = slot === 'place' || slot === 'organization' || slot === 'person' ? askedWhetherOne(previousText, analysis.text, slot) : undefined;
  if (whetherOne !== undefined) return whetherOne;
  const found =
    (slot === 'thing' && !standsForHead ? nationalCounterpart(analysis, first, last, analyseText(previousText)) : undefined) ??
    counterpart(analyseText(previousText), slot, previous, slot === 'place' ? placeKindOf(analysis, first, last) : undefined, fragmentHead(analysis, first, last));
  if (!found) return `${previousText} (${fragment})`;
  // A name goes in with the article it was asked with, in place of the one it replaces:
  // "does the US agree" … "what about nato?" → "does nato agree", "… the osce?" → "does the osce agree".
  const asName = (slot === 'person' || slot === 'place' || slot === 'organization') && !standsForHead;
  // A country without an article in place of a nationality keeps the noun's: "the american team"
  // … "and for russia?" → "the russia team".
  const forNationality = !/^(?:the|a|an)\s/i.test(analysis.text) && analyseText(previousText).tokens.some((token) => token.start === found.start && token.tags.has('Demonym'));
  const article = asName && !forNationality ? /\bthe\s+$/i.exec(previousText.slice(0, found.start)) : null;
  const described = asName && /^(?:the|a|an)\s/i.test(analysis.text) ? describedPhrase(analyseText(previousText), found) : undefined;
  // "who reported sherman's quote about the open door" … "and ryabkov's quote about the demands?":
  // a thing asked with its own "about …" replaces the earlier one's too.
  const modified = slot === 'thing' && analysis.tokens.some((token, index) => index > first && token.tags.has('Preposition'));
  const span = described ?? (article ? { start: article.index, end: found.end } : modified ? withModifier(analyseText(previousText), found) : found);
  const replaced = previousText.slice(span.start, span.end);
  // A name or a thing goes in as asked, article and all ("and the american side?" → "the american side").
  const asked = asName || (slot === 'thing' && !standsForHead) ? analysis.text.slice(0, analysis.tokens[last]?.end ?? analysis.text.length) : coreText;
  // "the russian side" … "and the americans?" → "the american side": a people named in the plural
  // stands where a word of nationality described a noun ("the russians" stay a people).
  const adjectival = slot === 'demonym' && !/s$/i.test(replaced) ? asked.replace(/([a-z]{3,}[^s])s$/i, '$1') : asked;
  const text = standsForHead ? withHead(coreText, replaced) : adjectival;
  if (aliasKey(replaced) === aliasKey(text)) return undefined;
  // One possessive: "the US's plans" … "and russia's?" → "russia's plans".
  const after = previousText.slice(span.end);
  const bare = /^[’']s\b/.test(after) ? text.replace(/[’']s$/, '') : text;
  const possessive = /[’']s$/.test(replaced) && !/[’']s$/.test(bare) ? "'s" : '';
  // "what do some US officials think" … "and the bbc?" → "what does the bbc think": one name now.
  const before = described?.plural ? /\b(\w+)\s+$/.exec(previousText.slice(0, span.start)) : null;
  const singular = before ? singularOf(before[1] ?? '') : undefined;
  const opening = before && singular ? previousText.slice(0, before.index) + singular + previousText.slice(before.index + (before[1] ?? '').length, span.start) : previousText.slice(0, span.start);
  return opening + bare + possessive + after;
}

/**
 * The fragment's head noun, before any "on …" or "about …" after it: whether it is a plural
 * ("missiles", not "the proposal on troops") and whether it names people ("other diplomats").
 */
function fragmentHead(analysis: TextAnalysis, first: number, last: number): FragmentHead {
  const phrase = analysis.nounPhrases.find((item) => item.first <= first && item.last >= first);
  const head = analysis.tokens[Math.min(phrase?.last ?? last, last)];
  return { plural: head?.tags.has('Plural') === true, person: head !== undefined && (head.tags.has('Actor') || head.tags.has('Person') || namesAPerson(head.lower)) };
}

/**
 * The previous question with its main verb replaced by `verb`, when it asks with "do", "does" or
 * "did" (after which a verb is in its base form) and `verb` is a verb in that form: "what time did
 * the geneva talks start" + "end" → "what time did the geneva talks end". Undefined otherwise.
 */
function withVerbReplaced(previousText: string, verb: Token): string | undefined {
  if (!isMainVerb(verb) || !verb.tags.has('Infinitive')) return undefined;
  const previous = analyseText(previousText);
  const auxiliary = previous.tokens.findIndex((token) => ['do', 'does', 'did'].includes(token.lower));
  if (auxiliary < 0) return undefined;
  // The verb in its base form after the auxiliary: in "what time did the geneva talks start" the
  // tagger also reads "talks" as a verb, though not in that form.
  // Or its last word, which the tagger may read as a noun ("start", "end", "meet").
  const after = previous.tokens.slice(auxiliary + 2);
  const closing = after.at(-1);
  const closingVerb = closing && !closing.tags.has('ProperNoun') && !closing.tags.has('Pronoun') && !after.at(-2)?.tags.has('Determiner') ? closing : undefined;
  const main = after.findLast((token) => isMainVerb(token) && token.tags.has('Infinitive')) ?? closingVerb;
  if (!main || main.lower === verb.lower) return undefined;
  return previousText.slice(0, main.start) + verb.text + previousText.slice(main.end);
}
