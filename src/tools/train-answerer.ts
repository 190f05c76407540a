/**
 * Trains the answer model (logistic regression over src/core/answer/features.ts) on WikiQA's and
 * SQuAD 2.0's training data, with candidates found exactly as the engine finds them.
 *
 *   node dist/tools/train-answerer.js --wikiqa <wikiqa-train/pairs.jsonl> --squad <squad2-train dir>
 *        [--news-stories <cnndm-dev/stories.jsonl> [--news <training/news-questions/train.jsonl>]]
 *        [--work-dir .tmp/answerer] [--out <model.json>] [--l2 1]
 *
 * With `--news-stories`, the project's own questions about news stories (training/news-questions/)
 * are trained on too, each story its own corpus.
 *
 * Identical data gives identical bytes; `test/answer/answer-model-reproducible.test.ts` checks the committed file.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NEWS_TRAIN } from './answerer/news-set.js';
import { DEFAULT_ANSWER_MODEL_PATH, trainAnswerModel } from './answerer/train.js';

const usage =
  'Usage: node dist/tools/train-answerer.js --wikiqa <pairs.jsonl> --squad <dir> [--news-stories <stories.jsonl> [--news <questions.jsonl>]] [--work-dir <dir>] [--out <model.json>] [--l2 <penalty>] [--reuse-rows]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      wikiqa: { type: 'string' },
      squad: { type: 'string' },
      news: { type: 'string' },
      'news-stories': { type: 'string' },
      'work-dir': { type: 'string' },
      out: { type: 'string' },
      l2: { type: 'string' },
      'reuse-rows': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  if (!values.wikiqa || !values.squad) throw new Error('both --wikiqa and --squad are required');
  if (values.news !== undefined && values['news-stories'] === undefined) throw new Error('--news needs --news-stories, the stories file its questions are about');
  const news = values['news-stories'] === undefined ? undefined : { questions: resolve(values.news ?? NEWS_TRAIN), stories: resolve(values['news-stories']) };
  const started = performance.now();
  const report = await trainAnswerModel({
    wikiqaPairs: resolve(values.wikiqa),
    squadDirectory: resolve(values.squad),
    ...(news ? { news } : {}),
    workDirectory: resolve(values['work-dir'] ?? '.tmp/answerer'),
    outputFile: values.out === undefined ? DEFAULT_ANSWER_MODEL_PATH : resolve(values.out),
    ...(values.l2 === undefined ? {} : { l2: Number(values.l2) }),
    reuseRows: values['reuse-rows'] === true,
    onProgress: (message) => process.stderr.write(`${message}\n`),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`Trained ${report.outputFile} in ${seconds}s on ${report.questions} questions, ${report.rows} candidates (${report.positives} answers); sha256 ${report.sha256}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`train-answerer: ${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
  process.exitCode = 1;
});
