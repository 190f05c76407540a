import type { Logger } from 'pino';
import type { ExtractiveResult } from '../answer/extractive-answerer.js';
import type { RetrievalResult } from '../retrieval/hybrid-retriever.js';
import type { Summary } from '../summary/types.js';
import type { ConversationContext } from './answer-prompt.js';
import type { ChatCompletionClient } from './chat-completion-client.js';
import {
  GeneratedAnswerer,
  type AnswerGenerator,
  type AnswerProgress,
  type ModedAnswer,
} from './generated-answerer.js';
import { GeneratedSummarizer, type SummaryGenerator } from './generated-summarizer.js';

/** Everything the engine asks of a language model. */
export type TextGenerator = AnswerGenerator & SummaryGenerator;

/** Generated answers and summaries from one chat-completions client; the engine's single optional dependency. */
export class LanguageModelWriter implements TextGenerator {
  private readonly answers: GeneratedAnswerer;
  private readonly summaries: GeneratedSummarizer;

  constructor(
    private readonly client: ChatCompletionClient,
    logger: Logger,
  ) {
    this.answers = new GeneratedAnswerer(client, logger);
    this.summaries = new GeneratedSummarizer(client, logger);
  }

  get model(): string {
    return this.client.model;
  }

  answer(
    question: string,
    retrieval: RetrievalResult,
    extractive: ExtractiveResult,
    progress?: AnswerProgress,
    conversation?: ConversationContext,
  ): Promise<ModedAnswer> {
    return this.answers.answer(question, retrieval, extractive, progress, conversation);
  }

  summarize(extractive: Summary): Promise<Summary> {
    return this.summaries.summarize(extractive);
  }
}
