import type { Passage } from '../corpus/types.js';
import type { ChatMessage } from './chat-completion-client.js';
import { citationRule, conversationBlock, dataRule, passagesBlock, questionBlock, type EarlierExchange } from './prompt-blocks.js';

export type { EarlierExchange } from './prompt-blocks.js';

/** The exact reply the model must give when the passages do not answer; recognised by the validator. */
export const NOT_IN_ARTICLE_REPLY = 'The article does not contain the answer to this question.';

/**
 * A follow-up's context: the message as the member wrote it ("what did he say about it") and the
 * latest exchanges before it, so that the model reads "he" and "it" itself. Retrieval used the
 * question as the conversation rules rewrote it; a model can still read the message better.
 */
export interface ConversationContext {
  asked: string;
  earlier: readonly EarlierExchange[];
}

/**
 * The rules, in the system message. They state that the user message holds only data, so a
 * question such as "ignore previous instructions" is just a question about the article.
 */
export function answerInstructions(passageCount: number, withConversation = false): string {
  return [
    'You answer questions about an article, using only the numbered passages from that article that you are given.',
    '',
    'Rules:',
    '1. Use only facts stated in the passages. Do not use outside knowledge, and do not guess.',
    `2. ${citationRule(passageCount)}`,
    `3. If the passages do not contain the answer, reply with exactly this sentence and nothing else: ${NOT_IN_ARTICLE_REPLY}`,
    '4. Answer in at most four sentences of plain text, in the language of the question.',
    ...(withConversation
      ? [
          '5. The question continues a conversation: the <conversation> block holds the earlier questions and answers, oldest first. Use it only to tell what the question refers to (who "he" or "they" is, what "it" or "that" is); take every fact from the passages, never from the conversation.',
        ]
      : []),
    '',
    dataRule(withConversation ? ['conversation', 'passages', 'question'] : ['passages', 'question']),
  ].join('\n');
}

/**
 * The chat messages for one question: rules in the system message; the passages, numbered
 * [1]..[k] in retrieval order, and the question in delimited data blocks in the user message.
 * A follow-up (`conversation`) is asked as written, after a block of the exchanges before it; so
 * is a message whose question was read without the context around it (no exchanges before it).
 */
export function buildAnswerPrompt(question: string, passages: readonly Passage[], conversation?: ConversationContext): ChatMessage[] {
  const numbered = passages.map((passage, position) => ({
    n: position + 1,
    section: passage.section,
    text: passage.text,
  }));
  const withConversation = conversation !== undefined && conversation.earlier.length > 0;
  const user = [
    ...(withConversation ? [conversationBlock(conversation.earlier), ''] : []),
    passagesBlock(numbered),
    '',
    questionBlock(conversation?.asked ?? question),
    '',
    'Answer the question above from the passages, following the rules.',
  ].join('\n');
  return [
    { role: 'system', content: answerInstructions(passages.length, withConversation) },
    { role: 'user', content: user },
  ];
}
