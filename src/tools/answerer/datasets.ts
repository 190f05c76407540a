import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { documentIdFromPath } from '../../core/corpus/load-corpus.js';

/** A candidate sentence as labelling sees it: its document, offsets and text. */
export interface LabelledSpan {
  docId: string;
  start: number;
  end: number;
  text: string;
}

/** One question with the rule that says which candidate sentences answer it. */
export interface LabelledQuestion {
  id: string;
  text: string;
  answerable: boolean;
  /** Whether a candidate sentence answers the question (always false when unanswerable). */
  answers: (span: LabelledSpan) => boolean;
  /** For checking answers as the scorer does: strings a right answer contains. */
  gold: string[];
}

/** A corpus (files written to a scratch directory and indexed) and questions about it. */
export interface LabelledSet {
  name: string;
  /** Sets over the same corpus share its index under this name (default: `name`). */
  corpusName?: string;
  /** Sets of one group are weighed as one set in training (default: `name`). */
  group?: string;
  /** Either files to write (`name` → text) or an existing corpus path. */
  corpus: { files: Map<string, string> } | { path: string };
  questions: LabelledQuestion[];
}

/** Lower case, whitespace collapsed: how answers and gold strings are compared. */
export const normalize = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** A JSON-lines file's records. */
export async function readJsonLines<T>(file: string): Promise<T[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** A right answer quotes the first eight words of a correct sentence (as WikiQA's scorer file states them). */
function firstWords(sentence: string, count = 8): string {
  return sentence.split(/\s+/).slice(0, count).join(' ');
}

interface WikiQaPair {
  id: string;
  q: string;
  docId: string;
  title: string;
  sentences: Array<{ text: string; label: number }>;
}

/**
 * WikiQA's labelled pairs as one corpus of short Wikipedia summaries, written as the dev set's
 * articles are (title line, blank line, the sentences as one paragraph). A candidate answers
 * when it is in the question's article and holds the start of a sentence labelled 1.
 */
export async function wikiQaSet(name: string, pairsFile: string): Promise<LabelledSet> {
  const pairs = await readJsonLines<WikiQaPair>(pairsFile);
  const files = new Map<string, string>();
  for (const pair of pairs) {
    files.set(`${pair.docId}.txt`, `${pair.title}\n\n${pair.sentences.map((sentence) => sentence.text).join(' ')}\n`);
  }
  const questions = pairs.map((pair): LabelledQuestion => {
    const docId = documentIdFromPath(`${pair.docId}.txt`);
    const gold = pair.sentences.filter((sentence) => sentence.label === 1).map((sentence) => normalize(firstWords(sentence.text)));
    return {
      id: pair.id,
      text: pair.q,
      answerable: gold.length > 0,
      answers: (span) => span.docId === docId && gold.some((start) => normalize(span.text).includes(start)),
      gold,
    };
  });
  return { name, corpus: { files }, questions };
}

interface SquadQuestion {
  id: string;
  title: string;
  question: string;
  is_impossible: boolean;
  answers: Array<{ text: string; answer_start?: number }>;
  context?: string;
}

/**
 * SQuAD 2.0 questions over whole articles (title line, then paragraphs). With each answer's
 * paragraph and offset (training data), a candidate answers when it holds the answer span
 * itself; without them (dev data), when it holds an answer's text.
 */
export async function squadSet(name: string, directory: string): Promise<LabelledSet> {
  const articles = path.join(directory, 'articles');
  const texts = new Map<string, string>();
  for (const file of (await readdir(articles)).filter((entry) => entry.endsWith('.txt')).sort()) {
    texts.set(file.replace(/\.txt$/, ''), (await readFile(path.join(articles, file), 'utf8')).replace(/\r\n?/g, '\n'));
  }
  const records = await readJsonLines<SquadQuestion>(path.join(directory, 'questions.jsonl'));
  const questions = records.map((record): LabelledQuestion => {
    const docId = documentIdFromPath(`${record.title}.txt`);
    const article = texts.get(record.title) ?? '';
    const paragraphStart = record.context ? article.indexOf(record.context) : -1;
    const spans = record.is_impossible
      ? []
      : record.answers
          .filter((answer) => answer.answer_start !== undefined && paragraphStart >= 0)
          .map((answer) => ({ start: paragraphStart + (answer.answer_start as number), end: paragraphStart + (answer.answer_start as number) + answer.text.length }));
    const gold = record.is_impossible ? [] : [...new Set(record.answers.map((answer) => normalize(answer.text)))];
    return {
      id: record.id,
      text: record.question,
      answerable: !record.is_impossible,
      answers: (span) =>
        span.docId === docId &&
        (spans.length > 0
          ? spans.some((answer) => span.start <= answer.start && answer.end <= span.end)
          : gold.some((answer) => normalize(span.text).includes(answer))),
      gold,
    };
  });
  return { name, corpus: { path: articles }, questions };
}

interface ScorerQuestion {
  id: string;
  q: string;
  unanswerable?: boolean;
  answers?: string[];
}

/** A question file in the scorer's shape over a given corpus; a candidate answers when it holds a gold answer. */
export async function scorerSet(name: string, questionsFile: string, corpusPath: string): Promise<LabelledSet> {
  const records = await readJsonLines<ScorerQuestion>(questionsFile);
  const questions = records.map((record): LabelledQuestion => {
    const gold = record.unanswerable ? [] : (record.answers ?? []).map(normalize);
    return {
      id: record.id,
      text: record.q,
      answerable: !record.unanswerable,
      answers: (span) => gold.some((answer) => normalize(span.text).includes(answer)),
      gold,
    };
  });
  return { name, corpus: { path: corpusPath }, questions };
}
