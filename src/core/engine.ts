import type { Logger } from 'pino';
import type { AnswerResources } from './answer/answer-resources.js';
import { listArticles, type ArticleListing } from './articles/article-library.js';
import type { Answer } from './answer/types.js';
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from './engine-options.js';
import type { CorpusDocument } from './corpus/types.js';
import type { Embedder } from './embedding/embedder.js';
import type { AnswerProgress } from './generation/generated-answerer.js';
import type { TextGenerator } from './generation/language-model-writer.js';
import type { RetrievalIndex } from './index/retrieval-index.js';
import { CandidateFinder } from './retrieval/candidate-finder.js';
import { HybridRetriever } from './retrieval/hybrid-retriever.js';
import { SurfaceWords } from './retrieval/surface-words.js';
import { roundScore } from './scores.js';
import { listSections } from './summary/sections.js';
import { notingOtherDocuments, otherDocumentsNote, resolveSummaryTarget, summarizeIndexed } from './summary/summarize-index.js';
import { MAX_SUMMARY_SENTENCES, type SectionInfo, type Summary, type SummaryRequest } from './summary/types.js';
import { validateQuestion } from './validation.js';
import { detectIntent, summaryRequest, type SummaryAsk } from './intent/intent.js';
import { helpAnswer, nothingAboutAnswer, sectionTitled, summaryAnswer, type UntimedAnswer } from './intent/intent-answers.js';
import { corpusLatinShare, inOtherScript } from './text/script.js';
import { LanguageCheck } from './language-check.js';
import { splitQuestions } from './intent/split-questions.js';
import { withoutLinks } from './answer/question-frame.js';
import { UserError } from './errors.js';
import { toSearchHits, type AnswerModeInfo, type AskOptions, type DocumentInfo, type EngineInfo, type SearchResponse } from './engine-types.js';
import { ASK_IN_ENGLISH, QuestionAnswerer, type AnswerSource } from './question-answerer.js';

export { toSearchHits, type AnswerModeInfo, type AskOptions, type DocumentInfo, type EngineInfo, type SearchHit, type SearchResponse } from './engine-types.js';

/** The index and the retriever bound to it: what one request works on from start to end. */
interface Snapshot {
  index: RetrievalIndex;
  retriever: HybridRetriever;
  /** The words the index's passages write, by stem. */
  words: SurfaceWords;
}

/** How the articles and the embedding model know a plain lower-case word (see {@link QaEngine.knownWord}). */
export interface KnownWord {
  /** The articles write it as it is ("reuters" in an article that cites Reuters). */
  written: boolean;
  /** Its place in the word-vector model's vocabulary, commonest first; undefined when unknown or the model has no word list. */
  rank: number | undefined;
}

/**
 * The assistant's core: search, answers and summaries over one loaded index. Knows nothing of
 * Discord or the CLI. The index can be swapped while questions are in flight: each request
 * works on the snapshot it started with.
 */
export class QaEngine {
  private current: Snapshot;
  private readonly scriptShares = new WeakMap<object, number>();
  private readonly answerer: QuestionAnswerer;
  private readonly languageCheck: LanguageCheck;

  constructor(
    index: RetrievalIndex,
    readonly embedder: Embedder,
    private readonly resources: AnswerResources,
    readonly logger: Logger,
    readonly options: EngineOptions = DEFAULT_ENGINE_OPTIONS,
    /** Optional language model; the extractive answer is the default and every fallback. */
    private readonly generator?: TextGenerator,
  ) {
    this.current = this.snapshotOf(index);
    this.answerer = new QuestionAnswerer(options.k, options.answer, logger, generator);
    this.languageCheck = new LanguageCheck(embedder.vocabulary);
  }

  private snapshotOf(index: RetrievalIndex): Snapshot {
    const finder = new CandidateFinder(index, this.embedder, this.resources.lexicon, this.options.fusion);
    return { index, retriever: new HybridRetriever(finder, this.resources.model), words: new SurfaceWords(index.keywords, index.passages) };
  }

  /** The index questions are currently answered from. */
  get index(): RetrievalIndex {
    return this.current.index;
  }

  /**
   * Atomically switches to a freshly built index (corpus hot reload). The previous one is
   * closed once the requests still reading it are done, so reloads do not leak its database.
   */
  replaceIndex(index: RetrievalIndex): void {
    const previous = this.current.index;
    this.current = this.snapshotOf(index);
    this.logger.info(
      { passages: index.passages.length, generation: index.manifest.generation },
      'index swapped in',
    );
    if (previous !== index) previous.keywords.retire();
  }

  /** Closes the current index once the requests reading it are done (the engine is being dropped). */
  close(): void {
    this.current.index.keywords.retire();
  }

  /** Runs a request on the current index, which stays open until the request is done even if another is swapped in. */
  private async reading<T>(work: (snapshot: Snapshot) => Promise<T>): Promise<T> {
    const snapshot = this.current;
    const release = snapshot.index.keywords.retain();
    try {
      return await work(snapshot);
    } finally {
      release();
    }
  }

  /** The documents answers come from, in index order. */
  documents(): DocumentInfo[] {
    return this.current.index.documents.map((document) => ({ id: document.id, title: document.title }));
  }

  /** What the engine answers from and how: documents, passages, embedding model, build time, answer mode. */
  about(): EngineInfo {
    const { documents, passages, manifest } = this.current.index;
    // A server's view lists only the documents it may see, but shares the whole passage list.
    const visible = new Set(documents.map((document) => document.id));
    return {
      documents: this.documents(),
      passages: passages.filter((passage) => visible.has(passage.docId)).length,
      embeddingModel: manifest.model.id,
      builtAt: manifest.builtAt,
      answerMode: this.answerMode(),
    };
  }

  /**
   * Every article answered from, with its passages and when (and for which server) it was
   * added; `visible` keeps only some (e.g. those a server may see).
   */
  articles(visible?: (document: CorpusDocument) => boolean): ArticleListing[] {
    return listArticles(this.current.index, visible);
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
    return this.reading(async ({ index }) => {
      const summary = await summarizeIndexed(index, this.embedder, request);
      return this.generator ? this.generator.summarize(summary) : summary;
    });
  }

  /**
   * Checks what a summary request names, without summarising: throws the UserError
   * {@link QaEngine.summarize} would for an unknown document or section (front ends say so at once).
   */
  validateSummary(request: Pick<SummaryRequest, 'docId' | 'section'>): void {
    resolveSummaryTarget(this.current.index.documents, request);
  }

  /** Every document's sections (number, title, menu label), for front ends to offer. */
  sections(): SectionInfo[] {
    return listSections(this.current.index.documents);
  }

  /** Checks a question; throws a UserError when it is empty, too long, has no words, or is written in another alphabet than the corpus. */
  validate(question: string): string {
    const clean = validateQuestion(question, this.options.maxQuestionChars);
    // Checked here, before any adapter defers a reply: a question in another alphabet is a user error like any other.
    if (inOtherScript(withoutLinks(clean), this.latinShare(this.current.index))) {
      throw new UserError('question-language', ASK_IN_ENGLISH);
    }
    return clean;
  }

  /**
   * How the articles and the embedding model know a word. A conversation reads "reuters" as a
   * word of its own, not as "reuter's" written without its apostrophe, because they know it.
   */
  knownWord(word: string): KnownWord {
    const lower = word.toLowerCase();
    return { written: this.current.words.writes(lower), rank: this.embedder.vocabulary?.get(lower) };
  }

  /** Hybrid search: the `k` best passages for a question. */
  async search(
    question: string,
    k = this.options.k,
    mode: 'hybrid' | 'vector' | 'keyword' = 'hybrid',
  ): Promise<SearchResponse> {
    const clean = this.validate(question);
    const { results } = await this.reading(({ retriever }) => retriever.retrieve(clean, k, mode));
    return { question: clean, results: toSearchHits(results) };
  }

  /**
   * Runs one question through retrieval and the extractive answerer and drops the result, so the
   * first real question does not pay for compiling the hot code and counting the index's term
   * statistics (about 15 ms, then about 1 ms). Never calls a language model.
   */
  async warmUp(): Promise<void> {
    await this.reading(({ retriever }) => this.answerer.warmUp(retriever));
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
    const clean = this.validate(question);
    const intent = detectIntent(clean);
    if (intent !== 'question') {
      // "tl;dr" or "hi" is not a question the article answers: summarise, or say how to use the bot.
      const asked = intent === 'summary' ? summaryRequest(clean) : undefined;
      if (asked) return this.answerSummaryRequest(clean, asked, started, options);
      const answer = helpAnswer(clean, this.current.index.documents);
      const total = roundScore(performance.now() - started);
      return { ...answer, timingsMs: { retrieve: 0, compose: total, total } };
    }
    return this.reading(async (snapshot) => {
      // Asked here, after small talk and summary requests ("hi", "tl;dr") have been told apart.
      const refusal = await this.languageCheck.refusal(snapshot.index, snapshot.words, clean);
      if (refusal !== undefined) throw new UserError('question-language', refusal);
      const parts = splitQuestions(clean);
      if (parts.length > 1) return this.answerer.answerParts(this.source(snapshot), clean, parts, started, options);
      return this.answerer.answer(this.source(snapshot), clean, started, progress, options);
    });
  }

  /**
   * The reply {@link QaEngine.ask} refuses a question with for its language ("Please ask in
   * English: …"), or undefined when it reads the question; other user errors are thrown as ask
   * throws them. For measuring the rule on question sets without answering them.
   */
  async languageReply(question: string): Promise<string | undefined> {
    const clean = this.validate(question);
    if (detectIntent(clean) !== 'question') return undefined;
    return this.reading((snapshot) => this.languageCheck.refusal(snapshot.index, snapshot.words, clean));
  }

  /**
   * A summary asked for in words: of the part named ("sum up section 3", "the part about nato"),
   * in the shape asked ("in 3 sentences", "bullet points"), short otherwise. "tell me more" after
   * a summary asks for a fuller one. A part named by its topic is the section whose title says it,
   * else the section of the passage that best matches the topic; in an article without sections,
   * what the article says on the topic. A topic the article never names is said so.
   */
  private async answerSummaryRequest(clean: string, asked: SummaryAsk, started: number, options: AskOptions): Promise<Answer> {
    const shape = options.alreadyShown?.length ? { sentences: Math.min(MAX_SUMMARY_SENTENCES, options.alreadyShown.length + 4), ...(asked.shape.bullets ? { bullets: true } : {}) } : asked.shape;
    const finish = (answer: UntimedAnswer, retrieve = 0): Answer => {
      const total = roundScore(performance.now() - started);
      return { ...answer, timingsMs: { retrieve, compose: roundScore(total - retrieve), total } };
    };
    const { scope } = asked;
    if (scope === undefined) return finish(summaryAnswer(clean, await this.summarize(shape)));
    const { documents } = this.current.index;
    if (scope.kind === 'section') {
      const first = documents[0];
      const number = scope.section === 'last' ? Math.max(0, ...(first?.sections ?? []).map((part) => part.number)) : scope.section;
      // Articles number their sections alike: "section 2" is the first article's, as "tl;dr" is,
      // when it has one (a member cannot say which article in words); else whichever has it.
      const docId = first?.sections.some((part) => part.number === number) ? first.id : undefined;
      const summary = await this.summarize({ ...shape, ...(docId ? { docId } : {}), section: String(number) });
      return finish(summaryAnswer(clean, docId ? notingOtherDocuments(summary, documents) : summary));
    }
    const byTitle = sectionTitled(documents, scope.topic);
    if (byTitle) {
      const summary = await this.summarize({ ...shape, docId: byTitle.document.id, section: String(byTitle.section.number) });
      return finish(summaryAnswer(clean, notingOtherDocuments(summary, documents)));
    }
    return this.reading(async (snapshot) => {
      const { results } = await snapshot.retriever.retrieve(scope.topic, this.options.k, 'keyword');
      const best = results.find((result) => result.keywordScore > 0)?.passage;
      const retrieve = roundScore(performance.now() - started);
      if (!best) return finish(nothingAboutAnswer(clean, scope.topic, snapshot.index.documents), retrieve);
      const document = snapshot.index.documents.find((candidate) => candidate.id === best.docId);
      if (document && document.sections.length > 1) {
        const summary = notingOtherDocuments(await summarizeIndexed(snapshot.index, this.embedder, { ...shape, docId: document.id, section: String(best.sectionNumber) }), snapshot.index.documents);
        return finish(summaryAnswer(clean, this.generator ? await this.generator.summarize(summary) : summary), retrieve);
      }
      // No sections to choose from: what the article says on the topic is the part asked for.
      const answer = await this.answerer.answer(this.source(snapshot), `does the article talk about ${scope.topic}`, started, {}, options);
      const several = document !== undefined && snapshot.index.documents.length > 1;
      const summaryOf = several ? { summaryOf: { docId: document.id, docTitle: document.title, section: null, note: otherDocumentsNote(snapshot.index.documents, document) } } : {};
      return { ...answer, question: clean, intent: 'summary', ...summaryOf };
    });
  }

  /** What a question on this snapshot is answered against. */
  private source({ index, retriever }: Snapshot): AnswerSource {
    return { retriever, latinShare: () => this.latinShare(index) };
  }

  /** The share of Latin letters in an index's corpus, counted once per index. */
  private latinShare(index: RetrievalIndex): number {
    let share = this.scriptShares.get(index);
    if (share === undefined) {
      share = corpusLatinShare(index.documents.map((document) => document.text));
      this.scriptShares.set(index, share);
    }
    return share;
  }
}
