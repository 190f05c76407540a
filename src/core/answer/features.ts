import { cosine } from '../embedding/embedder.js';
import { isContentTerm, isNumberTerm, stem as vocabularyStem, tokenize } from '../text/terms.js';
import { alignmentTables, lexiconKeys, relatedTerms, vocabularyOf } from './word-matching.js';
import type { CandidateSentence } from './candidates.js';
import type { Lexicon } from './lexicon.js';
import type { QuestionAnalysis } from './question-analysis.js';
import type { QuestionType } from './question-type.js';
import { answerKind, holdsAnswerOf, type AnswerKind } from './answer-kinds.js';
import { freshSpans, holdsPerson, holdsPlace, typeSpans } from './sentence-cues.js';
import type { TermStatistics } from './term-statistics.js';
import type { TextProfile } from './text-profile.js';
import type { WordVectors } from './word-vectors.js';

/**
 * Every feature the answer model sees, in order. The model file lists the names it was trained
 * with, and loading refuses a model whose list differs: features live here and nowhere else.
 */
export const FEATURE_NAMES = [
  // How much of the question the sentence holds, from exact words to meaning.
  'exact', // IDF share of the question's words, as written, in the sentence
  'lexical', // IDF share of its stemmed terms
  'context', // IDF share of its stemmed terms in the sentence's passage
  'aligned', // soft word alignment: IDF-weighted best cosine of each question word to a sentence word
  'related', // IDF share of unmatched terms that WordNet relates to a sentence word
  'covered', // IDF share of terms matched exactly, through WordNet, or by a close word vector
  'titleShare', // IDF share of terms in the document's title and the passage's section heading
  'focusLexical', // as lexical, over the terms the title does not already hold: what the question asks about the topic
  'focusCovered', // as covered, over the same terms
  'bigrams', // share of the question's word pairs, stopwords included, that the sentence repeats
  'matchedWeight', // IDF of the terms found, against the most a single rare term can weigh
  'semantic', // cosine of the question's and the sentence's vectors, scaled by vector coverage
  // The same, against the best other candidate for this question (the margin to the runner-up for the
  // best): confidence must not hinge on an article's scale.
  'lexicalGap',
  'alignedGap',
  'semanticGap',
  // What the question asks for, and whether the sentence holds that kind of thing.
  'askWho',
  'askWhen',
  'askQuantity',
  'askWhere',
  'askWhy',
  'askYesNo',
  'cueWho',
  'cuePerson', // for who: one of the sentence's names, not the question's, is a person's (a known given name, surname or title)
  'cueWhen',
  'cueQuantity',
  'cueWhere',
  'cuePlace', // for where: one of the sentence's names, not the question's, is a known city, country or region
  'cueWhy',
  'cueCounted', // for "how many X": an amount in the sentence counts X (or a close word), not something else
  // The question's own names and numbers, and words the corpus never uses.
  'keysInSentence',
  'keysMissing',
  'unknownTerms',
  'vectorCoverage',
  // First-stage retrieval evidence for the sentence's passage.
  'passageScore',
  'passageRank',
  'keywordScore',
  'vectorScore',
  // Sizes.
  'sentenceLength',
  'questionLength',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** A question word's vector counts as matching a sentence word from this cosine up. */
const CLOSE_WORDS = 0.5;

/** One candidate sentence with what the features read of it. */
export interface CandidateEvidence {
  candidate: CandidateSentence;
  profile: TextProfile;
  /** The whole passage the sentence is cited from. */
  passageProfile: TextProfile;
  /** The document's title and the passage's section heading. */
  titleProfile: TextProfile;
  vector: Float32Array;
  /** The passage's place (0-based) and scores in the first retrieval stage. */
  passage: { rank: number; score: number; keywordScore: number; vectorScore: number };
}

/** What the features are computed against. */
export interface FeatureContext {
  question: QuestionAnalysis;
  statistics: TermStatistics;
  lexicon: Lexicon;
  /** Prepared with the question's and the candidates' words. */
  wordVectors: WordVectors;
}

/** Each value minus the best of the others: the margin to the runner-up for the best, negative for the rest. */
export function marginsToBestOther(values: readonly number[]): number[] {
  let first = -Infinity;
  let second = -Infinity;
  for (const value of values) {
    if (value > first) {
      second = first;
      first = value;
    } else if (value > second) second = value;
  }
  if (second === -Infinity) second = 0;
  return values.map((value) => value - (value === first ? second : first));
}

/** Words within this many tokens after an amount count as what it counts ("100,000 Russian troops"). */
const COUNTED_WINDOW = 3;

/**
 * 1 when an amount in the sentence counts what the question asks to count: a counted stem, or a
 * word `matches` accepts, in or just after the amount's span.
 */
function countsAsked(question: QuestionAnalysis, profile: TextProfile, matches: (term: string, word: string) => boolean): number {
  const amounts = cueSpans('quantity', profile);
  if (amounts.length === 0) return 0;
  const tokens = tokenize(profile.text);
  for (const amount of amounts) {
    const firstAfter = tokens.findIndex((token) => token.start >= amount.end);
    const near = tokens.filter(
      (token, index) =>
        ((token.start >= amount.start && token.end <= amount.end) || (firstAfter >= 0 && index >= firstAfter && index < firstAfter + COUNTED_WINDOW)) &&
        isContentTerm(token.term) &&
        !isNumberTerm(token.term),
    );
    if (near.some((token) => question.counted.some((term) => matches(term, token.term)))) return 1;
  }
  return 0;
}

/** The spans of a kind of answer in a text, found once per profile (sentences come back question after question). */
function cueSpans(type: QuestionType, profile: TextProfile): ReturnType<typeof typeSpans> {
  let found = profile.cues.get(type);
  if (!found) {
    found = typeSpans(type, profile.text);
    profile.cues.set(type, found);
  }
  return found;
}

/**
 * Whether the sentence holds, beyond what the question says, the kind of thing the question asks
 * for; for "how old", "what day" and their kin, an answer of that finer kind (see answer-kinds.ts).
 */
function holdsCue(question: QuestionAnalysis, kind: AnswerKind | undefined, profile: TextProfile): number {
  if (kind) return holdsAnswerOf(kind, profile.text) ? 1 : 0;
  return freshSpans(question.type, cueSpans(question.type, profile), question.text).length > 0 ? 1 : 0;
}

/** The sentence's capitalised names that the question does not hold (found once per profile). */
function freshNames(question: QuestionAnalysis, profile: TextProfile): ReturnType<typeof typeSpans> {
  return freshSpans('who', cueSpans('who', profile), question.text);
}

/**
 * The feature vector of every candidate, in {@link FEATURE_NAMES} order. Candidates are one
 * question's whole candidate set: the gap features compare each with the best of the set.
 */
export function answerFeatures(context: FeatureContext, candidates: readonly CandidateEvidence[]): Float64Array[] {
  const { question, statistics, lexicon } = context;
  const terms = question.terms;
  const weights = terms.map((term) => statistics.idf(term));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  // Only keys the lexicon holds can be related to anything: the rest are skipped here and below.
  const candidateKeys = candidates.map(({ profile }) => lexiconKeys(profile, lexicon));
  const keys = new Set<string>();
  for (const list of candidateKeys) for (const key of list) keys.add(key);
  const vocabulary = vocabularyOf(candidates.map((candidate) => candidate.profile.stemOf));
  const tables = alignmentTables(question, vocabulary, context.wordVectors, lexicon);
  const alignment = terms.map((term) => tables.get(term));
  const relations = relatedTerms(question, keys, lexicon);
  const questionWords = [...question.profile.words];
  const wordWeights = questionWords.map((word) => weights[terms.indexOf(question.profile.stemOf.get(word) ?? '')] ?? 0);
  const wordTotal = wordWeights.reduce((sum, weight) => sum + weight, 0);
  // A term in one passage of the corpus: the heaviest a term that occurs at all can be.
  const rareWeight = statistics.idf('\u0000');
  const unknownTerms = total > 0 ? terms.reduce((sum, term, index) => sum + (statistics.has(term) ? 0 : (weights[index] as number)), 0) / total : 0;
  const typed = question.type !== 'other' && question.type !== 'yes-no';
  const kind = answerKind(question.text, question.type);
  const coverage = question.vectorCoverage;

  const rows = candidates.map((evidence, candidateIndex) => {
    const { profile, passageProfile, titleProfile } = evidence;
    const wordNumbers: number[] = [];
    for (const word of profile.words) wordNumbers.push(vocabulary.index.get(word) as number);
    const relatedSet = new Set<string>();
    if (relations.size > 0) {
      for (const key of candidateKeys[candidateIndex] ?? []) for (const term of relations.get(key) ?? []) relatedSet.add(term);
    }
    let lexical = 0;
    let contextShare = 0;
    let aligned = 0;
    let covered = 0;
    let related = 0;
    let titleShare = 0;
    // The terms the title does not hold: in "how many acts are in the scarlet letter", asked of
    // the article "The Scarlet Letter", the question is about acts.
    let focusTotal = 0;
    let focusFound = 0;
    let focusCovered = 0;
    terms.forEach((term, index) => {
      const weight = weights[index] as number;
      const inSentence = profile.stems.has(term);
      let best = inSentence ? 1 : 0;
      const table = alignment[index];
      if (!inSentence && table) for (const number of wordNumbers) best = Math.max(best, table[number] as number);
      const isCovered = best >= CLOSE_WORDS || relatedSet.has(term);
      const inTitle = titleProfile.stems.has(term);
      if (inSentence) lexical += weight;
      else if (relatedSet.has(term)) related += weight;
      if (passageProfile.stems.has(term)) contextShare += weight;
      if (inTitle) titleShare += weight;
      aligned += weight * best;
      if (isCovered) covered += weight;
      if (!inTitle) {
        focusTotal += weight;
        if (inSentence) focusFound += weight;
        if (isCovered) focusCovered += weight;
      }
    });
    const share = (value: number): number => (total > 0 ? value / total : 0);
    let exact = 0;
    questionWords.forEach((word, index) => {
      if (profile.words.has(word)) exact += wordWeights[index] as number;
    });
    let sharedBigrams = 0;
    for (const bigram of question.profile.bigrams) if (profile.bigrams.has(bigram)) sharedBigrams += 1;
    let keysFound = 0;
    let keysMissing = 0;
    for (const key of question.keys) {
      if (profile.stems.has(key)) keysFound += 1;
      if (!passageProfile.stems.has(key)) keysMissing += 1;
    }
    return {
      exact: wordTotal > 0 ? exact / wordTotal : 0,
      lexical: share(lexical),
      context: share(contextShare),
      aligned: share(aligned),
      related: share(related),
      covered: share(covered),
      titleShare: share(titleShare),
      focusLexical: focusTotal > 0 ? focusFound / focusTotal : share(lexical),
      focusCovered: focusTotal > 0 ? focusCovered / focusTotal : share(covered),
      bigrams: question.profile.bigrams.size > 0 ? sharedBigrams / question.profile.bigrams.size : 0,
      matchedWeight: lexical / rareWeight,
      semantic: coverage * Math.max(0, cosine(question.vector, evidence.vector)),
      cue: typed ? holdsCue(question, kind, profile) : 0,
      person: question.type === 'who' && holdsPerson(freshNames(question, profile), profile.text) ? 1 : 0,
      place: question.type === 'where' && holdsPlace(freshNames(question, profile)) ? 1 : 0,
      counted: question.counted.length > 0 ? countsAsked(question, profile, (term, word) => {
        if (term === vocabularyStem(word)) return true;
        const table = alignment[terms.indexOf(term)];
        const number = vocabulary.index.get(word);
        return (table !== undefined && number !== undefined && (table[number] as number) >= CLOSE_WORDS) || lexicon.related(term, vocabularyStem(word));
      }) : 0,
      keysInSentence: question.keys.length > 0 ? keysFound / question.keys.length : 0,
      keysMissing: question.keys.length > 0 ? keysMissing / question.keys.length : 0,
    };
  });
  const gaps = (pick: (row: (typeof rows)[number]) => number): number[] => marginsToBestOther(rows.map(pick));
  const lexicalGap = gaps((row) => row.lexical);
  const alignedGap = gaps((row) => row.aligned);
  const semanticGap = gaps((row) => row.semantic);

  const asks = (type: QuestionType): number => (question.type === type ? 1 : 0);
  return rows.map((row, index) => {
    const evidence = candidates[index] as CandidateEvidence;
    // In FEATURE_NAMES order; a test checks the two agree.
    return Float64Array.of(
      row.exact,
      row.lexical,
      row.context,
      row.aligned,
      row.related,
      row.covered,
      row.titleShare,
      row.focusLexical,
      row.focusCovered,
      row.bigrams,
      row.matchedWeight,
      row.semantic,
      lexicalGap[index] as number,
      alignedGap[index] as number,
      semanticGap[index] as number,
      asks('who'),
      asks('when'),
      asks('quantity'),
      asks('where'),
      asks('why'),
      asks('yes-no'),
      asks('who') * row.cue,
      row.person,
      asks('when') * row.cue,
      asks('quantity') * row.cue,
      asks('where') * row.cue,
      row.place,
      asks('why') * row.cue,
      row.counted,
      row.keysInSentence,
      row.keysMissing,
      unknownTerms,
      coverage,
      evidence.passage.score,
      1 / (1 + evidence.passage.rank),
      evidence.passage.keywordScore,
      evidence.passage.vectorScore,
      Math.log1p(evidence.profile.length),
      Math.log1p(terms.length),
    );
  });
}
