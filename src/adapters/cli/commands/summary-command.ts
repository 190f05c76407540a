import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from 'commander';
import { DEFAULT_MAX_FILE_BYTES } from '../../../core/corpus/list-corpus.js';
import { extractFile } from '../../../core/corpus/load-corpus.js';
import { excerpt } from '../../../core/display.js';
import {
  MAX_SUMMARY_SENTENCES,
  type Summary,
  type SummaryLength,
  type SummaryShape,
} from '../../../core/summary/types.js';
import { globalFlags, openContext, type CliServices } from '../context.js';
import { CliExit, EXIT_USAGE } from '../failures.js';
import type { Logger } from '../../../logging/logger.js';
import { writeLine } from '../io.js';
import { positiveInteger } from './search-command.js';

/**
 * A summary for people: a heading naming what was summarised, the quoted sentences (a
 * paragraph or a list), the numbered sources, and any note. Shared with `chat`'s `:summary`.
 */
export function formatSummary(summary: Summary): string {
  const part = summary.section ? ` — ${summary.section.title ?? 'Introduction'}` : '';
  const sources = summary.citations.map(
    (citation) =>
      `  [${citation.n}] ${citation.section ?? citation.docId}\n      ${excerpt(citation.text, 200)}`,
  );
  return [
    `Summary of "${summary.docTitle}"${part}:`,
    '',
    summary.summary,
    '',
    'Sources:',
    ...sources,
    ...(summary.note ? ['', `Note: ${summary.note}`] : []),
  ].join('\n');
}

/**
 * The JSON shape of `summary --json`: the summary without its timings, so the same input
 * always prints the same bytes (timings go to the debug log instead).
 */
export function summaryJson(summary: Summary): string {
  const { timingsMs: _timings, ...stable } = summary;
  return JSON.stringify(stable);
}

/** What a path is, in words, when it is not a regular file. */
function fileKind(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Reads a file to summarise through the same extraction as the corpus (text in any encoding,
 * Markdown, HTML's main text, PDF, Word), so `--file page.html` summarises the article, not
 * its markup. Every way it can fail becomes a usage error naming the file. Only regular files
 * are read: a named pipe or a device would block or never end.
 */
async function readArticleFile(file: string): Promise<{ text: string; title?: string }> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new CliExit(EXIT_USAGE, `Cannot summarise ${file}: no such file.`);
  if (!info.isFile())
    throw new CliExit(EXIT_USAGE, `Cannot summarise ${file}: it is ${fileKind(info)}; give an article file (text, Markdown, HTML, PDF or Word).`);
  const result = await extractFile(file, path.basename(file), DEFAULT_MAX_FILE_BYTES);
  if (!result.ok) {
    if (result.reason === 'empty') throw new CliExit(EXIT_USAGE, `${path.basename(file)} is empty: there is nothing to summarise.`);
    throw new CliExit(EXIT_USAGE, `Cannot summarise ${file}: ${result.reason} (${result.detail}).`);
  }
  const { text, metadataTitle } = result.extracted;
  return { text, ...(metadataTitle ? { title: metadataTitle } : {}) };
}

/** Summarises a file with only the embedding model: no index is loaded or built. */
async function summarizeFile(
  command: Command,
  services: CliServices,
  file: string,
  shape: SummaryShape & { section?: string },
): Promise<{ summary: Summary; logger: Logger }> {
  const article = await readArticleFile(file);
  return services.summarizeText(globalFlags(command), { ...article, name: path.basename(file), ...shape });
}

interface SummaryFlags {
  length?: SummaryLength;
  sentences?: number;
  section?: string;
  doc?: string;
  bullets?: boolean;
  file?: string;
  json?: boolean;
}

/** `article-qa summary [--length …] [--sentences N] [--section …] [--doc id] [--bullets] [--file path] [--json]`. */
export function summaryCommand(services: CliServices): Command {
  return new Command('summary')
    .description('summarise the article, one section, or any text file, quoting key sentences with citations')
    .addOption(
      new Option(
        '--length <length>',
        'about 2, 4 or 7 sentences; medium gives each section one and the lead one more, up to 6 (default: medium)',
      ).choices(['short', 'medium', 'long']),
    )
    .option(
      '--sentences <number>',
      'exactly this many sentences (overrides --length)',
      positiveInteger(MAX_SUMMARY_SENTENCES),
    )
    .option(
      '--section <section>',
      'one section: its number, title, or a unique part of the title (see `sections`)',
    )
    .option('--doc <id>', 'which document of the corpus (default: the first)')
    .option('--bullets', 'key points as a list')
    .option('--file <path>', 'summarise this file instead of the article: text, Markdown, HTML, PDF or Word (no index needed)')
    .option('--json', 'print JSON')
    .action(async (options: SummaryFlags, command: Command) => {
      if (options.file !== undefined && options.doc !== undefined) {
        throw new CliExit(
          EXIT_USAGE,
          '--doc picks a document of the corpus; it cannot be combined with --file.',
        );
      }
      const shape = {
        ...(options.length ? { length: options.length } : {}),
        ...(options.sentences !== undefined ? { sentences: options.sentences } : {}),
        ...(options.bullets ? { bullets: true } : {}),
        ...(options.section !== undefined ? { section: options.section } : {}),
      };
      let summary: Summary;
      let logger: Logger;
      if (options.file !== undefined) {
        ({ summary, logger } = await summarizeFile(command, services, options.file, shape));
      } else {
        const context = await openContext(command, services);
        logger = context.logger;
        summary = await context.engine.summarize({
          ...shape,
          ...(options.doc !== undefined ? { docId: options.doc } : {}),
        });
      }
      logger.debug({ docId: summary.docId, timingsMs: summary.timingsMs }, 'summarised');
      await writeLine(options.json ? summaryJson(summary) : formatSummary(summary));
    });
}
