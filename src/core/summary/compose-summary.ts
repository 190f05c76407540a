import { toCitation } from '../answer/compose-answer.js';
import type { Citation } from '../answer/types.js';
import type { SourceSentence } from './source-sentences.js';
import type { SummarySentence } from './types.js';

/** A chosen sentence and how important it was judged (0–1), which its citation reports. */
export interface ChosenSentence {
  sentence: SourceSentence;
  importance: number;
}

/** The summary's text and evidence. */
export interface ComposedSummary {
  summary: string;
  sentences: SummarySentence[];
  citations: Citation[];
}

/**
 * Writes the summary from sentences in source order: each verbatim (whitespace runs collapsed),
 * followed by the marker of the passage it came from. Markers are numbered in order of first
 * use, so every marker has a citation and every citation a marker; a citation's score is the
 * importance of the best sentence quoted from its passage.
 */
export function composeSummary(
  chosen: readonly ChosenSentence[],
  options: { bullets: boolean },
): ComposedSummary {
  const citations: Citation[] = [];
  const numberFor = new Map<string, number>();
  const sentences: SummarySentence[] = [];
  for (const { sentence, importance } of chosen) {
    const { passage } = sentence;
    let n = numberFor.get(passage.id);
    if (n === undefined) {
      n = citations.length + 1;
      numberFor.set(passage.id, n);
      citations.push(toCitation(n, passage, importance));
    } else {
      const citation = citations[n - 1] as Citation;
      citations[n - 1] = toCitation(n, passage, Math.max(citation.score, importance));
    }
    sentences.push({ text: sentence.text.replace(/\s+/g, ' ').trim(), n, chunkId: passage.id });
  }
  const parts = sentences.map((sentence) => `${sentence.text} [${sentence.n}]`);
  const summary = options.bullets ? parts.map((part) => `- ${part}`).join('\n') : parts.join(' ');
  return { summary, sentences, citations };
}
