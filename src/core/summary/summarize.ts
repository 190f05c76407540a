import type { CorpusDocument, DocumentSection, Passage } from '../corpus/types.js';
import type { Embedder } from '../embedding/embedder.js';
import { shortlistSentences } from './shortlist.js';
import { UserError } from '../errors.js';
import { roundScore } from '../scores.js';
import { composeSummary } from './compose-summary.js';
import {
  DEFAULT_IMPORTANCE,
  importanceScores,
  type ImportanceWeights,
  type TextShape,
} from './importance.js';
import { DEFAULT_SELECTION, selectSentences, type SelectionOptions } from './select-sentences.js';
import { similarityMatrix } from './sentence-graph.js';
import { sourceSentences, type SourceSentence } from './source-sentences.js';
import { isProse } from './surface-cues.js';
import { withoutHeadingNumber } from './sections.js';
import { contentTerms } from '../text/terms.js';
import { cosine } from '../embedding/embedder.js';
import { MAX_SUMMARY_SENTENCES, SENTENCES_FOR_LENGTH, type Summary, type SummaryShape } from './types.js';

/** What summaries need of a model: an {@link Embedder}, or a cache in front of one. */
export type SentenceEmbedder = Pick<Embedder, 'embedDocuments'>;

/** The most sentences a medium summary grows to when the text has many sections. */
export const MAX_MEDIUM_SENTENCES = 6;

/**
 * The sentence graph is quadratic in its sentences: a longer text is first shortlisted to this
 * many (see shortlistSentences).
 */
export const GRAPH_SENTENCES = 3000;
/** Beyond this many sentences (a long book), even embedding them all to shortlist takes too long. */
export const MAX_SOURCE_SENTENCES = 60_000;

/** Parameters of the method, for experiments; the defaults are what the product uses. */
export interface SummaryTuning {
  importance: ImportanceWeights;
  selection: SelectionOptions;
}

export const DEFAULT_TUNING: SummaryTuning = { importance: DEFAULT_IMPORTANCE, selection: DEFAULT_SELECTION };

/** What to summarise: one document (or one of its sections) and its passages, for citations. */
export interface SummaryInput extends SummaryShape {
  document: CorpusDocument;
  /** The document's passages; other documents' passages are ignored. */
  passages: readonly Passage[];
  /** Summarise only this section. */
  section?: DocumentSection;
  /** False when the document's title is only a file name, whose words say nothing of the topic. */
  titled?: boolean;
  embedder: SentenceEmbedder;
  tuning?: SummaryTuning;
}

/**
 * How many sentences a request asks for; throws a UserError for a count out of range. A medium
 * summary of text with several sections gives each a sentence and the lead one more, up to six.
 */
export function requestedSentences(shape: SummaryShape, sections = 1): number {
  if (shape.sentences === undefined) {
    const length = shape.length ?? 'medium';
    const count = SENTENCES_FOR_LENGTH[length];
    // A sentence per section, plus one: the untitled lead of a sectioned article states its news.
    return length === 'medium' && sections > 1 ? Math.max(count, Math.min(sections + 1, MAX_MEDIUM_SENTENCES)) : count;
  }
  if (!Number.isInteger(shape.sentences) || shape.sentences < 1 || shape.sentences > MAX_SUMMARY_SENTENCES) {
    throw new UserError(
      'summary-sentences',
      `The number of sentences must be a whole number from 1 to ${MAX_SUMMARY_SENTENCES}.`,
    );
  }
  return shape.sentences;
}

function textShape(input: SummaryInput, sentences: readonly SourceSentence[]): TextShape {
  const sectionNumbers = new Set(sentences.map((sentence) => sentence.sectionNumber));
  const titles = input.document.sections
    .filter((section) => sectionNumbers.has(section.number))
    .map((section) => section.title ?? '');
  const headings = input.titled === false ? titles : [input.document.title, ...titles];
  return { sectioned: sectionNumbers.size > 1, headings };
}

/**
 * How closely each sentence restates a section heading: half cosine similarity, half the
 * share of the heading's words it contains (the better of the two for the best heading).
 */
async function headingMatches(
  sentences: readonly SourceSentence[],
  sentenceVectors: readonly Float32Array[],
  headings: readonly string[],
  embedder: SentenceEmbedder,
): Promise<number[]> {
  const plain = headings.map(withoutHeadingNumber).filter((heading) => heading.trim() !== '');
  if (plain.length === 0) return sentences.map(() => 0);
  const headingVectors = await embedder.embedDocuments(plain);
  const headingTerms = plain.map((heading) => new Set(contentTerms(heading)));
  return sentences.map((sentence, index) => {
    const terms = new Set(contentTerms(sentence.text));
    const vector = sentenceVectors[index] as Float32Array;
    return Math.max(
      ...plain.map((_, h) => {
        const wanted = headingTerms[h] as Set<string>;
        const shared = [...wanted].filter((term) => terms.has(term)).length;
        return 0.5 * cosine(vector, headingVectors[h] as Float32Array) + 0.5 * (wanted.size > 0 ? shared / wanted.size : 0);
      }),
    );
  });
}

/**
 * Summarises a document or one of its sections by quoting its most important sentences:
 * central in the sentence graph, well placed, on topic, and unlike each other. Text no longer
 * than the summary asked for is returned whole, with a note. Deterministic for a given model.
 */
export async function summarizeDocument(input: SummaryInput): Promise<Summary> {
  const started = performance.now();
  requestedSentences(input); // Fail fast on a bad count, before any work.
  const passages = input.passages.filter((passage) => passage.docId === input.document.id);
  const allSentences = sourceSentences(input.document, passages, input.section?.number);
  const sections = new Set(allSentences.map((sentence) => sentence.sectionNumber)).size;
  const count = requestedSentences(input, sections);
  const where = input.section
    ? `Section "${input.section.title ?? 'Introduction'}"`
    : `"${input.document.title}"`;
  if (allSentences.length === 0) throw new UserError('summary-empty', `${where} has no text to summarise.`);
  if (allSentences.length > MAX_SOURCE_SENTENCES) {
    throw new UserError(
      'summary-too-long',
      `${where} has ${allSentences.length.toLocaleString('en')} sentences; summaries handle at most ${MAX_SOURCE_SENTENCES.toLocaleString('en')}.` +
        (sections > 1 && !input.section ? ' Summarise one section at a time.' : ''),
    );
  }
  // A long text: only the sentences worth ranking go into the graph.
  let sentences = allSentences;
  let shortlistedVectors: Float32Array[] | undefined;
  if (allSentences.length > GRAPH_SENTENCES) {
    const vectors = await input.embedder.embedDocuments(allSentences.map((sentence) => sentence.text));
    const kept = shortlistSentences(allSentences, vectors, GRAPH_SENTENCES);
    sentences = kept.map((index) => allSentences[index] as SourceSentence);
    shortlistedVectors = kept.map((index) => vectors[index] as Float32Array);
  }

  let chosen: Array<{ sentence: SourceSentence; importance: number }>;
  let note: string | undefined;
  if (sentences.length <= count) {
    chosen = sentences.map((sentence) => ({ sentence, importance: 1 }));
    const length = sentences.length === 1 ? '1 sentence' : `${sentences.length} sentences`;
    note = `${where} is only ${length} long, too short to summarise, so it is shown as it is.`;
  } else {
    const tuning = input.tuning ?? DEFAULT_TUNING;
    const vectors = shortlistedVectors ?? (await input.embedder.embedDocuments(sentences.map((sentence) => sentence.text)));
    const similarities = similarityMatrix(vectors);
    const shape = textShape(input, sentences);
    // Section headings only: the document title names the topic, not one of its points.
    const sectionHeadings = input.document.sections
      .filter((section) => section.title !== null && sentences.some((sentence) => sentence.sectionNumber === section.number))
      .map((section) => section.title as string);
    const headingMatch = shape.sectioned ? await headingMatches(sentences, vectors, sectionHeadings, input.embedder) : undefined;
    const importance = importanceScores(
      sentences,
      similarities,
      headingMatch ? { ...shape, headingMatch } : shape,
      tuning.importance,
    );
    const candidates = sentences.map((sentence, index) => ({
      importance: importance[index] ?? 0,
      group: sentence.sectionNumber,
      eligible: isProse(sentence.text),
    }));
    chosen = selectSentences(candidates, similarities, count, tuning.selection).map((index) => ({
      sentence: sentences[index] as SourceSentence,
      importance: Math.max(0, importance[index] ?? 0),
    }));
  }

  const composed = composeSummary(chosen, { bullets: input.bullets ?? false });
  return {
    ...composed,
    mode: 'extractive',
    bullets: input.bullets ?? false,
    docId: input.document.id,
    docTitle: input.document.title,
    section: input.section ? { number: input.section.number, title: input.section.title } : null,
    ...(note ? { note } : {}),
    timingsMs: { total: roundScore(performance.now() - started) },
  };
}
