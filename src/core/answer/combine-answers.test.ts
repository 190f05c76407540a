import { describe, expect, it } from 'vitest';
import type { UntimedAnswer } from '../intent/intent-answers.js';
import { combineAnswers } from './combine-answers.js';
import type { Citation } from './types.js';

const citation = (n: number, chunkId: string): Citation => ({ n, chunkId, docId: 'doc', title: 'Doc', source: 'doc.txt', section: null, text: `Passage ${chunkId}.`, score: 0.5 });

function answer(text: string, citations: Citation[], options: Partial<UntimedAnswer> = {}): UntimedAnswer {
  return { question: 'q', intent: 'question', answer: text, abstained: false, confidence: 0.5, citations, highlights: [], mode: 'extractive', ...options };
}

describe('combineAnswers', () => {
  it('puts each part\'s question before its answer and numbers the markers over the whole answer', () => {
    const combined = combineAnswers('who led it? when was it?', [
      { question: 'who led it?', answer: answer('Berg led it. [1]', [citation(1, 'a')], { confidence: 0.7, highlights: [{ start: 0, end: 4 }] }) },
      { question: 'when was it?', answer: answer('In May. [1] Berg led it. [2]', [citation(1, 'b'), citation(2, 'a')], { confidence: 0.3, highlights: [{ start: 3, end: 6 }] }) },
    ]);
    expect(combined.answer).toBe('who led it? — Berg led it. [1]\n\nwhen was it? — In May. [2] Berg led it. [1]');
    expect(combined.citations.map((item) => [item.n, item.chunkId])).toEqual([[1, 'a'], [2, 'b']]);
    expect(combined.confidence).toBe(0.3);
    expect(combined.abstained).toBe(false);
    expect(combined.parts).toEqual([
      { question: 'who led it?', abstained: false, confidence: 0.7 },
      { question: 'when was it?', abstained: false, confidence: 0.3 },
    ]);
    expect(combined.highlights.map((span) => combined.answer.slice(span.start, span.end))).toEqual(['Berg', 'May']);
  });

  it('says in its place that a part\'s quotes may not answer it, with its highlights moved past that', () => {
    const combined = combineAnswers('who led it? when was it?', [
      { question: 'who led it?', answer: answer('Berg led it. [1]', [citation(1, 'a')], { confidence: 0.7 }) },
      { question: 'when was it?', answer: answer('In May. [1]', [citation(1, 'b')], { confidence: 0.15, tentative: true, highlights: [{ start: 3, end: 6 }] }) },
    ]);
    expect(combined.answer).toBe('who led it? — Berg led it. [1]\n\nwhen was it? — not sure the article answers this directly; the closest it says: In May. [2]');
    expect(combined.highlights.map((span) => combined.answer.slice(span.start, span.end))).toEqual(['May']);
    expect(combined.parts?.[1]).toEqual({ question: 'when was it?', abstained: false, confidence: 0.15, tentative: true });
    // The answer as a whole is not marked: its other parts are answered surely.
    expect(combined.tentative).toBeUndefined();
  });

  it('says quotes once for parts they answer alike, under both questions, keeping each part\'s bold', () => {
    const quote = 'According to the BBC, Landdale said the demands were a pretext. [1]';
    const combined = combineAnswers('which correspondent is named, and what did he claim?', [
      { question: 'which correspondent is named', answer: answer(quote, [citation(1, 'a')], { confidence: 0.6, highlights: [{ start: 22, end: 30 }] }) },
      { question: 'what did he claim?', answer: answer(quote, [citation(1, 'a')], { confidence: 0.4, tentative: true, highlights: [{ start: 40, end: 62 }] }) },
      { question: 'when was it?', answer: answer('In May. [1]', [citation(1, 'b')]) },
    ]);
    expect(combined.answer).toBe(
      `which correspondent is named / what did he claim? — not sure the article answers this directly; the closest it says: ${quote}\n\nwhen was it? — In May. [2]`,
    );
    expect(combined.highlights.map((span) => combined.answer.slice(span.start, span.end))).toEqual(['Landdale', 'demands were a pretext']);
    expect(combined.citations.map((item) => item.chunkId)).toEqual(['a', 'b']);
    // Each part is still reported on its own.
    expect(combined.parts?.map((part) => part.question)).toEqual(['which correspondent is named', 'what did he claim?', 'when was it?']);
    // The same words citing another passage are another answer.
    const apart = combineAnswers('m', [
      { question: 'one?', answer: answer('Same words. [1]', [citation(1, 'a')]) },
      { question: 'two?', answer: answer('Same words. [1]', [citation(1, 'b')]) },
    ]);
    expect(apart.answer).toBe('one? — Same words. [1]\n\ntwo? — Same words. [2]');
  });

  it('moves highlights past markers that grew when renumbered', () => {
    const many = Array.from({ length: 9 }, (_, index) => citation(index + 1, `c${index}`));
    const first = answer(many.map((item) => `S. [${item.n}]`).join(' '), many);
    const second = answer('A. [1] Name here. [2]', [citation(1, 'x'), citation(2, 'y')], { highlights: [{ start: 7, end: 11 }] });
    const combined = combineAnswers('m', [{ question: 'one?', answer: first }, { question: 'two?', answer: second }]);
    expect(combined.answer.endsWith('two? — A. [10] Name here. [11]')).toBe(true);
    expect(combined.highlights.map((span) => combined.answer.slice(span.start, span.end))).toEqual(['Name']);
  });

  it('says "doesn\'t say" in place of a part it cannot answer, citing nothing for it', () => {
    const closest = answer("The article doesn't say. The closest passages are listed below, but none of them clearly answers this question.", [citation(1, 'z')], { abstained: true, confidence: 0.02 });
    const combined = combineAnswers('m', [{ question: 'who led it?', answer: answer('Berg led it. [1]', [citation(1, 'a')]) }, { question: 'what is her salary?', answer: closest }]);
    expect(combined.answer).toBe("who led it? — Berg led it. [1]\n\nwhat is her salary? — The article doesn't say.");
    expect(combined.citations.map((item) => item.chunkId)).toEqual(['a']);
    expect(combined.abstained).toBe(false);
  });

  it('abstains when every part does, listing the closest passages of each once', () => {
    const closest = (id: string): UntimedAnswer =>
      answer("The article doesn't say. The closest passages are listed below, but none of them clearly answers this question.", [citation(1, id), citation(2, 'shared')], { abstained: true, abstentionReason: 'low-confidence', confidence: 0.01 });
    const combined = combineAnswers('m', [{ question: 'a?', answer: closest('p') }, { question: 'b?', answer: closest('q') }]);
    expect(combined).toMatchObject({ abstained: true, abstentionReason: 'low-confidence' });
    expect(combined.citations.map((item) => [item.n, item.chunkId])).toEqual([[1, 'p'], [2, 'shared'], [3, 'q']]);
  });
});
