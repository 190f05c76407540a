import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAnswer } from '../../src/adapters/cli/commands/ask-command.js';
import { answerReply } from '../../src/adapters/discord/replies/answer-reply.js';
import { createEngine } from '../../src/app/create-engine.js';
import { loadConfig } from '../../src/config/load-config.js';
import type { QaEngine } from '../../src/core/engine.js';
import { UserError } from '../../src/core/errors.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { bundledEngine } from '../support/bundled-engine.js';
import { BUNDLED_ARTICLE } from '../support/temporary-corpus.js';

const BIKE_LANES = `# City council approves new bike lanes

The city council voted 7 to 2 on Tuesday to build 40 kilometres of protected bike lanes over the next three years. The plan will cost about 12 million dollars.

## Why the council acted

Cycling accidents rose by a third last year, according to the transport department. Council member Ana Ruiz said the lanes would save lives. Parents near three schools had asked for safer routes for months.

## Who opposes it

Some shop owners on Main Street fear losing parking spaces. The chamber of commerce asked for a study of the effect on trade. Two council members voted against the plan, citing its cost.
`;

describe('summaries asked for in words (real model)', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ engine, cleanup } = await bundledEngine());
  });
  afterAll(() => cleanup());

  it('summarises the section asked for by number, ordinal or the intro, and says which', async () => {
    for (const [message, section] of [
      ['sum up section 3', '3. Russia cannot back down from the three demands in the proposed proposal'],
      ['summarise the last section', '4. Great gift to Russia in US efforts to avoid conflict in Ukraine'],
      ['what does the intro say', 'Introduction'],
    ] as const) {
      const answer = await engine.ask(message);
      expect(answer.intent, message).toBe('summary');
      expect(answer.summaryOf?.section, message).toBe(section);
      const inSection = section === 'Introduction' ? null : section;
      for (const citation of answer.citations) expect(citation.section, message).toBe(inSection);
      expect(formatAnswer(answer)).toContain(`In short (a summary of the section "${section}"):`);
    }
  });

  it('finds the part named by its topic: by the section title, else by the passage that best matches', async () => {
    const nato = await engine.ask('summarize the part about nato');
    expect(nato.summaryOf?.section).toBe(
      '2. The US cannot make a decision on the acceptance of new NATO members',
    );
    const sanctions = await engine.ask('recap the part about the sanctions');
    expect(sanctions.intent).toBe('summary');
    expect(sanctions.answer).toMatch(/sanctions/);
    for (const citation of sanctions.citations) expect(citation.section).toBe(sanctions.summaryOf?.section);
  });

  it('says plainly when the article has no part about the topic', async () => {
    const answer = await engine.ask('summarize the part about bananas');
    expect(answer).toMatchObject({ intent: 'summary', abstained: true, citations: [] });
    expect(answer.answer).toMatch(/^The article has no part about "bananas"/);
  });

  it('gives the shape asked for, and a short summary otherwise', async () => {
    expect((await engine.ask('sum this up in 3 sentences')).answer.match(/\[\d+\]/g)).toHaveLength(3);
    expect((await engine.ask('bullet points pls')).answer).toMatch(/^- .+\n- /);
    expect((await engine.ask('tl;dr')).answer.match(/\[\d+\]/g)).toHaveLength(2);
  });

  it('answers a section that does not exist with the list of sections', async () => {
    await expect(engine.ask('sum up section 9')).rejects.toThrow(UserError);
    await expect(engine.ask('sum up section 9')).rejects.toThrow(
      /There is no section "9"\. The sections are:/,
    );
  });
});

describe('"tl;dr" in a corpus of several articles (real model)', () => {
  let engine: QaEngine;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'article-qa-summary-requests-'));
    const corpus = path.join(root, 'corpus');
    cpSync(BUNDLED_ARTICLE, path.join(corpus, 'geneva-talks-2022.txt'));
    writeFileSync(path.join(corpus, 'bike-lanes.md'), BIKE_LANES);
    const config = loadConfig({ overrides: { corpus, indexDir: path.join(root, 'index') }, environment: {} });
    ({ engine } = await createEngine(config, createSilentLogger()));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('says which article it summarised and that there are others, in JSON, the CLI and Discord', async () => {
    const answer = await engine.ask('tl;dr');
    const other = answer.summaryOf?.docId === 'bike-lanes' ? 'geneva-talks-2022' : 'bike-lanes';
    expect(answer.summaryOf?.section).toBeNull();
    expect(answer.summaryOf?.note).toContain(
      `The corpus holds 2 documents; this summarises "${answer.summaryOf?.docTitle}" (${answer.summaryOf?.docId}). The others, by id: ${other}.`,
    );
    expect(formatAnswer(answer)).toMatch(/\nNote: The corpus holds 2 documents;/);
    const reply = answerReply(answer, { answerId: '1', echoQuestion: false });
    expect(reply.content).toMatch(/\n-# The corpus holds 2 documents;/);
  });

  it("summarises another article's part named by its topic", async () => {
    const answer = await engine.ask('summarize the part about parking');
    expect(answer.summaryOf).toMatchObject({ docId: 'bike-lanes', section: 'Who opposes it' });
    // "a summary of the section "Who opposes it"" alone does not say which article it is in.
    expect(answer.summaryOf?.note).toContain('this summarises "City council approves new bike lanes" (bike-lanes). The others, by id: geneva-talks-2022.');
  });

  it('summarises a section named by number in the first article, as "tl;dr" does, when several have one', async () => {
    const first = engine.documents()[0];
    const answer = await engine.ask('sum up section 2');
    expect(answer.summaryOf).toMatchObject({ docId: first?.id });
    expect(answer.summaryOf?.note).toContain(`The corpus holds 2 documents; this summarises "${first?.title}"`);
  });
});
