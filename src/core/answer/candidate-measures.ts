/**
 * How much of one question each candidate sentence holds, from exact words to meaning, and
 * whether it holds what the question asks for: the per-sentence half of the answer features
 * (see features.ts, which turns these measures into the model's feature vector). What depends
 * on the question alone is worked out once, before the candidates.
 */
import { cosine } from '../embedding/embedder.js';
import { stem as vocabularyStem } from '../text/terms.js';
import { answerKind, measureWord, type AnswerKind } from './answer-kinds.js';
import { countsAsked, freshNames, holdsCue } from './cue-features.js';
import { definesSubject } from './definition-cues.js';
import type { CandidateEvidence, FeatureContext } from './features.js';
import type { Lexicon } from './lexicon.js';
import type { QuestionAnalysis } from './question-analysis.js';
import { holdsPerson, holdsPlace } from './sentence-cues.js';
import { alignmentTables, lexiconKeys, relatedTerms, vocabularyOf, type Vocabulary } from './word-matching.js';

/** A question word's vector counts as matching a sentence word from this cosine up. */
const CLOSE_WORDS = 0.5;

/** What every candidate of one question is measured against, worked out once per question. */
export interface QuestionMeasures {
  question: QuestionAnalysis;
  lexicon: Lexicon;
  /** The question's stemmed terms, their IDF weights, and the weights' sum. */
  terms: readonly string[];
  weights: readonly number[];
  total: number;
  /** Each candidate's stems and word pairs that the lexicon holds, in candidate order. */
  candidateKeys: ReadonlyArray<readonly string[]>;
  /** The candidates' words, numbered for the alignment tables. */
  vocabulary: Vocabulary;
  /** Each term's soft-alignment table (by vocabulary number), in term order. */
  alignment: ReadonlyArray<Float32Array | undefined>;
  /** For each candidate key, the question terms WordNet relates it to. */
  relations: ReadonlyMap<string, readonly string[]>;
  /** The question's words as written, their IDF weights (their terms'), and the weights' sum. */
  questionWords: readonly string[];
  wordWeights: readonly number[];
  wordTotal: number;
  /** The IDF of a term in one passage of the corpus. */
  rareWeight: number;
  /** IDF share of the question's terms that the corpus never uses. */
  unknownTerms: number;
  /** Whether the question asks for a kind of thing a sentence can be checked for. */
  typed: boolean;
  kind: AnswerKind | undefined;
  /** The stem of the measure word of an age, duration or distance question ("long"), held by any sentence that states such an amount. */
  measureTerm: string | undefined;
  coverage: number;
}

/** The question's side of the features, for its whole candidate set. */
export function measureQuestion(context: FeatureContext, candidates: readonly CandidateEvidence[]): QuestionMeasures {
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
  const measured = measureWord(question.text, kind);
  const measureTerm = measured === undefined ? undefined : vocabularyStem(measured);
  const coverage = question.vectorCoverage;
  return {
    question, lexicon, terms, weights, total, candidateKeys, vocabulary, alignment, relations,
    questionWords, wordWeights, wordTotal, rareWeight, unknownTerms, typed, kind, measureTerm, coverage,
  };
}

/**
 * One candidate's measures, before they are compared with the other candidates'. The shares
 * are IDF-weighted shares of the question's terms; FEATURE_NAMES in features.ts says what each is.
 */
export interface CandidateMeasures {
  exact: number;
  lexical: number;
  context: number;
  aligned: number;
  related: number;
  covered: number;
  titleShare: number;
  focusLexical: number;
  focusCovered: number;
  bigrams: number;
  matchedWeight: number;
  semantic: number;
  /** 1 when the sentence holds the kind of thing the question asks for (who, when, …), if it asks for one. */
  cue: number;
  person: number;
  place: number;
  counted: number;
  defines: number;
  keysInSentence: number;
  keysMissing: number;
}

/** Measures the candidate at `candidateIndex` of the set {@link measureQuestion} was given. */
export function measureCandidate(measures: QuestionMeasures, evidence: CandidateEvidence, candidateIndex: number): CandidateMeasures {
  const { question, lexicon, terms, weights, total, vocabulary, alignment, relations, questionWords, wordWeights, wordTotal, rareWeight, typed, kind, measureTerm, coverage } =
    measures;
  const { profile, passageProfile, titleProfile } = evidence;
  const cue = typed ? holdsCue(question, kind, profile) : 0;
  // "how long did they talk" is answered by "lasted nearly eight hours": the amount is its "long".
  // A measure word comes with an amount kind, so `cue` says whether the sentence states one.
  const measured = measureTerm !== undefined && cue === 1 ? measureTerm : undefined;
  const holds = (stems: ReadonlySet<string>, term: string): boolean => stems.has(term) || term === measured;
  const wordNumbers: number[] = [];
  for (const word of profile.words) wordNumbers.push(vocabulary.index.get(word) as number);
  const relatedSet = new Set<string>();
  if (relations.size > 0) {
    for (const key of measures.candidateKeys[candidateIndex] ?? []) for (const term of relations.get(key) ?? []) relatedSet.add(term);
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
    const inSentence = holds(profile.stems, term);
    let best = inSentence ? 1 : 0;
    const table = alignment[index];
    if (!inSentence && table) for (const number of wordNumbers) best = Math.max(best, table[number] as number);
    const isCovered = best >= CLOSE_WORDS || relatedSet.has(term);
    const inTitle = titleProfile.stems.has(term);
    if (inSentence) lexical += weight;
    else if (relatedSet.has(term)) related += weight;
    if (holds(passageProfile.stems, term)) contextShare += weight;
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
    if (profile.words.has(word) || (measured !== undefined && question.profile.stemOf.get(word) === measured)) exact += wordWeights[index] as number;
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
    cue,
    person: question.type === 'who' && holdsPerson(freshNames(question, profile), profile.text) ? 1 : 0,
    place: question.type === 'where' && holdsPlace(freshNames(question, profile)) ? 1 : 0,
    counted: question.counted.length > 0 ? countsAsked(question, profile, (term, word) => {
      if (term === vocabularyStem(word)) return true;
      const table = alignment[terms.indexOf(term)];
      const number = vocabulary.index.get(word);
      return (table !== undefined && number !== undefined && (table[number] as number) >= CLOSE_WORDS) || lexicon.related(term, vocabularyStem(word));
    }) : 0,
    // Only a sentence that holds one of the subject's words can define it: the rest skip the scan.
    defines: question.defined.some((term) => profile.stems.has(term)) ? definesSubject(question.defined, profile.text) : 0,
    keysInSentence: question.keys.length > 0 ? keysFound / question.keys.length : 0,
    keysMissing: question.keys.length > 0 ? keysMissing / question.keys.length : 0,
  };
}
