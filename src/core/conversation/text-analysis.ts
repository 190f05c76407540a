import { ACRONYM, actsUnnamed, genderOf, splitAtCommas } from './name-clues.js';
import { isPluralReadAsMass, pluralTags } from './plural-nouns.js';
import { tagger } from './tagger.js';
import type { Gender, ReferentKind } from './types.js';

// The tagger is loaded on its own (tagger.ts); its functions are exported here too, where the
// conversation modules have always imported them.
export { loadTagger, tagger, type Tagger } from './tagger.js';

/** A word of analysed text, with its part-of-speech tags (compromise's tag names). */
export interface Token {
  text: string;
  lower: string;
  /** Character offsets into the analysed text. */
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

/** A run of tokens, `[first, last]` inclusive. */
export interface TokenSpan {
  first: number;
  last: number;
}

/** A noun phrase ("the kremlin's demands"). */
export interface NounPhrase extends TokenSpan {
  plural: boolean;
}

/** A proper name, with what kind of thing it names. */
export interface NameSpan extends TokenSpan {
  kind: ReferentKind;
  gender?: Gender;
}

/** Tokens, noun phrases and names of a text. */
export interface TextAnalysis {
  text: string;
  tokens: Token[];
  nounPhrases: NounPhrase[];
  names: NameSpan[];
}

interface CompromiseTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface CompromiseMatch {
  terms: CompromiseTerm[];
  noun?: { isPlural?: boolean };
}
interface CompromiseView {
  json(options: { offset: true }): CompromiseMatch[];
}

const CACHE_LIMIT = 2_000;
const cache = new Map<string, TextAnalysis>();

function spansOf(matches: readonly CompromiseMatch[], tokenAt: ReadonlyMap<number, number>): Array<TokenSpan & { match: CompromiseMatch }> {
  const spans: Array<TokenSpan & { match: CompromiseMatch }> = [];
  for (const match of matches) {
    const indexes = match.terms.map((term) => tokenAt.get(term.offset.start)).filter((index): index is number => index !== undefined);
    if (indexes.length === 0) continue;
    spans.push({ first: Math.min(...indexes), last: Math.max(...indexes), match });
  }
  return spans;
}

/**
 * Whether a noun phrase's head is a plural the tagger took for a mass noun (plural-nouns.ts): such
 * a word before any preposition and with no noun after it ("the russian troops", "the troops near
 * ukraine"; not "the buildup of troops", whose head is "buildup").
 */
function headReadAsMass(match: CompromiseMatch): boolean {
  const beforePreposition = match.terms.findIndex((term) => term.tags.includes('Preposition'));
  const terms = beforePreposition < 0 ? match.terms : match.terms.slice(0, beforePreposition);
  return terms.some((term, index) => isPluralReadAsMass(term.text.toLowerCase(), new Set(term.tags)) && match.terms[index + 1]?.tags.includes('Noun') !== true);
}

/** A singular nationality word, "russian" or "American", by compromise's lexicon or its tag. */
function isDemonym(token: Token | undefined): boolean {
  if (!token || token.tags.has('Plural')) return false;
  const world = tagger().world() as { model?: { one?: { lexicon?: Record<string, unknown> } } };
  return token.tags.has('Demonym') || world.model?.one?.lexicon?.[token.lower] === 'Demonym';
}

function analyse(text: string): TextAnalysis {
  const document = tagger()(text);
  const tokens: Token[] = [];
  const tokenAt = new Map<number, number>();
  for (const sentence of (document as unknown as CompromiseView).json({ offset: true })) {
    for (const term of sentence.terms) {
      // Contractions expand into extra terms with no text of their own.
      if (term.offset.length === 0 || term.text === '') continue;
      tokenAt.set(term.offset.start, tokens.length);
      tokens.push({
        text: term.text,
        lower: term.text.toLowerCase(),
        start: term.offset.start,
        end: term.offset.start + term.text.length,
        // "troops": a plural the tagger lists as a mass noun is read as the plural it is.
        tags: pluralTags(term.text.toLowerCase(), term.tags),
      });
    }
  }
  const view = (matches: unknown): CompromiseMatch[] => (matches as CompromiseView).json({ offset: true });
  const nounPhrases = spansOf(view(document.nouns()), tokenAt).flatMap(({ first, last, match }) => {
    const plural = match.noun?.isPlural === true || headReadAsMass(match);
    const end = beforeClauseSubject(tokens, first, last);
    // The clause's subject is a phrase of its own: "Russia" of "the three demands Russia put forward".
    return end === last ? [{ first, last, plural }] : [{ first, last: end, plural }, { first: end + 1, last, plural: false }];
  });
  const names: NameSpan[] = [];
  const kinds: Array<[ReferentKind, unknown]> = [
    ['person', document.people()],
    ['place', document.places()],
    ['organization', document.organizations()],
  ];
  for (const [kind, matches] of kinds) {
    for (const span of spansOf(view(matches), tokenAt).flatMap((item) => splitAtCommas(item, tokens, text))) {
      const { first } = span;
      let { last } = span;
      // A title alone is not a name: "President Biden" is tagged as a person only in "President".
      if (kind === 'person' && tokens.slice(first, last + 1).every((token) => token.tags.has('Honorific'))) {
        while (tokens[last + 1]?.tags.has('ProperNoun') && /^\p{Lu}/u.test(tokens[last + 1]?.text ?? '')) last += 1;
      }
      // "Sergei Ryabkov's job": the tagger leaves the surname in its possessive out of the name.
      if (kind === 'person' && tokens[last + 1]?.tags.has('Possessive') && tokens[last + 1]?.tags.has('ProperNoun') && /^\p{Lu}/u.test(tokens[last + 1]?.text ?? '')) last += 1;
      if (names.some((name) => name.first <= last && first <= name.last)) continue;
      // "her russian counterpart", "the American side": a nationality before a noun describes it,
      // and is no one a later "he" could be.
      // (compromise's lexicon lists the word as a demonym even where, after a possessive, it tags it a person.)
      if (kind === 'person' && first === last && isDemonym(tokens[first]) && tokens[last + 1]?.tags.has('Noun')) continue;
      // "Peter Hall" is a person, though "Hall" alone could be a place.
      const startsWithFirstName = last > first && (tokens[first]?.tags.has('FirstName') ?? false);
      const spanKind = startsWithFirstName ? 'person' : kind;
      // A name alone tells no gender: news calls people by surname, and "Sherman" is also a man's
      // first name. "Wendy Sherman", "Mrs Berg" do.
      const gender = spanKind === 'person' && last > first ? genderOf(tokens.slice(first, last + 1)) : undefined;
      names.push({ first, last, kind: spanKind, ...(gender ? { gender } : {}) });
    }
  }
  // An acronym the tagger did not place is, in the news, nearly always a body: "OSCE", "IAEA";
  // and a capitalised word it did not type, doing something ("But Stoltenberg did not rule out
  // …"), a person. Not in a text typed in capitals throughout.
  const named = (index: number): boolean => names.some((name) => name.first <= index && index <= name.last);
  if (/\p{Ll}/u.test(text)) tokens.forEach((token, index) => {
    if (named(index)) return;
    if (ACRONYM.test(token.text)) names.push({ first: index, last: index, kind: 'organization' });
    else if (actsUnnamed(tokens, index)) names.push({ first: index, last: index, kind: 'person' });
  });
  names.sort((a, b) => a.first - b.first);
  return { text, tokens, nounPhrases, names };
}

/**
 * Tags a text with compromise (part of speech, noun phrases, people, places, organisations).
 * Results are remembered: answers quote the same article sentences again and again, and a
 * conversation looks at each question more than once. Needs {@link loadTagger} first.
 */
export function analyseText(text: string): TextAnalysis {
  let analysis = cache.get(text);
  if (!analysis) {
    analysis = analyse(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, analysis);
  }
  return analysis;
}

/** The text of a token span, as written. */
export function spanText(analysis: TextAnalysis, span: TokenSpan): string {
  const first = analysis.tokens[span.first];
  const last = analysis.tokens[span.last];
  return first && last ? analysis.text.slice(first.start, last.end) : '';
}

/**
 * Where a noun phrase ends when a clause without "that" follows its noun: "the three demands Russia
 * put forward" is "the three demands", which "Russia put forward"; the tagger ran the two together,
 * and a later "they" became "the three demands Russia". A name after a noun written in lower case,
 * with a verb after the phrase, opens such a clause ("President Biden rejected" is one name).
 */
function beforeClauseSubject(tokens: readonly Token[], first: number, last: number): number {
  if (!tokens[last + 1]?.tags.has('Verb')) return last;
  for (let index = first + 1; index <= last; index += 1) {
    const before = tokens[index - 1];
    const token = tokens[index];
    if (!before || !token) continue;
    if (token.tags.has('ProperNoun') && /^\p{Lu}/u.test(token.text) && before.tags.has('Noun') && !before.tags.has('Possessive') && /^\p{Ll}/u.test(before.text)) return index - 1;
  }
  return last;
}
