import { toCitation } from '../answer/compose-answer.js';
import { quotationOpenAfter } from '../answer/reported-speech.js';
import type { Citation, Highlight } from '../answer/types.js';
import { loadTagger } from '../conversation/tagger.js';
import type { CorpusDocument, Passage } from '../corpus/types.js';
import type { UntimedAnswer } from '../intent/intent-answers.js';
import type { OutlookRequest } from '../intent/outlook-request.js';
import { splitSentences } from '../text/sentences.js';
import { contentTerms } from '../text/terms.js';
import { aheadPhrase, type AheadPhrase } from './statements-ahead.js';

/** At most this many statements are quoted: "what's next?" wants the outlook, not the article. */
const MAX_QUOTED = 3;

/** A sentence of the article that speaks of what is to come, with the words that say so. */
interface StatementAhead {
  text: string;
  passage: Passage;
  phrase: AheadPhrase;
  order: number;
}

/**
 * The reply to "what's next?" or "what's next for nato?": the article's sentences that speak of
 * what is to come ("The second and third stage of the meeting will involve Russia with NATO …"),
 * at most three, each cited, the words that look ahead in bold. The story's own statements come
 * before what it quotes someone as saying will happen ("we will not allow …" is a stance more
 * than a plan), then the article's order; for "what comes after X", statements that name X come
 * last. A topic keeps the statements that name it; when none
 * does, the reply says so and quotes those that look ahead at all. In a corpus of several
 * articles, "the article" is the first, as for the people it names.
 */
export async function outlookAnswer(
  question: string,
  request: OutlookRequest,
  index: { documents: readonly CorpusDocument[]; passages: readonly Passage[] },
): Promise<UntimedAnswer> {
  const document = index.documents[0];
  const passages = index.passages.filter((passage) => passage.docId === document?.id).sort((a, b) => a.ordinal - b.ordinal);
  await loadTagger();
  const ahead: StatementAhead[] = [];
  // Passages overlap, so a sentence is read once, in the first passage that holds it.
  const seen = new Set<string>();
  for (const passage of passages) {
    let quotationOpen = false;
    for (const sentence of splitSentences(passage.text)) {
      const openBefore = quotationOpen;
      quotationOpen = quotationOpenAfter(openBefore, sentence.text);
      if (seen.has(sentence.text)) continue;
      seen.add(sentence.text);
      const phrase = aheadPhrase(sentence.text, openBefore);
      if (phrase) ahead.push({ text: sentence.text, passage, phrase, order: ahead.length });
    }
  }
  const reply = { question, intent: 'outlook' as const, mode: 'extractive' as const };
  const subject = document && index.documents.length > 1 ? `The article "${document.title}" (the first of ${index.documents.length})` : 'The article';
  const topicTerms = request.topic === undefined ? [] : contentTerms(request.topic);
  const onTopic = topicTerms.length === 0 ? ahead : ahead.filter((statement) => contentTerms(statement.text).some((term) => topicTerms.includes(term)));
  const about = topicTerms.length === 0 ? '' : ` for ${asTyped(question, request.topic ?? '')}`;
  if (ahead.length === 0) {
    return { ...reply, answer: `${subject} says nothing of what comes next.`, abstained: true, abstentionReason: 'no-candidates', citations: [], highlights: [] };
  }
  const offTopic = onTopic.length === 0;
  const opening = offTopic ? `${subject} says nothing of what comes next${about}. Of what comes next, it says: ` : `Of what comes next${about}, ${subject.charAt(0).toLowerCase()}${subject.slice(1)} says: `;
  // "what comes after the geneva meeting": a statement about Geneva is about what it comes after.
  const afterTerms = request.after === undefined ? [] : contentTerms(request.after);
  const isBefore = (statement: StatementAhead): boolean => contentTerms(statement.text).some((term) => afterTerms.includes(term));
  const chosen = [...(offTopic ? ahead : onTopic)]
    .sort((a, b) => Number(isBefore(a)) - Number(isBefore(b)) || Number(a.phrase.quoted) - Number(b.phrase.quoted) || a.order - b.order)
    .slice(0, MAX_QUOTED)
    .sort((a, b) => a.order - b.order);
  return { ...reply, ...quotedStatements(opening, chosen), abstained: offTopic, ...(offTopic ? { abstentionReason: 'no-candidates' as const } : {}) };
}

/** The statements after the opening, in the article's order, each cited, its words that look ahead in bold. */
function quotedStatements(opening: string, statements: readonly StatementAhead[]): { answer: string; citations: Citation[]; highlights: Highlight[] } {
  const citations: Citation[] = [];
  const highlights: Highlight[] = [];
  let answer = opening;
  statements.forEach((statement, position) => {
    let citation = citations.find((known) => known.chunkId === statement.passage.id);
    if (!citation) {
      // Found by the article's own wording, not scored by the answer model: as sure as its words.
      citation = toCitation(citations.length + 1, statement.passage, 1);
      citations.push(citation);
    }
    answer += position === 0 ? '' : ' ';
    const { start, end } = statement.phrase;
    highlights.push({ start: answer.length + start, end: answer.length + end });
    answer += `${statement.text} [${citation.n}]`;
  });
  return { answer, citations, highlights };
}

/** The words as the member typed them ("NATO"), where the request read them in lower case ("nato"). */
function asTyped(question: string, words: string): string {
  const at = question.toLowerCase().indexOf(words);
  return at < 0 ? words : question.slice(at, at + words.length);
}
