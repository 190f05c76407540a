import { describe, expect, it } from 'vitest';
import type { Passage } from '../corpus/types.js';
import { stem } from '../text/terms.js';
import type { CandidateSentence } from './candidates.js';
import { composeAnswer } from './compose-answer.js';
import { ELLIPSIS, excerptToFit } from './long-quotes.js';

// A "sentence" as splitting leaves a disambiguation page: one list, far over an answer's length.
const ENTRIES = [
  'Military: Administrative Review Board, which holds annual hearings on detainees',
  'Air Reserve Base, a United States Air Force base converted for use by the reserves',
  'Navy: the hull classification symbol for a base repair ship of the United States Navy',
  'Politics: a revolutionary army of Brittany active in the late twentieth century',
  'Medicine: Angiotensin receptor blocker, a medication for treating high blood pressure',
  'Sport: the Australian Rugby Board, which ran the game in its early professional years',
];
const LIST = `ARB may stand for: ${ENTRIES.join(' ')}`;
const terms = (...words: string[]): string[] => words.map((word) => stem(word));

/** Each piece between ellipses, as it must lie in the sentence. */
const pieces = (text: string): string[] =>
  text
    .split(ELLIPSIS)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);

describe('excerptToFit', () => {
  it('leaves a sentence that fits as it is', () => {
    expect(excerptToFit('The talks lasted nearly eight hours.', 650, terms('talks'))).toBeUndefined();
  });

  it("quotes the whole words around the question's own words, marking each cut with an ellipsis", () => {
    const excerpt = excerptToFit(LIST, 200, terms('medication', 'blood', 'pressure'));
    expect(excerpt).toBeDefined();
    const text = excerpt?.text ?? '';
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text).toContain('a medication for treating high blood pressure');
    expect(text.startsWith(ELLIPSIS)).toBe(true);
    expect(text.endsWith(ELLIPSIS)).toBe(true);
    for (const piece of pieces(text)) expect(LIST).toContain(piece);
    // Whole words only: the cut falls at a space on each side.
    expect(LIST[(excerpt?.start ?? 0) - 1]).toBe(' ');
    expect(LIST[excerpt?.end ?? 0]).toBe(' ');
    expect(LIST.slice(excerpt?.start, excerpt?.end)).toBe(text.slice(excerpt?.lead).replace(/…$/, ''));
  });

  it('keeps the opening when it holds as much of the question as any later window', () => {
    const excerpt = excerptToFit(LIST, 120, terms('arb'));
    expect(excerpt?.start).toBe(0);
    expect(excerpt?.lead).toBe(0);
    expect(excerpt?.text.startsWith('ARB may stand for:')).toBe(true);
    expect(excerpt?.text.endsWith(ELLIPSIS)).toBe(true);
  });

  it("holds the answer's cue over a question word elsewhere", () => {
    const cueStart = LIST.indexOf('Australian Rugby Board');
    const cue = { start: cueStart, end: cueStart + 'Australian Rugby Board'.length };
    const excerpt = excerptToFit(LIST, 100, terms('military'), cue);
    expect(excerpt?.text).toContain('Australian Rugby Board');
    expect(excerpt?.text).not.toContain('Military');
  });
});

describe('composeAnswer within maxChars', () => {
  const passage: Passage = {
    id: 'p',
    docId: 'doc',
    docTitle: 'ARB',
    docSource: 'arb.txt',
    section: null,
    sectionNumber: 0,
    text: LIST,
    start: 0,
    end: LIST.length,
    ordinal: 0,
  };
  const candidate: CandidateSentence = {
    key: 'doc:0',
    text: LIST,
    start: 0,
    end: LIST.length,
    passage,
    passageScore: 0.5,
  };
  const question = {
    text: 'what is the arb medication for blood pressure',
    type: 'other' as const,
    terms: terms('arb', 'medication', 'blood', 'pressure'),
  };

  it('quotes an overlong best sentence in part, every piece inside its cited passage', () => {
    const best = { candidate, vector: new Float32Array(2), probability: 0.6 };
    const composed = composeAnswer([best], { primary: best, question, maxChars: 200 });
    expect(composed.answer.length).toBeLessThanOrEqual(200);
    expect(composed.answer).toContain('blood pressure');
    expect(composed.answer.endsWith(' [1]')).toBe(true);
    const quoted = composed.answer.slice(0, -' [1]'.length);
    for (const piece of pieces(quoted)) expect(composed.citations[0]?.text).toContain(piece);
  });

  it("moves the answer's highlight with the excerpt", () => {
    const text = `${LIST} History: the board was founded on 10 January 1949 in Sydney by the state unions.`;
    const long: Passage = { ...passage, text, end: text.length };
    const sentence = {
      candidate: { ...candidate, text, end: text.length, passage: long },
      vector: new Float32Array(2),
      probability: 0.6,
    };
    const when = {
      text: 'when was the board founded',
      type: 'when' as const,
      terms: terms('board', 'founded'),
    };
    const composed = composeAnswer([sentence], { primary: sentence, question: when, maxChars: 200 });
    expect(composed.answer.length).toBeLessThanOrEqual(200);
    expect(composed.highlights).toHaveLength(1);
    const [highlight] = composed.highlights;
    expect(composed.answer.slice(highlight?.start, highlight?.end)).toContain('1949');
  });

  it('quotes it whole without a limit', () => {
    const best = { candidate, vector: new Float32Array(2), probability: 0.6 };
    expect(composeAnswer([best], { primary: best, question }).answer).toBe(`${LIST} [1]`);
  });
});
