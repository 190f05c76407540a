/**
 * Measures the rule that refuses questions in another language (src/core/text/other-language.ts)
 * against the bundled article: how many English questions it would refuse (the target is none)
 * and how many foreign ones it catches.
 *
 *   node dist/tools/measure-question-language.js [--eval-dir ../shared/eval] [--details]
 *
 * English: every question of the shared sets (also the training sets, and the turns of the
 * dialogues) and of the project's conversation samples; test/eval/question-languages.jsonl adds
 * chat, names and short ones (its "en" lines) and the foreign questions (its other lines). Each
 * is judged as `ask` judges it, against the bundled article, whose few words make the test
 * stricter than the sets' own articles would.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine } from '../app/create-engine.js';
import { loadConfig, PROJECT_ROOT } from '../config/load-config.js';
import type { QaEngine } from '../core/engine.js';
import { isUserError } from '../core/errors.js';
import { createSilentLogger } from '../logging/logger.js';
import { HELD_OUT_SETS } from './eval/eval-sets.js';

const usage = 'Usage: node dist/tools/measure-question-language.js [--eval-dir <shared eval dir>] [--details]';

/** One line of a question file, in any of the shapes the sets use. */
interface QuestionLine {
  q?: string;
  question?: string;
  lang?: string;
  turns?: Array<{ q: string }>;
}

/** The questions of a JSON-lines file: each line's question, or each turn of a dialogue. */
async function readQuestions(file: string): Promise<Array<{ question: string; language: string }>> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  return lines.flatMap((line) => {
    const parsed = JSON.parse(line) as QuestionLine;
    const asked = parsed.turns?.map((turn) => turn.q) ?? [parsed.q ?? parsed.question ?? ''];
    return asked.map((question) => ({ question, language: parsed.lang ?? 'en' }));
  });
}

/** Whether the engine refuses the question for its language (not for its alphabet, length or emptiness). */
async function refused(engine: QaEngine, question: string): Promise<boolean> {
  try {
    return (await engine.languageReply(question)) !== undefined;
  } catch (error) {
    if (isUserError(error)) return false;
    throw error;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'eval-dir': { type: 'string', default: path.join(PROJECT_ROOT, '..', 'shared', 'eval') }, details: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
  if (values.help) return void process.stdout.write(`${usage}\n`);
  const shared = (...parts: string[]): string => path.join(values['eval-dir'], ...parts);
  const own = (name: string): string => path.join(PROJECT_ROOT, 'test', 'eval', name);
  const sets: Array<[string, string]> = [
    ['dev-questions', shared('dev-questions.jsonl')],
    ['dev-paraphrase', shared('dev-paraphrase.jsonl')],
    ['wikiqa-dev', shared('wikiqa-dev', 'questions.jsonl')],
    ['squad2-dev', shared('squad2-dev', 'questions.jsonl')],
    ['wikiqa-train', shared('wikiqa-train', 'pairs.jsonl')],
    ['squad2-train', shared('squad2-train', 'questions.jsonl')],
    ['dialogues-dev', shared('dialogues-dev.jsonl')],
    ['members-a', own('members-conversations-a.jsonl')],
    ['members-b', own('members-conversations-b.jsonl')],
    ['members-c', own('members-conversations-c.jsonl')],
    ['members-d', own('members-conversations-d.jsonl')],
    ['members-e', own('members-conversations-e.jsonl')],
    ['members-f', own('members-conversations-f.jsonl')],
    ['members-g', own('members-conversations-g.jsonl')],
    ['members-h', own('members-conversations-h.jsonl')],
    ['members-questions', own('members-questions.jsonl')],
    ['members-questions-b', own('members-questions-b.jsonl')],
    ['members-questions-c', own('members-questions-c.jsonl')],
    ['question-languages', own('question-languages.jsonl')],
  ];
  const config = loadConfig({});
  const { engine } = await createEngine(config, createSilentLogger(), { articles: false });
  const foreign = new Map<string, { asked: number; refused: number }>();
  let englishRefused = 0;
  for (const [name, file] of sets) {
    let english = 0;
    let wrong = 0;
    for (const { question, language } of await readQuestions(file)) {
      const refusal = await refused(engine, question);
      if (language !== 'en') {
        const counts = foreign.get(language) ?? { asked: 0, refused: 0 };
        foreign.set(language, { asked: counts.asked + 1, refused: counts.refused + (refusal ? 1 : 0) });
        if (values.details && !refusal) process.stdout.write(`  not caught (${language}): ${question}\n`);
        continue;
      }
      english += 1;
      if (refusal) {
        wrong += 1;
        // A held-out sample's questions are never shown, only counted (test/eval/README.md).
        if (!HELD_OUT_SETS.includes(name)) process.stdout.write(`  refused (${name}): ${question}\n`);
      }
    }
    englishRefused += wrong;
    process.stdout.write(`${name}: ${wrong} of ${english} English questions refused\n`);
  }
  const caught = [...foreign.values()].reduce((sum, counts) => sum + counts.refused, 0);
  const asked = [...foreign.values()].reduce((sum, counts) => sum + counts.asked, 0);
  process.stdout.write(`foreign: ${[...foreign].map(([language, counts]) => `${language} ${counts.refused}/${counts.asked}`).join(', ')}\n`);
  process.stdout.write(`${JSON.stringify({ englishRefused, foreignCaught: caught, foreignAsked: asked })}\n`);
  engine.close();
}

await main();
