import { toCitation } from './compose-answer.js';
import type { Citation, Highlight } from './types.js';
import type { Passage } from '../corpus/types.js';

/** One item of a cited list: its name (in bold), any words before it, and the passage that names it. */
export interface CitedItem {
  name: string;
  /** Shown before the name, outside the bold: a person's title ("President "). */
  before?: string;
  passage: Passage;
}

/**
 * A list of names the article gives, after an opening: each in bold, each cited to its passage
 * (one number a passage), "a, b and c", at most `maxListed` and the rest counted ("and 2 more").
 * Found by the article's own wording, not scored by the answer model, so each citation's score is
 * 1. The sources and the people the article names are answered so.
 */
export function citedList(opening: string, items: readonly CitedItem[], maxListed: number): { answer: string; citations: Citation[]; highlights: Highlight[] } {
  const shown = items.slice(0, maxListed);
  const rest = items.length - shown.length;
  const citations: Citation[] = [];
  const highlights: Highlight[] = [];
  const numberOf = new Map<string, number>();
  let answer = opening;
  shown.forEach((item, position) => {
    let n = numberOf.get(item.passage.id);
    if (n === undefined) {
      n = citations.length + 1;
      numberOf.set(item.passage.id, n);
      citations.push(toCitation(n, item.passage, 1));
    }
    answer += position === 0 ? '' : position === shown.length - 1 && rest === 0 ? ' and ' : ', ';
    answer += item.before ?? '';
    highlights.push({ start: answer.length, end: answer.length + item.name.length });
    answer += `${item.name} [${n}]`;
  });
  answer += rest > 0 ? ` and ${rest} more.` : '.';
  return { answer, citations, highlights };
}
