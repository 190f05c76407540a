import { displayText } from '../display.js';
import type { Passage } from '../corpus/types.js';
import { roundScore } from '../scores.js';
import type { Citation, Highlight } from './types.js';
import type { ScoredSentence } from '../retrieval/hybrid-retriever.js';
import { bestCueSpan } from './highlight.js';
import { listedItemSpan } from './listed-items.js';
import { excerptToFit } from './long-quotes.js';
import type { QuestionAnalysis } from './question-analysis.js';
import { boldCandidates } from './sentence-cues.js';
import { wholeQuotation, type QuotedSpan } from './quotations.js';

/** The answer's text and its evidence, before timings are added. */
export interface ComposedAnswer {
  answer: string;
  citations: Citation[];
  highlights: Highlight[];
}

/** Builds a citation for a passage. */
export function toCitation(n: number, passage: Passage, score: number): Citation {
  return {
    n,
    chunkId: passage.id,
    docId: passage.docId,
    title: passage.docTitle,
    source: passage.docSource,
    section: passage.section,
    text: displayText(passage.text),
    score: roundScore(score),
  };
}

/**
 * Writes the answer: each sentence verbatim (whitespace tidied), followed by the marker of the
 * passage it came from. Markers are numbered in order of first use, so every marker has a
 * citation and every citation a marker. A sentence that alone would pass `maxChars` (with its
 * marker) is quoted in part, the part that holds what was asked (see long-quotes.ts).
 */
export function composeAnswer(
  sentences: readonly ScoredSentence[],
  highlight: {
    primary?: ScoredSentence | undefined;
    question?: Pick<QuestionAnalysis, 'text' | 'type' | 'terms'>;
    maxChars?: number;
    /** For "how many X": whether a term names X (see boldCandidates). */
    namesCounted?: ((term: string) => boolean) | undefined;
  } = {},
): ComposedAnswer {
  const citations: Citation[] = [];
  const numberFor = new Map<string, number>();
  const highlights: Highlight[] = [];
  const parts: string[] = [];
  let length = 0;
  // A citation's score is the answer model's probability for the best sentence quoted from its
  // passage (as for the closest passages of "doesn't say"), not the first retrieval stage's score.
  const bestOf = new Map<string, number>();
  for (const { candidate, probability } of sentences) bestOf.set(candidate.passage.id, Math.max(bestOf.get(candidate.passage.id) ?? 0, probability));
  // What has been quoted of each document: a sentence inside a quotation already quoted whole is not repeated.
  const quoted: Array<QuotedSpan & { docId: string }> = [];
  for (const sentence of sentences) {
    const { passage } = sentence.candidate;
    const span = wholeQuotation(sentence.candidate);
    if (quoted.some((done) => done.docId === passage.docId && span.start < done.end && done.start < span.end)) continue;
    quoted.push({ ...span, docId: passage.docId });
    let n = numberFor.get(passage.id);
    if (n === undefined) {
      n = citations.length + 1;
      numberFor.set(passage.id, n);
      citations.push(toCitation(n, passage, bestOf.get(passage.id) ?? 0));
    }
    const whole = span.text.replace(/\s+/g, ' ');
    // Where the sentence itself begins in the quoted text (later, when a quotation began before it).
    const lead = sentence.candidate.start - span.start;
    const offset = length + (parts.length > 0 ? 1 : 0);
    // Only the best sentence carries the answer's span (a name, date or number); companions add context.
    const { question } = highlight;
    const cue =
      sentence === highlight.primary && question
        ? (listedItemSpan(sentence.candidate.text, question.text) ??
          bestCueSpan(sentence.candidate.text, boldCandidates(question.type, sentence.candidate.text, question.text, highlight.namesCounted), question.terms))
        : undefined;
    // The cue's place in the quoted text, when tidying the whitespace moved nothing.
    const cueInText = cue && whole === span.text ? { start: lead + cue.start, end: lead + cue.end } : undefined;
    const marker = ` [${n}]`;
    const excerpt = highlight.maxChars === undefined ? undefined : excerptToFit(whole, highlight.maxChars - marker.length, question?.terms ?? [], cueInText);
    const text = excerpt?.text ?? whole;
    const shift = excerpt ? excerpt.lead - excerpt.start : 0;
    if (cueInText && (!excerpt || (cueInText.start >= excerpt.start && cueInText.end <= excerpt.end)))
      highlights.push({ start: offset + cueInText.start + shift, end: offset + cueInText.end + shift });
    const part = `${text}${marker}`;
    parts.push(part);
    length = offset + part.length;
  }
  return { answer: parts.join(' '), citations, highlights };
}

/**
 * The reply to a question with no word to look for ("who did it", "what is it", asked with nothing
 * before it that "it" could be): "doesn't say" would claim the article has no answer, when it was
 * never asked anything it could search for.
 */
export const NOTHING_TO_LOOK_FOR = "I can't tell what this asks about: it has no word to look for in the article. Ask again, naming who or what you mean.";

/** The reply to a question with no word to look for: no citations, since nothing was looked for. */
export function nothingToLookForAnswer(): ComposedAnswer {
  return { answer: NOTHING_TO_LOOK_FOR, citations: [], highlights: [] };
}

/** Both or all of the names, as a reply lists them: "Tokyo", "China or Japan", "Kyiv, Minsk or Warsaw". */
export function eitherOf(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}` : (names[0] ?? '');
}

/**
 * The plain statement used when the article does not answer; its citations are only the closest
 * passages. `unmentioned`: names the question asks about that the article never mentions, which
 * say why it does not ("it never mentions Tokyo"), so a member can ask again another way.
 */
export function abstentionAnswer(closest: ReadonlyArray<{ passage: Passage; score: number }>, unmentioned: readonly string[] = [], silentSpeaker?: string): ComposedAnswer {
  const why =
    unmentioned.length > 0
      ? `The article doesn't say: it never mentions ${eitherOf(unmentioned)}.`
      : silentSpeaker !== undefined
        ? `The article doesn't say: it quotes nothing from ${silentSpeaker} on this.`
        : undefined;
  return {
    answer: why
      ? closest.length > 0
        ? `${why} The closest passages are listed below.`
        : why
      : closest.length > 0
        ? // "clearly": the model doubts every sentence, which is not the same as finding none that
          // answers; "how many troops" (0.063) lists the passage with "100,000 troops" second.
          "The article doesn't say. The closest passages are listed below, but none of them clearly answers this question."
        : "The article doesn't say. Nothing in it is about this question.",
    citations: closest.map((item, position) => toCitation(position + 1, item.passage, item.score)),
    highlights: [],
  };
}
