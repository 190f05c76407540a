/**
 * Referents made from a name or a phrase: how they are keyed ("the Kremlin's" → "kremlin"), named
 * ("Deputy Foreign Minister Sergei Ryabkov" → "Sergei Ryabkov") and looked up. referents.ts reads
 * them out of a turn.
 */
import { normalizeTerm, stem } from '../text/terms.js';
import { spanText, type NameSpan, type TextAnalysis, type TokenSpan } from './text-analysis.js';
import type { Referent } from './types.js';

/** A leading article or demonstrative. */
export const DETERMINER = /^(?:the|a|an|this|that|these|those)\s+/i;

/** Lower case, without a leading article or a possessive ending: how aliases are compared. */
export function aliasKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']s?$/, '')
    .replace(DETERMINER, '')
    .replace(/[^\p{L}\p{N}.\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The stemmed last word of a phrase: "the first meeting" → "meet". */
export function headOf(text: string): string {
  const words = aliasKey(text).split(' ');
  return stem(normalizeTerm(words[words.length - 1] ?? ''));
}

/** A person's name without titles ("Deputy Foreign Minister Sergei Ryabkov" → "Sergei Ryabkov"). */
function personName(analysis: TextAnalysis, span: NameSpan): TokenSpan {
  let first = span.first;
  while (first < span.last) {
    const tags = analysis.tokens[first]?.tags;
    if (!tags || !(tags.has('Honorific') || tags.has('Actor') || !tags.has('Person'))) break;
    first += 1;
  }
  return { first, last: span.last };
}

/** A referent for a name span of an analysed text: a person by their name without titles, a country that acts as its government. */
export function nameReferent(analysis: TextAnalysis, span: NameSpan, from: Referent['from'], role: Referent['role']): Referent {
  const trimmed = span.kind === 'person' ? personName(analysis, span) : span;
  const text = spanText(analysis, trimmed).replace(/[’']s$/, '');
  const words = aliasKey(text).split(' ');
  const aliases = new Set([aliasKey(text)]);
  // People are referred to by their surname ("ryabkov"); places and bodies only by their name.
  if (span.kind === 'person' && words.length > 1) aliases.add(words[words.length - 1] ?? '');
  // "what did russia demand" … "did they get it": a country acts as its government, a city does not.
  const collective = span.kind === 'place' && analysis.tokens.slice(trimmed.first, trimmed.last + 1).every((token) => !token.tags.has('City'));
  return {
    text,
    kind: span.kind,
    plural: false,
    ...(collective ? { collective: true } : {}),
    ...(span.gender ? { gender: span.gender } : {}),
    aliases: [...aliases].filter((alias) => alias !== ''),
    head: headOf(text),
    role,
    from,
    echoed: false,
  };
}

/** Finds a known name that a phrase of a (lower-case) question stands for. */
export function knownName(text: string, known: readonly Referent[]): Referent | undefined {
  const key = aliasKey(text);
  return known.find((referent) => referent.kind !== 'thing' && referent.aliases.includes(key));
}

/** A thing a question names that is not a known name ("the security proposal", "the troops"). */
export function thingReferent(text: string, plural: boolean, role: Referent['role']): Referent {
  return { text, kind: 'thing', plural, aliases: [aliasKey(text)], head: headOf(text), role, from: 'question', echoed: false };
}

