import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AnswerModel, fingerprintOf } from './answer-model.js';
import { LEXICON_FILE, Lexicon } from './lexicon.js';

/** Where the answer model lives under the models directory (`embeddings/models`). */
export const ANSWER_MODEL_PATH = 'article-qa/answer-selector/model.json';

/** Where the WordNet lexicon lives under the models directory. */
export const LEXICON_PATH = `article-qa/wordnet-relations/${LEXICON_FILE}`;

/** What answering needs besides the index and the embedding model. */
export interface AnswerResources {
  model: AnswerModel;
  lexicon: Lexicon;
}

/** Reads the WordNet lexicon from the models directory. */
export async function loadLexicon(modelDirectory: string): Promise<Lexicon> {
  return Lexicon.parse(await readFile(path.join(modelDirectory, LEXICON_PATH), 'utf8'));
}

/** The fingerprint of the answer model in the models directory, for the index manifest; undefined when unreadable. */
export function answerModelFingerprint(modelDirectory: string): string | undefined {
  try {
    return fingerprintOf(readFileSync(path.join(modelDirectory, ANSWER_MODEL_PATH), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Reads the answer model from the models directory; throws when it does not fit this version's features. */
export async function loadAnswerModel(modelDirectory: string): Promise<AnswerModel> {
  return AnswerModel.parse(await readFile(path.join(modelDirectory, ANSWER_MODEL_PATH), 'utf8'));
}

/** Both, read in parallel. */
export async function loadAnswerResources(modelDirectory: string): Promise<AnswerResources> {
  const [model, lexicon] = await Promise.all([loadAnswerModel(modelDirectory), loadLexicon(modelDirectory)]);
  return { model, lexicon };
}
