import { toCitation } from '../answer/compose-answer.js';
import type { Citation, Highlight } from '../answer/types.js';
import type { CorpusDocument, Passage } from '../corpus/types.js';
import type { UntimedAnswer } from '../intent/intent-answers.js';
import { findAttributions } from './attributions.js';

/** At most this many sources are listed; the rest are counted. */
const MAX_LISTED = 8;

/**
 * The reply to "which sources does the article cite?": the sources it names ("According to the
 * Associated Press, …", "Reported by Tass, …"), in bold, each cited to the passage that names it,
 * so a reader can check where and how: "The article names 4 sources: **Al Jazeera** [1],
 * **Associated Press** [2], …". A list, not the sentences: what each source said is a question
 * of its own ("what did the AP report?"). An article that names none is said to. In a corpus of
 * several articles, "the article" is the first, as for "tl;dr", and the answer says which.
 */
export function sourcesAnswer(
  question: string,
  index: { documents: readonly CorpusDocument[]; passages: readonly Passage[] },
): UntimedAnswer {
  const document = index.documents[0];
  const attributions = findAttributions(index.passages.filter((passage) => passage.docId === document?.id));
  const subject =
    document && index.documents.length > 1
      ? `The article "${document.title}" (the first of ${index.documents.length})`
      : 'The article';
  if (attributions.length === 0) {
    return {
      question,
      intent: 'sources',
      answer: `${subject} credits no source by name: no sentence says "according to …", "reported by …" or "… reported". The people it quotes are not counted as sources.`,
      abstained: true,
      abstentionReason: 'no-candidates',
      citations: [],
      highlights: [],
      mode: 'extractive',
    };
  }
  const listedHere = attributions.slice(0, MAX_LISTED);
  const rest = attributions.length - listedHere.length;
  const citations: Citation[] = [];
  const highlights: Highlight[] = [];
  const numberOf = new Map<string, number>();
  let answer = `${subject} names ${attributions.length === 1 ? 'one source' : `${attributions.length} sources`}: `;
  listedHere.forEach((attribution, index) => {
    const { passage, name } = attribution;
    let n = numberOf.get(passage.id);
    if (n === undefined) {
      n = citations.length + 1;
      numberOf.set(passage.id, n);
      // Found by its wording, not scored by the answer model: as sure as the article's own words.
      citations.push(toCitation(n, passage, 1));
    }
    const last = index === listedHere.length - 1;
    answer += index === 0 ? '' : last && rest === 0 ? ' and ' : ', ';
    highlights.push({ start: answer.length, end: answer.length + name.length });
    answer += `${name} [${n}]`;
  });
  answer += rest > 0 ? ` and ${rest} more.` : '.';
  return { question, intent: 'sources', answer, abstained: false, citations, highlights, mode: 'extractive' };
}
