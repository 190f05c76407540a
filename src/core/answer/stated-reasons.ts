import type { ScoredSentence } from '../retrieval/hybrid-retriever.js';
import { sentenceKey } from '../retrieval/without-sentences.js';
import type { QuestionType } from './question-type.js';

/**
 * A sentence that opens by giving the reason for the one before it: "That's because NATO will
 * not …", "This is partly because …", "The reason is …", "Because of this, …". Only openings that
 * point back count: a "because" inside a sentence explains that sentence's own claim, which the
 * answer model already sees.
 */
const GIVES_REASON =
  /^(?:(?:and|but) )?(?:(?:that|this|it)(?:'s| is| was)|(?:that|this) (?:happened|happens)) (?:(?:partly|largely|mainly|mostly|simply|only|in part|precisely) )?because\b|^because of (?:this|that)\b|^(?:the|one|a) (?:main )?reason (?:for (?:this|that|it) )?(?:is|was|being)\b/;

/** Characters that may part two sentences that follow each other: a space, or a paragraph's break. */
const MAX_GAP = 3;

/** Whether `text` opens by giving the reason for the sentence before it. */
export function givesReasonForPrevious(text: string): boolean {
  return GIVES_REASON.test(text.trim().replace(/[‘’]/g, "'").toLowerCase());
}

/**
 * For a why-question, a sentence that gives the reason for the sentence before it answers as well
 * as that sentence does: "The US and NATO are likely to reject Russia's demands … That's because
 * NATO will not allow itself to be dictated by Moscow." The second shares almost no word with
 * "why will nato reject the demand", so the answer model, which reads one sentence at a time,
 * cannot see that it is the answer; the sentence it explains can. Such a sentence takes the
 * probability of the one it explains when that is higher, and so ranks right after it.
 *
 * `explained` are sentences the asker was just given and now asks "why?" about: the reason stated
 * for one of them is the answer, above every other candidate. Other questions' sentences are
 * returned as they are.
 */
export function withStatedReasons(
  sentences: readonly ScoredSentence[],
  type: QuestionType,
  explained: readonly string[] = [],
): ScoredSentence[] {
  if (type !== 'why') return [...sentences];
  const given = new Set(explained.map(sentenceKey));
  const top = Math.max(0, ...sentences.map((sentence) => sentence.probability));
  return sentences.map((sentence) => {
    if (!givesReasonForPrevious(sentence.candidate.text)) return sentence;
    const before = sentenceBefore(sentence, sentences);
    if (!before) return sentence;
    // Just above the best, so that it comes first whatever the order of ties.
    if (given.has(sentenceKey(before.candidate.text))) return { ...sentence, probability: Math.min(1, top + 1e-6) };
    return before.probability > sentence.probability ? { ...sentence, probability: before.probability } : sentence;
  });
}

/** The candidate sentence right before `sentence` in its document, if it is one. */
function sentenceBefore(sentence: ScoredSentence, sentences: readonly ScoredSentence[]): ScoredSentence | undefined {
  const { docId } = sentence.candidate.passage;
  const { start } = sentence.candidate;
  // Overlapping passages hold a sentence once, under either: the document and offsets tell adjacency.
  return sentences.find(
    (other) => other.candidate.passage.docId === docId && other.candidate.end <= start && start - other.candidate.end <= MAX_GAP,
  );
}
