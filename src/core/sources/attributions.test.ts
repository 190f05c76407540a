import { describe, expect, it } from 'vitest';
import type { Passage } from '../corpus/types.js';
import { findAttributions } from './attributions.js';

const passage = (id: string, text: string): Passage => ({
  id,
  docId: 'doc',
  docTitle: 'Doc',
  docSource: 'doc.txt',
  section: null,
  sectionNumber: 0,
  text,
  start: 0,
  end: text.length,
  ordinal: 0,
});

const namesIn = (...texts: string[]): string[] =>
  findAttributions(texts.map((text, index) => passage(`p${index}`, text))).map((found) => found.name);

describe('findAttributions', () => {
  it('finds the sources news names, as it writes them', () => {
    expect(
      namesIn(
        'According to the Associated Press, the talks lasted eight hours. Reported by Tass, Ryabkov said no.',
      ),
    ).toEqual(['Associated Press', 'Tass']);
    expect(
      namesIn("According to the BBC's James Landdale, the demands were designed to be rejected."),
    ).toEqual(["BBC's James Landdale"]);
    expect(namesIn('He was out of town at the time, CNN affiliate KUTV reported.')).toEqual(['KUTV']);
    expect(namesIn('Three suspects were arrested, the Anadolu news agency reported.')).toEqual([
      'Anadolu news agency',
    ]);
    expect(
      namesIn(
        'They left without telling anyone, according to British police.',
        'According to Boston.com, the race was delayed.',
      ),
    ).toEqual(['British police', 'Boston.com']);
    expect(namesIn("CNN's Susannah Cullinane contributed to this report from London.")).toEqual([]);
    // A reporter's credit line, not a source.
    expect(
      namesIn('Sara Sidner reported from Ferguson, Missouri. Jason Hanna reported and wrote from Atlanta.'),
    ).toEqual([]);
    expect(namesIn('The couple have split, according to Us magazine.')).toEqual(['Us magazine']);
    expect(
      namesIn(
        'He said so in an interview with CNN.',
        'The figures come from a report by the Centers for Disease Control and Prevention.',
      ),
    ).toEqual(['CNN', 'Centers for Disease Control and Prevention']);
  });

  it('names no one for a pronoun, a lowercase phrase or a sentence opening', () => {
    expect(namesIn('According to him, the talks failed.')).toEqual([]);
    expect(namesIn('according to officials, nothing was agreed.')).toEqual([]);
    expect(namesIn('He quoted the minister at length.')).toEqual([]);
    expect(namesIn('But the AP reported otherwise.')).toEqual(['AP']);
  });

  it('keeps a name from running on into the next sentence, and ends it before a full stop', () => {
    expect(
      namesIn('The count comes from the SPLC. The KKK has shrunk.', 'Figures were reported by Xinhua.'),
    ).toEqual(['Xinhua']);
    expect(namesIn('The numbers are according to the SPLC. The group tracks hate groups.')).toEqual(['SPLC']);
  });

  it('lists each source once, where it is first named', () => {
    const text = 'Reported by Tass, the talks began at eight. Tass later reported a second meeting.';
    const [found, ...rest] = findAttributions([passage('p', text)]);
    expect(rest).toEqual([]);
    expect(found?.name).toBe('Tass');
    expect(text.slice(found?.nameRange.start, found?.nameRange.end)).toBe('Tass');
  });
});
