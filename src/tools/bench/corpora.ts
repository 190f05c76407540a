import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChunkingOptions } from '../../core/corpus/chunk-passages.js';
import { chunkDocument } from '../../core/corpus/chunk-passages.js';
import { loadCorpus } from '../../core/corpus/load-corpus.js';
import type { Embedder } from '../../core/embedding/embedder.js';
import { splitSentences } from '../../core/text/sentences.js';
import { readTokenizerVocabulary, semanticTopics, writeGeneratedCorpus } from './corpus-generator.js';
import { randomInteger, seededRandom } from './seeded-random.js';

/** Bumped whenever generated text would change, so cached corpora are written again. */
const GENERATOR_VERSION = 1;
const TOPICS = { count: 400, size: 150 } as const;

/** A generated corpus on disk and how many passages it chunks into. */
export interface BenchCorpus {
  name: string;
  directory: string;
  passages: number;
  /** How many files the corpus was written as, when each must become a document. */
  files?: number;
}

/**
 * A generated corpus of about `passages` passages under `root`, written once and reused while
 * the generator, seed and size stay the same (a stamp file records them).
 */
export async function generatedCorpus(
  root: string,
  options: {
    passages: number;
    seed: number;
    chunking: ChunkingOptions;
    embedder: Embedder;
    tokenizerFile: string;
  },
): Promise<BenchCorpus> {
  const name = `generated-${options.passages}`;
  const directory = path.join(root, `${name}-seed${options.seed}`);
  const stampFile = path.join(root, `${name}-seed${options.seed}.json`);
  const stamp = JSON.stringify({
    version: GENERATOR_VERSION,
    seed: options.seed,
    passages: options.passages,
    chunking: options.chunking,
  });
  if (existsSync(stampFile) && existsSync(directory)) {
    const saved = JSON.parse(await readFile(stampFile, 'utf8')) as { stamp: string; passages: number };
    if (saved.stamp === stamp) return { name, directory, passages: saved.passages };
  }
  const words = await readTokenizerVocabulary(options.tokenizerFile);
  const topics = semanticTopics(words, await options.embedder.embedDocuments(words), {
    ...TOPICS,
    seed: options.seed,
  });
  const written = await writeGeneratedCorpus(directory, { words, topics }, options);
  await writeFile(stampFile, JSON.stringify({ stamp, passages: written.passages }));
  return { name, directory, passages: written.passages };
}

/**
 * Question-like queries for a corpus: sentences picked at random from its passages, cut to at
 * most 14 words, the way a reader echoes the wording of the passage that answers them.
 */
export async function sampleQueries(
  corpusPath: string,
  chunking: ChunkingOptions,
  count: number,
  seed: number,
): Promise<string[]> {
  const corpus = await loadCorpus(corpusPath);
  const passages = corpus.documents.flatMap((document) => chunkDocument(document, chunking));
  const random = seededRandom(seed);
  const queries: string[] = [];
  while (queries.length < count && passages.length > 0) {
    const passage = passages[randomInteger(random, 0, passages.length - 1)];
    const sentences = passage ? splitSentences(passage.text) : [];
    const sentence = sentences[randomInteger(random, 0, Math.max(0, sentences.length - 1))];
    const words =
      sentence?.text
        .replace(/[.!?]+$/, '')
        .split(/\s+/)
        .slice(0, 14) ?? [];
    if (words.length >= 4) queries.push(`${words.join(' ')}?`);
  }
  return queries;
}

/** The article texts of a JSON-lines stories file (`{id, article}` per line, as in CNN/DailyMail). */
export async function readStories(file: string): Promise<Array<{ id: string; article: string }>> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  return lines.map((line, index) => {
    const story = JSON.parse(line) as { id?: string; article?: string };
    return { id: story.id ?? String(index), article: story.article ?? '' };
  });
}

/**
 * News stories written as they come, one per file: each story's text on one line, no title,
 * named by its id (as CNN/DailyMail's files are). Every story must be indexed.
 */
export async function storiesCorpus(
  root: string,
  file: string,
  chunking: ChunkingOptions,
): Promise<BenchCorpus> {
  const directory = path.join(root, `stories-${path.basename(file).replace(/\.[^.]+$/, '')}`);
  await rm(directory, { recursive: true, force: true });
  await mkdir(directory, { recursive: true });
  const stories = await readStories(file);
  for (const story of stories) {
    await writeFile(path.join(directory, `${story.id.replace(/[^\w-]/g, '_')}.txt`), story.article.replace(/\s*\n\s*/g, ' '));
  }
  const corpus = await loadCorpus(directory);
  const passages = corpus.documents.reduce(
    (sum, document) => sum + chunkDocument(document, chunking).length,
    0,
  );
  return { name: 'stories', directory, passages, files: stories.length };
}

/**
 * One file of about `megabytes` MB on a single line (stories, or the bundled article, joined
 * and repeated): the worst case for memory, as every sentence of the file is one paragraph.
 */
export async function oneLineCorpus(root: string, megabytes: number, texts: readonly string[]): Promise<BenchCorpus> {
  const directory = path.join(root, `one-line-${megabytes}mb`);
  await rm(directory, { recursive: true, force: true });
  await mkdir(directory, { recursive: true });
  const unit = texts.map((text) => text.replace(/\s+/g, ' ').trim()).join(' ');
  const target = megabytes * 1024 * 1024;
  const repeats = Math.ceil(target / Math.max(1, Buffer.byteLength(unit)));
  const text = Array.from({ length: repeats }, () => unit).join(' ');
  await writeFile(path.join(directory, 'one-line.txt'), text.slice(0, target));
  return { name: `one-line ${megabytes} MB`, directory, passages: 0, files: 1 };
}

/** Sentences of a corpus, in order, up to `limit`: embedding-throughput input. */
export async function corpusSentences(corpusPath: string, limit: number): Promise<string[]> {
  const corpus = await loadCorpus(corpusPath);
  const sentences: string[] = [];
  for (const document of corpus.documents) {
    for (const sentence of splitSentences(document.text))
      if (sentences.length < limit) sentences.push(sentence.text);
    if (sentences.length >= limit) break;
  }
  return sentences;
}
