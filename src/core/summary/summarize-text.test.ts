import { describe, expect, it } from 'vitest';
import { HashingEmbedder } from '../../../test/support/hashing-embedder.js';
import { UserError } from '../errors.js';
import { documentFromText, looksLikeTitle, summarizeText } from './summarize-text.js';
import type { Summary } from './types.js';

const embedder = new HashingEmbedder();

const STORY = [
  '(CNN)The city council approved a new budget for public transport on Monday.',
  'The budget adds forty new buses and extends night service across the city.',
  'Council members said the transport plan would cut traffic in the centre.',
  '"This is a great day for commuters," the mayor told reporters.',
  'Critics argued the bus budget ignores cyclists and pedestrians.',
  'The plan will be funded by a small increase in parking fees.',
  'Parking fees have not changed in the city for ten years.',
  'Night buses will run every thirty minutes on the main routes.',
  'The first new buses are expected to arrive in the spring.',
  'Drivers will be hired and trained over the coming months.',
  'A public consultation on the routes opens next week.',
  'The council will review the transport budget again next year.',
].join(' ');

const ARTICLE = [
  'City Transport Plan',
  '',
  'The council approved a transport budget on Monday. It adds buses and night service. Critics want more for cyclists.',
  '',
  '1. Buses',
  '',
  'Forty new buses will join the fleet in the spring. The buses run on electricity. Drivers will be trained over the summer. Routes will be announced later.',
  '',
  '2. Funding',
  '',
  'Parking fees will rise slightly to pay for the plan. Fees have not changed for ten years. Residents with permits will pay less. The council expects more income from visitors.',
].join('\n');

/** Every quoted sentence is in the source, every marker has a citation, and every citation is used. */
function expectVerbatimAndCited(summary: Summary, source: string): void {
  const flatSource = source.replace(/\s+/g, ' ');
  let previous = -1;
  for (const sentence of summary.sentences) {
    const at = flatSource.indexOf(sentence.text);
    expect(at, sentence.text).toBeGreaterThanOrEqual(0);
    expect(at, 'source order').toBeGreaterThan(previous);
    previous = at;
    const citation = summary.citations[sentence.n - 1];
    expect(citation?.n).toBe(sentence.n);
    expect(citation?.chunkId).toBe(sentence.chunkId);
    expect(citation?.text.replace(/\s+/g, ' ')).toContain(sentence.text);
  }
  const markers = new Set([...summary.summary.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1])));
  expect([...markers].sort((a, b) => a - b)).toEqual(summary.citations.map((citation) => citation.n));
  expect(summary.summary).toBe(
    summary.sentences
      .map((sentence) => `${sentence.text} [${sentence.n}]`)
      .join(summary.bullets ? '\n' : ' ')
      .replace(/^/gm, summary.bullets ? '- ' : ''),
  );
}

describe('summarizeText', () => {
  it('quotes verbatim, cited sentences in source order', async () => {
    const summary = await summarizeText({ text: STORY, name: 'story.txt', sentences: 3, embedder });
    expect(summary.sentences).toHaveLength(3);
    expect(summary.mode).toBe('extractive');
    expectVerbatimAndCited(summary, STORY);
    expect(summary.note).toBeUndefined();
  });

  it('drops the opening dateline but still quotes the source exactly', async () => {
    const summary = await summarizeText({ text: STORY, name: 'story.txt', sentences: 1, embedder });
    expect(summary.sentences[0]?.text).toBe(
      'The city council approved a new budget for public transport on Monday.',
    );
  });

  it.each([
    ['short', 2],
    ['medium', 4],
    ['long', 7],
  ] as const)('gives %s summaries %i sentences', async (length, count) => {
    const summary = await summarizeText({ text: STORY, name: 'story.txt', length, embedder });
    expect(summary.sentences).toHaveLength(count);
    expectVerbatimAndCited(summary, STORY);
  });

  it('lays out bullets one per line', async () => {
    const summary = await summarizeText({
      text: STORY,
      name: 'story.txt',
      length: 'short',
      bullets: true,
      embedder,
    });
    const lines = summary.summary.split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^- .+ \[\d+\]$/);
    expect(summary.bullets).toBe(true);
    expectVerbatimAndCited(summary, STORY);
  });

  it('summarises one section from that section only', async () => {
    const summary = await summarizeText({
      text: ARTICLE,
      name: 'plan.txt',
      section: 'funding',
      sentences: 2,
      embedder,
    });
    expect(summary.section).toEqual({ number: 2, title: '2. Funding' });
    for (const citation of summary.citations) expect(citation.section).toBe('2. Funding');
    expectVerbatimAndCited(summary, ARTICLE);
  });

  it('gives every section a voice in a medium summary of sectioned text', async () => {
    const summary = await summarizeText({ text: ARTICLE, name: 'plan.txt', embedder });
    expect(summary.docTitle).toBe('City Transport Plan');
    expect(new Set(summary.citations.map((citation) => citation.section))).toEqual(
      new Set([null, '1. Buses', '2. Funding']),
    );
    expect(summary.summary).not.toContain('City Transport Plan');
  });

  it('returns a text too short to summarise as it is, with a note', async () => {
    const text = 'Only two sentences here. The second one ends it.';
    const summary = await summarizeText({ text, name: 'short.txt', embedder });
    expect(summary.sentences.map((sentence) => sentence.text)).toEqual([
      'Only two sentences here.',
      'The second one ends it.',
    ]);
    expect(summary.note).toMatch(/too short to summarise/);
    expectVerbatimAndCited(summary, text);
  });

  it.each(['', '  \n\n\t '])('rejects empty text %j', async (text) => {
    await expect(summarizeText({ text, name: 'empty.txt', embedder })).rejects.toMatchObject({
      code: 'summary-empty-text',
    });
  });

  it.each([0, 31, 2.5])('rejects %s sentences', async (sentences) => {
    await expect(
      summarizeText({ text: STORY, name: 'story.txt', sentences, embedder }),
    ).rejects.toBeInstanceOf(UserError);
  });

  it('summarises a text too long for the sentence graph from a shortlist of its sentences', async () => {
    // About 3,600 sentences: more than the graph takes at once.
    const long = Array.from({ length: 300 }, (_, copy) => STORY.replace(/\.(?= |$)/g, ` (part ${copy}).`)).join('\n\n');
    const summary = await summarizeText({ text: long, name: 'long.txt', sentences: 3, embedder });
    expect(summary.sentences).toHaveLength(3);
    expectVerbatimAndCited(summary, long);
  });

  it('is deterministic', async () => {
    const first = await summarizeText({ text: ARTICLE, name: 'plan.txt', length: 'long', embedder });
    const second = await summarizeText({ text: ARTICLE, name: 'plan.txt', length: 'long', embedder });
    expect({ ...second, timingsMs: null }).toEqual({ ...first, timingsMs: null });
  });
});

describe('documentFromText', () => {
  it('keeps a prose first line as text and names the document after the file', () => {
    const { document, titled } = documentFromText(STORY, 'story.txt');
    expect(titled).toBe(false);
    expect(document.title).toBe('story.txt');
    const first = document.sections[0]?.paragraphs[0];
    expect(first && STORY.slice(first.start, first.end)).toBe(STORY);
  });

  it('tells titles from prose', () => {
    expect(looksLikeTitle('U.S.-Russia Meets Ukraine Tensions in Geneva')).toBe(true);
    expect(looksLikeTitle('# Notes')).toBe(true);
    expect(looksLikeTitle('The council met on Monday.')).toBe(false);
  });
});
