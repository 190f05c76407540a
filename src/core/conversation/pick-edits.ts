/**
 * Rewrites that pick from what the conversation listed or named: "the second one" (an item of the
 * previous answer's list), "which one" (among the plural things the exchange was about) and a
 * closing "there" (a place named with its preposition). See resolveFollowUp for the whole set.
 */
import { ORDINAL_PLACES } from '../text/ordinals.js';
import { normalizeTerm, stem } from '../text/terms.js';
import { quotedItem, turnsNewestFirst } from './earlier-turns.js';
import { AUXILIARIES, isMainVerb, WH_WORDS } from './question-form.js';
import type { Edit } from './reference-edits.js';
import { tagger, type TextAnalysis } from './text-analysis.js';
import type { ConversationTurn, Referent } from './types.js';
import { escapeRegExp } from '../text/whole-words.js';

const ORDINALS = new Map<string, number>([...ORDINAL_PLACES, ['former', 1], ['latter', -1]]);

/**
 * "the first" or "the last one" when no answer listed anything: the plural thing the exchange was
 * about, one of: "how many stages are there" … "what is the first" → "what is the first stage".
 */
function countedOrdinal(analysis: TextAnalysis, index: number, turns: readonly ConversationTurn[]): Edit | undefined {
  const { tokens } = analysis;
  const next = tokens[index + 2];
  if (next && next.lower !== 'one') return undefined;
  for (const turn of turnsNewestFirst(turns)) {
    const things = pluralAskedAbout(turn, true);
    if (!things) continue;
    const singular = singularOf(headWord(things.text));
    const start = tokens[index]?.start ?? 0;
    const end = tokens[next ? index + 2 : index + 1]?.end ?? start;
    return { start, end, replacement: `the ${tokens[index + 1]?.text ?? ''} ${singular}`, rule: 'ordinal', referent: things };
  }
  return undefined;
}

/**
 * The plural thing an exchange's question was about, for "which one", "the first one", "the
 * other two" and "each one" to pick from: what a "how many" question counted ("how many phases are the talks in"
 * → the phases, not the talks), else its first plural thing. `fromQuestion`: only those its
 * question named, not its answer.
 */
function pluralAskedAbout(turn: ConversationTurn, fromQuestion: boolean): Referent | undefined {
  const plurals = turn.referents.filter((referent) => referent.kind === 'thing' && referent.plural && (!fromQuestion || referent.from === 'question'));
  const counted = /^\s*how\s+many\s+(\p{L}+)/iu.exec(turn.resolvedQuestion)?.[1]?.toLowerCase();
  return (counted !== undefined ? plurals.find((referent) => headWord(referent.text).toLowerCase() === counted) : undefined) ?? plurals[0];
}

/** A noun phrase's head: its last word, or the word before its "of" ("the rounds of talks" → "rounds"). */
function headWord(phrase: string): string {
  const words = phrase.split(/\s+/);
  const of = words.findIndex((word, index) => index > 0 && word.toLowerCase() === 'of');
  return (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
}

/**
 * "each one" or "every one": each of the plural thing the exchange was about, "how many stages
 * are there" … "how long does each one last" → "how long does each stage last".
 */
export function eachOneEdit(analysis: TextAnalysis, index: number, turns: readonly ConversationTurn[]): Edit | undefined {
  const { tokens } = analysis;
  const each = tokens[index];
  const one = tokens[index + 1];
  if ((each?.lower !== 'each' && each?.lower !== 'every') || one?.lower !== 'one' || tokens[index + 2]?.lower === 'of') return undefined;
  for (const turn of turnsNewestFirst(turns)) {
    // "how many people were in each delegation" … "who led each one": the noun "each" took there.
    const taken = /\b(?:each|every)\s+([a-z]{3,})\b/i.exec(turn.resolvedQuestion)?.[1];
    if (taken && taken.toLowerCase() !== 'one') return { start: each.start, end: one.end, replacement: `${each.text} ${taken}`, rule: 'ordinal' };
    const things = pluralAskedAbout(turn, true);
    if (!things) continue;
    return { start: each.start, end: one.end, replacement: `${each.text} ${singularOf(headWord(things.text))}`, rule: 'ordinal', referent: things };
  }
  return undefined;
}

/** A plural noun's singular, by the tagger ("stages" → "stage"), read with an article so that it is read as a noun. */
function singularOf(noun: string): string {
  return (tagger()(`the ${noun}`).nouns().toSingular().text() as string).replace(/^the\s+/i, '') || noun;
}

/**
 * "the other two" (or "the other ones") with no noun after it: the rest of the plural thing the
 * exchange was about, "how many phases are there" … "who is in the other two" → "who is in the
 * other two phases".
 */
export function otherEdit(analysis: TextAnalysis, index: number, turns: readonly ConversationTurn[]): Edit | undefined {
  const { tokens } = analysis;
  const count = tokens[index + 2];
  if (tokens[index]?.lower !== 'the' || tokens[index + 1]?.lower !== 'other' || !count) return undefined;
  if (!(count.lower === 'ones' || count.tags.has('Value')) || tokens[index + 3]?.tags.has('Noun')) return undefined;
  for (const turn of turnsNewestFirst(turns)) {
    const things = pluralAskedAbout(turn, true);
    if (!things) continue;
    const phrase = count.lower === 'ones' ? 'the other' : `the other ${count.text}`;
    return { start: tokens[index]?.start ?? 0, end: count.end, replacement: `${phrase} ${headWord(things.text)}`, rule: 'ordinal', referent: things };
  }
  return undefined;
}

/** "the second one", "the last of them", "the second demand": an item of the newest list. */
export function ordinalEdit(analysis: TextAnalysis, index: number, turns: readonly ConversationTurn[]): Edit | undefined {
  const { tokens } = analysis;
  const position = ORDINALS.get(tokens[index + 1]?.lower ?? '');
  if (tokens[index]?.lower !== 'the' || position === undefined) return undefined;
  const listTurn = [...turnsNewestFirst(turns)].find((turn) => turn.items.length >= 2);
  if (!listTurn) return countedOrdinal(analysis, index, turns);
  const next = tokens[index + 2];
  let last: number;
  if (!next) last = index + 1;
  else if (next.lower === 'one' || next.lower === 'ones') last = index + 2;
  else if (next.lower === 'of' && ['them', 'those', 'these'].includes(tokens[index + 3]?.lower ?? '')) last = index + 3;
  else {
    // "the second demand" refers to the list only when the list is of demands.
    const head = stem(normalizeTerm(next.lower));
    const listHeads = listTurn.referents.filter((referent) => referent.plural).map((referent) => referent.head);
    if (!next.tags.has('Noun') || !listHeads.includes(head)) return undefined;
    last = index + 2;
  }
  const item = position > 0 ? listTurn.items[position - 1] : listTurn.items[listTurn.items.length - 1];
  if (!item) return undefined;
  const start = tokens[index]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  const phrase = analysis.text.slice(start, end);
  const replacement = item.split(/\s+/).length <= 6 ? item : quotedItem(phrase, item);
  // The list the item was picked from stays what the exchange is about: "what are the three
  // demands" … "what's the second one" … "can russia back down from them" means the demands.
  const list = listTurn.referents.find((referent) => referent.kind === 'thing' && referent.plural && referent.from === 'question');
  return { start, end, replacement, rule: 'ordinal', ...(list ? { referent: list } : {}) };
}

/**
 * "which one" / "which ones" opening a question picks among the plural things the conversation
 * was about: "what are the three demands" … "which one is about missiles" → "which of the three
 * demands is about missiles".
 */
export function whichOneEdit(analysis: TextAnalysis, index: number, turns: readonly ConversationTurn[]): Edit | undefined {
  const { tokens } = analysis;
  const one = tokens[index + 1];
  if (index !== 0 || tokens[index]?.lower !== 'which' || (one?.lower !== 'one' && one?.lower !== 'ones')) return undefined;
  for (const turn of turnsNewestFirst(turns)) {
    const things = pluralAskedAbout(turn, false);
    if (things) return { start: tokens[index]?.start ?? 0, end: one.end, replacement: `which of ${things.text}`, rule: 'definite', referent: things };
  }
  return undefined;
}

/** Prepositions of place that can stand before a name: "in geneva", "near ukraine's border". */
const PLACE_PREPOSITION = '(?:in|at|near|inside|outside|around|to)';

/** "in geneva" as the text writes it: the preposition right before the name, with "the" between if any. */
function placePhrase(text: string, alias: string): string | undefined {
  return new RegExp(`\\b${PLACE_PREPOSITION}\\s+(?:the\\s+)?${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, 'iu').exec(text)?.[0];
}

/** Adverbs chat puts before a closing "there": "over there", "out there", "back there". */
const THERE_ADVERBS = new Set(['over', 'out', 'up', 'down', 'back']);

/**
 * "there" closing a question ("who was there", "what happened there") is the place an earlier
 * turn put after a preposition, preposition and all: "who was in geneva". Elsewhere "there" is
 * existential ("is there any progress", "there were talks") and stays.
 */
export function locativeEdit(analysis: TextAnalysis, index: number, turns: readonly ConversationTurn[]): Edit | undefined {
  const token = analysis.tokens[index];
  if (token?.lower !== 'there' || index !== analysis.tokens.length - 1 || index < 2) return undefined;
  // "over there", "out there": the adverb goes with "there", the place's preposition takes its part.
  const adverb = THERE_ADVERBS.has(analysis.tokens[index - 1]?.lower ?? '') ? analysis.tokens[index - 1] : undefined;
  for (const turn of turnsNewestFirst(turns)) {
    const places = turn.referents.filter((referent) => referent.kind === 'place');
    for (const text of [turn.resolvedQuestion, ...turn.answerSentences]) {
      for (const place of places) {
        const phrase = place.aliases.map((alias) => placePhrase(text, alias)).find((found) => found !== undefined);
        if (phrase) return { ...withPreposition(analysis, index, adverb?.start ?? token.start, phrase), end: token.end, rule: 'definite', referent: place };
      }
    }
  }
  return undefined;
}

/**
 * Where "there" and its place phrase go when a preposition comes before it: "how long were they in
 * there" takes the phrase's own ("in Geneva", not "in in Geneva"); "did they fly from there" keeps
 * its own and takes the place alone ("from Geneva").
 */
function withPreposition(analysis: TextAnalysis, index: number, start: number, phrase: string): { start: number; replacement: string } {
  const before = analysis.tokens[index - 1];
  if (!before || !before.tags.has('Preposition') || THERE_ADVERBS.has(before.lower)) return { start, replacement: phrase };
  if (/^(?:in|at|inside|within)$/.test(before.lower)) return { start: before.start, replacement: phrase };
  return { start, replacement: phrase.replace(/^\S+\s+/, '') };
}

/**
 * Words before "one" that pick no kind: "Is he the only one who is suspicious?" means the only
 * person, and had become "the only morning" (the noun a greeting's "Good morning" had left).
 */
const NO_KIND = new Set(['only', 'same', 'other', 'right', 'wrong', 'very', 'real', 'main', 'big', 'one']);

/**
 * "the nato one", "the us one" inside a question: "one" stands for the head noun of the thing
 * the last question that named one was about ("what is the third meeting" … "whats the date of
 * the nato one" → "… of the nato meeting"; "who led the russian delegation" … "who led the us
 * one" → "… the us delegation"). A fragment ("and the osce one?") gets the same from
 * resolve-fragment.ts; "the second one" is an ordinal, read by {@link ordinalEdit} first.
 */
export function oneEdit(analysis: TextAnalysis, index: number, turns: readonly ConversationTurn[]): Edit | undefined {
  const { tokens } = analysis;
  const one = tokens[index];
  const modifier = tokens[index - 1];
  if (one?.lower !== 'one' || !modifier || tokens[index - 2]?.lower !== 'the' || ORDINALS.has(modifier.lower) || NO_KIND.has(modifier.lower)) return undefined;
  // In a fragment the phrase "one" stands for is replaced whole ("the us deputy foreign minister" …
  // "and the russian one" → "the russian deputy foreign minister"): only a question's "one" is read here.
  if (!tokens.slice(0, index).some((token) => WH_WORDS.has(token.lower) || AUXILIARIES.has(token.lower) || isMainVerb(token))) return undefined;
  for (const turn of turnsNewestFirst(turns)) {
    const thing = turn.referents.find((referent) => referent.kind === 'thing' && referent.from === 'question' && referent.text.includes(' '));
    if (!thing) continue;
    const head = thing.text.split(/\s+/).pop() ?? '';
    // With an article, so that the tagger reads "talks" as a noun, not a verb.
    const singular = thing.plural ? ((tagger()(`the ${head}`).nouns().toSingular().text() as string).replace(/^the\s+/i, '') || head) : head;
    return { start: one.start, end: one.end, replacement: singular, rule: 'definite', referent: thing };
  }
  return undefined;
}
