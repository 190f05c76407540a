import { actingSubject } from './acting-subject.js';
import { askedWhetherOne } from './one-of-them.js';
import { AUXILIARIES, isMainVerb, normaliseQuestion, whPhraseLength, WH_WORDS, withoutContinuation } from './question-form.js';
import { aliasKey, knownName } from './referent-names.js';
import { analyseText, type TextAnalysis } from './text-analysis.js';
import type { ConversationTurn, ReferentKind } from './types.js';
import { findWords } from './whole-words.js';

const FRAGMENT_OPENERS = /^(?:(?:what|how) about|what of|as for|and for|about)\s+(.+)$/i;
const FRAGMENT_CLOSERS = /^(.+?)\s+(?:too|as well|also)$/i;

/** The class a fragment's key word shares with the word it replaces. */
type Slot = ReferentKind | 'demonym' | 'ordinal';

interface Span {
  start: number;
  end: number;
}

/** The fragment without its article and a trailing "one": "the american one" → "american". */
function core(analysis: TextAnalysis): { text: string; first: number; last: number; standsForHead: boolean } {
  let first = 0;
  let last = analysis.tokens.length - 1;
  while (first < last && ['the', 'a', 'an'].includes(analysis.tokens[first]?.lower ?? '')) first += 1;
  const standsForHead = last > first && ['one', 'ones'].includes(analysis.tokens[last]?.lower ?? '');
  if (standsForHead) last -= 1;
  const start = analysis.tokens[first]?.start ?? 0;
  const end = analysis.tokens[last]?.end ?? analysis.text.length;
  return { text: analysis.text.slice(start, end), first, last, standsForHead };
}

/**
 * What "the osce one" puts in place of a whole phrase ("the nato meeting"): its own words with
 * the phrase's article and head noun, which "one" stood for ("the osce meeting").
 */
function withHead(text: string, replaced: string): string {
  const words = replaced.trim().split(/\s+/);
  if (words.length < 2) return text;
  const article = /^(?:the|a|an)$/i.test(words[0] ?? '') ? `${words[0]} ` : '';
  return `${article}${text} ${words[words.length - 1]}`;
}

function slotOf(analysis: TextAnalysis, first: number, last: number, previous: ConversationTurn): Slot {
  const text = analysis.text.slice(analysis.tokens[first]?.start ?? 0, analysis.tokens[last]?.end ?? 0);
  const known = knownName(text, previous.referents);
  if (known) return known.kind;
  const name = analysis.names.find((span) => span.first <= first && span.last >= last);
  if (name) return name.kind;
  const only = first === last ? analysis.tokens[first] : undefined;
  if (only?.tags.has('Demonym')) return 'demonym';
  if (only?.tags.has('Ordinal')) return 'ordinal';
  return 'thing';
}

/**
 * Where a name really starts: the tagger names only "press" of "the associated press" and
 * "nations" of "the united nations"; the adjectives before it in its noun phrase are part of it.
 * A fragment replaces the whole name ("and the bbc?" → "what did the bbc report", not "what did
 * the associated the bbc report").
 */
function wholeNameStart(analysis: TextAnalysis, first: number): number {
  const phrase = analysis.nounPhrases.find((item) => item.first <= first && item.last >= first);
  let start = first;
  while (phrase && start > phrase.first && analysis.tokens[start - 1]?.tags.has('Adjective') && !analysis.tokens[start - 1]?.tags.has('Determiner')) start -= 1;
  return start;
}

/** Whether a short phrase is a name, a nationality or a country ("the americans", "the us"), not a thing. */
function isNamed(text: string, previous: ConversationTurn): boolean {
  const analysis = analyseText(text);
  if (analysis.tokens.length === 0 || analysis.tokens.length > 4) return false;
  const { first, last } = core(analysis);
  return slotOf(analysis, first, last, previous) !== 'thing';
}

/** Where the previous question has a word of the same class as the fragment's. */
function counterpart(previous: TextAnalysis, slot: Slot, turn: ConversationTurn): Span | undefined {
  const byTag = (tag: string): Span | undefined => {
    const token = previous.tokens.find((item) => item.tags.has(tag));
    return token ? { start: token.start, end: token.end } : undefined;
  };
  if (slot === 'demonym') return byTag('Demonym') ?? counterpart(previous, 'place', turn);
  if (slot === 'ordinal') return byTag('Ordinal');
  if (slot === 'thing') {
    const skip = whPhraseLength(previous);
    const topic = previous.nounPhrases.find((phrase) => phrase.first >= skip);
    const first = topic ? previous.tokens[topic.first] : undefined;
    const last = topic ? previous.tokens[topic.last] : undefined;
    return first && last ? { start: first.start, end: last.end } : undefined;
  }
  const named = (kind: ReferentKind): Span | undefined => {
    const name = previous.names.find((span) => span.kind === kind);
    if (name) return { start: previous.tokens[wholeNameStart(previous, name.first)]?.start ?? 0, end: previous.tokens[name.last]?.end ?? 0 };
    const lower = previous.text.toLowerCase();
    for (const referent of turn.referents.filter((item) => item.kind === kind)) {
      for (const alias of referent.aliases) {
        // A whole word: the "us" of "the US" is not the one inside "russian".
        const at = findWords(lower, alias);
        if (at) return at;
      }
    }
    return undefined;
  };
  // A place can stand where a nationality did ("the russian delegation" … "and the US?"), and
  // countries and bodies both act and speak ("does the US agree" … "what about nato?").
  if (slot === 'place') return named('place') ?? byTag('Demonym') ?? named('organization');
  if (slot === 'organization') return named('organization') ?? named('place');
  // "what did ryabkov say" … "and sherman?": a person replaces whoever acts, typed or not.
  if (slot === 'person') return named('person') ?? actingSubject(previous.text);
  return named(slot);
}

const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th';
/** "the first one", "the second", "3rd one": an ordinal alone. */
const ORDINAL_FRAGMENT = new RegExp(`^(?:the\\s+)?(${ORDINAL_WORDS})(?:\\s+ones?)?$`, 'i');

/** A fragment that opens with a preposition: "about europe", "(and) in geneva" ("and" is gone by now). */
const PREPOSITIONAL = /^(about|in|on|for|with|against|from|to|at)\s+(.+)$/i;

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
  const next = /\s+(?:about|in|on|for|with|against|from|to|at)\s/i.exec(previousText.slice(start));
  const end = next ? start + next.index : previousText.length;
  return previousText.slice(0, start) + resolveReferences(object) + previousText.slice(end);
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
  const prepositional = samePreposition(trimmed, previousText, resolveReferences);
  if (prepositional !== undefined) return prepositional;
  const opened = FRAGMENT_OPENERS.exec(trimmed)?.[1] ?? FRAGMENT_CLOSERS.exec(trimmed)?.[1];
  const candidate = opened ?? (continued ? trimmed : undefined);
  if (!candidate) return undefined;
  // "what's the third demand" … "and the first one?": the ordinal the previous question asked
  // with is what changes ("what is the first demand"), before any list an answer gave is read.
  const ordinal = ORDINAL_FRAGMENT.exec(candidate)?.[1];
  const askedOrdinal = ordinal ? new RegExp(`\\b(?:${ORDINAL_WORDS})\\b`, 'i').exec(previousText) : null;
  if (ordinal && askedOrdinal && askedOrdinal[0].toLowerCase() !== ordinal.toLowerCase()) {
    return previousText.slice(0, askedOrdinal.index) + ordinal + previousText.slice(askedOrdinal.index + askedOrdinal[0].length);
  }
  // "(and) for the americans?" when the previous question has no "for": on their behalf, so the
  // name is the fragment ("what did the russians demand" → "what did the americans demand").
  const onBehalf = /^for\s+(.+)$/i.exec(candidate)?.[1];
  const fragment = resolveReferences(onBehalf !== undefined && isNamed(onBehalf, previous) ? onBehalf : candidate);
  const analysis = analyseText(fragment);
  if (isClause(analysis) || analysis.tokens.length === 0 || analysis.tokens.length > 8) return undefined;
  const { text: coreText, first, last, standsForHead } = core(analysis);
  const slot = slotOf(analysis, first, last, previous);
  // "which countries …" … "what about moldova?": whether Moldova is one of them.
  const whetherOne = slot === 'place' || slot === 'organization' || slot === 'person' ? askedWhetherOne(previousText, analysis.text, slot) : undefined;
  if (whetherOne !== undefined) return whetherOne;
  const found = counterpart(analyseText(previousText), slot, previous);
  if (!found) return `${previousText} (${fragment})`;
  // A name goes in with the article it was asked with, in place of the one it replaces:
  // "does the US agree" … "what about nato?" → "does nato agree", "… the osce?" → "does the osce agree".
  const asName = (slot === 'person' || slot === 'place' || slot === 'organization') && !standsForHead;
  const article = asName ? /\bthe\s+$/i.exec(previousText.slice(0, found.start)) : null;
  const span = article ? { start: article.index, end: found.end } : found;
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
  return previousText.slice(0, span.start) + bare + possessive + after;
}
