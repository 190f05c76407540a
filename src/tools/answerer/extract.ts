import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadEmbedder, indexRequest } from '../../app/create-engine.js';
import { loadLexicon } from '../../core/answer/answer-resources.js';
import type { Embedder } from '../../core/embedding/embedder.js';
import { loadOrBuildIndex } from '../../core/index/build-index.js';
import { CandidateFinder } from '../../core/retrieval/candidate-finder.js';
import { loadConfig } from '../../config/load-config.js';
import { createSilentLogger } from '../../logging/logger.js';
import type { LabelledSet } from './datasets.js';

/** One candidate sentence of one question, as training and evaluation read it. */
export interface CandidateRow {
  features: number[];
  /** 1 when the sentence answers the question. */
  label: 0 | 1;
  text: string;
  docId: string;
  /** The chunk id of the passage it would be cited from, and that passage's text. */
  passageId: string;
}

/** A question with all its candidates. */
export interface QuestionRows {
  id: string;
  question: string;
  answerable: boolean;
  gold: string[];
  rows: CandidateRow[];
  /** The first-stage passages' chunk ids and texts, best first (for passage hit rates). */
  passages: Array<{ id: string; text: string }>;
}

/** Writes the set's corpus (when it is given as files) and returns the corpus path to index. */
async function corpusPath(set: LabelledSet, workDirectory: string): Promise<string> {
  if ('path' in set.corpus) return set.corpus.path;
  const directory = path.join(workDirectory, set.corpusName ?? set.name, 'corpus');
  await mkdir(directory, { recursive: true });
  for (const [name, text] of set.corpus.files) await writeFile(path.join(directory, name), text);
  return directory;
}

/**
 * Indexes a labelled set's corpus with the configured defaults and the given embedding model,
 * then finds every question's candidates exactly as the engine does, with their features and labels.
 */
export async function extractRows(set: LabelledSet, workDirectory: string, embedder?: Embedder): Promise<QuestionRows[]> {
  const logger = createSilentLogger();
  const corpus = await corpusPath(set, workDirectory);
  const config = loadConfig({ overrides: { corpus, indexDir: path.join(workDirectory, set.corpusName ?? set.name, 'index') }, environment: {} });
  const model = embedder ?? (await loadEmbedder(config, logger));
  // Always built afresh: a saved index records its format and parameters, not the rules that split
  // sentences and passages, so one left in the work directory by an earlier run of changed code
  // would give candidates a clean checkout cannot reproduce (test:training would then fail).
  const { index } = await loadOrBuildIndex(indexRequest(config, model, logger, { force: true }));
  const finder = new CandidateFinder(index, model, await loadLexicon(config.model.dir), config.retrieval);
  const questions: QuestionRows[] = [];
  for (const question of set.questions) {
    const found = await finder.candidates(question.text.replace(/\s+/g, ' ').trim());
    const rows = found.candidates.map((evidence, position): CandidateRow => {
      const { candidate } = evidence;
      const span = { docId: candidate.passage.docId, start: candidate.start, end: candidate.end, text: candidate.text };
      return {
        features: Array.from(found.features[position] as Float64Array),
        label: question.answerable && question.answers(span) ? 1 : 0,
        text: candidate.text,
        docId: candidate.passage.docId,
        passageId: candidate.passage.id,
      };
    });
    questions.push({
      id: question.id,
      question: question.text,
      answerable: question.answerable,
      gold: question.gold,
      rows,
      passages: found.passages.slice(0, 10).map((item) => ({ id: item.passage.id, text: item.passage.text })),
    });
  }
  return questions;
}
