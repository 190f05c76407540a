import type { CorpusDocument, DocumentSection } from '../corpus/types.js';
import { UserError } from '../errors.js';
import type { SectionInfo } from './types.js';

/** The menu name of a section: its heading, or "Introduction" for the untitled lead. */
export function sectionLabel(section: DocumentSection): string {
  return section.title ?? 'Introduction';
}

/** Every section of the given documents, in order. */
export function listSections(documents: readonly CorpusDocument[]): SectionInfo[] {
  return documents.flatMap((document) =>
    document.sections.map((section) => ({
      docId: document.id,
      number: section.number,
      title: section.title,
      label: sectionLabel(section),
    })),
  );
}

/** Case and spacing do not matter when matching titles. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Whether `part` occurs in `title` starting at the start of a word: "us" names the sections
 * about the US, not "Russia cannot back down", and "demand" still finds "three demands".
 */
function startsAWord(title: string, part: string): boolean {
  for (let at = title.indexOf(part); at !== -1; at = title.indexOf(part, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(title.charAt(at - 1))) return true;
  }
  return false;
}

/** A heading without its own leading number: "2. The US cannot…" → "The US cannot…". */
export function withoutHeadingNumber(title: string): string {
  return title.replace(/^\s*\d{1,2}[.)]\s+/, '');
}

function describeSections(
  sections: readonly { docId: string; section: DocumentSection }[],
  showDocument: boolean,
): string {
  return sections
    .map(
      ({ docId, section }) =>
        `  ${section.number}. ${withoutHeadingNumber(sectionLabel(section))}${showDocument ? ` (${docId})` : ''}`,
    )
    .join('\n');
}

/**
 * Finds the section a user means among the given documents' sections: its number, its full
 * title (with or without the heading's own number), or a case-insensitive part of the title,
 * starting at a word, that only one section has. Throws a UserError listing the sections when none or several match.
 */
export function resolveSection(
  documents: readonly CorpusDocument[],
  query: string,
): { document: CorpusDocument; section: DocumentSection } {
  const all = documents.flatMap((document) =>
    document.sections.map((section) => ({ document, docId: document.id, section })),
  );
  const wanted = comparable(query);
  const showDocument = documents.length > 1;
  const unique = (
    matches: typeof all,
  ): { document: CorpusDocument; section: DocumentSection } | undefined => {
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) {
      throw new UserError(
        'section-ambiguous',
        `"${query}" matches several sections; please be more specific:\n${describeSections(matches, showDocument)}`,
      );
    }
    return undefined;
  };
  if (wanted === '')
    throw new UserError(
      'section-empty',
      `Please name a section. The sections are:\n${describeSections(all, showDocument)}`,
    );
  const found =
    (/^\d+$/.test(wanted)
      ? unique(all.filter(({ section }) => section.number === Number(wanted)))
      : undefined) ??
    unique(
      all.filter(({ section }) =>
        [sectionLabel(section), withoutHeadingNumber(sectionLabel(section))].some(
          (title) => comparable(title) === wanted,
        ),
      ),
    ) ??
    unique(all.filter(({ section }) => startsAWord(comparable(sectionLabel(section)), wanted)));
  if (found) return found;
  throw new UserError(
    'section-unknown',
    `There is no section "${query}". The sections are:\n${describeSections(all, showDocument)}`,
  );
}

/** The document with this id, or the first one; throws a UserError listing the ids when unknown. */
export function resolveDocument(documents: readonly CorpusDocument[], docId?: string): CorpusDocument {
  const document = docId === undefined ? documents[0] : documents.find((candidate) => candidate.id === docId);
  if (document) return document;
  if (documents.length === 0) throw new UserError('corpus-empty', 'There are no documents to summarise.');
  throw new UserError(
    'document-unknown',
    `There is no document "${docId}". The documents are: ${documents.map((candidate) => candidate.id).join(', ')}.`,
  );
}
