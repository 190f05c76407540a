import { actingSubject } from './acting-subject.js';
import type { Span } from './fragment-span.js';
import { whPhraseLength } from './question-form.js';
import { knownName } from './referent-names.js';
import { analyseText, type TextAnalysis } from './text-analysis.js';
import type { ConversationTurn, ReferentKind } from './types.js';
import { findWords } from '../text/whole-words.js';

/*
 * What a follow-up fragment ("and the osce one?") stands for, for resolve-fragment.ts: its key
 * word and that word's class (a person, a place, a nationality, an ordinal, a thing), and where
 * the previous question has a word of the same class for it to replace.
 */

/** The class a fragment's key word shares with the word it replaces. */
export type Slot = ReferentKind | 'demonym' | 'ordinal';

/** The fragment without its article and a trailing "one": "the american one" → "american". */
export function core(analysis: TextAnalysis): { text: string; first: number; last: number; standsForHead: boolean } {
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
export function withHead(text: string, replaced: string): string {
  const words = replaced.trim().split(/\s+/);
  if (words.length < 2) return text;
  const article = /^(?:the|a|an)$/i.test(words[0] ?? '') ? `${words[0]} ` : '';
  return `${article}${text} ${words[words.length - 1]}`;
}

/**
 * The class of the fragment's key word (tokens `first` to `last`): the kind of a name the
 * conversation knows or the tagger found, a nationality, an ordinal, or else a thing.
 */
export function slotOf(analysis: TextAnalysis, first: number, last: number, previous: ConversationTurn): Slot {
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
export function isNamed(text: string, previous: ConversationTurn): boolean {
  const analysis = analyseText(text);
  if (analysis.tokens.length === 0 || analysis.tokens.length > 4) return false;
  const { first, last } = core(analysis);
  return slotOf(analysis, first, last, previous) !== 'thing';
}

/** A thing fragment's head noun: whether it is a plural, and whether it names people ("diplomats"). */
export interface FragmentHead {
  plural: boolean;
  person: boolean;
}

/** The kind of place a fragment names, when the tagger knows it: a country or a city. */
export type PlaceKind = 'Country' | 'City';

/** Whether tokens `first` to `last` name a country or a city. */
export function placeKindOf(analysis: TextAnalysis, first: number, last: number): PlaceKind | undefined {
  const tokens = analysis.tokens.slice(first, last + 1);
  return (['Country', 'City'] as const).find((tag) => tokens.some((token) => token.tags.has(tag)));
}

/**
 * Where the previous question has a word of the same class as the fragment's. A country or city
 * (`placeKind`) replaces the first place not of the other kind, and a country a nationality before a city:
 * "who was in charge of the american team in geneva" … "and for russia?" asks about the Russian
 * team, not a team in Russia. A thing (its `head`, when the fragment is one) replaces the first
 * phrase that names no one, a plural the first plural one.
 */
export function counterpart(previous: TextAnalysis, slot: Slot, turn: ConversationTurn, placeKind?: PlaceKind, head?: FragmentHead): Span | undefined {
  const byTag = (tag: string): Span | undefined => {
    const token = previous.tokens.find((item) => item.tags.has(tag));
    return token ? { start: token.start, end: token.end } : undefined;
  };
  if (slot === 'demonym') return byTag('Demonym') ?? counterpart(previous, 'place', turn);
  if (slot === 'ordinal') return byTag('Ordinal');
  if (slot === 'thing') {
    const skip = whPhraseLength(previous);
    // A thing stands for a thing, not for a name before it: "did the us agree to limit troops" …
    // "and missiles?" asks about limiting missiles, not whether missiles agreed, and "what did
    // ryabkov say about military action" … "and diplomacy?" about diplomacy; a plural for a plural.
    // A noun for people ("and other diplomats?", "the russian guy") stands for whoever the
    // question named first, as before.
    const phrases = previous.nounPhrases.filter((phrase) => phrase.first >= skip);
    const named = (phrase: (typeof phrases)[number]): boolean =>
      nationalWord(previous, phrase.last) ||
      previous.names.some((name) => name.first <= phrase.last && name.last >= phrase.last) ||
      knownName(previous.text.slice(previous.tokens[phrase.first]?.start ?? 0, previous.tokens[phrase.last]?.end ?? 0), turn.referents) !== undefined;
    const things = head === undefined || head.person ? [] : phrases.filter((phrase) => !named(phrase));
    const topic = (head?.plural ? things.find((phrase) => previous.tokens[phrase.last]?.tags.has('Plural')) : undefined) ?? things[0] ?? phrases[0];
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
  if (slot === 'place') {
    // Not a place of the other kind ("the US", which the tagger does not call a country, may be one).
    const otherKind = placeKind === 'Country' ? 'City' : placeKind === 'City' ? 'Country' : undefined;
    const fitting = otherKind ? previous.names.find((name) => name.kind === 'place' && placeKindOf(previous, name.first, name.last) !== otherKind) : undefined;
    if (fitting) return { start: previous.tokens[wholeNameStart(previous, fitting.first)]?.start ?? 0, end: previous.tokens[fitting.last]?.end ?? 0 };
    const nationality = placeKind === 'Country' ? byTag('Demonym') : undefined;
    return nationality ?? named('place') ?? byTag('Demonym') ?? named('organization');
  }
  if (slot === 'organization') return named('organization') ?? named('place');
  // "what did ryabkov say" … "and sherman?": a person replaces whoever acts, typed or not.
  if (slot === 'person') return named('person') ?? actingSubject(previous.text);
  return named(slot);
}

/**
 * Whether the token at `index` is a nationality or a country used as one: "russian", "the us"
 * (which the tagger reads as a pronoun), and "us" opening a phrase before its noun ("sorry meant
 * us troops"; only where the phrase opens, as "tell us details" has the pronoun before a noun).
 */
function nationalWord(analysis: TextAnalysis, index: number): boolean {
  const token = analysis.tokens[index];
  if (!token) return false;
  if (token.tags.has('Demonym') || token.tags.has('Country') || (token.tags.has('Place') && !token.tags.has('City'))) return true;
  if (!/^(?:us|u\.s\.|usa|uk|eu)$/i.test(token.text)) return false;
  return analysis.tokens[index - 1]?.lower === 'the' || (index === 0 && analysis.tokens[1]?.tags.has('Noun') === true);
}

/**
 * Where a thing fragment described by a nationality ("the russian side", tokens `first` to `last`
 * of `fragment`) goes in the previous question: in place of the phrase there that a nationality or
 * country describes, article and all ("who is the head of the us team" … "no i meant the russian
 * side" → "who is the head of the russian side"), not the whole of its first noun phrase ("who is
 * the russian side"). Undefined when the fragment or the question has no such phrase.
 */
export function nationalCounterpart(fragment: TextAnalysis, first: number, last: number, previous: TextAnalysis): Span | undefined {
  const head = fragment.tokens[last];
  if (last <= first || !nationalWord(fragment, first) || !head?.tags.has('Noun')) return undefined;
  // The word after the nationality is its noun, or the fragment's own head noun, which the tagger
  // may read as a verb there ("head of US side": "side" a verb).
  const describes = (index: number): boolean => {
    const next = previous.tokens[index + 1];
    return next !== undefined && !next.tags.has('Pronoun') && (next.tags.has('Noun') || next.lower === head.lower);
  };
  const at = previous.tokens.findIndex((_token, index) => nationalWord(previous, index) && describes(index));
  const noun = previous.tokens[at + 1];
  if (at < 0 || !noun) return undefined;
  const opening = previous.tokens[at - 1]?.lower === 'the' ? previous.tokens[at - 1] : previous.tokens[at];
  return opening ? { start: opening.start, end: noun.end } : undefined;
}
