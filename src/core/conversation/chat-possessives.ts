import type { KnownWord } from '../engine-types.js';
import { analyseText } from './text-analysis.js';

/** How the answering side knows a plain lower-case word (the engine's {@link KnownWord}). */
export type WordLookup = (word: string) => KnownWord;

/** Knowing no words beyond the tagger's names: for callers without an engine (tests, tools). */
export const TAGGER_ONLY: WordLookup = () => ({ written: false, rank: undefined });

function isName(tags: ReadonlySet<string> | undefined): boolean {
  return tags !== undefined && (tags.has('Place') || tags.has('Person') || tags.has('Organization'));
}

/**
 * Whether a word in "-s" is a word of its own rather than `base` with its apostrophe left out:
 * the articles write it ("reuters" in an article citing Reuters), or the embedding model knows it
 * at least as well as the name without the "s" ("reuters" ranks 10,254th, "reuter" 36,556th;
 * "davos", whose "davo" it lacks). A possessive written without its apostrophe is a slip, far
 * rarer in text than the name, even when a model lists it: "chinas" is 46,649th, "china" 129th.
 */
function isWordOfItsOwn(word: string, base: string, lookUp: WordLookup): boolean {
  const known = lookUp(word);
  if (known.written) return true;
  if (known.rank === undefined) return false;
  const baseRank = lookUp(base).rank;
  return baseRank === undefined || known.rank <= baseRank;
}

/**
 * "russias" → "russia's": a name's possessive that chat wrote without its apostrophe. A word in
 * "-ies" is the plural of a word in "-y" ("allies", "parties", "deputies"), never a possessive:
 * "allies" had become "allie's" (Allie is a first name). Nor is a name of its own that ends in "s":
 * one the tagger knows ("jens", "athens") or one the articles or the model know as a word.
 */
function possessiveOfName(word: string, lookUp: WordLookup): string | undefined {
  if (!/^[a-z]{3,}s$/.test(word) || word.endsWith('ss') || word.endsWith('ies')) return undefined;
  if (isName(analyseText(word).tokens[0]?.tags)) return undefined;
  const base = word.slice(0, -1);
  const tags = analyseText(base).tokens[0]?.tags;
  if (!isName(tags) || tags?.has('Plural')) return undefined;
  return isWordOfItsOwn(word, base, lookUp) ? undefined : `${base}'s`;
}

/**
 * The question with the apostrophes chat leaves out of names' possessives put back, so that the
 * conversation rules read "what are russias demands" as "what are russia's demands". Done once,
 * where a question enters a conversation, by what the engine knows of words: "what did reuters
 * report" had become "what did reuter's report", since the tagger knows Reuter as a surname and
 * not Reuters. Only words typed in lower case are read so; "Reuters" is left as written.
 */
export function withPossessives(question: string, lookUp: WordLookup = TAGGER_ONLY): string {
  return question.replace(/(?<![\p{L}\d'’])[\p{L}\d]+(?![\p{L}\d'’])/gu, (word) =>
    word === word.toLowerCase() ? (possessiveOfName(word, lookUp) ?? word) : word,
  );
}
