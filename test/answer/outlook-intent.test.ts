import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../src/core/engine.js';
import { bundledEngine } from '../support/bundled-engine.js';

describe('what the article says comes next (real model, index and tagger)', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => ({ engine, cleanup } = await bundledEngine()));
  afterAll(() => cleanup());

  it("answers \"what's next?\" with the article's statements about what is to come, each cited, the words that look ahead in bold", async () => {
    const answer = await engine.ask("what's next?");
    expect(answer).toMatchObject({ intent: 'outlook', abstained: false, mode: 'extractive' });
    expect(answer.answer).toMatch(/^Of what comes next, the article says: The United States \(US\) and Russia will hold a three-stage meeting/);
    expect(answer.answer).toContain('The second and third stage of the meeting will involve Russia with NATO');
    expect(answer.highlights.map(({ start, end }) => answer.answer.slice(start, end))).toEqual(['will hold', 'will meet', 'will involve']);
    // Each statement lies inside the passage its [n] points to.
    for (const [, sentence, n] of answer.answer.slice(answer.answer.indexOf(': ') + 2).matchAll(/(.+?) \[(\d)\]\s*/g)) {
      expect(answer.citations.find((citation) => citation.n === Number(n))?.text).toContain(sentence);
    }
  });

  it('narrows to a topic, and says when the article looks ahead on it nowhere', async () => {
    const nato = await engine.ask("what's next for NATO?");
    expect(nato).toMatchObject({ intent: 'outlook', abstained: false });
    expect(nato.answer).toContain('will involve Russia with NATO');
    expect(nato.answer).toContain('The US and NATO are likely to reject');
    expect(nato.answer).not.toContain('three-stage meeting');
    const georgia = await engine.ask("what's next for georgia?");
    expect(georgia).toMatchObject({ intent: 'outlook', abstained: true, abstentionReason: 'no-candidates' });
    expect(georgia.answer).toMatch(/^The article says nothing of what comes next for georgia\. Of what comes next, it says: /);
  });

  it('puts what comes after a named meeting before what the article says of that meeting', async () => {
    const answer = await engine.ask('what comes after the geneva meeting?');
    expect(answer.answer).toContain('The second and third stage of the meeting will involve');
    expect(answer.answer).not.toContain('will meet in the first phase in Geneva');
    // With "next" said, what follows "after" is what it comes after, a place as well as a meeting.
    const geneva = await engine.ask('whats next after geneva');
    expect(geneva).toMatchObject({ intent: 'outlook', abstained: false });
    expect(geneva.answer).toContain('The second and third stage of the meeting will involve');
    expect(geneva.answer).not.toContain('will meet in the first phase in Geneva');
  });
});
