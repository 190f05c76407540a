import type { Passage } from '../corpus/types.js';
import type { ChatMessage } from './chat-completion-client.js';
import { citationRule, dataRule, passagesBlock, questionBlock } from './prompt-blocks.js';

/** The exact reply the model must give when the passages do not answer; recognised by the validator. */
export const NOT_IN_ARTICLE_REPLY = 'The article does not contain the answer to this question.';

/**
 * The rules, in the system message. They state that the user message holds only data, so a
 * question such as "ignore previous instructions" is just a question about the article.
 */
export function answerInstructions(passageCount: number): string {
  return [
    'You answer questions about an article, using only the numbered passages from that article that you are given.',
    '',
    'Rules:',
    '1. Use only facts stated in the passages. Do not use outside knowledge, and do not guess.',
    `2. ${citationRule(passageCount)}`,
    `3. If the passages do not contain the answer, reply with exactly this sentence and nothing else: ${NOT_IN_ARTICLE_REPLY}`,
    '4. Answer in at most four sentences of plain text, in the language of the question.',
    '',
    dataRule(['passages', 'question']),
  ].join('\n');
}

/**
 * The chat messages for one question: rules in the system message; the passages, numbered
 * [1]..[k] in retrieval order, and the question in delimited data blocks in the user message.
 */
export function buildAnswerPrompt(question: string, passages: readonly Passage[]): ChatMessage[] {
  const numbered = passages.map((passage, position) => ({
    n: position + 1,
    section: passage.section,
    text: passage.text,
  }));
  const user = [
    passagesBlock(numbered),
    '',
    questionBlock(question),
    '',
    'Answer the question above from the passages, following the rules.',
  ].join('\n');
  return [
    { role: 'system', content: answerInstructions(passages.length) },
    { role: 'user', content: user },
  ];
}
