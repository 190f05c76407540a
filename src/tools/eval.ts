/**
 * Runs every dev set through the shared scorers against the real CLI, beside the keyword-overlap
 * floor, prints one table and writes the figures to eval-results/latest.json.
 *
 *   node dist/tools/eval.js [--eval-dir ../shared/eval] [--out eval-results/latest.json] [--sets a,b]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { PROJECT_ROOT } from '../config/load-config.js';

const usage = 'Usage: node dist/tools/eval.js [--eval-dir <shared eval dir>] [--out <json>] [--sets dev-questions,dev-paraphrase,wikiqa-dev,squad2-dev,dialogues-dev]';

interface EvalSet {
  name: string;
  /** Question file for score-qa.mjs, or dialogue file for score-dialogue.mjs. */
  file: string;
  /** The corpus, when not the bundled article. */
  corpus?: string;
  dialogue?: boolean;
}

function sets(evalDirectory: string): EvalSet[] {
  const at = (...parts: string[]): string => path.join(evalDirectory, ...parts);
  return [
    { name: 'dev-questions', file: at('dev-questions.jsonl') },
    { name: 'dev-paraphrase', file: at('dev-paraphrase.jsonl') },
    { name: 'wikiqa-dev', file: at('wikiqa-dev', 'questions.jsonl'), corpus: at('wikiqa-dev', 'articles') },
    { name: 'squad2-dev', file: at('squad2-dev', 'questions.jsonl'), corpus: at('squad2-dev', 'articles') },
    { name: 'dialogues-dev', file: at('dialogues-dev.jsonl'), dialogue: true },
  ];
}

/** Runs a scorer and returns its last line, parsed. */
function score(scorer: string, args: string[]): Record<string, number> {
  const run = spawnSync(process.execPath, [scorer, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !last.startsWith('{')) throw new Error(`${path.basename(scorer)} failed (exit ${run.status}): ${last}\n${run.stderr.slice(-2000)}`);
  return JSON.parse(last) as Record<string, number>;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'eval-dir': { type: 'string' }, out: { type: 'string' }, sets: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const evalDirectory = path.resolve(values['eval-dir'] ?? path.join(PROJECT_ROOT, '..', 'shared', 'eval'));
  if (!existsSync(path.join(evalDirectory, 'score-qa.mjs'))) throw new Error(`no scorers in ${evalDirectory}: pass --eval-dir`);
  const wanted = values.sets?.split(',');
  const chosen = sets(evalDirectory).filter((set) => (wanted ? wanted.includes(set.name) : existsSync(set.file)));
  const cli = `"${process.execPath}" "${path.join(PROJECT_ROOT, 'bin', 'article-qa.js')}"`;
  const floor = `"${process.execPath}" "${path.join(PROJECT_ROOT, 'dist', 'tools', 'keyword-baseline.js')}"`;
  const scratch = await mkdtemp(path.join(tmpdir(), 'article-qa-eval-'));
  const results: Record<string, { engine: Record<string, number>; keywordFloor?: Record<string, number> }> = {};
  try {
    for (const set of chosen) {
      process.stderr.write(`scoring ${set.name}…\n`);
      const corpus = set.corpus ?? path.join(PROJECT_ROOT, 'corpus');
      const where = `--corpus "${corpus}" --index-dir "${path.join(scratch, set.name)}"`;
      if (set.dialogue) {
        results[set.name] = { engine: score(path.join(evalDirectory, 'score-dialogue.mjs'), ['--dialogues', set.file, '--cmd', `${cli} chat --json ${where}`]) };
        continue;
      }
      const scorer = path.join(evalDirectory, 'score-qa.mjs');
      results[set.name] = {
        engine: score(scorer, ['--questions', set.file, '--cmd', `${cli} ask --json --batch ${where}`]),
        keywordFloor: score(scorer, ['--questions', set.file, '--cmd', `${floor} --corpus "${corpus}"`]),
      };
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const columns = ['accuracy', 'answerRight', 'falseAbstain', 'rightAbstain', 'triggerF1', 'hitAt1', 'badCitations'];
  const table = new Table({ head: ['set', 'run', ...columns] });
  for (const [name, result] of Object.entries(results)) {
    table.push([name, 'engine', ...columns.map((column) => String(result.engine[column] ?? '–'))]);
    if (result.keywordFloor) table.push(['', 'keyword floor', ...columns.map((column) => String(result.keywordFloor?.[column] ?? '–'))]);
  }
  process.stdout.write(`${table.toString()}\n`);
  const out = path.resolve(values.out ?? path.join(PROJECT_ROOT, 'eval-results', 'latest.json'));
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify({ at: new Date().toISOString(), evalDirectory, results }, null, 2)}\n`);
  process.stdout.write(`Wrote ${out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
  process.exitCode = 1;
});
