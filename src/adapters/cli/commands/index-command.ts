import { Command } from 'commander';
import type { SkippedInput } from '../../../core/ingest/types.js';
import { openContext, type CliServices } from '../context.js';
import { writeLine } from '../io.js';

/** The skipped files, one line each: "  photo.png: unsupported type (.png files are not read …)". */
export function formatSkipped(skipped: readonly SkippedInput[]): string[] {
  if (skipped.length === 0) return [];
  return [`Skipped ${skipped.length} file(s) that yield no passages:`, ...skipped.map((item) => `  ${item.path}: ${item.reason} (${item.detail})`)];
}

/** `article-qa index [--force] [--json]`: builds or refreshes the index. */
export function indexCommand(services: CliServices): Command {
  return new Command('index')
    .description('build or refresh the passage index (rebuilds automatically when the corpus, model or settings changed)')
    .option('--force', 'rebuild even when the saved index is current')
    .option('--json', 'print a JSON summary')
    .action(async (options: { force?: boolean; json?: boolean }, command: Command) => {
      const started = performance.now();
      const { indexResult } = await openContext(command, services, { force: options.force ?? false, reportsSkipped: true });
      const { manifest, documents, passages } = indexResult.index;
      const buildMs = indexResult.rebuilt ? manifest.buildMs : Math.round(performance.now() - started);
      const skipped = indexResult.skipped.map(({ path, reason, detail }) => ({ path, reason, detail }));
      if (options.json) {
        await writeLine(JSON.stringify({ documents: documents.length, passages: passages.length, buildMs, rebuilt: indexResult.rebuilt, skipped }));
        return;
      }
      const verb = indexResult.rebuilt ? `Built index in ${buildMs} ms` : `Index is up to date (loaded in ${buildMs} ms)`;
      await writeLine(`${verb}: ${documents.length} document(s), ${passages.length} passages, model ${manifest.model.id}.`);
      if (indexResult.rebuilt) await writeLine(`Reason: ${indexResult.reasons.join('; ')}.`);
      for (const line of formatSkipped(skipped)) await writeLine(line);
    });
}
