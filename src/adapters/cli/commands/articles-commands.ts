import { Command } from 'commander';
import type { AddedArticle, ArticleLibrary, ArticleListing } from '../../../core/articles/article-library.js';
import { looksLikeAddress } from '../../../core/articles/written-address.js';
import { globalFlags, openContext, type CliServices } from '../context.js';
import { CliExit, EXIT_USAGE } from '../failures.js';
import { writeLine } from '../io.js';
import { progressReporter } from '../progress.js';

/** The library for a CLI command, with a progress bar while an article's passages are embedded. */
function openLibrary(command: Command, services: CliServices): { library: ArticleLibrary; close: () => void } {
  return services.openLibrary(globalFlags(command), progressReporter());
}

/** What `add` prints: "Added "Harbour" as harbour-3f9a1c (1 passage) from harbour.txt." (it said "1 passages"). */
export function addedLine(added: AddedArticle): string {
  return `Added "${added.title}" as ${added.docId} (${added.passages} passage${added.passages === 1 ? '' : 's'}) from ${added.source}.`;
}

/** `article-qa add <file|url> [--json]`: fetches or copies an article, stores it under the state directory, and indexes it. */
export function addCommand(services: CliServices): Command {
  return new Command('add')
    .description(
      'add an article from a file or a URL (txt, md, html, pdf, docx): kept in the state directory and indexed with the corpus',
    )
    .argument('<file-or-url>', 'a local file, or an http(s) address')
    .option('--json', 'print {docId, title, source, passages}')
    .action(async (target: string, options: { json?: boolean }, command: Command) => {
      // An empty argument (a shell variable that was not set) is no file name to report on.
      if (target.trim() === '')
        throw new CliExit(
          EXIT_USAGE,
          'Give a file or an address to add, e.g. article-qa add ~/Downloads/report.pdf or article-qa add https://example.com/story.html.',
        );
      const { library, close } = openLibrary(command, services);
      let added: AddedArticle;
      try {
        // The owner runs the CLI: any address may be fetched, and the article serves every server.
        const owner = { guildId: null, addedBy: null };
        added = looksLikeAddress(target)
          ? await library.addUrl(target, owner, { publicOnly: false })
          : await library.addFile(target, owner);
      } finally {
        close();
      }
      await writeLine(
        options.json
          ? JSON.stringify(added)
          : addedLine(added),
      );
    });
}

/** `article-qa remove <docId>`: removes an added article; its passages leave the index. */
export function removeCommand(services: CliServices): Command {
  return new Command('remove')
    .description('remove an added article (see list); its passages leave the index')
    .argument('<docId>', 'the article id, as list shows it')
    .option('--json', 'print {docId, title, source, removed}')
    .action(async (docId: string, options: { json?: boolean }, command: Command) => {
      const { library, close } = openLibrary(command, services);
      try {
        const removed = await library.remove(docId);
        await writeLine(
          options.json
            ? JSON.stringify({ docId, title: removed.title, source: removed.source, removed: true })
            : `Removed "${removed.title}" (${docId}); its passages are no longer in the index.`,
        );
      } finally {
        close();
      }
    });
}

/** The listing as aligned lines for a terminal. */
export function formatListing(articles: readonly ArticleListing[]): string {
  const rows = articles.map((article) => [
    article.docId,
    String(article.passages),
    article.addedAt ? article.addedAt.slice(0, 16).replace('T', ' ') : 'corpus',
    article.guildId ? `server ${article.guildId}` : 'all',
    `${article.title} (${article.source})`,
  ]);
  const header = ['id', 'passages', 'added', 'answered in', 'title (source)'];
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)),
  );
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
        .join('  '),
    )
    .join('\n');
}

/** `article-qa list [--json]`: every article the index answers from, with its passages and when it was added. */
export function listCommand(services: CliServices): Command {
  return new Command('list')
    .description('list every article: the corpus files and added ones, with passages and when each was added')
    .option('--json', 'print {articles: [{docId, title, source, passages, addedAt, guildId}]}')
    .action(async (options: { json?: boolean }, command: Command) => {
      const { engine } = await openContext(command, services);
      const articles = engine.articles();
      await writeLine(options.json ? JSON.stringify({ articles }) : formatListing(articles));
    });
}
