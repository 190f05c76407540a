import { CandidatePoolBuilder, type PooledPassage } from '../answer/candidate-pool.js';
import { answerFeatures, type CandidateEvidence } from '../answer/features.js';
import type { Lexicon } from '../answer/lexicon.js';
import { analyzeQuestion, countedWords, type QuestionAnalysis } from '../answer/question-analysis.js';
import { withContractionsOpened, withoutFrameWords } from '../answer/question-frame.js';
import { withoutLeadIn } from '../answer/lead-in.js';
import { withArticleForThis } from '../answer/article-deixis.js';
import { termStatisticsFor, type TermStatistics } from '../answer/term-statistics.js';
import { unsaidChecks, type UnsaidChecks } from '../answer/unsaid-checks.js';
import { DocumentTerms } from '../answer/document-terms.js';
import { DocumentTitles } from '../answer/named-documents.js';
import { WordVectors } from '../answer/word-vectors.js';
import type { Passage } from '../corpus/types.js';
import type { Embedder } from '../embedding/embedder.js';
import type { RetrievalIndex } from '../index/retrieval-index.js';
import { withChatWordsSpelledOut } from '../text/chat-words.js';
import { isShouted } from '../text/ordinary-case.js';
import { QUESTION_WORDS } from '../text/question-words.js';
import { STOPWORDS } from '../text/stopwords.js';
import { withRepeatedMarksSingled, withStretchedWordsUndone, type WordRank } from '../text/stretched-words.js';
import { stem } from '../text/terms.js';
import { blend, DEFAULT_FUSION, type FusionOptions } from './fusion.js';
import { DefinedAbbreviations } from './defined-abbreviations.js';
import { PeopleNames } from './people-names.js';
import { SpelledOutAcronyms } from './spelled-out-acronyms.js';
import { matchHyphenation } from './hyphenated-words.js';
import { correctSpelling } from './spelling.js';
import { SurfaceWords } from './surface-words.js';
import { KeywordScorer } from './keyword-scorer.js';
import { withPrior, type RetrievalPrior } from './prior.js';
import { VectorCoverage } from './vector-coverage.js';

/** A question without what mending it may add or take away and no reader needs shown: apostrophes, and hyphens for spaces. */
const withoutMarks = (text: string): string => text.replace(/['’]/g, '').replace(/-/g, ' ');

/** A passage with the evidence for it from both indexes. */
export interface RetrievedPassage {
  passage: Passage;
  /** Position in the passage store. */
  label: number;
  /** Final score, 0–1: after re-ranking, the probability that its best sentence answers the question. */
  score: number;
  /** Cosine similarity of the whole passage to the question (0 when not a vector candidate). */
  vectorScore: number;
  /** BM25 score divided by the query's best BM25 score (0 when no question term matched). */
  keywordScore: number;
  /** Blend of the two: the first stage's ranking score. */
  firstStageScore: number;
  /**
   * IDF share (0–1), among the question's terms that the article uses at all, of those the
   * passage holds (by stem); set once its sentences are scored. Whether it is *about* what is
   * asked, whatever its sentences answer.
   */
  termShare?: number;
}

export type RetrievalMode = 'hybrid' | 'vector' | 'keyword';

/** The first stage's ranking, with the analysed question. */
export interface FirstStage {
  question: QuestionAnalysis;
  /** The question's text (`question.text`) has typing slips mended (see spelling.ts), not only apostrophes put back. */
  mended?: boolean;
  statistics: TermStatistics;
  passages: RetrievedPassage[];
}

/** The candidate sentences of the best first-stage passages and their features, before any model scores them. */
export interface CandidateFeatures extends FirstStage, UnsaidChecks {
  /**
   * For "how many X", when the corpus writes X: whether a sentence's term (a stem) names X, as
   * itself or by a WordNet relative ("soldiers" for "troops"). The answer's bold is checked with it.
   */
  namesCounted?: (term: string) => boolean;
  candidates: CandidateEvidence[];
  features: Float64Array[];
  /** For each of the first `rerankDepth` passages, the indexes of its sentences in `candidates`. */
  sentencesOf: number[][];
}

/** Best score first; equal scores in store order. */
function byScore(a: RetrievedPassage, b: RetrievedPassage): number {
  return b.score - a.score || a.label - b.label;
}

/**
 * Finds candidate answers in two steps. First, BM25 (KeywordIndex), which carries names and
 * numbers, and the HNSW vector index, which carries meaning, are blended. Then every sentence of
 * the best `rerankDepth` passages becomes a candidate, with the features the answer model reads.
 * Training reads exactly these candidates, so the model learns on what it will be shown.
 */
export class CandidateFinder {
  private readonly pool: CandidatePoolBuilder;
  private readonly coverage: VectorCoverage;
  private readonly wordVectors: WordVectors;
  private readonly keywordScorer: KeywordScorer;
  private readonly surfaceWords: SurfaceWords;
  private readonly documents: DocumentTerms;
  private readonly titles: DocumentTitles;
  private readonly abbreviations: DefinedAbbreviations;
  private readonly peopleNames: PeopleNames;
  private readonly acronyms: SpelledOutAcronyms;

  constructor(
    private readonly index: RetrievalIndex,
    private readonly embedder: Embedder,
    private readonly lexicon: Lexicon,
    readonly fusion: FusionOptions = DEFAULT_FUSION,
  ) {
    this.pool = new CandidatePoolBuilder(embedder);
    this.coverage = new VectorCoverage(embedder);
    this.wordVectors = new WordVectors(embedder);
    this.keywordScorer = new KeywordScorer(index.passages);
    this.surfaceWords = new SurfaceWords(index.keywords, index.passages);
    this.documents = new DocumentTerms(index.passages, index.keywords);
    this.titles = new DocumentTitles(index.passages);
    this.abbreviations = new DefinedAbbreviations(index.passages);
    this.peopleNames = new PeopleNames(index.keywords, index.passages, lexicon);
    this.acronyms = new SpelledOutAcronyms(index.passages);
  }

  /**
   * The first stage and the features of every sentence of its best `rerankDepth` passages;
   * `prior` leans which passages those are (see {@link firstStage}).
   */
  async candidates(question: string, prior?: RetrievalPrior): Promise<CandidateFeatures> {
    const first = await this.firstStage(question, 'hybrid', prior);
    const pooled: PooledPassage[] = first.passages.slice(0, this.fusion.rerankDepth).map((item) => ({
      passage: item.passage,
      score: item.firstStageScore,
      keywordScore: item.keywordScore,
      vectorScore: item.vectorScore,
    }));
    const { candidates, sentencesOf } = await this.pool.build(pooled);
    const words = [...first.question.profile.words];
    for (const { profile } of candidates) words.push(...profile.words);
    await this.wordVectors.prepare(words);
    const context = {
      question: first.question,
      statistics: first.statistics,
      lexicon: this.lexicon,
      wordVectors: this.wordVectors,
    };
    const unsaid = unsaidChecks(first.question, candidates, sentencesOf, { statistics: first.statistics, documents: this.documents, titles: this.titles, lexicon: this.lexicon }, question);
    // Only what the corpus itself writes can be checked: "how many rounds" of an article that
    // says "three stages" asks in the member's own word, and any amount may be the answer.
    const counted = countedWords(first.question.text).at(-1);
    const head = counted === undefined ? undefined : stem(counted.term);
    const namesCounted = head !== undefined && first.statistics.has(head) ? this.namesOf(head) : undefined;
    return { ...first, candidates, features: answerFeatures(context, candidates), sentencesOf, ...unsaid, ...(namesCounted ? { namesCounted } : {}) };
  }

  /** Whether a term is `head` or one WordNet relates to it (looked up one term at a time). */
  private namesOf(head: string): (term: string) => boolean {
    const relatedToHead = this.lexicon.relater([head]);
    return (term) => term === head || relatedToHead(term).length > 0;
  }

  /**
   * Passages ranked by the blend of both indexes (or by one of them, for comparisons). A `prior`
   * (a conversation's earlier evidence) is added to the ranking score of its passages; their
   * `firstStageScore`, which the answer model reads, stays the blend itself.
   */
  async firstStage(asked: string, mode: RetrievalMode, prior?: RetrievalPrior): Promise<FirstStage> {
    const statistics = termStatisticsFor(this.index.keywords);
    // Chat's shorthand ("ppl", "wat") written out first, so that the frame words it hides ("wat
    // kind of …") are seen: no guess, so never shown as one.
    // Then what comes before the question word, when it says nothing the corpus does ("i'm confused, what …").
    // Before all of it, letters chat stretched ("whaaat", "loooong") taken back: no guess either.
    const vocabulary = this.embedder.vocabulary;
    // A shouted question is read in lower case (see isShouted), and marks repeated for emphasis once.
    const readable = withRepeatedMarksSingled(isShouted(asked) ? asked.toLowerCase() : asked);
    const unstretched = withStretchedWordsUndone(readable, wordRank(statistics, vocabulary));
    const framed = withoutLeadIn(
      withoutFrameWords(withChatWordsSpelledOut(unstretched, (word) => statistics.has(stem(word)))),
      (term) => statistics.has(term),
      (text) => (mode === 'hybrid' ? matchHyphenation(text, statistics) : text),
    );
    // A word that neither the corpus nor a word-vector model knows is taken for a typing slip.
    // "is Blinken mentioned?" is asked as "Blinken": a first word that stood inside the message keeps its capital's meaning.
    const firstWord = /\p{L}+/u.exec(framed)?.[0];
    const startsWithName = firstWord !== undefined && framed.trimStart() !== unstretched.trimStart() && new RegExp(`\\P{L}${firstWord}`, 'u').test(unstretched);
    // Compounds as the corpus writes them first ("radnor wayne" → "radnor-wayne"), so the slip mender leaves their parts alone.
    const compounded = mode === 'hybrid' ? matchHyphenation(framed, statistics) : framed;
    const corrected =
      mode === 'hybrid' && vocabulary ? correctSpelling(compounded, statistics, vocabulary, this.surfaceWords, { startsWithName, isWord: (word) => this.lexicon.knowsWord(word) }) : compounded;
    // "when was this?" of the one article, asking nothing the corpus holds: its title is what "this" is.
    const aboutArticle = mode === 'hybrid' ? withArticleForThis(corrected, this.index.documents.map((document) => document.title), (term) => statistics.has(term)) : undefined;
    // An apostrophe put back may join a question word and its verb ("whod" → "who'd"): opened as the frame words open "who'd".
    // "the united states" of an article that defines "the United States (US)" and then writes "the US": its own name for it.
    const opened = withContractionsOpened(aboutArticle ?? corrected);
    // "the americans" of an article that writes only "the US": the name it writes for their country.
    // "the AP" of an article that writes only "the Associated Press": the name it spells out.
    const question = mode === 'hybrid' ? this.peopleNames.rewritten(this.acronyms.written(this.abbreviations.written(opened), statistics), statistics) : opened;
    // What the model cannot see of the question, the keywords must carry.
    const coverage = mode === 'hybrid' ? await this.coverage.of(question, statistics) : 1;
    const [queryVector] = await this.embedder.embedQueries([question]);
    if (!queryVector) throw new Error('embedder returned no vector for the question');
    const analysis = analyzeQuestion(question, queryVector, coverage);
    const keywordWeight =
      mode === 'keyword' ? 1 : mode === 'vector' ? 0 : 1 - (1 - this.fusion.keywordWeight) * coverage;
    const passages = this.blendIndexes(question, queryVector, mode, keywordWeight, statistics);
    return {
      question: analysis,
      // An apostrophe put back ("whats" → "what's") is no guess worth showing; a mended slip is.
      ...(aboutArticle === undefined && withoutMarks(corrected) === withoutMarks(framed) ? {} : { mended: true }),
      statistics,
      passages: withPrior(passages, prior).sort(byScore),
    };
  }

  private blendIndexes(
    question: string,
    queryVector: Float32Array,
    mode: RetrievalMode,
    keywordWeight: number,
    statistics: TermStatistics,
  ): RetrievedPassage[] {
    const { candidates } = this.fusion;
    const vectorHits = mode === 'keyword' ? [] : this.index.vectors.search(queryVector, candidates);
    const keywordHits = mode === 'vector' ? [] : this.index.keywords.search(question, candidates);
    const byLabel = new Map<number, RetrievedPassage>();
    const entry = (label: number): RetrievedPassage => {
      let found = byLabel.get(label);
      if (!found) {
        const passage = this.index.passages[label];
        if (!passage) throw new Error(`index label ${label} has no passage`);
        found = { passage, label, score: 0, vectorScore: 0, keywordScore: 0, firstStageScore: 0 };
        byLabel.set(label, found);
      }
      return found;
    };
    for (const hit of vectorHits) entry(hit.label).vectorScore = hit.score;
    for (const hit of keywordHits) entry(hit.label);
    const found = [...byLabel.values()];
    if (mode !== 'vector') {
      // FTS5 found the candidates; each is scored again with an IDF that a small corpus cannot zero.
      const scores = this.keywordScorer.scores(
        question,
        found.map((item) => item.passage),
        statistics,
      );
      const top = Math.max(0, ...scores);
      found.forEach((item, index) => (item.keywordScore = top > 0 ? (scores[index] as number) / top : 0));
    }
    return found.map((item) => {
      const score = blend(item.keywordScore, item.vectorScore, keywordWeight);
      return { ...item, score, firstStageScore: score };
    });
  }
}

/**
 * How well a word is known, for undoing stretched letters: function and question words first,
 * then the word-vector model's words by frequency, then the corpus's own (by stem).
 */
function wordRank(statistics: TermStatistics, vocabulary: ReadonlyMap<string, number> | undefined): WordRank {
  const after = (vocabulary?.size ?? 0) + 1;
  return (word) => {
    if (STOPWORDS.has(word) || QUESTION_WORDS.has(word)) return 0;
    const rank = vocabulary?.get(word);
    if (rank !== undefined) return rank + 1;
    return statistics.has(stem(word)) ? after : undefined;
  };
}
