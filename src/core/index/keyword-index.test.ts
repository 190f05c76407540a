import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MiniSearch, { type Options } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { generateDocuments } from '../../tools/bench/corpus-generator.js';
import { chunkDocument, DEFAULT_CHUNKING } from '../corpus/chunk-passages.js';
import { parseDocument } from '../corpus/parse-document.js';
import type { Passage } from '../corpus/types.js';
import { splitSentences } from '../text/sentences.js';
import { STOPWORDS } from '../text/stopwords.js';
import { contentTerms, stem, terms } from '../text/terms.js';
import { KeywordIndex } from './keyword-index.js';

interface KeywordDocument {
  id: number;
  text: string;
  section: string;
}

/** The MiniSearch set-up KeywordIndex replaced; its results are the reference, to the last bit. */
const MINISEARCH_OPTIONS: Options<KeywordDocument> = {
  fields: ['text', 'section'],
  storeFields: [],
  tokenize: terms,
  processTerm: (term) => (STOPWORDS.has(term) ? null : stem(term)),
  searchOptions: { boost: { text: 1, section: 0.5 }, combineWith: 'OR', bm25: { k: 1.2, b: 0.75, d: 0.5 } },
};

const article = readFileSync(
  fileURLToPath(new URL('../../../corpus/geneva-talks-2022.txt', import.meta.url)),
  'utf8',
);

/** The bundled article plus generated articles written from its words, so terms recur across passages. */
function passages(): Passage[] {
  const words = [...new Set(terms(article))];
  const topics = Array.from({ length: 6 }, (_, topic) => words.filter((_, index) => index % 6 === topic));
  const texts = [article];
  const generator = generateDocuments({ words, topics }, 7);
  for (let count = 0; count < 40; count += 1) texts.push(generator.next().value?.text ?? '');
  return texts.flatMap((text, index) =>
    chunkDocument(parseDocument({ id: `doc-${index}`, path: `doc-${index}.txt`, text }), DEFAULT_CHUNKING),
  );
}

describe('KeywordIndex', () => {
  const corpus = passages();
  const reference = new MiniSearch<KeywordDocument>(MINISEARCH_OPTIONS);
  reference.addAll(corpus.map((passage, id) => ({ id, text: passage.text, section: passage.section ?? '' })));
  const index = KeywordIndex.deserialize(KeywordIndex.build(corpus).serialize());

  it('ranks and scores exactly as MiniSearch did, ties included', () => {
    const queries = [
      ...corpus
        .flatMap((passage) => splitSentences(passage.text).map((sentence) => sentence.text))
        .filter((_, index) => index % 3 === 0),
      'Who led the US delegation?',
      'How many troops has Russia amassed near the border? 100,000',
      'Russia Russia Russia',
      'the of and',
      '',
      'qwxzv',
    ];
    for (const query of queries) {
      const expected = reference
        .search(query)
        .map((result) => ({ label: result.id as number, score: result.score }));
      expect(index.search(query, Number.MAX_SAFE_INTEGER), query).toEqual(expected);
      expect(index.search(query, 5), query).toEqual(expected.slice(0, 5));
    }
  });

  it('counts content-term document frequencies exactly as contentTerms over every passage', () => {
    const expected = new Map<string, number>();
    for (const passage of corpus)
      for (const term of contentTerms(passage.text)) expected.set(term, (expected.get(term) ?? 0) + 1);
    expect(new Map([...index.contentTermFrequencies()].sort())).toEqual(new Map([...expected].sort()));
  });

  it('returns the best k hits and knows its size', () => {
    expect(index.size).toBe(corpus.length);
    expect(index.search('Geneva delegation talks', 3)).toHaveLength(3);
  });

  it('refuses data that is not a keyword index or is truncated', () => {
    const data = KeywordIndex.build(corpus).serialize();
    expect(() => KeywordIndex.deserialize(Buffer.from('{"not": "an index"}'))).toThrow(/not a keyword index/);
    expect(() => KeywordIndex.deserialize(data.subarray(0, Math.floor(data.length / 2)))).toThrow();
  });
});
