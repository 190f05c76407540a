import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config/load-config.js';
import { loadEmbedder } from '../../src/core/embedding/load-embedder.js';
import type { ModelSource } from '../../src/core/embedding/model-source.js';
import { loadWordEncoder, TransformersEmbedder } from '../../src/core/embedding/transformers-embedder.js';
import { WordVectorEmbedder } from '../../src/core/embedding/word-vector-embedder.js';
import { createSilentLogger } from '../../src/logging/logger.js';

describe('the bundled word-vector model without the transformers.js pipeline', () => {
  let source: ModelSource;
  let pipelineEmbedder: TransformersEmbedder;
  let texts: string[];

  beforeAll(async () => {
    const config = loadConfig({
      configFile: false,
      environment: {},
      overrides: { 'model.allowRemote': false },
    });
    source = {
      modelId: config.model.id,
      modelDir: config.model.dir,
      cacheDir: config.model.cacheDir,
      allowRemote: false,
    };
    pipelineEmbedder = await TransformersEmbedder.load(source, createSilentLogger());
    const article = await readFile(join(PROJECT_ROOT, 'corpus', 'geneva-talks-2022.txt'), 'utf8');
    texts = [
      ...article.split(/(?<=[.!?])\s+/),
      'Café déjà vu — naïve résumé',
      'it’s the Kremlin’s “red line”',
      '北京 and 東京 talks',
      '\u200b',
      '',
      `${article} ${article}`,
    ];
  });

  const openCounting = async () => {
    let loads = 0;
    const directory = join(source.modelDir, source.modelId);
    const embedder = await WordVectorEmbedder.open(source.modelId, directory, true, () => {
      loads += 1;
      return loadWordEncoder(source);
    });
    if (!embedder) throw new Error('the bundled model should take the word-vector path');
    return { embedder, loads: () => loads };
  };

  it('is what the loader gives the bundled model, with the fingerprint, dimension and vocabulary of the pipeline', async () => {
    const embedder = await loadEmbedder(source, createSilentLogger());
    expect(embedder).toBeInstanceOf(WordVectorEmbedder);
    // The same fingerprint: an index built before this path is still current.
    expect(embedder.fingerprint).toBe(pipelineEmbedder.fingerprint);
    expect(embedder.dimension).toBe(pipelineEmbedder.dimension);
    expect(embedder.hasUnknownWords).toBe(true);
    expect(embedder.vocabulary?.size).toBe(pipelineEmbedder.vocabulary?.size);
    expect(embedder.vocabulary?.get('geneva')).toBe(pipelineEmbedder.vocabulary?.get('geneva'));
  });

  it('gives exactly the vectors the pipeline gives, for documents and questions, in input order', async () => {
    const { embedder } = await openCounting();
    const expected = await pipelineEmbedder.embedDocuments(texts);
    const actual = await embedder.embedDocuments(texts);
    expect(actual).toHaveLength(texts.length);
    actual.forEach((vector, index) =>
      expect(Array.from(vector), texts[index]).toEqual(Array.from(expected[index] ?? [])),
    );
    const question = 'who led the russian delegation?';
    expect(await embedder.embedQueries([question])).toEqual(await pipelineEmbedder.embedQueries([question]));
  });

  it('loads the tokenizer library only when a word needs it, and once', async () => {
    const { embedder, loads } = await openCounting();
    await embedder.embedQueries(["Who led Russia's delegation in Geneva, on January 10, 2022?"]);
    await embedder.embedDocuments(['Ryabkov said: "no progress" (none).', 'NATO & the U.S.: 100,000 troops']);
    // Plain ASCII words and punctuation are lookups, known or not ([UNK]).
    expect(loads()).toBe(0);
    // So are accented and other words BERT's normaliser leaves whole, and any punctuation or space.
    await embedder.embedDocuments(['talks — again', 'it’s the café in Genève', 'Путин\u00a0©2015']);
    expect(loads()).toBe(0);
    const [chinese] = await embedder.embedDocuments(['北京 talks']);
    expect(loads()).toBe(1);
    expect(Array.from(chinese ?? [])).toEqual(
      Array.from((await pipelineEmbedder.embedDocuments(['北京 talks']))[0] ?? []),
    );
    await embedder.embedDocuments(['東京', 'ΑΣ']);
    expect(loads()).toBe(1);
  });

  it('leaves any other model to the pipeline: subword pieces, tokens added around the text, no tokenizer', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'article-qa-model-'));
    try {
      await cp(join(source.modelDir, source.modelId), directory, { recursive: true });
      const original = await readFile(join(directory, 'tokenizer.json'), 'utf8');
      const open = () => WordVectorEmbedder.open('variant', directory, true, () => loadWordEncoder(source));
      expect(await open()).toBeInstanceOf(WordVectorEmbedder);
      const tokenizer = JSON.parse(original) as {
        model: { vocab: Record<string, number> };
        post_processor: unknown;
      };
      // A vocabulary with "##" pieces splits unknown words: the library must see them.
      tokenizer.model.vocab['##kov'] = 50_005;
      await writeFile(join(directory, 'tokenizer.json'), JSON.stringify(tokenizer));
      expect(await open()).toBeUndefined();
      delete tokenizer.model.vocab['##kov'];
      tokenizer.post_processor = { type: 'TemplateProcessing', single: [] };
      await writeFile(join(directory, 'tokenizer.json'), JSON.stringify(tokenizer));
      expect(await open()).toBeUndefined();
      await rm(join(directory, 'tokenizer_config.json'));
      await writeFile(join(directory, 'tokenizer.json'), original);
      expect(await open()).toBeUndefined();
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
