import { Command } from 'commander';
import { withoutHeadingNumber } from '../../../core/summary/sections.js';
import type { SectionInfo } from '../../../core/summary/types.js';
import { openContext, type CliServices } from '../context.js';
import { writeLine } from '../io.js';

/** The sections as a list per document: "  2. The US cannot make a decision…". */
export function formatSections(
  sections: readonly SectionInfo[],
  titles: ReadonlyMap<string, string>,
): string {
  const lines: string[] = [];
  let currentDocument: string | undefined;
  for (const section of sections) {
    if (section.docId !== currentDocument) {
      if (currentDocument !== undefined) lines.push('');
      lines.push(`${titles.get(section.docId) ?? section.docId} (${section.docId})`);
      currentDocument = section.docId;
    }
    lines.push(`  ${section.number}. ${withoutHeadingNumber(section.label)}`);
  }
  return lines.length > 0 ? lines.join('\n') : 'The corpus has no sections.';
}

/** `article-qa sections [--json]`: what `summary --section` accepts. */
export function sectionsCommand(services: CliServices): Command {
  return new Command('sections')
    .description("list the article's sections (numbers and titles), for summary --section")
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const { engine } = await openContext(command, services);
      const sections = engine.sections();
      if (options.json) {
        await writeLine(JSON.stringify({ sections }));
        return;
      }
      const titles = new Map(engine.documents().map((document) => [document.id, document.title]));
      await writeLine(formatSections(sections, titles));
    });
}
