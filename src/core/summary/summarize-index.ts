import type { CorpusDocument, DocumentSection } from '../corpus/types.js';
import type { RetrievalIndex } from '../index/retrieval-index.js';
import { resolveDocument, resolveSection } from './sections.js';
import { summarizeDocument, type SentenceEmbedder, type SummaryTuning } from './summarize.js';
import type { Summary, SummaryRequest } from './types.js';

/**
 * Picks what a request means in a corpus: the named document (or the first), and the named
 * section. A section named without a document is looked up in every document, so "summary of
 * Background" works in a corpus of several files as long as only one has that section. Throws a
 * UserError naming the valid ones for an unknown document or section.
 */
export function resolveSummaryTarget(
  documents: readonly CorpusDocument[],
  request: SummaryRequest,
): { document: CorpusDocument; section?: DocumentSection } {
  if (request.section !== undefined) {
    const scope = request.docId === undefined ? documents : [resolveDocument(documents, request.docId)];
    return resolveSection(scope, request.section);
  }
  return { document: resolveDocument(documents, request.docId) };
}

/** Tells the reader that the corpus holds more than what was summarised, and how to choose. */
export function otherDocumentsNote(documents: readonly CorpusDocument[], summarised: CorpusDocument): string {
  const others = documents.filter((document) => document.id !== summarised.id).map((document) => document.id);
  return `The corpus holds ${documents.length} documents; this summarises "${summarised.title}" (${summarised.id}). The others, by id: ${others.join(', ')}.`;
}

/**
 * Summarises a document of the loaded index, or one of its sections, citing the index's
 * passages. Without a document id the first (or only) document is summarised, with a note
 * when there are others.
 */
export async function summarizeIndexed(
  index: Pick<RetrievalIndex, 'documents' | 'passages'>,
  embedder: SentenceEmbedder,
  request: SummaryRequest = {},
  tuning?: SummaryTuning,
): Promise<Summary> {
  const { document, section } = resolveSummaryTarget(index.documents, request);
  const summary = await summarizeDocument({
    document,
    passages: index.passages.filter((passage) => passage.docId === document.id),
    embedder,
    ...(section ? { section } : {}),
    ...(request.length ? { length: request.length } : {}),
    ...(request.sentences !== undefined ? { sentences: request.sentences } : {}),
    ...(request.bullets !== undefined ? { bullets: request.bullets } : {}),
    ...(tuning ? { tuning } : {}),
  });
  return request.docId === undefined ? notingOtherDocuments(summary, index.documents) : summary;
}

/**
 * A summary of a document chosen for the reader, not by them (the part of several articles a
 * request named by its topic, "sum up section 2" in the first article), with the note naming it
 * among the others when the corpus holds several: "In short (a summary of the section
 * "Funding")" alone does not say which article that section is in.
 */
export function notingOtherDocuments(summary: Summary, documents: readonly CorpusDocument[]): Summary {
  const summarised = documents.find((document) => document.id === summary.docId);
  if (documents.length < 2 || !summarised) return summary;
  return { ...summary, note: [summary.note, otherDocumentsNote(documents, summarised)].filter(Boolean).join(' ') };
}
