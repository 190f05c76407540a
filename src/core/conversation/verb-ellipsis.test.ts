import { beforeAll, describe, expect, it } from 'vitest';
import { loadTagger } from './text-analysis.js';
import { withVerbPhraseRestored } from './verb-ellipsis.js';

describe('withVerbPhraseRestored', () => {
  beforeAll(async () => loadTagger());

  it('puts back the verb phrase a clause of condition or time leaves out after its auxiliary', () => {
    expect(withVerbPhraseRestored("what does the US say it'll do if they do?", 'is Russia going to invade?')).toBe("what does the US say it'll do if they invade?");
    expect(withVerbPhraseRestored('what would russia do if they did?', 'would the us impose sanctions on russia')).toBe('what would russia do if they imposed sanctions on russia?');
    expect(withVerbPhraseRestored('and what if it does?', 'will nato accept ukraine as a member?')).toBe('and what if it accepts ukraine as a member?');
    expect(withVerbPhraseRestored("what happens if they don't", 'will russia attack')).toBe("what happens if they don't attack");
    expect(withVerbPhraseRestored('what will the US do if they do not', 'what will the US do if Russia invades?')).toBe('what will the US do if they do not invade');
  });

  it('leaves a question alone when nothing is left out, or the last question acted with no verb', () => {
    expect(withVerbPhraseRestored('what will the US do if they invade?', 'is Russia going to invade?')).toBeUndefined();
    expect(withVerbPhraseRestored('what do they do?', 'is Russia going to invade?')).toBeUndefined();
    expect(withVerbPhraseRestored('what if they do?', 'who is sherman?')).toBeUndefined();
  });
});
