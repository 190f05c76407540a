/**
 * What a question names, for later references: its noun phrases and names, in order (the first
 * is its topic), and what "how many troops" or "which agency" asked about.
 */
import { AUXILIARIES, mainVerbIndex, normaliseQuestion, tokenText, whPhraseLength } from './question-form.js';
import { MEETING_PHRASE } from './joint-reference.js';
import { aliasKey, DETERMINER, knownName, nameReferent, thingReferent } from './referent-names.js';
import { analyseText, spanText, type TextAnalysis, type TokenSpan } from './text-analysis.js';
import type { Referent } from './types.js';
import { findWords } from '../text/whole-words.js';
import { possessedReferent } from './possessed-phrase.js';
import { severalOf } from './each-of-several.js';
import { personPhrase } from './person-nouns.js';

/** Nouns that never stand for a thing a follow-up could mean ("one", "lot", "kind"). */
const EMPTY_HEADS = new Set(['one', 'ones', 'thing', 'things', 'lot', 'lots', 'kind', 'sort', 'way', 'bit']);
/** Pronouns and the like, which are resolved, never antecedents. */
const PRONOUN_WORDS = new Set([
  'i', 'me', 'my', 'you', 'your', 'we', 'our', 'us', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'they',
  'them', 'their', 'this', 'that', 'these', 'those', 'there', 'here', 'anyone', 'someone', 'something', 'anything', 'everyone',
]);
/** Whether a word, as written, is a pronoun: "US" in capitals is the country, not "us" ("the US", "US officials"). */
const isPronounWord = (word: string): boolean => PRONOUN_WORDS.has(word.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(word);
/** Nouns that, after "which" or "what", name the kind of answer asked for, not a thing. */
const KIND_NOUNS = new Set(['city', 'town', 'country', 'place', 'location', 'venue', 'date', 'day', 'time', 'year', 'month', 'week', 'hour']);

/**
 * "is in which city?", "on what date": the noun is the kind of answer the question asks for, not
 * something a later "it" stands for. A blind probe's "is in which city?" … "how long it take?"
 * had been read as "how long city take?".
 */
function asksForKind(analysis: TextAnalysis, phrase: TokenSpan, head: string): boolean {
  if (!KIND_NOUNS.has(head)) return false;
  const before = analysis.tokens[phrase.first - 1]?.lower;
  const first = analysis.tokens[phrase.first]?.lower;
  return before === 'which' || before === 'what' || first === 'which' || first === 'what';
}
/** A phrase that names no particular thing: "any progress", "no agreement". */
const NON_SPECIFIC = /^(?:any|no)\s/i;
/** "many troops", "much money": the quantity is what is asked, the noun what it is about. */
const QUANTIFIER = /^(?:many|much)\s+/i;

function overlaps(a: TokenSpan, b: TokenSpan): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/**
 * The referents a question names, and which of them are names inside a longer phrase of it
 * ("russia" of "russia's army"): an answer that names Russia does not make Russia, rather than
 * the army, what the exchange was about.
 */
export function questionReferents(
  question: string,
  known: readonly Referent[],
  antecedents: readonly Referent[],
  nested: Set<Referent>,
  options: { personPhrases?: boolean } = {},
): Referent[] {
  const analysis = analyseText(normaliseQuestion(question));
  const skip = whPhraseLength(analysis);
  const auxiliary = analysis.tokens[skip];
  const verb = auxiliary && AUXILIARIES.has(auxiliary.lower) ? mainVerbIndex(analysis, skip) : -1;
  const found: Referent[] = antecedents.map((referent, index) => ({ ...referent, role: index === 0 ? 'topic' : 'mention', from: 'question', echoed: false }));
  const carried = antecedents.map((referent) => referent.text.toLowerCase());
  // What "how many troops" or "which agency" asks about can be referred to later ("why are they
  // there"), after what the rest of the question is about.
  const asked: Referent[] = [];
  for (const phrase of analysis.nounPhrases) {
    if (phrase.first < skip && phrase.last < skip && phrase.first > 0) {
      const text = spanText(analysis, phrase).replace(QUANTIFIER, '');
      const words = aliasKey(text).split(' ');
      const head = words[words.length - 1] ?? '';
      if (text !== '' && !EMPTY_HEADS.has(head) && !text.replace(DETERMINER, '').split(/\s+/).every(isPronounWord)) {
        const name = knownName(text, known);
        // "how many" counts things: what it asks about is plural, whatever the tagger says of "troops".
        const plural = phrase.plural || analysis.tokens[1]?.lower === 'many';
        asked.push(name ? { ...name, role: 'mention', from: 'question', echoed: false } : thingReferent(`the ${aliasKey(text)}`, plural, 'mention'));
      }
    }
    if (phrase.first < skip || phrase.first === verb || isDate(analysis, phrase)) continue;
    // The verb a tagger took for an adjective or a noun is not part of the phrase ("the festival
    // open", "the US threaten russia").
    const span = withoutTrailingAdjectives(analysis, verb > phrase.first && verb <= phrase.last ? { ...phrase, last: verb - 1 } : phrase);
    const text = spanText(analysis, span).replace(/[,;:?!.]+$/, '');
    // A phrase put in by the rewrite is already there, with its kind and full name.
    if (carried.some((item) => text.toLowerCase().includes(item) || item.includes(text.toLowerCase()))) continue;
    const words = aliasKey(text).split(' ');
    const head = words[words.length - 1] ?? '';
    if (text.replace(DETERMINER, '').split(/\s+/).every(isPronounWord) || EMPTY_HEADS.has(head)) continue;
    if (asksForKind(analysis, phrase, head)) continue;
    // "any progress", "no deal": asked about, not named, so no later "it" stands for them ("did she
    // indicate any progress?" … "how did Ryabkov describe it?" means the conversation asked about before).
    if (NON_SPECIFIC.test(text)) continue;
    if (isPronounWord(analysis.tokens[phrase.first]?.text ?? '')) {
      // "when did moscow send its proposal": the proposal, Moscow's, is something to refer to.
      const possessed = possessedReferent(text, phrase.plural, found, found.length === 0 ? 'topic' : 'mention');
      if (possessed) found.push(possessed);
      continue;
    }
    // "each delegation": one of several, which a later "they" or "them" stands for together.
    const several = severalOf(text);
    if (several !== undefined) {
      found.push(thingReferent(several, true, found.length === 0 ? 'topic' : 'mention'));
      continue;
    }
    // "take place": the noun is part of the verb.
    if (head === 'place' && analysis.tokens[phrase.first - 1]?.lower.startsWith('t')) continue;
    // "the US" is the name after its article: a country "they" can stand for, not a thing.
    const opening = analysis.tokens[span.first]?.lower === 'the' ? span.first + 1 : span.first;
    const spanName = analysis.names.find((item) => (item.first === span.first || item.first === opening) && item.last === span.last);
    const name = knownName(text, known) ?? spanName;
    const role = found.length === 0 ? 'topic' : 'mention';
    // A known name keeps the article the question gave it: "the osce" … "meet with the OSCE".
    const article = /^the\s/i.test(text) && name && 'aliases' in name && !/^the\s/i.test(name.text) && name.kind !== 'person' ? 'the ' : '';
    if (name && 'aliases' in name) found.push({ ...name, text: `${article}${name.text}`, role, from: 'question', echoed: false });
    else if (name) {
      const referent = nameReferent(analysis, name, 'question', role);
      found.push(name.first > span.first && name.kind !== 'person' ? { ...referent, text: `the ${referent.text}` } : referent);
    }
    else {
      // Only when no answer names the person: then "he" can only mean the one asked about.
      const person = phrase.plural || options.personPhrases !== true ? undefined : personPhrase(text);
      found.push(person ? { ...thingReferent(text, false, role), kind: 'person', head: person.noun, ...(person.gender ? { gender: person.gender } : {}) } : thingReferent(text, phrase.plural, role));
    }
    // A name inside a longer phrase ("russia's demands") can be referred to on its own.
    for (const inner of analysis.names) {
      if (overlaps(inner, phrase) && !(inner.first === phrase.first && inner.last === phrase.last)) {
        const innerText = spanText(analysis, inner);
        const referent = knownName(innerText, known) ? { ...(knownName(innerText, known) as Referent), role: 'mention' as const, from: 'question' as const, echoed: false } : nameReferent(analysis, inner, 'question', 'mention');
        nested.add(referent);
        found.push(referent);
      }
    }
  }
  // "when did moscow send its proposal": Moscow acted; a later "it" that does not act is the proposal.
  if (verb > skip + 1) {
    const subject = aliasKey(tokenText(analysis.tokens, skip + 1, verb));
    for (const referent of found) if (referent.kind !== 'thing' && referent.aliases.includes(subject)) referent.actor = true;
  }
  return [...withMeetingPhrase(analysis.text, found, nested), ...asked];
}

/**
 * The span without a preposition of place it opens with, and without the adjectives the tagger
 * ran on after its noun: such an adjective says
 * something of the thing (after "be", or "called … unrealistic"), and is no part of its name
 * ("who called russia's demands unrealistic" names "russia's demands"; "why are the europeans
 * nervous about the troops", "the europeans"). Kept whole, "with them" had read "with russia's
 * demands unrealistic".
 */
function withoutTrailingAdjectives(analysis: TextAnalysis, span: TokenSpan): TokenSpan {
  // A preposition the tagger took for an adjective opens no phrase: "near ukraine" is Ukraine
  // (a later "about it" had become "about near ukraine").
  let first = span.first;
  while (first < span.last && LOCATIVE.has(analysis.tokens[first]?.lower ?? '')) first += 1;
  let last = span.last;
  const adjectiveOnly = (index: number): boolean => {
    const tags = analysis.tokens[index]?.tags;
    return tags !== undefined && tags.has('Adjective') && !tags.has('Noun');
  };
  while (last > first && adjectiveOnly(last) && analysis.tokens.slice(first, last).some((token) => token.tags.has('Noun'))) last -= 1;
  return { ...span, first, last };
}

/** Prepositions of place the tagger may read as adjectives ("near ukraine", "close to the border"). */
const LOCATIVE = new Set(['near', 'nearby', 'close', 'around', 'inside', 'outside', 'behind', 'beside', 'along', 'across', 'beyond', 'amid', 'toward', 'towards']);

/**
 * "when did the geneva talks start": the tagger reads "talks" as a verb and names only "the
 * geneva", so "how long did they go on" found no meeting. When no phrase of the question ends on
 * the meeting noun it writes, the meeting phrase as written is what the question is about.
 */
function withMeetingPhrase(question: string, found: readonly Referent[], nested: Set<Referent>): Referent[] {
  const written = MEETING_PHRASE.exec(question)?.[0];
  if (!written || found.some((referent) => referent.text.toLowerCase().includes(written.toLowerCase()))) return [...found];
  const meeting = thingReferent(written, /s$/i.test(written), 'topic');
  const others = found.map((referent) => (referent.role === 'topic' ? { ...referent, role: 'mention' as const } : referent));
  // What the tagger cut the phrase at ("the US russia" of "the us russia talks") is inside it, as
  // "russia" is inside "russia's demands": an answer that names it is still about the talks.
  const lower = written.toLowerCase();
  for (const referent of others) if (referent.aliases.some((alias) => findWords(lower, alias) !== undefined)) nested.add(referent);
  return [meeting, ...others];
}

/**
 * Whether a phrase is a date or a time ("december", "mid-december 2021", "monday", "last week"):
 * its nouns and numbers are all dates. A date is never what "it" or "they" stands for ("in
 * december" … "what was in it" is not "in december"), so it is no referent.
 */
function isDate(analysis: TextAnalysis, span: TokenSpan): boolean {
  const content = analysis.tokens.slice(span.first, span.last + 1).filter((token) => token.tags.has('Noun') || token.tags.has('Value'));
  return content.length > 0 && content.every((token) => token.tags.has('Date'));
}
