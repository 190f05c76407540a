import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chunkDocument, type ChunkingOptions } from '../../core/corpus/chunk-passages.js';
import { parseDocument } from '../../core/corpus/parse-document.js';
import { randomInteger, seededRandom, ZipfSampler, type Random } from './seeded-random.js';

/** One generated article: a file name and its text (title line, lead, `##` sections). */
export interface GeneratedDocument {
  name: string;
  text: string;
}

/**
 * Plain words of a tokenizer's vocabulary in id order. The bundled model's vocabulary is sorted
 * by corpus frequency, so id order is frequency rank and Zipf sampling over it gives text whose
 * term statistics look like news prose.
 */
export async function readTokenizerVocabulary(tokenizerFile: string): Promise<string[]> {
  const json = JSON.parse(await readFile(tokenizerFile, 'utf8')) as {
    model?: { vocab?: Record<string, number> };
  };
  const entries = Object.entries(json.model?.vocab ?? {}).filter(([word]) => /^[a-z]+$/.test(word));
  return entries.sort((a, b) => a[1] - b[1]).map(([word]) => word);
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** What articles are written from: words by frequency rank, and topics of related words. */
export interface GeneratorVocabulary {
  /** Plain words, commonest first. */
  words: readonly string[];
  /** Lists of related words, each closest to its topic's centre first. */
  topics: ReadonlyArray<readonly string[]>;
}

/** Word ranks that carry content: below the function words, above the rare tail. */
const CONTENT_RANKS = { from: 100, to: 30_000 } as const;

/**
 * Topics as neighbourhoods in the model's own word space: a centre word and the words whose
 * vectors are closest to it. Real articles stay on a subject whose words are related, which is
 * what gives passage vectors the structure retrieval and nearest-neighbour search rely on; words
 * drawn independently would make every passage about equally far from every other.
 */
export function semanticTopics(
  words: readonly string[],
  vectors: readonly Float32Array[],
  options: { count: number; size: number; seed: number },
): string[][] {
  const random = seededRandom(options.seed);
  const last = Math.min(CONTENT_RANKS.to, words.length, vectors.length);
  const dimension = vectors[0]?.length ?? 0;
  // One flat matrix: scoring 30k words per topic stays a tight loop over a typed array.
  const matrix = new Float32Array(last * dimension);
  for (let rank = 0; rank < last; rank += 1) matrix.set(vectors[rank] ?? [], rank * dimension);
  const scores = new Float32Array(last);
  const topics: string[][] = [];
  for (let topic = 0; topic < options.count; topic += 1) {
    const centre = randomInteger(random, CONTENT_RANKS.from * 2, Math.min(10_000, last - 1)) * dimension;
    for (let rank = CONTENT_RANKS.from; rank < last; rank += 1) {
      let score = 0;
      const row = rank * dimension;
      for (let column = 0; column < dimension; column += 1)
        score += (matrix[centre + column] ?? 0) * (matrix[row + column] ?? 0);
      scores[rank] = score;
    }
    topics.push(topRanks(scores, CONTENT_RANKS.from, options.size).map((rank) => words[rank] as string));
  }
  return topics;
}

/** The `count` highest-scoring ranks from `from` on, best first (ties by rank). */
function topRanks(scores: Float32Array, from: number, count: number): number[] {
  const ranks = Array.from({ length: Math.max(0, scores.length - from) }, (_, index) => index + from);
  // A threshold pass keeps the sort small: only ranks scoring at least the count-th best survive.
  const threshold =
    Float32Array.from(scores.subarray(from)).sort().at(-Math.min(count, ranks.length)) ?? -Infinity;
  return ranks
    .filter((rank) => (scores[rank] ?? -Infinity) >= threshold)
    .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b)
    .slice(0, count);
}

/** Shares of an article's words: its names, numbers, its main and second topic; the rest is general prose. */
const SHARES = { name: 0.05, number: 0.02, mainTopic: 0.25, secondTopic: 0.1 } as const;
const NAMES_PER_ARTICLE = 8;

/** The words of one article: general prose, two topics, and a handful of recurring names. */
class ArticleWords {
  private readonly mainTopic: ZipfSampler<string>;
  private readonly secondTopic: ZipfSampler<string>;
  private readonly names: string[];

  constructor(
    private readonly general: ZipfSampler<string>,
    content: ZipfSampler<string>,
    topics: ReadonlyArray<readonly string[]>,
    random: Random,
  ) {
    const topic = (): ZipfSampler<string> =>
      new ZipfSampler(topics[randomInteger(random, 0, topics.length - 1)] ?? ['news'], 5);
    this.mainTopic = topic();
    this.secondTopic = topic();
    this.names = Array.from({ length: NAMES_PER_ARTICLE }, () => capitalise(content.sample(random)));
  }

  sentence(random: Random, minWords: number, maxWords: number): string {
    const count = randomInteger(random, minWords, maxWords);
    const parts: string[] = [];
    for (let index = 0; index < count; index += 1) {
      let roll = random();
      let word: string;
      if ((roll -= SHARES.name) < 0)
        word = this.names[randomInteger(random, 0, this.names.length - 1)] as string;
      else if ((roll -= SHARES.number) < 0)
        word =
          random() < 0.5
            ? String(randomInteger(random, 1950, 2030))
            : randomInteger(random, 2, 9999).toLocaleString('en-US');
      else if ((roll -= SHARES.mainTopic) < 0) word = this.mainTopic.sample(random);
      else if ((roll -= SHARES.secondTopic) < 0) word = this.secondTopic.sample(random);
      else word = this.general.sample(random);
      parts.push(index > 0 && index < count - 1 && random() < 0.07 ? `${word},` : word);
    }
    return `${capitalise(parts.join(' '))}.`;
  }

  title(random: Random): string {
    return this.sentence(random, 3, 8).slice(0, -1).replace(/,/g, '').split(' ').map(capitalise).join(' ');
  }
}

/** Endless, deterministic articles: the same vocabulary and seed always give the same texts. */
export function* generateDocuments(
  vocabulary: GeneratorVocabulary,
  seed: number,
): Generator<GeneratedDocument> {
  const random = seededRandom(seed);
  const general = new ZipfSampler(vocabulary.words);
  const content = new ZipfSampler(vocabulary.words.slice(CONTENT_RANKS.from, CONTENT_RANKS.to), 100);
  for (let number = 1; ; number += 1) {
    const words = new ArticleWords(general, content, vocabulary.topics, random);
    const paragraph = (): string =>
      Array.from({ length: randomInteger(random, 2, 5) }, () => words.sentence(random, 6, 28)).join(' ');
    const blocks = [words.title(random), paragraph()];
    const sections = randomInteger(random, 2, 5);
    for (let section = 0; section < sections; section += 1) {
      blocks.push(`## ${words.title(random)}`);
      for (let count = randomInteger(random, 2, 4); count > 0; count -= 1) blocks.push(paragraph());
    }
    yield { name: `article-${String(number).padStart(6, '0')}.txt`, text: `${blocks.join('\n\n')}\n` };
  }
}

/** What {@link writeGeneratedCorpus} wrote. */
export interface GeneratedCorpus {
  directory: string;
  documents: number;
  passages: number;
  bytes: number;
}

/**
 * Writes generated articles into `directory` (replacing what was there) until chunking them
 * would give at least `passages` passages, counted with the index's own chunker.
 */
export async function writeGeneratedCorpus(
  directory: string,
  vocabulary: GeneratorVocabulary,
  options: { seed: number; passages: number; chunking: ChunkingOptions },
): Promise<GeneratedCorpus> {
  await rm(directory, { recursive: true, force: true });
  await mkdir(directory, { recursive: true });
  let passages = 0;
  let documents = 0;
  let bytes = 0;
  for (const document of generateDocuments(vocabulary, options.seed)) {
    if (passages >= options.passages) break;
    const parsed = parseDocument({ id: document.name, path: document.name, text: document.text });
    passages += chunkDocument(parsed, options.chunking).length;
    await writeFile(path.join(directory, document.name), document.text);
    documents += 1;
    bytes += Buffer.byteLength(document.text);
  }
  return { directory, documents, passages, bytes };
}
