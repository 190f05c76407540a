import path from 'node:path';
import { PROJECT_ROOT } from '../../config/load-config.js';
import { NEWS_CHECK, NEWS_STORIES } from '../answerer/news-set.js';

/** One dev set: its file, the scorer that reads it, and the corpus it asks about. */
export interface EvalSet {
  name: string;
  /** Question file for score-qa.mjs, or dialogue file for score-dialogue.mjs. */
  file: string;
  /** The corpus, when not the bundled article. */
  corpus?: string;
  /** A stories file (`{id, article}` lines): each question (`story`) is asked of its story alone. */
  stories?: string;
  dialogue?: boolean;
}

/**
 * The samples kept for a last check (test/eval/README.md): only their totals are read, so a
 * comparison of two runs counts their changed questions without naming them.
 */
export const HELD_OUT_SETS: readonly string[] = ['members-questions-b', 'members-questions-c', 'members-h'];

/** The four dev sets the answer-quality issue names: the threshold rule is applied to them alone. */
export const THRESHOLD_SETS: readonly string[] = ['dev-questions', 'dev-paraphrase', 'wikiqa-dev', 'squad2-dev'];

/** Every dev set the evaluation knows, in the order the table shows them. */
export function evalSets(evalDirectory: string): EvalSet[] {
  const at = (...parts: string[]): string => path.join(evalDirectory, ...parts);
  return [
    { name: 'dev-questions', file: at('dev-questions.jsonl') },
    { name: 'dev-paraphrase', file: at('dev-paraphrase.jsonl') },
    { name: 'wikiqa-dev', file: at('wikiqa-dev', 'questions.jsonl'), corpus: at('wikiqa-dev', 'articles') },
    { name: 'squad2-dev', file: at('squad2-dev', 'questions.jsonl'), corpus: at('squad2-dev', 'articles') },
    // The project's own questions in members' words about news stories that training never saw
    // (training/news-questions/README.md), each asked of its story alone.
    { name: 'news-check', file: NEWS_CHECK, stories: at(NEWS_STORIES) },
    // The project's own held-out questions about the bundled article in members' words
    // (test/eval/README.md): 100 where dev-paraphrase has 40. Never used to choose anything.
    { name: 'members-questions', file: path.join(PROJECT_ROOT, 'test', 'eval', 'members-questions.jsonl') },
    // Its successor as the held-out sample, written on 2026-12-05 after members-questions' failures were read.
    { name: 'members-questions-b', file: path.join(PROJECT_ROOT, 'test', 'eval', 'members-questions-b.jsonl') },
    // A third, written on 2026-12-06 by a helper session that read the article alone, in five voices.
    { name: 'members-questions-c', file: path.join(PROJECT_ROOT, 'test', 'eval', 'members-questions-c.jsonl') },
    { name: 'dialogues-dev', file: at('dialogues-dev.jsonl'), dialogue: true },
    // The project's own samples of members' conversations (test/eval/README.md): more follow-ups
    // than dialogues-dev's 18, scored by the same scorer.
    { name: 'members-a', file: path.join(PROJECT_ROOT, 'test', 'eval', 'members-conversations-a.jsonl'), dialogue: true },
    { name: 'members-b', file: path.join(PROJECT_ROOT, 'test', 'eval', 'members-conversations-b.jsonl'), dialogue: true },
    { name: 'members-c', file: path.join(PROJECT_ROOT, 'test', 'eval', 'members-conversations-c.jsonl'), dialogue: true },
    { name: 'members-d', file: path.join(PROJECT_ROOT, 'test', 'eval', 'members-conversations-d.jsonl'), dialogue: true },
    { name: 'members-e', file: path.join(PROJECT_ROOT, 'test', 'eval', 'members-conversations-e.jsonl'), dialogue: true },
    { name: 'members-f', file: path.join(PROJECT_ROOT, 'test', 'eval', 'members-conversations-f.jsonl'), dialogue: true },
    { name: 'members-g', file: path.join(PROJECT_ROOT, 'test', 'eval', 'members-conversations-g.jsonl'), dialogue: true },
    { name: 'members-h', file: path.join(PROJECT_ROOT, 'test', 'eval', 'members-conversations-h.jsonl'), dialogue: true },
  ];
}
