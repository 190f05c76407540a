import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHUNKING } from '../../core/corpus/chunk-passages.js';
import {
  generateDocuments,
  semanticTopics,
  writeGeneratedCorpus,
  type GeneratorVocabulary,
} from './corpus-generator.js';
import { seededRandom, ZipfSampler } from './seeded-random.js';

const WORDS = Array.from({ length: 400 }, (_, index) => `w${index.toString(36)}x`);
// Word vectors from a seeded generator: deterministic, and enough to form topics.
const random = seededRandom(1);
const VECTORS = WORDS.map(() => Float32Array.from({ length: 8 }, () => random() - 0.5));
const VOCABULARY: GeneratorVocabulary = {
  words: WORDS,
  topics: semanticTopics(WORDS, VECTORS, { count: 5, size: 20, seed: 3 }),
};

const take = (seed: number, count: number): string[] => {
  const documents = generateDocuments(VOCABULARY, seed);
  return Array.from({ length: count }, () => documents.next().value?.text ?? '');
};

describe('seeded corpus generator', () => {
  it('gives the same articles for the same seed, and others for another seed', () => {
    expect(take(42, 5)).toEqual(take(42, 5));
    expect(take(43, 5)).not.toEqual(take(42, 5));
  });

  it('writes article-like text: a title, a lead and ## sections of sentences', () => {
    const [text = ''] = take(42, 1);
    const lines = text.split('\n\n');
    expect(lines[0]).toMatch(/^[A-Z]/);
    expect(lines.filter((line) => line.startsWith('## ')).length).toBeGreaterThanOrEqual(2);
    expect(lines[1]).toMatch(/^[A-Z][^]*\.$/);
  });

  it('builds the same topics from the same vectors, each of related words', () => {
    expect(semanticTopics(WORDS, VECTORS, { count: 5, size: 20, seed: 3 })).toEqual(VOCABULARY.topics);
    expect(VOCABULARY.topics).toHaveLength(5);
    for (const topic of VOCABULARY.topics) expect(new Set(topic).size).toBe(20);
  });

  it('writes a corpus of at least the requested passages, the same every time', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'generated-'));
    try {
      const options = { seed: 5, passages: 60, chunking: DEFAULT_CHUNKING };
      const first = await writeGeneratedCorpus(path.join(root, 'a'), VOCABULARY, options);
      const second = await writeGeneratedCorpus(path.join(root, 'b'), VOCABULARY, options);
      expect(first.passages).toBeGreaterThanOrEqual(60);
      expect(second.passages).toBe(first.passages);
      const files = readdirSync(first.directory);
      expect(readdirSync(second.directory)).toEqual(files);
      for (const file of files)
        expect(readFileSync(path.join(second.directory, file), 'utf8')).toBe(
          readFileSync(path.join(first.directory, file), 'utf8'),
        );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('samples by Zipf rank: the first items are drawn most often', () => {
    const sampler = new ZipfSampler(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    const draw = seededRandom(9);
    const counts = new Map<string, number>();
    for (let index = 0; index < 5000; index += 1) {
      const item = sampler.sample(draw);
      counts.set(item, (counts.get(item) ?? 0) + 1);
    }
    expect(counts.get('a') ?? 0).toBeGreaterThan(counts.get('h') ?? 0);
  });
});
