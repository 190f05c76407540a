import { Command } from 'commander';
import { TENTATIVE_LEAD } from '../../../core/answer/tentative.js';
import type { Answer } from '../../../core/answer/types.js';
import { excerpt } from '../../../core/display.js';
import type { QaEngine } from '../../../core/engine.js';
import { summaryLabel } from '../../../core/intent/intent-answers.js';
import type { Logger } from '../../../logging/logger.js';
import { openContext, type CliServices } from '../context.js';
import { batchErrorLine, CliExit, EXIT_USAGE } from '../failures.js';
import { forEachInputLine, writeLine } from '../io.js';

/** Applies highlights as ANSI bold when writing to a terminal. */
function emphasise(answer: Answer, bold: boolean): string {
  if (!bold || answer.highlights.length === 0) return answer.answer;
  let text = '';
  let position = 0;
  for (const highlight of answer.highlights) {
    text += `${answer.answer.slice(position, highlight.start)}\u001b[1m${answer.answer.slice(highlight.start, highlight.end)}\u001b[22m`;
    position = highlight.end;
  }
  return text + answer.answer.slice(position);
}

/**
 * The answer, then its numbered sources with section titles and short excerpts. When the question
 * was answered in another form (a conversation's `resolvedQuestion`, a mended slip's
 * `correctedQuestion`), "Answering: …" comes first, in small print (dim on a terminal), so a
 * wrong reading is seen for what it is.
 */
export function formatAnswer(answer: Answer & { resolvedQuestion?: string }, options: { bold?: boolean } = {}): string {
  // What the article says in place of a name it never mentions is quoted, and cited, as evidence.
  const heading = answer.abstained && answer.saidInstead === undefined ? 'Closest passages (not evidence):' : 'Sources:';
  const sources = answer.citations.map(
    (citation) =>
      // The source (a URL, or the file as the corpus names it) tells apart articles with the same title or section.
      `  [${citation.n}] ${citation.section ?? citation.title} (${citation.source})\n      ${excerpt(citation.text, 200)}`,
  );
  const origin = answer.mode === 'generated' ? ['', `(Written by ${answer.model ?? 'a language model'} from the cited passages.)`] : [];
  const list = sources.length > 0 ? ['', heading, ...sources] : [];
  const understood = answer.correctedQuestion ?? answer.resolvedQuestion;
  const line = `Answering: ${understood ?? ''}`;
  const intro = understood === undefined ? [] : [options.bold ? `\u001b[2m${line}\u001b[22m` : line];
  // A request for the gist is answered with a summary: say so, since it answers no single question.
  if (answer.intent === 'summary' && !answer.abstained) intro.push(`In short (${summaryLabel(answer.summaryOf)}):`);
  // Quotes the answer model is unsure of are not presented as the answer.
  if (answer.tentative === true) intro.push(TENTATIVE_LEAD);
  // The summary's note says which article it is of when there are several: never dropped.
  const note = answer.summaryOf?.note ? ['', `Note: ${answer.summaryOf.note}`] : [];
  return [...intro, emphasise(answer, options.bold ?? false), ...origin, ...list, ...note].join('\n');
}

/** The JSON shape of `ask --json`, shared with `--batch`. */
export function answerJson(answer: Answer): string {
  return JSON.stringify(answer);
}

/** Shown when --batch reads from a terminal. */
export const BATCH_HINT = 'Reading questions, one per line, each answered with a JSON line; Ctrl-D ends.';

/** Answers every stdin line in order, one JSON line each; bad lines get an error line. */
export async function answerBatch(engine: QaEngine, logger: Logger): Promise<void> {
  await forEachInputLine(
    async (line) => {
      try {
        await writeLine(answerJson(await engine.ask(line)));
      } catch (error) {
        await writeLine(batchErrorLine(line, error, logger));
      }
    },
    process.stdin,
    { hint: BATCH_HINT },
  );
}

/** `article-qa ask "<question>" [--json] [--batch]`. */
export function askCommand(services: CliServices): Command {
  return new Command('ask')
    .description('answer a question from the article, with citations')
    .argument('[question]', 'the question (omit with --batch)')
    .option('--json', 'print JSON')
    .option('--batch', 'read questions from stdin, one per line; write one JSON line each')
    .action(async (question: string | undefined, options: { json?: boolean; batch?: boolean }, command: Command) => {
      if (!options.batch && question === undefined) {
        throw new CliExit(EXIT_USAGE, 'Give a question, e.g. article-qa ask "Who led the US delegation?", or use --batch.');
      }
      if (options.batch && question !== undefined) {
        // Answering stdin alone would drop the question given here without a word.
        throw new CliExit(EXIT_USAGE, '--batch reads the questions from stdin, one per line; give the question there, not as an argument.');
      }
      const { engine, logger } = await openContext(command, services, options.batch ? {} : { question: question ?? '' });
      if (options.batch) return answerBatch(engine, logger);
      const answer = await engine.ask(question ?? '');
      await writeLine(options.json ? answerJson(answer) : formatAnswer(answer, { bold: process.stdout.isTTY }));
    });
}
