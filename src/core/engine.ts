import type { Logger } from 'pino';
import type { AnswerResources } from './answer/answer-resources.js';
import type { Lexicon } from './answer/lexicon.js';
import { listArticles, type ArticleListing } from './articles/article-library.js';
import type { Answer } from './answer/types.js';
import { answerCheckedQuestion, type AskContext } from './engine-ask.js';
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from './engine-options.js';
import { IndexSnapshots } from './engine-snapshots.js';
import { detectIntent } from './intent/intent.js';
import { quotedLines, withoutQuoteMarks } from './intent/quoted-lines.js';
import type { CorpusDocument } from './corpus/types.js';
import type { Embedder } from './embedding/embedder.js';
import type { AnswerProgress } from './generation/generated-answerer.js';
import type { TextGenerator } from './generation/language-model-writer.js';
import type { RetrievalIndex } from './index/retrieval-index.js';
import { listSections } from './summary/sections.js';
import { resolveSummaryTarget, summarizeIndexed } from './summary/summarize-index.js';
import type { SectionInfo, Summary, SummaryRequest } from './summary/types.js';
import { documentInfos, engineInfo, toSearchHits, type AnswerModeInfo, type AskOptions, type DocumentInfo, type EngineInfo, type KnownWord, type SearchResponse } from './engine-types.js';
import { QuestionAnswerer } from './question-answerer.js';
import { QuestionChecks } from './question-checks.js';
import { termStatisticsFor } from './answer/term-statistics.js';
import { correctSpelling } from './retrieval/spelling.js';
import { normalizeQuestion } from './validation.js';

export { toSearchHits, type AnswerModeInfo, type AskOptions, type DocumentInfo, type EngineInfo, type SearchHit, type SearchResponse } from './engine-types.js';

/**
 * The assistant's core: search, answers and summaries over one loaded index. Knows nothing of
 * Discord or the CLI. The index can be swapped while questions are in flight: each request
 * works on the snapshot it started with.
 */
export class QaEngine {
  private readonly snapshots: IndexSnapshots;
  private readonly answerer: QuestionAnswerer;
  private readonly checks: QuestionChecks;
  private readonly questions: AskContext;
  /** Tells a real word from a slip when mending (WordNet's words, by stem). */
  private readonly lexicon: Lexicon;

  constructor(
    index: RetrievalIndex,
    readonly embedder: Embedder,
    resources: AnswerResources,
    readonly logger: Logger,
    readonly options: EngineOptions = DEFAULT_ENGINE_OPTIONS,
    /** Optional language model; the extractive answer is the default and every fallback. */
    private readonly generator?: TextGenerator,
  ) {
    this.snapshots = new IndexSnapshots(index, embedder, resources, options);
    this.lexicon = resources.lexicon;
    this.answerer = new QuestionAnswerer(options.k, options.answer, logger, generator);
    this.checks = new QuestionChecks(this.snapshots, options, embedder.vocabulary);
    const summaryRequests = {
      snapshots: this.snapshots,
      embedder,
      generator,
      answerer: this.answerer,
      k: options.k,
      summarize: (request: SummaryRequest) => this.summarize(request),
    };
    this.questions = { snapshots: this.snapshots, checks: this.checks, answerer: this.answerer, summaryRequests };
  }

  /** The index questions are currently answered from. */
  get index(): RetrievalIndex {
    return this.snapshots.latest.index;
  }

  /**
   * Atomically switches to a freshly built index (corpus hot reload). The previous one is
   * closed once the requests still reading it are done, so reloads do not leak its database.
   */
  replaceIndex(index: RetrievalIndex): void {
    const previous = this.snapshots.swap(index);
    this.logger.info(
      { passages: index.passages.length, generation: index.manifest.generation },
      'index swapped in',
    );
    if (previous !== index) previous.keywords.retire();
  }

  /** Closes the current index once the requests reading it are done (the engine is being dropped). */
  close(): void {
    this.index.keywords.retire();
  }

  /** The documents answers come from, in index order. */
  documents(): DocumentInfo[] {
    return documentInfos(this.index.documents);
  }

  /** What the engine answers from and how: documents, passages, embedding model, build time, answer mode. */
  about(): EngineInfo {
    return engineInfo(this.index, this.answerMode());
  }

  /**
   * Every article answered from, with its passages and when (and for which server) it was
   * added; `visible` keeps only some (e.g. those a server may see).
   */
  articles(visible?: (document: CorpusDocument) => boolean): ArticleListing[] {
    return listArticles(this.index, visible);
  }

  /** Whether answers are generated (and by which model) or extractive. */
  answerMode(): AnswerModeInfo {
    return this.generator ? { mode: 'generated', model: this.generator.model } : { mode: 'extractive' };
  }

  /**
   * Summarises the article (the first document, or `docId`), or one section of it, by quoting
   * its key sentences with [n] citations. Throws a UserError for an unknown document or section.
   * With a language model configured, the summary is rewritten from the passages it cites,
   * keeping the quoted one on any failure.
   */
  async summarize(request: SummaryRequest = {}): Promise<Summary> {
    return this.snapshots.reading(async ({ index }) => {
      const summary = await summarizeIndexed(index, this.embedder, request);
      return this.generator ? this.generator.summarize(summary) : summary;
    });
  }

  /**
   * Checks what a summary request names, without summarising: throws the UserError
   * {@link QaEngine.summarize} would for an unknown document or section (front ends say so at once).
   */
  validateSummary(request: Pick<SummaryRequest, 'docId' | 'section'>): void {
    resolveSummaryTarget(this.index.documents, request);
  }

  /** Every document's sections (number, title, menu label), for front ends to offer. */
  sections(): SectionInfo[] {
    return listSections(this.index.documents);
  }

  /** Checks a question; throws a UserError when it is empty, too long, has no words, or is written in another alphabet than the corpus. */
  validate(question: string): string {
    return this.checks.validate(question);
  }

  /**
   * How the articles and the embedding model know a word. A conversation reads "reuters" as a
   * word of its own, not as "reuter's" written without its apostrophe, because they know it.
   */
  knownWord(word: string): KnownWord {
    const lower = word.toLowerCase();
    return { written: this.snapshots.latest.words.writes(lower), rank: this.embedder.vocabulary?.get(lower) };
  }

  /**
   * The text with its typing slips mended as retrieval mends a question's ("where was that
   * reportd" → "where was that reported"), so that a conversation's rules read the words meant.
   * Unchanged when the embedding model has no word list to tell a slip by.
   */
  mendSlips(text: string): string {
    const vocabulary = this.embedder.vocabulary;
    const { index, words } = this.snapshots.latest;
    return vocabulary ? correctSpelling(text, termStatisticsFor(index.keywords), vocabulary, words, { isWord: (word) => this.lexicon.knowsWord(word) }) : text;
  }

  /** Hybrid search: the `k` best passages for a question. */
  async search(
    question: string,
    k = this.options.k,
    mode: 'hybrid' | 'vector' | 'keyword' = 'hybrid',
  ): Promise<SearchResponse> {
    const clean = this.validate(question);
    const { results } = await this.snapshots.reading(({ retriever }) => retriever.retrieve(clean, k, mode));
    return { question: clean, results: toSearchHits(results) };
  }

  /**
   * Runs one question through retrieval and the extractive answerer and drops the result, so the
   * first real question does not pay for compiling the hot code and counting the index's term
   * statistics (about 15 ms, then about 1 ms). Never calls a language model.
   */
  async warmUp(): Promise<void> {
    await this.snapshots.reading(({ retriever }) => this.answerer.warmUp(retriever));
  }

  /**
   * Answers a question from the article: quoted sentences with [n] citations, or a plain
   * "the article doesn't say" with the closest passages. With a language model configured, the
   * answer is generated from the same evidence, falling back to the quoted one on any failure;
   * `progress.onDraft` then follows it as it is written. `options.retrievalPrior` leans
   * retrieval towards given passages (see ConversationalQa). A question in another alphabet or
   * language than the article's is refused with a UserError (`question-language`).
   */
  async ask(question: string, progress: AnswerProgress = {}, options: AskOptions = {}): Promise<Answer> {
    const started = performance.now();
    // "> a line of the article" and then a question about it: the quotation is the question's context.
    const quotation = quotedLines(question);
    const clean = this.validate(quotation ? question : withoutQuoteMarks(question));
    if (!quotation) return answerCheckedQuestion(this.questions, clean, started, progress, options);
    const quoted = { quoted: normalizeQuestion(quotation.quoted), said: normalizeQuestion(quotation.said) };
    return answerCheckedQuestion(this.questions, clean, started, progress, options, quoted);
  }

  /**
   * The reply {@link QaEngine.ask} refuses a question with for its language ("Please ask in
   * English: …"), or undefined when it reads the question; other user errors are thrown as ask
   * throws them. For measuring the rule on question sets without answering them.
   */
  async languageReply(question: string): Promise<string | undefined> {
    const clean = this.validate(question);
    if (detectIntent(clean) !== 'question') return undefined;
    return this.snapshots.reading((snapshot) => this.checks.languageRefusal(snapshot, clean));
  }
}
