import { citedList } from '../answer/cited-list.js';
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
  const listed = citedList(`${subject} names ${attributions.length === 1 ? 'one source' : `${attributions.length} sources`}: `, attributions, MAX_LISTED);
  return { question, intent: 'sources', ...listed, abstained: false, mode: 'extractive' };
}
