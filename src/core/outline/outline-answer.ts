import { toCitation } from '../answer/compose-answer.js';
import type { Citation, Highlight } from '../answer/types.js';
import type { CorpusDocument, Passage } from '../corpus/types.js';
import type { UntimedAnswer } from '../intent/intent-answers.js';
import type { OutlineAsk } from '../intent/outline-request.js';
import { sectionLabel, withoutHeadingNumber } from '../summary/sections.js';
import { splitSentences } from '../text/sentences.js';

/**
 * The reply to "what's the headline?", "what are the sections?" or "what is the heading of section
 * 2?": the article's title, its sections in order, or one section's heading, each cited to the
 * first passage it names, so a reader can check it against the source. In a corpus of several
 * articles, "the article" is the first, as for "tl;dr", and the answer says which and how many
 * there are.
 */
export function outlineAnswer(
  question: string,
  asked: OutlineAsk,
  index: { documents: readonly CorpusDocument[]; passages: readonly Passage[] },
): UntimedAnswer {
  const document = index.documents[0];
  const passages = index.passages.filter((passage) => passage.docId === document?.id).sort((a, b) => a.ordinal - b.ordinal);
  const first = passages[0];
  if (!document || !first) return nothingRead(question);
  const others = index.documents.length > 1 ? ` (the first of ${index.documents.length} articles)` : '';
  const citations: Citation[] = [];
  const highlights: Highlight[] = [];
  // Found in the file itself, not scored by the answer model: as sure as the article's own words.
  const cite = (passage: Passage): number => {
    const known = citations.find((citation) => citation.chunkId === passage.id);
    if (known) return known.n;
    citations.push(toCitation(citations.length + 1, passage, 1));
    return citations.length;
  };
  if (asked === 'title') {
    const lead = 'The article is titled "';
    highlights.push({ start: lead.length, end: lead.length + document.title.length });
    const answer = `${lead}${document.title}"${others} [${cite(first)}].`;
    return { question, intent: 'outline', answer, abstained: false, citations, highlights, mode: 'extractive' };
  }
  if (asked === 'opening' || asked === 'ending') return endAnswer(question, asked, asked === 'opening' ? first : (passages.at(-1) ?? first), cite, citations, `${others}`);
  const titled = document.sections.filter((section) => section.title !== null);
  // "what is the heading of section 2": that section's heading, cited to its first passage. One
  // the article does not have is answered with the sections it does have.
  const one = typeof asked === 'object' ? (asked.section < 0 ? titled.at(asked.section) : titled.find((section) => section.number === asked.section) ?? titled[asked.section - 1]) : undefined;
  if (one) {
    const label = withoutHeadingNumber(sectionLabel(one));
    const passage = passages.find((candidate) => candidate.sectionNumber === one.number) ?? first;
    const lead = `Section ${one.number} of the article "${document.title}"${others} is headed "`;
    highlights.push({ start: lead.length, end: lead.length + label.length });
    const answer = `${lead}${label}" [${cite(passage)}].`;
    return { question, intent: 'outline', answer, abstained: false, citations, highlights, mode: 'extractive' };
  }
  if (titled.length === 0) {
    const answer = `The article "${document.title}"${others} has no section headings: it is one text of ${passages.length === 1 ? 'one passage' : `${passages.length} passages`} [${cite(first)}].`;
    return { question, intent: 'outline', answer, abstained: false, citations, highlights, mode: 'extractive' };
  }
  const missing = typeof asked === 'object' ? `There is no section ${asked.section}. ` : '';
  let answer = `${missing}The article "${document.title}"${others} has ${titled.length === 1 ? 'one section' : `${titled.length} sections`}, after its opening: `;
  titled.forEach((section, position) => {
    const label = `${section.number}. ${withoutHeadingNumber(sectionLabel(section))}`;
    const passage = passages.find((candidate) => candidate.sectionNumber === section.number) ?? first;
    answer += position === 0 ? '' : '; ';
    highlights.push({ start: answer.length, end: answer.length + label.length });
    answer += `${label} [${cite(passage)}]`;
  });
  return { question, intent: 'outline', answer: `${answer}.`, abstained: false, citations, highlights, mode: 'extractive' };
}

/** At most this many sentences of the text's first or last paragraph are quoted. */
const END_SENTENCES = 3;

/**
 * "how does the article start?": its first paragraph, from its first passage; "… end?": its last,
 * from its last passage; at most three sentences of it (the first three, or the last). Cited to
 * the passage.
 */
function endAnswer(question: string, asked: 'opening' | 'ending', passage: Passage, cite: (passage: Passage) => number, citations: Citation[], others: string): UntimedAnswer {
  const paragraphs = passage.text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  const paragraph = (asked === 'opening' ? paragraphs[0] : paragraphs.at(-1)) ?? passage.text;
  const sentences = splitSentences(paragraph).map((sentence) => sentence.text);
  const quoted = asked === 'opening' ? sentences.slice(0, END_SENTENCES) : sentences.slice(-END_SENTENCES);
  const n = cite(passage);
  const lead = asked === 'opening' ? `The article${others} opens: ` : `The article${others} ends: `;
  return { question, intent: 'outline', answer: `${lead}${quoted.join(' ')} [${n}]`, abstained: false, citations, highlights: [], mode: 'extractive' };
}

/** An index with no passages has no outline to give. */
function nothingRead(question: string): UntimedAnswer {
  return {
    question,
    intent: 'outline',
    answer: 'No article has been read yet, so there is no title or section to give.',
    abstained: true,
    abstentionReason: 'no-candidates',
    citations: [],
    highlights: [],
    mode: 'extractive',
  };
}
