import type { Citation } from '../answer/types.js';
import type { ChatMessage } from './chat-completion-client.js';
import { citationRule, dataRule, passagesBlock } from './prompt-blocks.js';

/** What the summary should look like: as many sentences (or points) as the extractive one. */
export interface SummaryPromptShape {
  sentences: number;
  bullets: boolean;
}

/** The rules for a summary, in the system message. */
export function summaryInstructions(passageCount: number, shape: SummaryPromptShape): string {
  const count = shape.sentences === 1 ? 'one sentence' : `about ${shape.sentences} sentences`;
  const layout = shape.bullets
    ? `Write ${shape.sentences === 1 ? 'one key point' : `about ${shape.sentences} key points`}, each on its own line starting with "- ".`
    : `Write one paragraph of ${count}.`;
  return [
    'You summarise an article, using only the numbered passages from it that you are given: they hold its key sentences.',
    '',
    'Rules:',
    '1. Use only facts stated in the passages. Do not add outside knowledge, opinions or guesses.',
    `2. ${citationRule(passageCount)} Every sentence must end with at least one citation.`,
    `3. ${layout} Plain text, in the language of the passages, with no heading or introduction.`,
    '',
    dataRule(['passages']),
  ].join('\n');
}

/**
 * The chat messages for an abstractive summary of the passages an extractive summary cites,
 * numbered as its citations are, so the model's markers map straight onto them.
 */
export function buildSummaryPrompt(citations: readonly Citation[], shape: SummaryPromptShape): ChatMessage[] {
  const user = [
    passagesBlock(
      citations.map((citation) => ({ n: citation.n, section: citation.section, text: citation.text })),
    ),
    '',
    'Summarise the article from the passages above, following the rules.',
  ].join('\n');
  return [
    { role: 'system', content: summaryInstructions(citations.length, shape) },
    { role: 'user', content: user },
  ];
}
