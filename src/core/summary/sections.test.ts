import { describe, expect, it } from 'vitest';
import { parseDocument } from '../corpus/parse-document.js';
import { UserError } from '../errors.js';
import { listSections, resolveDocument, resolveSection, withoutHeadingNumber } from './sections.js';

const article = parseDocument({
  id: 'talks',
  path: 'talks.txt',
  text: 'Talks\n\nThe lead paragraph.\n\n1. No progress in Geneva\n\nBody one.\n\n2. The US cannot decide on NATO members\n\nBody two.\n\n3. Russia cannot back down from three demands\n\nBody three.\n',
});
const other = parseDocument({
  id: 'notes',
  path: 'notes.md',
  text: '# Notes\n\n## Background\n\nSome background.\n\n## Geneva venue\n\nThe venue.\n',
});

function failure(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('listSections', () => {
  it('lists every section with its number, title and a menu label', () => {
    expect(listSections([article])).toEqual([
      { docId: 'talks', number: 0, title: null, label: 'Introduction' },
      { docId: 'talks', number: 1, title: '1. No progress in Geneva', label: '1. No progress in Geneva' },
      {
        docId: 'talks',
        number: 2,
        title: '2. The US cannot decide on NATO members',
        label: '2. The US cannot decide on NATO members',
      },
      {
        docId: 'talks',
        number: 3,
        title: '3. Russia cannot back down from three demands',
        label: '3. Russia cannot back down from three demands',
      },
    ]);
    expect(withoutHeadingNumber('2. The US cannot decide')).toBe('The US cannot decide');
  });
});

describe('resolveSection', () => {
  it.each([
    ['2', 2],
    ['0', 0],
    ['1. No progress in Geneva', 1],
    ['no progress in geneva', 1],
    ['  THE US cannot   decide on NATO members ', 2],
    ['three demands', 3],
    ['introduction', 0],
  ])('finds %j', (query, number) => {
    expect(resolveSection([article], query).section.number).toBe(number);
  });

  it('lists the valid sections for an unknown one', () => {
    const error = failure(() => resolveSection([article], 'weather'));
    expect(error.code).toBe('section-unknown');
    expect(error.message).toContain('There is no section "weather"');
    expect(error.message).toContain('0. Introduction');
    expect(error.message).toContain('3. Russia cannot back down from three demands');
    expect(failure(() => resolveSection([article], '9')).code).toBe('section-unknown');
  });

  it('asks for more when a part of a title matches several sections', () => {
    const error = failure(() => resolveSection([article], 'cannot'));
    expect(error.code).toBe('section-ambiguous');
    expect(error.message).toContain('2. The US cannot decide');
    expect(error.message).not.toContain('No progress');
  });

  it('matches a part of a title from the start of a word, never inside one', () => {
    // "us" is inside "Russia" (section 3) but names only the section about the US.
    expect(resolveSection([article], 'us').section.number).toBe(2);
    expect(resolveSection([article], 'demand').section.number).toBe(3);
    expect(failure(() => resolveSection([article], 'ussia')).code).toBe('section-unknown');
  });

  it('searches every document, naming documents when a match is ambiguous', () => {
    expect(resolveSection([article, other], 'background').document.id).toBe('notes');
    const error = failure(() => resolveSection([article, other], 'geneva'));
    expect(error.message).toContain('(talks)');
    expect(error.message).toContain('(notes)');
  });
});

describe('resolveDocument', () => {
  it('defaults to the first document and rejects unknown ids, listing the known ones', () => {
    expect(resolveDocument([article, other]).id).toBe('talks');
    expect(resolveDocument([article, other], 'notes').id).toBe('notes');
    expect(failure(() => resolveDocument([article, other], 'nope')).message).toContain('talks, notes');
  });
});
