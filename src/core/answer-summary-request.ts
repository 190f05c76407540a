import type { Answer } from './answer/types.js';
import type { Embedder } from './embedding/embedder.js';
import type { IndexSnapshots } from './engine-snapshots.js';
import type { AskOptions } from './engine-types.js';
import type { TextGenerator } from './generation/language-model-writer.js';
import type { SummaryAsk } from './intent/summary-request.js';
import { nothingAboutAnswer, sectionTitled, summaryAnswer, type UntimedAnswer } from './intent/intent-answers.js';
import type { QuestionAnswerer } from './question-answerer.js';
import { roundScore } from './scores.js';
import { notingOtherDocuments, otherDocumentsNote, summarizeIndexed } from './summary/summarize-index.js';
import { MAX_SUMMARY_SENTENCES, type Summary, type SummaryRequest } from './summary/types.js';

/** What the engine lends a summary asked for in words: its snapshots, models and answerer. */
export interface SummaryRequestContext {
  snapshots: IndexSnapshots;
  embedder: Embedder;
  /** Optional language model; the quoted summary is kept on any failure. */
  generator: TextGenerator | undefined;
  answerer: QuestionAnswerer;
  /** Passages retrieved for a topic. */
  k: number;
  /** The engine's own summary (see QaEngine.summarize). */
  summarize(request: SummaryRequest): Promise<Summary>;
}

/**
 * A summary asked for in words: of the part named ("sum up section 3", "the part about nato"),
 * in the shape asked ("in 3 sentences", "bullet points"), short otherwise. "tell me more" after
 * a summary asks for a fuller one. A part named by its topic is the section whose title says it,
 * else the section of the passage that best matches the topic; in an article without sections,
 * what the article says on the topic. A topic the article never names is said so.
 */
export async function answerSummaryRequest(context: SummaryRequestContext, clean: string, asked: SummaryAsk, started: number, options: AskOptions): Promise<Answer> {
  const { snapshots, embedder, generator, answerer } = context;
  const shape = options.alreadyShown?.length ? { sentences: Math.min(MAX_SUMMARY_SENTENCES, options.alreadyShown.length + 4), ...(asked.shape.bullets ? { bullets: true } : {}) } : asked.shape;
  const finish = (answer: UntimedAnswer, retrieve = 0): Answer => {
    const total = roundScore(performance.now() - started);
    return { ...answer, timingsMs: { retrieve, compose: roundScore(total - retrieve), total } };
  };
  const { scope } = asked;
  if (scope === undefined) return finish(summaryAnswer(clean, await context.summarize(shape)));
  const { documents } = snapshots.latest.index;
  if (scope.kind === 'section') {
    const first = documents[0];
    const number = scope.section === 'last' ? Math.max(0, ...(first?.sections ?? []).map((part) => part.number)) : scope.section;
    // Articles number their sections alike: "section 2" is the first article's, as "tl;dr" is,
    // when it has one (a member cannot say which article in words); else whichever has it.
    const docId = first?.sections.some((part) => part.number === number) ? first.id : undefined;
    const summary = await context.summarize({ ...shape, ...(docId ? { docId } : {}), section: String(number) });
    return finish(summaryAnswer(clean, docId ? notingOtherDocuments(summary, documents) : summary));
  }
  const byTitle = sectionTitled(documents, scope.topic);
  if (byTitle) {
    const summary = await context.summarize({ ...shape, docId: byTitle.document.id, section: String(byTitle.section.number) });
    return finish(summaryAnswer(clean, notingOtherDocuments(summary, documents)));
  }
  return snapshots.reading(async (snapshot) => {
    const { results } = await snapshot.retriever.retrieve(scope.topic, context.k, 'keyword');
    const best = results.find((result) => result.keywordScore > 0)?.passage;
    const retrieve = roundScore(performance.now() - started);
    if (!best) return finish(nothingAboutAnswer(clean, scope.topic, snapshot.index.documents), retrieve);
    const document = snapshot.index.documents.find((candidate) => candidate.id === best.docId);
    if (document && document.sections.length > 1) {
      const summary = notingOtherDocuments(await summarizeIndexed(snapshot.index, embedder, { ...shape, docId: document.id, section: String(best.sectionNumber) }), snapshot.index.documents);
      return finish(summaryAnswer(clean, generator ? await generator.summarize(summary) : summary), retrieve);
    }
    // No sections to choose from: what the article says on the topic is the part asked for.
    const answer = await answerer.answer(snapshots.source(snapshot), `does the article talk about ${scope.topic}`, started, {}, options);
    const several = document !== undefined && snapshot.index.documents.length > 1;
    const summaryOf = several ? { summaryOf: { docId: document.id, docTitle: document.title, section: null, note: otherDocumentsNote(snapshot.index.documents, document) } } : {};
    return { ...answer, question: clean, intent: 'summary', ...summaryOf };
  });
}
