import type { AnswerModel, CandidateScore } from '../answer/answer-model.js';
import type { CandidateSentence } from '../answer/candidates.js';
import { FEATURE_NAMES } from '../answer/features.js';
import type { QuestionAnalysis } from '../answer/question-analysis.js';
import type { TermStatistics } from '../answer/term-statistics.js';
import { CandidateFinder, type RetrievalMode, type RetrievedPassage } from './candidate-finder.js';
import { diverseOrder } from './fusion.js';
import { withListedItems } from '../answer/listed-items.js';
import { withStatedReasons } from '../answer/stated-reasons.js';
import { withPrior, type RetrievalPrior } from './prior.js';

export { DEFAULT_FUSION, type FusionOptions } from './fusion.js';
export type { RetrievalMode, RetrievedPassage } from './candidate-finder.js';

/** A candidate sentence with the learned probability that it answers the question (see without-sentences.ts for `withoutSentences`). */
export interface ScoredSentence {
  candidate: CandidateSentence;
  vector: Float32Array;
  /** 0–1, from the answer model (see {@link AnswerModel.scored}). */
  probability: number;
  /** Its parts, kept so that the sentences can be scored again among fewer ({@link withoutSentences}). */
  pointwise?: number;
  rank?: number;
}

/** Everything later stages reuse: the analysed question, the ranked passages and the scored sentences. */
export interface RetrievalResult {
  question: QuestionAnalysis;
  /** The question's text (`question.text`) has typing slips mended. */
  mended?: boolean;
  results: RetrievedPassage[];
  /** Every candidate sentence of the re-ranked passages, each once, most probable answer first (hybrid mode only). */
  sentences: ScoredSentence[];
  statistics: TermStatistics;
  /** Names the question asks about that the corpus never mentions (hybrid mode only). */
  unmentioned?: string[];
  /**
   * When the question asks what someone said: the keys of the candidate sentences that name the
   * speaker, or follow a sentence that does (hybrid mode only).
   */
  speakerNamedIn?: ReadonlySet<string>;
  /** Then, the speaker as the question names them ("Putin"), for a reply that they say nothing on it. */
  speaker?: string;
  /** Then, true when it asks nothing more than what they said ("what did stoltenberg say"). */
  speakerOnly?: boolean;
  /** For "what does NATO stand for": the abbreviation, which only a sentence that spells it out answers (hybrid mode only). */
  expansion?: string;
  /** For "how many X": whether a term names X (see CandidateFeatures), for the answer's bold. */
  namesCounted?: (term: string) => boolean;
}

/** Options of one retrieval beyond the question itself. */
export interface RetrieveOptions {
  /** Score added to given passages in both stages (a conversation's earlier evidence). */
  prior?: RetrievalPrior;
  /** Sentences just given, when "why?" is asked about them: see withStatedReasons. */
  explained?: readonly string[];
}

/**
 * Hybrid retrieval: the candidate finder's passages and sentences, with every sentence scored by
 * the learned answer model. Passages are re-ranked by their best sentence, and passages that
 * repeat text already ranked above them are pushed down.
 */
const PASSAGE_SHARE = FEATURE_NAMES.indexOf('context');
const UNKNOWN_SHARE = FEATURE_NAMES.indexOf('unknownTerms');

/**
 * The IDF share of the question's terms that the article uses at all which a sentence's passage
 * holds, from its answer features: "how old is ryabkov" is about the passages naming Ryabkov,
 * though "old" (a word the article never uses) outweighs "ryabkov" in the question.
 */
function knownTermShare(features: ArrayLike<number> | undefined): number {
  if (!features) return 0;
  const known = 1 - (features[UNKNOWN_SHARE] ?? 0);
  // Rounded: a passage holding every known term must come out at 1 exactly, not 0.9999999.
  return known > 1e-9 ? Math.min(1, Math.round((1e6 * (features[PASSAGE_SHARE] ?? 0)) / known) / 1e6) : 0;
}

export class HybridRetriever {
  constructor(
    private readonly finder: CandidateFinder,
    private readonly model: AnswerModel,
  ) {}

  async retrieve(
    question: string,
    k: number,
    mode: RetrievalMode = 'hybrid',
    options: RetrieveOptions = {},
  ): Promise<RetrievalResult> {
    const { prior } = options;
    if (mode !== 'hybrid') {
      const first = await this.finder.firstStage(question, mode, prior);
      return {
        question: first.question,
        ...(first.mended ? { mended: true } : {}),
        statistics: first.statistics,
        results: first.passages.slice(0, k),
        sentences: [],
      };
    }
    const found = await this.finder.candidates(question, prior);
    // A sentence of a document that never names what the question asks about does not answer it.
    const silent = new Set(found.silentDocuments);
    // Nor does one of another document than those the question names by their titles, unless it names them too.
    const scores = this.model.scored(
      found.features,
      (index) => silent.has(found.candidates[index]?.candidate.passage.docId ?? '') || found.offSubject?.[index] === true,
    );
    const probabilities = scores.map((score) => score.probability);
    const scored = found.candidates.map((evidence, index): ScoredSentence => ({
      candidate: evidence.candidate,
      vector: evidence.vector,
      ...(scores[index] as CandidateScore),
    }));
    const sentences = withListedItems(withStatedReasons(scored, found.question.type, options.explained), found.question.text).sort((a, b) => b.probability - a.probability || a.candidate.start - b.candidate.start);
    const depth = found.sentencesOf.length;
    // The prior leans the re-ranked order too; the sentences' probabilities stay the model's own.
    const reranked = withPrior(
      found.passages.slice(0, depth).map((item, rank) => ({
        ...item,
        score: Math.max(0, ...(found.sentencesOf[rank] ?? []).map((index) => probabilities[index] as number)),
        termShare: Math.max(0, ...(found.sentencesOf[rank] ?? []).map((index) => knownTermShare(found.features[index]))),
      })),
      prior,
    );
    reranked.sort((a, b) => b.score - a.score || b.firstStageScore - a.firstStageScore);
    const results = [
      ...diverseOrder(reranked, this.finder.fusion.diversity),
      ...found.passages.slice(depth),
    ].slice(0, k);
    return {
      question: found.question,
      ...(found.mended ? { mended: true } : {}),
      statistics: found.statistics,
      results,
      sentences,
      ...(found.unmentioned.length > 0 ? { unmentioned: found.unmentioned } : {}),
      ...(found.namesCounted ? { namesCounted: found.namesCounted } : {}),
      ...(found.speakerNamed ? { speakerNamedIn: new Set(found.candidates.filter((_, index) => found.speakerNamed?.[index]).map((evidence) => evidence.candidate.key)) } : {}),
      ...(found.speaker === undefined ? {} : { speaker: found.speaker }),
      ...(found.speakerOnly ? { speakerOnly: true } : {}),
      ...(found.expansion === undefined ? {} : { expansion: found.expansion }),
    };
  }
}
