import { describe, expect, it } from 'vitest';
import { termStatisticsFor } from '../answer/term-statistics.js';
import type { Passage } from '../corpus/types.js';
import { KeywordIndex } from '../index/keyword-index.js';
import { SpelledOutAcronyms } from './spelled-out-acronyms.js';

function passage(text: string, ordinal: number): Passage {
  return { id: `p${ordinal}`, docId: 'doc', docTitle: 'Doc', docSource: 'doc.txt', section: null, sectionNumber: 0, text, start: 0, end: text.length, ordinal };
}

/** The acronyms of a corpus of these texts, with its statistics. */
function reader(...texts: string[]): (question: string) => string {
  const passages = texts.map(passage);
  const statistics = termStatisticsFor(KeywordIndex.build(passages));
  const acronyms = new SpelledOutAcronyms(passages);
  return (question) => acronyms.written(question, statistics);
}

describe('SpelledOutAcronyms', () => {
  it('writes out an acronym the corpus never writes, by the one name whose initials spell it', () => {
    const read = reader(
      'According to the Associated Press, Wendy Sherman told Russia to stop.',
      'Russia met the Organization for Security and Co-operation in Europe later.',
    );
    expect(read('what did the AP report')).toBe('what did the Associated Press report');
    expect(read('what did the A.P. say?')).toBe('what did the Associated Press say?');
    expect(read('who is in the OSCE')).toBe('who is in the Organization for Security and Co-operation in Europe');
    // A sentence's first word starts no name: "According to the Associated Press" is not "ATAP".
    expect(read('what is ATAP')).toBe('what is ATAP');
  });

  it('leaves an acronym the corpus writes, one it spells two ways, and lower case', () => {
    expect(reader('The AP said so. The Associated Press is a news agency.')('what did the AP say')).toBe('what did the AP say');
    const twoWays = reader('The Associated Press reported it.', 'Then the Asian Parliament met.');
    expect(twoWays('what did the AP say')).toBe('what did the AP say');
    expect(reader('The Associated Press reported it.')('what did the ap say')).toBe('what did the ap say');
  });
});
