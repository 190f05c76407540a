import type { UntimedAnswer } from '../intent/intent-answers.js';
import type { Citation, Highlight } from './types.js';

/** One part of a message that asked several things, with its answer. */
export interface AnsweredPart {
  question: string;
  answer: UntimedAnswer;
}

/** Before the quotes of a tentative part (see tentative.ts). */
const TENTATIVE_PART_LEAD = 'not sure the article answers this directly; the closest it says: ';

/** Between one part's answer and the next. */
const PART_BREAK = '\n\n';

/** Parts answered with the same quotes, as one: their questions, the answer, and the spans any of them bolds. */
interface PartGroup {
  questions: string[];
  answer: UntimedAnswer;
  spans: Highlight[];
}

/**
 * The parts in order, those answered with the very same quotes (the same words, citing the same
 * passages) put together under their questions in turn: "Which BBC correspondent is named, and
 * what did he claim?" had the same sentence quoted twice, once under each part. The quotes are
 * said once; each part's bold is kept (one bolds the name, the other what he claimed), and the
 * group is unsure if any of its parts is. A part that abstains stays on its own.
 */
function sameQuotesTogether(parts: readonly AnsweredPart[]): PartGroup[] {
  const groups: PartGroup[] = [];
  const byQuotes = new Map<string, PartGroup>();
  for (const { question, answer } of parts) {
    const key = answer.abstained ? undefined : `${answer.answer}\u0000${answer.citations.map((citation) => `${citation.n}:${citation.chunkId}`).join(' ')}`;
    const group = key === undefined ? undefined : byQuotes.get(key);
    if (group) {
      group.questions.push(question);
      group.spans = mergedSpans([...group.spans, ...answer.highlights]);
      if (answer.tentative === true) group.answer = { ...group.answer, tentative: true };
      continue;
    }
    const fresh: PartGroup = { questions: [question], answer, spans: [...answer.highlights] };
    groups.push(fresh);
    if (key !== undefined) byQuotes.set(key, fresh);
  }
  return groups;
}

/** Spans in order, overlapping or touching ones joined, so no text is bolded twice. */
function mergedSpans(spans: readonly Highlight[]): Highlight[] {
  const merged: Highlight[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * One answer for a message that asked several things (see splitQuestions): each part's question
 * as asked, then its answer, in order. Markers are renumbered over the whole answer in order of
 * first use, a passage cited by two parts keeping one number, so every marker still has a
 * citation and every citation a marker. A part that abstains says so in its place and cites
 * nothing; only when every part abstains are the closest passages listed, as for one question.
 * The confidence is the weakest part's: the answer is as sure as its least sure part.
 */
export function combineAnswers(question: string, parts: readonly AnsweredPart[]): UntimedAnswer {
  const allAbstained = parts.every((part) => part.answer.abstained);
  const citations: Citation[] = [];
  const numberFor = new Map<string, number>();
  const numberOf = (citation: Citation): number => {
    let n = numberFor.get(citation.chunkId);
    if (n === undefined) {
      n = citations.length + 1;
      numberFor.set(citation.chunkId, n);
      citations.push({ ...citation, n });
    }
    return n;
  };
  const highlights: Highlight[] = [];
  let text = '';
  for (const { questions, answer, spans } of sameQuotesTogether(parts)) {
    if (text !== '') text += PART_BREAK;
    // A part whose quotes the model is unsure of says so in its place, as a whole answer does.
    const lead = `${questions.map((asked) => asked.trim()).join(' / ')} — ${answer.tentative === true ? TENTATIVE_PART_LEAD : ''}`;
    const byOldNumber = new Map(answer.citations.map((citation) => [citation.n, citation]));
    // Markers change length when renumbered ([9] → [10]): highlights are moved by what came before them.
    let body = '';
    let last = 0;
    let shift = 0;
    const moved: Array<{ at: number; shift: number }> = [];
    for (const marker of answer.answer.matchAll(/\[(\d+)\]/g)) {
      const citation = byOldNumber.get(Number(marker[1]));
      if (!citation) continue;
      const replacement = `[${numberOf(citation)}]`;
      body += answer.answer.slice(last, marker.index) + replacement;
      last = (marker.index ?? 0) + marker[0].length;
      shift += replacement.length - marker[0].length;
      moved.push({ at: last, shift });
    }
    body += answer.answer.slice(last);
    // "The closest passages are listed below" is true only when every part abstains and they are.
    if (answer.abstained && !allAbstained) body = body.split(/(?<=[.!?])\s/)[0] ?? body;
    const start = text.length + lead.length;
    for (const highlight of spans) {
      const before = moved.filter((item) => item.at <= highlight.start).at(-1)?.shift ?? 0;
      highlights.push({ start: start + highlight.start + before, end: start + highlight.end + before });
    }
    text += lead + body;
    if (allAbstained) for (const citation of answer.citations) numberOf(citation);
  }
  const first = parts[0]?.answer;
  const confidences = parts.flatMap((part) => (part.answer.confidence === undefined ? [] : [part.answer.confidence]));
  const generated = parts.find((part) => part.answer.mode === 'generated')?.answer;
  const corrected = parts.some((part) => part.answer.correctedQuestion !== undefined)
    ? parts.map((part) => part.answer.correctedQuestion ?? part.question).join(' / ')
    : undefined;
  return {
    question,
    ...(corrected ? { correctedQuestion: corrected } : {}),
    intent: 'question',
    answer: text,
    abstained: allAbstained,
    ...(confidences.length > 0 ? { confidence: Math.min(...confidences) } : {}),
    ...(allAbstained && first?.abstentionReason ? { abstentionReason: first.abstentionReason } : {}),
    citations,
    highlights,
    mode: generated ? 'generated' : 'extractive',
    ...(generated?.model ? { model: generated.model } : {}),
    parts: parts.map((part) => ({
      question: part.question,
      abstained: part.answer.abstained,
      ...(part.answer.confidence === undefined ? {} : { confidence: part.answer.confidence }),
      ...(part.answer.tentative === true ? { tentative: true } : {}),
    })),
  };
}
