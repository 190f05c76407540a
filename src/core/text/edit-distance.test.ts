import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.js';

describe('editDistance', () => {
  it.each([
    ['DISCORD_TOKEN', 'DISCORD_TOKEN', 0],
    ['DISCORD_TOKNE', 'DISCORD_TOKEN', 1],
    ['LLM_BASEURL', 'LLM_BASE_URL', 1],
    ['ARTICLE_QA_CORPSE', 'ARTICLE_QA_CORPUS', 2],
    ['DISCORD_BOT_TOKEN', 'DISCORD_TOKEN', 4],
    ['', 'LOG', 3],
    ['LOG_LEVEL', '', 9],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});
