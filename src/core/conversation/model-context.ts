import type { EarlierExchange } from '../generation/answer-prompt.js';
import type { ConversationTurn } from './types.js';

/** Exchanges a language model is shown before a follow-up: enough to say who "he" is, few enough to stay short. */
export const MODEL_CONTEXT_TURNS = 3;

/** What an answer that said the article doesn't say is shown as. */
const NOT_SAID = "The article doesn't say.";

/**
 * The latest exchanges of a conversation as a language model is shown them, oldest first: each
 * question as it was answered (after its own follow-up resolution) and its answer's sentences.
 * Small talk ("thanks!") says nothing a later question can refer to and is left out.
 */
export function exchangesForModel(turns: readonly ConversationTurn[], count = MODEL_CONTEXT_TURNS): EarlierExchange[] {
  return turns
    .filter((turn) => turn.intent !== 'help')
    .slice(-count)
    .map((turn) => ({
      question: turn.resolvedQuestion,
      answer: turn.abstained || turn.answerSentences.length === 0 ? NOT_SAID : turn.answerSentences.join(' '),
    }));
}
