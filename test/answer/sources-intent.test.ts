import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/app/create-engine.js';
import { loadConfig } from '../../src/config/load-config.js';
import type { QaEngine } from '../../src/core/engine.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { bundledEngine } from '../support/bundled-engine.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

/** An engine over a scratch copy of the bundled article, after `prepare` has changed its corpus. */
async function engineOver(
  prepare: (workspace: ReturnType<typeof temporaryWorkspace>) => void,
): Promise<{ engine: QaEngine; cleanup: () => void }> {
  const workspace = temporaryWorkspace();
  prepare(workspace);
  const config = loadConfig({
    overrides: { corpus: workspace.corpusDir, indexDir: workspace.indexDir },
    environment: {},
  });
  const { engine } = await createEngine(config, createSilentLogger());
  return { engine, cleanup: workspace.cleanup };
}

describe("the article's sources (real model and index)", () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => ({ engine, cleanup } = await bundledEngine()));
  afterAll(() => cleanup());

  it('lists the sources the bundled article names, in bold, each cited to a passage that names it', async () => {
    const answer = await engine.ask('Which news outlets does the article cite?');
    expect(answer).toMatchObject({ intent: 'sources', abstained: false, mode: 'extractive' });
    expect(answer.answer).toBe(
      "The article names 4 sources: Al Jazeera [1], Associated Press [2], Tass [3] and BBC's James Landdale [4].",
    );
    const bold = answer.highlights.map((span) => answer.answer.slice(span.start, span.end));
    expect(bold).toEqual(['Al Jazeera', 'Associated Press', 'Tass', "BBC's James Landdale"]);
    // Each name lies inside the passage its [n] points to, where the article attributes something to it.
    for (const [, name, marker] of answer.answer.matchAll(/(?:: |, | and )([^,[]+?) \[(\d+)\]/g)) {
      const cited = answer.citations.find((citation) => citation.n === Number(marker));
      expect(cited?.text, name).toMatch(new RegExp(`(?:According to|Reported by) (?:the )?${name}`));
    }
    expect(answer.citations.map((citation) => citation.n)).toEqual([1, 2, 3, 4]);
  });

  it('is asked the same way from a conversation’s first turn', async () => {
    const answer = await engine.ask("where's this info from?");
    expect(answer.intent).toBe('sources');
    expect(answer.citations.length).toBe(4);
  });
});

describe('an article that names no sources', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(
    async () =>
      ({ engine, cleanup } = await engineOver((workspace) => {
        rmSync(path.join(workspace.corpusDir, 'geneva-talks-2022.txt'));
        workspace.write(
          'corpus/bakery.txt',
          'The bakery on Main Street opened in 1998. It sells sourdough bread and rye rolls every morning.\n\nThe owner, Maria Lopez, trained in Lyon before she came home.\n',
        );
      })),
  );
  afterAll(() => cleanup());

  it('says so plainly instead of quoting anything', async () => {
    const answer = await engine.ask('what sources does the article use?');
    expect(answer).toMatchObject({
      intent: 'sources',
      abstained: true,
      abstentionReason: 'no-candidates',
      citations: [],
    });
    expect(answer.answer).toMatch(
      /^The article credits no source by name: no sentence says "according to …"/,
    );
  });
});

describe('a corpus of several articles', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(
    async () =>
      ({ engine, cleanup } = await engineOver((workspace) => {
        workspace.write(
          'corpus/zeta-harbour.txt',
          'Harbour works\n\nThe harbour will reopen in May, according to Reuters. Ships were diverted to other ports.\n',
        );
      })),
  );
  afterAll(() => cleanup());

  it("lists the first article's sources, as tl;dr summarises it, and says which article that is", async () => {
    const answer = await engine.ask('what are the sources?');
    expect(answer.intent).toBe('sources');
    expect(answer.answer).toMatch(
      /^The article "[^"]+" \(the first of 2\) names 4 sources: Al Jazeera \[1\]/,
    );
    expect(answer.answer).not.toContain('Reuters');
  });
});
