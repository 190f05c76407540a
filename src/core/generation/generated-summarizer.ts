import type { Logger } from 'pino';
import type { Citation } from '../answer/types.js';
import { roundScore } from '../scores.js';
import type { Summary, SummarySentence } from '../summary/types.js';
import { splitSentences } from '../text/sentences.js';
import { ChatCompletionError, type ChatCompletionClient } from './chat-completion-client.js';
import { checkReply } from './check-reply.js';
import { buildSummaryPrompt } from './summary-prompt.js';

/** Writes summaries with a language model; the engine depends on this, not on a particular server. */
export interface SummaryGenerator {
  readonly model: string;
  /** An abstractive summary citing the same passages, or `extractive` itself on any failure. */
  summarize(extractive: Summary): Promise<Summary>;
}

/** Room for each requested sentence, plus slack; bounded so a runaway model stops. */
function maxTokensFor(sentences: number): number {
  return Math.min(2_000, 120 + 80 * sentences);
}

/** Bullet marks models use; the summary's own layout is "- ". */
const BULLET = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+/;

/** The text laid out as asked: "- " lines, or one paragraph. */
function layOut(text: string, bullets: boolean): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (bullets) return lines.map((line) => `- ${line.replace(BULLET, '')}`).join('\n');
  return lines.map((line) => line.replace(BULLET, '')).join(' ');
}

/**
 * The summary's sentences, marker-free, each with its first marker, or the one before it for a
 * sentence the model left uncited (it continues the previous point).
 */
function summarySentences(text: string, citations: readonly Citation[]): SummarySentence[] {
  let n = 1;
  return splitSentences(text.replace(/^- /gm, '')).map((sentence) => {
    const first = /\[(\d+)\]/.exec(sentence.text)?.[1];
    if (first !== undefined) n = Number(first);
    const clean = sentence.text
      .replace(/\s*\[\d+\]/g, '')
      .replace(/\s+([.,;:!?])/g, '$1')
      .trim();
    return { text: clean, n, chunkId: citations[n - 1]?.chunkId ?? null };
  });
}

/**
 * Abstractive summaries on top of extractive ones: the model rewrites the passages holding the
 * key sentences the extractive summarizer chose, its citations are checked like an answer's, and
 * any failure keeps the extractive summary.
 */
export class GeneratedSummarizer implements SummaryGenerator {
  constructor(
    private readonly client: ChatCompletionClient,
    private readonly logger: Logger,
  ) {}

  get model(): string {
    return this.client.model;
  }

  async summarize(extractive: Summary): Promise<Summary> {
    const started = performance.now();
    const shape = { sentences: extractive.sentences.length, bullets: extractive.bullets };
    if (extractive.citations.length === 0) return extractive;
    let reply: string;
    try {
      reply = await this.client.complete({
        messages: buildSummaryPrompt(extractive.citations, shape),
        maxTokens: maxTokensFor(shape.sentences),
      });
    } catch (error) {
      return this.fallBack(
        extractive,
        error instanceof ChatCompletionError ? error.reason : 'unexpected-error',
        (error as Error).message,
      );
    }
    const checked = checkReply(reply, extractive.citations.length, { maxTokens: maxTokensFor(shape.sentences) });
    if (checked.kind !== 'answer') {
      return this.fallBack(
        extractive,
        checked.kind === 'unusable' ? checked.reason : 'not-in-article',
        'the reply cannot be used',
      );
    }
    if (checked.dropped.length > 0)
      this.logger.debug({ dropped: checked.dropped }, 'dropped citation markers for passages not sent');
    const citations = checked.cited.map((number, position) => ({
      ...(extractive.citations[number - 1] as Citation),
      n: position + 1,
    }));
    const summary = layOut(checked.text, extractive.bullets);
    return {
      ...extractive,
      summary,
      sentences: summarySentences(summary, citations),
      citations,
      mode: 'generated',
      model: this.model,
      timingsMs: { total: roundScore(extractive.timingsMs.total + performance.now() - started) },
    };
  }

  private fallBack(extractive: Summary, reason: string, detail: string): Summary {
    this.logger.debug(
      { reason, detail, model: this.model },
      'generated summary unavailable: using the extractive summary',
    );
    return extractive;
  }
}
