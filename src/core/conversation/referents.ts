import { normalizeTerm, stem } from '../text/terms.js';
import { AUXILIARIES, mainVerbIndex, normaliseQuestion, tokenText, whPhraseLength } from './question-form.js';
import { MEETING_PHRASE } from './joint-reference.js';
import { aliasKey, DETERMINER, knownName, nameReferent, thingReferent } from './referent-names.js';
import { analyseText, spanText, type NameSpan, type TextAnalysis, type TokenSpan } from './text-analysis.js';
import type { Referent } from './types.js';
import { findWords } from './whole-words.js';
import { possessedReferent } from './possessed-phrase.js';

/** What a turn said, as far as later references care. */
export interface TurnText {
  /** The question as answered (after resolution). */
  question: string;
  answerSentences: readonly string[];
  /** Spans of the answer shown in bold: the fact that answers the question. */
  highlights: readonly string[];
  /** Earlier referents the question was rewritten with: it is about them. */
  antecedents?: readonly Referent[];
}

/** Nouns that never stand for a thing a follow-up could mean ("one", "lot", "kind"). */
const EMPTY_HEADS = new Set(['one', 'ones', 'thing', 'things', 'lot', 'lots', 'kind', 'sort', 'way', 'bit']);
/** Pronouns and the like, which are resolved, never antecedents. */
const PRONOUN_WORDS = new Set([
  'i', 'me', 'my', 'you', 'your', 'we', 'our', 'us', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'they',
  'them', 'their', 'this', 'that', 'these', 'those', 'there', 'here', 'anyone', 'someone', 'something', 'anything', 'everyone',
]);
/** Whether a word, as written, is a pronoun: "US" in capitals is the country, not "us" ("the US", "US officials"). */
const isPronounWord = (word: string): boolean => PRONOUN_WORDS.has(word.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(word);
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
function questionReferents(question: string, known: readonly Referent[], antecedents: readonly Referent[], nested: Set<Referent>): Referent[] {
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
    const span = verb > phrase.first && verb <= phrase.last ? { ...phrase, last: verb - 1 } : phrase;
    const text = spanText(analysis, span).replace(/[,;:?!.]+$/, '');
    // A phrase put in by the rewrite is already there, with its kind and full name.
    if (carried.some((item) => text.toLowerCase().includes(item) || item.includes(text.toLowerCase()))) continue;
    const words = aliasKey(text).split(' ');
    const head = words[words.length - 1] ?? '';
    if (text.replace(DETERMINER, '').split(/\s+/).every(isPronounWord) || EMPTY_HEADS.has(head)) continue;
    if (isPronounWord(analysis.tokens[phrase.first]?.text ?? '')) {
      // "when did moscow send its proposal": the proposal, Moscow's, is something to refer to.
      const possessed = possessedReferent(text, phrase.plural, found, found.length === 0 ? 'topic' : 'mention');
      if (possessed) found.push(possessed);
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
    else found.push(thingReferent(text, phrase.plural, role));
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
  return [...withMeetingPhrase(analysis.text, found), ...asked];
}

/**
 * "when did the geneva talks start": the tagger reads "talks" as a verb and names only "the
 * geneva", so "how long did they go on" found no meeting. When no phrase of the question ends on
 * the meeting noun it writes, the meeting phrase as written is what the question is about.
 */
function withMeetingPhrase(question: string, found: readonly Referent[]): Referent[] {
  const written = MEETING_PHRASE.exec(question)?.[0];
  if (!written || found.some((referent) => referent.text.toLowerCase().includes(written.toLowerCase()))) return [...found];
  const meeting = thingReferent(written, /s$/i.test(written), 'topic');
  return [meeting, ...found.map((referent) => (referent.role === 'topic' ? { ...referent, role: 'mention' as const } : referent))];
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

/** "According to the Associated Press, …", "Reported by Tass, …": who reports, not who acts. */
const ATTRIBUTION = /(?:according to|reported by|quoted by)\s+(?:the\s+)?$/i;

/**
 * Whether a name in an answer is only its source ("According to the Associated Press"): "they"
 * in the next question means the people the sentence is about. A source followed by "'s" ("the
 * BBC's James Landdale") is kept, as is any name elsewhere in a sentence.
 */
function isSource(analysis: TextAnalysis, span: NameSpan): boolean {
  const start = analysis.tokens[span.first]?.start ?? 0;
  const end = analysis.tokens[span.last]?.end ?? 0;
  return span.kind === 'organization' && ATTRIBUTION.test(analysis.text.slice(Math.max(0, start - 20), start)) && !/^['’]s\b/.test(analysis.text.slice(end));
}

function answerReferents(sentences: readonly string[], highlights: readonly string[]): Referent[] {
  const found: Referent[] = [];
  const highlighted = highlights.map((text) => text.toLowerCase());
  for (const sentence of sentences) {
    const analysis = analyseText(sentence);
    for (const span of analysis.names) {
      if (isSource(analysis, span)) continue;
      const referent = nameReferent(analysis, span, 'answer', 'mention');
      // "The US", "the OSCE": a body or country keeps the article the answer gave it.
      if (referent.kind !== 'person' && analysis.tokens[span.first - 1]?.lower === 'the') referent.text = `the ${referent.text}`;
      const lower = referent.text.toLowerCase();
      // Whole words: the bold "Russia" does not make "US" (inside it) the answer's focus.
      if (highlighted.some((text) => findWords(text, lower) || findWords(lower, text))) referent.role = 'focus';
      found.push(referent);
    }
  }
  return found;
}

/** Merges referents that name the same thing, keeping the first (most salient) and its best text. */
function merged(referents: readonly Referent[]): Referent[] {
  const result: Referent[] = [];
  for (const referent of referents) {
    const same = result.find((item) => item.aliases.some((alias) => referent.aliases.includes(alias)));
    if (!same) result.push({ ...referent, aliases: [...referent.aliases] });
    else {
      same.aliases = [...new Set([...same.aliases, ...referent.aliases])];
      // "Ryabkov said …" and "Sergei Ryabkov" are one person, written in full.
      if (same.kind === 'person' && referent.kind === 'person' && referent.text.endsWith(` ${same.text}`)) same.text = referent.text;
    }
  }
  return result;
}

/**
 * What a turn names, for later pronouns and definite references: the noun phrases and names of
 * its question (the first is its topic) and the names in its answer (those in bold are its
 * focus). A question's lower-case "ryabkov" takes the type and full name that the answer (or an
 * earlier turn, `known`) gives it. Question phrases the answer takes up again are marked
 * `echoed`: the exchange was about them.
 */
export function turnReferents(turn: TurnText, known: readonly Referent[] = []): Referent[] {
  const fromAnswer = answerReferents(turn.answerSentences, turn.highlights);
  const nested = new Set<Referent>();
  const fromQuestion = questionReferents(turn.question, [...fromAnswer, ...known], turn.antecedents ?? [], nested);
  const answerText = turn.answerSentences.join(' ').toLowerCase();
  const answerHeads = new Set(turn.answerSentences.flatMap((sentence) => aliasKey(sentence).split(' ').map((word) => stem(normalizeTerm(word)))));
  for (const referent of fromQuestion) {
    referent.echoed = !nested.has(referent) && (answerHeads.has(referent.head) || referent.aliases.some((alias) => answerText.includes(alias)));
  }
  // A who-question's answer: the person in bold, else the first person the question did not
  // already name; with none, the first country or body it did not name, in the answer's order
  // ("who is threatening sanctions" … "The US … threatened … sanctions on Russia", even with
  // "Russia" in bold). Later "they", "he" or "she" means it first: "why do they care" is the US,
  // not the sanctions, nor Russia.
  const namedInQuestion = new Set(fromQuestion.flatMap((referent) => referent.aliases));
  if (/^\s*(?:and\s+)?(?:who|whom)\b/i.test(turn.question)) {
    const unnamed = (referent: Referent): boolean => !referent.aliases.some((alias) => namedInQuestion.has(alias));
    const answering =
      fromAnswer.find((referent) => referent.role === 'focus' && referent.kind === 'person') ??
      fromAnswer.find((referent) => referent.kind === 'person' && unnamed(referent)) ??
      fromAnswer.find((referent) => (referent.kind === 'organization' || referent.collective === true) && unnamed(referent));
    if (answering?.kind === 'person') answering.role = 'focus';
    if (answering) answering.answersWho = true;
  }
  return merged([...fromAnswer.filter((referent) => referent.role === 'focus'), ...fromQuestion, ...fromAnswer.filter((referent) => referent.role !== 'focus')]);
}
