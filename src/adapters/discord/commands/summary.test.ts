import { describe, expect, it } from 'vitest';
import type { SectionInfo } from '../../../core/summary/types.js';
import { articleChoices, articleRequest, sectionChoices, sectionRequest } from './summary.js';

const sections: SectionInfo[] = [
  { docId: 'geneva', number: 0, title: null, label: 'Introduction' },
  { docId: 'geneva', number: 1, title: '1. No progress in Geneva', label: '1. No progress in Geneva' },
  { docId: 'geneva', number: 2, title: '2. New NATO members', label: '2. New NATO members' },
];

describe('/summary article option', () => {
  const documents = [
    { id: 'geneva-talks-2022', title: 'U.S.-Russia Meets Ukraine Tensions in Geneva' },
    { id: 'bike-lanes-3f9a1c', title: 'City council approves new bike lanes' },
    { id: 'bike-lanes-77aa01', title: 'City council approves new bike lanes' },
  ];

  it('offers the articles whose title or id holds the typed text, valued by id, twins told apart', () => {
    expect(articleChoices(documents, 'geneva')).toEqual([{ name: 'U.S.-Russia Meets Ukraine Tensions in Geneva', value: 'geneva-talks-2022' }]);
    expect(articleChoices(documents, 'bike').map((choice) => choice.name)).toEqual([
      'City council approves new bike lanes (bike-lanes-3f9a1c)',
      'City council approves new bike lanes (bike-lanes-77aa01)',
    ]);
  });

  it('reads an id, a title or a part only one title has; passes anything else on to be refused', () => {
    expect(articleRequest('bike-lanes-77aa01', documents)).toBe('bike-lanes-77aa01');
    expect(articleRequest('ukraine tensions', documents)).toBe('geneva-talks-2022');
    expect(articleRequest('bike lanes', documents)).toBe('bike lanes');
    expect(articleRequest('weather', documents)).toBe('weather');
  });
});

describe('/summary section option', () => {
  it('offers sections whose label contains the typed text, valued by number', () => {
    expect(sectionChoices(sections, 'nato', 1)).toEqual([{ name: '2. New NATO members', value: '2' }]);
    expect(sectionChoices(sections, '', 1).map((choice) => choice.value)).toEqual(['0', '1', '2']);
  });

  it('names the document and carries its id when there are several', () => {
    expect(sectionChoices(sections, 'geneva', 2)).toEqual([
      { name: '1. No progress in Geneva (geneva)', value: 'geneva#1' },
    ]);
    expect(sectionRequest('geneva#1', ['geneva'])).toEqual({ docId: 'geneva', section: '1' });
  });

  it('passes typed text through as a section to look up by title', () => {
    expect(sectionRequest('no progress', ['geneva'])).toEqual({ section: 'no progress' });
    expect(sectionRequest('other#1', ['geneva'])).toEqual({ section: 'other#1' });
  });

  it('offers at most 25 choices with names of at most 100 characters', () => {
    const many = Array.from({ length: 40 }, (_, number) => ({
      docId: 'd',
      number,
      title: 'x'.repeat(150),
      label: 'x'.repeat(150),
    }));
    const choices = sectionChoices(many, '', 1);
    expect(choices).toHaveLength(25);
    expect(choices.every((choice) => choice.name.length <= 100)).toBe(true);
  });
});
