import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/load-config.js';
import { DEFAULT_ANSWER_MODEL_PATH, trainAnswerModel } from '../../src/tools/answerer/train.js';

/** The shared evaluation data: ARTICLE_QA_EVAL_DIR, or ../shared/eval beside the project. */
const EVAL_DIRECTORY = process.env.ARTICLE_QA_EVAL_DIR ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'eval');
const WIKIQA = path.join(EVAL_DIRECTORY, 'wikiqa-train', 'pairs.jsonl');
const SQUAD = path.join(EVAL_DIRECTORY, 'squad2-train');
const available = existsSync(WIKIQA) && existsSync(path.join(SQUAD, 'questions.jsonl'));

describe.runIf(available)(`the committed answer model (training data in ${EVAL_DIRECTORY})`, () => {
  const directories: string[] = [];
  afterAll(async () => Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true }))));

  it('is rebuilt byte for byte by npm run train:answerer', async () => {
    const workDirectory = await mkdtemp(path.join(tmpdir(), 'answerer-'));
    directories.push(workDirectory);
    const outputFile = path.join(workDirectory, 'model.json');
    await trainAnswerModel({ wikiqaPairs: WIKIQA, squadDirectory: SQUAD, workDirectory, outputFile });
    const fresh = await readFile(outputFile, 'utf8');
    const committed = await readFile(DEFAULT_ANSWER_MODEL_PATH, 'utf8');
    expect(fresh === committed, 'the committed model differs from a fresh training run: run npm run train:answerer').toBe(true);
  });
});

describe.skipIf(available)('the committed answer model', () => {
  it(`cannot be checked: no training data at ${EVAL_DIRECTORY} (set ARTICLE_QA_EVAL_DIR)`, () => {
    expect(available).toBe(false);
  });
});
