import { describe, expect, it } from 'vitest';
import { parseDataFile, parseIndexFile, parseIndexTagCounts } from './wordnet-files.js';

// Lines in WordNet's own format (wndb(5WN)), shortened.
const INDEX = ['  1 This software and database is being provided to you', 'troop n 4 4 @ ~ #m + 4 2 08291275 08291364 08291639 08291486  '].join('\n');
const DATA = [
  '  1 This software and database is being provided to you',
  '08291275 14 n 02 troop 0 troops 0 002 @ 08277393 n 0000 + 01954107 v 0101 | a group of soldiers',
  '00014490 00 s 02 apt(a) 0 disposed 0 001 & 00014285 a 0000 | at risk of',
].join('\n');

describe('WordNet files', () => {
  it('reads index lines: senses in frequency order, and tagged-sense counts', () => {
    expect(parseIndexFile(INDEX).get('troop')).toEqual(['n08291275', 'n08291364', 'n08291639', 'n08291486']);
    expect(parseIndexTagCounts(INDEX).get('troop')).toBe(2);
  });

  it('reads data lines: lemmas (adjective markers dropped) and pointers, satellites as adjectives', () => {
    const synsets = parseDataFile(DATA);
    expect(synsets.get('n08291275')).toEqual({
      key: 'n08291275',
      lemmas: ['troop', 'troops'],
      pointers: [
        { symbol: '@', target: 'n08277393' },
        { symbol: '+', target: 'v01954107' },
      ],
    });
    expect(synsets.get('a00014490')?.lemmas).toEqual(['apt', 'disposed']);
  });
});
