import type { Logger } from 'pino';
import { abstentionAnswer, toCitation, type ComposedAnswer } from '../answer/compose-answer.js';
import type { ExtractiveResult } from '../answer/extractive-answerer.js';
import type { AnswerMode } from '../answer/types.js';
import type { RetrievalResult, RetrievedPassage } from '../retrieval/hybrid-retriever.js';
import { buildAnswerPrompt, type ConversationContext } from './answer-prompt.js';
import { ChatCompletionError, type ChatCompletionClient } from './chat-completion-client.js';
import { checkReply } from './check-reply.js';

/** An answer's text and evidence, and which mode produced it. */
export interface ModedAnswer extends ComposedAnswer {
  abstained: boolean;
  /** Set when the language model itself said the article does not contain the answer. */
  abstentionReason?: 'not-in-article';
  mode: AnswerMode;
  /** Set when `mode` is `generated`. */
  model?: string;
}

/** How a caller follows an answer while it is written. */
export interface AnswerProgress {
  /**
   * Called with the answer so far while the model writes it, without citation markers (they are
   * checked only once the reply is complete). The finished answer may differ: it is checked, and
   * replaced by the extractive one if unusable.
   */
  onDraft?: (draft: string) => void;
}

/** Writes answers with a language model; the engine depends on this, not on a particular server. */
export interface AnswerGenerator {
  readonly model: string;
  /**
   * A generated answer, or `extractive` itself when the model is not asked, fails, or replies
   * unusably. A follow-up passes its `conversation`, for the model to read the message by.
   */
  answer(
    question: string,
    retrieval: RetrievalResult,
    extractive: ExtractiveResult,
    progress?: AnswerProgress,
    conversation?: ConversationContext,
  ): Promise<ModedAnswer>;
}

/** A reply in progress as a reader may see it: no citation markers, not even a half-written one at the end. */
export function draftText(replySoFar: string): string {
  return replySoFar
    .replace(/\s*\[\d*\]?$/, '')
    .replace(/\s*\[\d+\]/g, '')
    .trim();
}

/** Tuning of generated answers. */
export interface GenerationOptions {
  /** Upper bound on the reply's length: four cited sentences fit easily. */
  maxTokens: number;
  /** Closest passages listed when the model says the article does not contain the answer. */
  closestPassages: number;
}

export const DEFAULT_GENERATION: GenerationOptions = { maxTokens: 400, closestPassages: 3 };

/** The extractive answer, reported as such. */
export function extractiveAnswer(extractive: ExtractiveResult): ModedAnswer {
  const { answer, citations, highlights, abstained } = extractive;
  return { answer, citations, highlights, abstained, mode: 'extractive' };
}

/**
 * Generated answers on top of retrieval: the model reads the retrieved passages and answers from
 * them or says the article does not say; every citation is checked against the passages sent,
 * and any failure falls back to the extractive answer, so users never see an error because the
 * model is down.
 */
export class GeneratedAnswerer implements AnswerGenerator {
  constructor(
    private readonly client: ChatCompletionClient,
    private readonly logger: Logger,
    private readonly options: GenerationOptions = DEFAULT_GENERATION,
  ) {}

  get model(): string {
    return this.client.model;
  }

  async answer(
    question: string,
    retrieval: RetrievalResult,
    extractive: ExtractiveResult,
    progress: AnswerProgress = {},
    conversation?: ConversationContext,
  ): Promise<ModedAnswer> {
    // The model decides whether the article answers, unless retrieval found nothing related at
    // all: then there is nothing to read, and a model given unrelated passages is the likeliest
    // to invent an answer. A low extractive confidence alone does not stop it: paraphrased
    // questions are where a model reads better than sentence matching.
    if (!extractive.related) {
      this.logger.debug(
        { decision: extractive.decision.reason, confidence: extractive.decision.confidence },
        'nothing related in the article: model not asked',
      );
      return extractiveAnswer(extractive);
    }
    const sent = retrieval.results;
    const messages = buildAnswerPrompt(
      question,
      sent.map((result) => result.passage),
      conversation,
    );
    let reply: string;
    try {
      const { onDraft } = progress;
      reply = await this.client.complete({
        messages,
        maxTokens: this.options.maxTokens,
        ...(onDraft ? { onText: (textSoFar: string) => onDraft(draftText(textSoFar)) } : {}),
      });
    } catch (error) {
      return this.fallBack(
        extractive,
        error instanceof ChatCompletionError ? error.reason : 'unexpected-error',
        (error as Error).message,
      );
    }
    const checked = checkReply(reply, sent.length, { maxTokens: this.options.maxTokens });
    if (checked.kind === 'not-in-article') {
      return {
        ...abstentionAnswer(sent.slice(0, this.options.closestPassages)),
        abstained: true,
        abstentionReason: 'not-in-article',
        mode: 'generated',
        model: this.model,
      };
    }
    if (checked.dropped.length > 0)
      this.logger.debug(
        { dropped: checked.dropped, sent: sent.length },
        'dropped citation markers for passages not sent',
      );
    if (checked.kind === 'unusable')
      return this.fallBack(extractive, checked.reason, 'the reply cannot be used');
    return {
      answer: checked.text,
      citations: checked.cited.map((number, position) => {
        const cited = sent[number - 1] as RetrievedPassage;
        return toCitation(position + 1, cited.passage, cited.score);
      }),
      highlights: [],
      abstained: false,
      mode: 'generated',
      model: this.model,
    };
  }

  private fallBack(extractive: ExtractiveResult, reason: string, detail: string): ModedAnswer {
    this.logger.debug(
      { reason, detail, model: this.model },
      'generated answer unavailable: using the extractive answer',
    );
    return extractiveAnswer(extractive);
  }
}
