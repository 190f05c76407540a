/**
 * The corpora `npm run bench` measures, from the bundled article up to the largest generated (or
 * given) corpus, and each one's build and serve runs in a child process (see child.ts).
 */
import path from 'node:path';
import type { AppConfig } from '../../config/schema.js';
import { loadCorpus } from '../../core/corpus/load-corpus.js';
import type { Embedder } from '../../core/embedding/embedder.js';
import { generatedCorpus, oneLineCorpus, readStories, sampleQueries, storiesCorpus, type BenchCorpus } from './corpora.js';
import { runChild } from './measurements.js';
import type { BenchOptions } from './options.js';
import type { BuildResult, ServeResult, SizeResult } from './summary-rows.js';

/** Writes a progress line. */
export type BenchLog = (message: string) => void;

/**
 * The corpora to measure, in order: the bundled article, the --stories, then a generated corpus
 * of each of the --sizes (the largest replaced by --large-corpus when given). Generated corpora
 * are written once under `out` and reused.
 */
export async function benchCorpora(
  options: BenchOptions,
  out: string,
  config: AppConfig,
  generator: { seed: number; embedder: Embedder; modelDirectory: string },
  log: BenchLog,
): Promise<BenchCorpus[]> {
  const { seed, embedder, modelDirectory } = generator;
  const corpora: BenchCorpus[] = [{ name: 'bundled', directory: config.corpus, passages: 0 }];
  if (options.stories)
    corpora.push(
      await storiesCorpus(path.join(out, 'corpora'), path.resolve(options.stories), config.chunking),
    );
  for (const size of options.sizes
    .split(',')
    .map(Number)
    .filter((size) => size > 0)) {
    const isLargest = size === Math.max(...options.sizes.split(',').map(Number));
    if (isLargest && options['large-corpus']) {
      corpora.push({ name: 'large', directory: path.resolve(options['large-corpus']), passages: size });
      continue;
    }
    log(`preparing a generated corpus of ${size.toLocaleString('en-US')} passages`);
    corpora.push(
      await generatedCorpus(path.join(out, 'corpora'), {
        passages: size,
        seed,
        chunking: config.chunking,
        embedder,
        tokenizerFile: path.join(modelDirectory, 'tokenizer.json'),
      }),
    );
  }
  return corpora;
}

/** Builds each corpus's index and asks it questions, each in a child process of its own. */
export async function measureSizes(
  corpora: readonly BenchCorpus[],
  questions: readonly string[],
  settings: { out: string; config: AppConfig; seed: number; rounds: number },
  log: BenchLog,
): Promise<SizeResult[]> {
  const { out, config, seed, rounds } = settings;
  const sizes: SizeResult[] = [];
  for (const corpus of corpora) {
    const indexDir = path.join(out, 'indexes', corpus.name);
    log(`building the index of ${corpus.name}`);
    const build = await runChild<BuildResult>({ mode: 'build', corpus: corpus.directory, indexDir });
    const bundled = corpus.name === 'bundled';
    // A larger corpus is asked questions cut from its own sentences, which it can answer; the
    // largest is also asked the --questions (about the bundled article), as the bundled one is.
    const asked = bundled ? questions : await sampleQueries(corpus.directory, config.chunking, 100, seed);
    const alsoAsked = !bundled && corpus === corpora.at(-1) ? { alsoQuestions: questions, alsoRounds: rounds } : {};
    log(`answering ${asked.length} questions on ${corpus.name}`);
    const serve = await runChild<ServeResult>({
      mode: 'serve',
      corpus: corpus.directory,
      indexDir,
      questions: asked,
      rounds: bundled ? rounds : 3,
      ...alsoAsked,
    });
    sizes.push({
      name: corpus.name,
      corpus: corpus.directory,
      indexDir,
      build,
      serve,
      ...(corpus.files === undefined ? {} : { files: corpus.files }),
    });
  }
  return sizes;
}

/**
 * Builds the index of one file of `megabytes` on a single line, made of the --stories (or the
 * bundled corpus's documents).
 */
export async function measureOneLine(
  megabytes: number,
  stories: string | undefined,
  settings: { out: string; config: AppConfig },
  log: BenchLog,
): Promise<{ megabytes: number; build: BuildResult }> {
  const { out, config } = settings;
  const texts = stories
    ? (await readStories(path.resolve(stories))).map((story) => story.article)
    : (await loadCorpus(config.corpus)).documents.map((document) => document.text);
  const corpus = await oneLineCorpus(path.join(out, 'corpora'), megabytes, texts);
  log(`building the index of ${corpus.name}`);
  return {
    megabytes,
    build: await runChild<BuildResult>({
      mode: 'build',
      corpus: corpus.directory,
      indexDir: path.join(out, 'indexes', 'one-line'),
    }),
  };
}
