import type { Citation } from '../../../core/answer/types.js';
import { excerpt } from '../../../core/display.js';
import { escapeArticleText } from '../escaping.js';
import { truncate } from '../limits.js';

// How cited passages are named and listed under an answer, a summary or in Sources.

/** Longest section or article title shown for a cited passage. */
export const SECTION_CHARS = 90;
const EXCERPT_CHARS = 160;

/** Where a cited passage comes from, for lists: its section title, else its article's title, else the document id. */
export function citationSource(citation: Pick<Citation, 'section' | 'docId'> & Partial<Pick<Citation, 'title'>>): string {
  return citation.section ?? citation.title ?? citation.docId;
}

/**
 * Each citation's label (see {@link citationSource}), with its file or address added when another
 * citation of the list has the same label from another article: two reports both titled "City
 * Council Meeting" must be told apart.
 */
export function distinctSourceLabels(citations: ReadonlyArray<Pick<Citation, 'section' | 'docId'> & Partial<Pick<Citation, 'title' | 'source'>>>): string[] {
  const labels = citations.map(citationSource);
  return citations.map((citation, index) => {
    const label = labels[index] as string;
    const shared = citations.some((other, at) => at !== index && labels[at] === label && other.docId !== citation.docId);
    return shared ? `${label} (${citation.source ?? citation.docId})` : label;
  });
}

/** The web address a citation links to: its article's URL, for articles added from the web. */
export function citationUrl(citation: Partial<Pick<Citation, 'source'>>): string | undefined {
  return citation.source && /^https?:\/\//.test(citation.source) ? citation.source : undefined;
}

/** `**[n]** section — short excerpt`, one line per cited passage; the section links to the article's URL when it has one. */
export function sourceLines(citations: readonly Citation[]): string[] {
  const labels = distinctSourceLabels(citations);
  return citations.map((citation, index) => {
    const label = escapeArticleText(truncate(labels[index] as string, SECTION_CHARS));
    const url = citationUrl(citation);
    const linked = url ? `[${label.replace(/[[\]]/g, '')}](${url.replace(/[()\s]/g, encodeURIComponent)})` : label;
    return `**[${citation.n}]** ${linked} — ${escapeArticleText(excerpt(citation.text, EXCERPT_CHARS))}`;
  });
}

