import { describe, expect, it } from 'vitest';
import { figureClaimed } from './amount-claim.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

describe('figureClaimed', () => {
  it('puts the member\'s figure in the last question as a statement, with what reports it', () => {
    expect(figureClaimed('Are you sure? I read it was 200,000', 'How many Russian troops are near the border?')).toBe('I read 200,000 Russian troops are near the border');
    expect(figureClaimed('i heard it was like 12 hours', 'how long did the talks last')).toBe('i heard the talks lasted like 12 hours');
    expect(figureClaimed('but it was about 5,000?', 'how many soldiers has the army sent')).toBe('the army has sent about 5,000 soldiers');
  });

  it('is nothing when the last question asked for no figure, or the follow-up states none', () => {
    expect(figureClaimed('I read it was 200,000', 'who led the delegation')).toBeUndefined();
    expect(figureClaimed('I read it was in Oslo', 'how many troops are near the border')).toBeUndefined();
    expect(figureClaimed('how many tanks were there', 'how many troops are near the border')).toBeUndefined();
  });
});
