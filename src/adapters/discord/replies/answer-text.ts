import type { Highlight } from '../../../core/answer/types.js';
import { escapeArticleText, escapeUserText } from '../escaping.js';
import { truncate } from '../limits.js';

// An answer's text in a message: Markdown-escaped with its highlights in bold, fitted to a
// budget, and the lines above it (the question echoed, what was understood).

/** Longest question echoed above an answer; the full question is in the state store. */
const QUESTION_ECHO_CHARS = 300;

/** The answer text, Markdown-escaped, with the highlight spans in bold. */
export function emphasiseAnswer(text: string, highlights: readonly Highlight[]): string {
  let result = '';
  let position = 0;
  for (const { start, end } of [...highlights].sort((a, b) => a.start - b.start)) {
    const from = Math.max(start, position);
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    result += escapeArticleText(text.slice(position, from));
    result += `**${escapeArticleText(text.slice(from, to))}**`;
    position = to;
  }
  return result + escapeArticleText(text.slice(position));
}

/**
 * Fits the emphasised text into `budget` characters: shortens the plain text at a word
 * boundary and re-applies the highlights, so bold markers are never cut in half.
 */
export function fittedText(text: string, highlights: readonly Highlight[], budget: number): string {
  const render = (plainBudget: number): string => {
    if (plainBudget >= text.length) return emphasiseAnswer(text, highlights);
    const shortened = truncate(text, Math.max(1, plainBudget));
    const kept = shortened.endsWith('…') ? shortened.length - 1 : shortened.length;
    const keptHighlights = highlights
      .filter((highlight) => highlight.start < kept)
      .map((highlight) => ({ start: highlight.start, end: Math.min(highlight.end, kept) }));
    return emphasiseAnswer(shortened, keptHighlights);
  };
  // Start from the plain text cut to the budget, not from the whole text: a 6,000-character
  // answer would otherwise overshoot by more than the budget and be cut to nothing.
  let plainBudget = Math.min(text.length, budget);
  let rendered = render(plainBudget);
  // Escapes and bold markers add characters; each pass removes at least the overshoot.
  for (let attempt = 0; rendered.length > budget && attempt < 8; attempt += 1) {
    plainBudget -= Math.max(1, rendered.length - budget);
    rendered = render(plainBudget);
  }
  return rendered.length > budget ? truncate(rendered.replace(/\*\*/g, ''), budget) : rendered;
}

/** The question echoed above an answer (or a draft of one): slash commands' options are not shown. */
export function questionHeader(question: string): string {
  return `**Question:** ${escapeUserText(truncate(question, QUESTION_ECHO_CHARS))}\n`;
}

/**
 * "Answering: …" in Discord's small print (`-#`), when the conversation changed the question
 * ("what did he say" → "what did Sergei Ryabkov say") or a typing slip was mended, so the member
 * can see what was understood.
 */
export function understoodLine(resolvedQuestion: string | undefined): string {
  return resolvedQuestion === undefined ? '' : `-# Answering: ${escapeUserText(truncate(resolvedQuestion, QUESTION_ECHO_CHARS))}\n`;
}

