/**
 * Test helpers (used by the conversation module's unit tests only): answers and turns made from
 * plain text, run through the real turn builder.
 */
import type { Answer } from '../answer/types.js';
import { buildTurn } from './build-turn.js';
import { withPossessives } from './chat-possessives.js';
import { resolveFollowUp } from './resolve-follow-up.js';
import type { ConversationTurn } from './types.js';

/** An extractive answer quoting `sentences`, each cited as [1] from passage `passageId`, with `bold` in bold. */
export function quotedAnswer(question: string, sentences: readonly string[], options: { bold?: readonly string[]; passageId?: string; abstained?: boolean; intent?: Answer['intent'] } = {}): Answer {
  const text = options.abstained ? "The article doesn't say." : sentences.map((sentence) => `${sentence} [1]`).join(' ');
  const highlights = (options.bold ?? []).flatMap((phrase) => {
    const start = text.indexOf(phrase);
    return start >= 0 ? [{ start, end: start + phrase.length }] : [];
  });
  return {
    question,
    intent: options.intent ?? 'question',
    answer: text,
    abstained: options.abstained ?? false,
    citations:
      sentences.length === 0
        ? []
        : [{ n: 1, chunkId: options.passageId ?? 'passage-1', docId: 'doc', title: 'Article', source: 'article.txt', section: null, text: sentences.join(' '), score: 0.8 }],
    highlights,
    mode: 'extractive',
    timingsMs: { retrieve: 0, compose: 0, total: 0 },
  };
}

/** A conversation built turn by turn: each question resolved against the turns before, as ConversationalQa does. */
export function conversation(
  exchanges: ReadonlyArray<{ question: string; answer: readonly string[]; bold?: readonly string[]; passageId?: string; abstained?: boolean; intent?: Answer['intent'] }>,
): ConversationTurn[] {
  const turns: ConversationTurn[] = [];
  for (const exchange of exchanges) {
    const resolution = resolveFollowUp(withPossessives(exchange.question), turns);
    const answer = quotedAnswer(resolution.text, exchange.answer, exchange);
    turns.push(buildTurn({ question: exchange.question, resolvedQuestion: resolution.text, answer, askedAt: 0, antecedents: resolution.antecedents }, turns));
  }
  return turns;
}
