import type { CorpusDocument, Passage, TextRange } from '../corpus/types.js';
import { splitSentences } from '../text/sentences.js';
import { datelineLength } from './surface-cues.js';

/** A sentence of the text being summarised, with where it sits and the passage that cites it. */
export interface SourceSentence {
  /** Exactly `document.text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The first passage holding the sentence (passages overlap by a sentence). */
  passage: Passage;
  sectionNumber: number;
  /** Index among all sentences being summarised, 0-based. */
  position: number;
  /** Index within its section, 0-based. */
  positionInSection: number;
  /** Index within its paragraph, 0-based. */
  positionInParagraph: number;
  /** True in the last paragraph of the text being summarised, where structured writing concludes. */
  inFinalParagraph: boolean;
}

function paragraphIndex(paragraphs: readonly TextRange[], offset: number): number {
  return paragraphs.findIndex((paragraph) => offset >= paragraph.start && offset < paragraph.end);
}

/**
 * The sentences of a document's passages, once each and in source order, optionally only
 * those of one section. Passages must belong to the document.
 */
export function sourceSentences(
  document: CorpusDocument,
  passages: readonly Passage[],
  sectionNumber?: number,
): SourceSentence[] {
  const ordered = [...passages]
    .filter((passage) => sectionNumber === undefined || passage.sectionNumber === sectionNumber)
    .sort((a, b) => a.ordinal - b.ordinal);
  const seen = new Set<number>();
  const sentences: SourceSentence[] = [];
  const perSection = new Map<number, number>();
  const paragraphOf: number[] = [];
  const storyStart = firstTextOffset(document);
  let previousParagraph = { section: -1, index: -1, position: 0 };
  for (const passage of ordered) {
    const section = document.sections.find((candidate) => candidate.number === passage.sectionNumber);
    for (const span of splitSentences(passage.text, passage.start)) {
      if (seen.has(span.start)) continue;
      seen.add(span.start);
      let { start } = span;
      // The story's first sentence may carry a dateline ("Tokyo (CNN) --"); cite the sentence without it.
      if (span.start === storyStart) start += datelineLength(span.text);
      const paragraphs = section?.paragraphs ?? [];
      const index = paragraphIndex(paragraphs, span.start);
      const sameParagraph =
        previousParagraph.section === passage.sectionNumber && previousParagraph.index === index;
      const positionInParagraph = sameParagraph ? previousParagraph.position + 1 : 0;
      previousParagraph = { section: passage.sectionNumber, index, position: positionInParagraph };
      const positionInSection = perSection.get(passage.sectionNumber) ?? 0;
      perSection.set(passage.sectionNumber, positionInSection + 1);
      sentences.push({
        text: document.text.slice(start, span.end),
        start,
        end: span.end,
        passage,
        sectionNumber: passage.sectionNumber,
        position: sentences.length,
        positionInSection,
        positionInParagraph,
        inFinalParagraph: false,
      });
      paragraphOf.push(index);
    }
  }
  const last = sentences[sentences.length - 1];
  for (const sentence of sentences) {
    sentence.inFinalParagraph =
      last !== undefined &&
      sentence.sectionNumber === last.sectionNumber &&
      paragraphOf[sentence.position] === paragraphOf[last.position];
  }
  return sentences;
}

/** Where the document's body text begins (its first paragraph). */
function firstTextOffset(document: CorpusDocument): number {
  for (const section of document.sections) {
    const first = section.paragraphs[0];
    if (first) return first.start;
  }
  return -1;
}
