import { describe, expect, it } from 'vitest';
import { addedLine } from './articles-commands.js';

describe('addedLine', () => {
  it('counts passages in words an admin reads without a stumble', () => {
    const added = { docId: 'harbour-3f9a1c', title: 'Harbour reopens', source: 'harbour.txt' };
    expect(addedLine({ ...added, passages: 1 })).toBe('Added "Harbour reopens" as harbour-3f9a1c (1 passage) from harbour.txt.');
    expect(addedLine({ ...added, passages: 42 })).toBe('Added "Harbour reopens" as harbour-3f9a1c (42 passages) from harbour.txt.');
  });
});
