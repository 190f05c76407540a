import path from 'node:path';
import { PROJECT_ROOT } from '../../config/load-config.js';
import { scorerSet, squadSet, type LabelledSet } from './datasets.js';

/**
 * The dev sets, for choosing and checking only (never for fitting), from the shared evaluation
 * directory: the bundled article in its own words and in members' words, WikiQA's dev questions
 * over its 293 summaries as one corpus, and SQuAD 2.0's three dev articles.
 */
export async function devSets(evalDirectory: string): Promise<LabelledSet[]> {
  const bundled = path.join(PROJECT_ROOT, 'corpus');
  return [
    await scorerSet('dev-questions', path.join(evalDirectory, 'dev-questions.jsonl'), bundled),
    await scorerSet('dev-paraphrase', path.join(evalDirectory, 'dev-paraphrase.jsonl'), bundled),
    await scorerSet('wikiqa-dev', path.join(evalDirectory, 'wikiqa-dev', 'questions.jsonl'), path.join(evalDirectory, 'wikiqa-dev', 'articles')),
    await squadSet('squad2-dev', path.join(evalDirectory, 'squad2-dev')),
  ];
}
