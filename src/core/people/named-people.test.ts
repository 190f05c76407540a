import { describe, expect, it } from 'vitest';
import type { Passage } from '../corpus/types.js';
import { findPeople } from './named-people.js';

const passage = (id: string, text: string): Passage => ({ id, docId: 'd', docTitle: 'T', docSource: 't.txt', section: null, sectionNumber: 0, text, start: 0, end: text.length }) as Passage;

describe('findPeople', () => {
  const tagged = new Set(['sherman', 'landdale', 'ryabkov']);
  const people = findPeople(
    [
      passage('a', 'Talks ended. Later, Ryabkov said more. But President Biden rejected the red line claim.'),
      passage('b', 'The head of the Russian delegation was Deputy Foreign Minister Sergei Ryabkov and the US was led by Deputy Foreign Minister Wendy Sherman.'),
      passage('c', "According to the BBC's James Landdale, the demands were a pretext. Even so, NATO Secretary General Jens Stoltenberg insisted."),
      passage('d', 'Fans in San Francisco cheered at Orlando City Soccer Club. NATO met in Geneva.'),
    ],
    (surname) => tagged.has(surname),
  );

  it('finds each person once, by surname, with the fullest name, its title and where it is written', () => {
    expect(people.map(({ name, title, passage: { id } }) => ({ name, title, id }))).toEqual([
      { name: 'Sergei Ryabkov', title: 'Deputy Foreign Minister', id: 'b' },
      { name: 'Biden', title: 'President', id: 'a' },
      { name: 'Wendy Sherman', title: 'Deputy Foreign Minister', id: 'b' },
      { name: 'James Landdale', title: "BBC's", id: 'c' },
      { name: 'Jens Stoltenberg', title: 'NATO Secretary General', id: 'c' },
    ]);
  });
});
