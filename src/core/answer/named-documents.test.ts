import { describe, expect, it } from 'vitest';
import { DocumentTitles, offSubjectCandidates, titleWords } from './named-documents.js';
import { profileText } from './text-profile.js';

/** A candidate as the candidate finder gives it: its document and its profile's words. */
const sentence = (docId: string, text: string): { docId: string; words: ReadonlySet<string> } => ({
  docId,
  words: profileText(text).words,
});

const titlesOf = (...titles: string[]): DocumentTitles =>
  new DocumentTitles(
    titles.flatMap((title, index) => [
      { docId: `d${index}`, docTitle: title },
      { docId: `d${index}`, docTitle: title },
    ]),
  );

describe('titleWords', () => {
  it('leaves out a bracketed disambiguation and an opening "The", and keeps function words', () => {
    expect(titleWords('Spectre (2015 film)')).toEqual(['spectre']);
    expect(titleWords('The Dukes of Hazzard')).toEqual(['dukes', 'of', 'hazzard']);
    expect(titleWords('To Kill a Mockingbird')).toEqual(['to', 'kill', 'a', 'mockingbird']);
  });

  it('gives none for one function word, which names nothing, but keeps a phrase of them', () => {
    expect(titleWords('The')).toEqual([]);
    expect(titleWords('It')).toEqual([]);
    expect(titleWords('What Would You Do? (City High song)')).toEqual(['what', 'would', 'you', 'do']);
  });
});

describe('DocumentTitles.named', () => {
  const titles = titlesOf(
    'George Washington',
    'IPod',
    'We Can Work It Out',
    'The Dukes of Hazzard',
    'Cell (biology)',
  );

  it('finds a title written as words of the question, in any case, with or without its "The"', () => {
    expect(titles.named('when did george washington die?')).toEqual(new Set(['d0']));
    expect(titles.named('how many police cars were used in the making of dukes of hazzard')).toEqual(
      new Set(['d3']),
    );
  });

  it('lets a word differ by a plural ending', () => {
    expect(titles.named('What are two subjects of criticism of iPods?')).toEqual(new Set(['d1']));
    expect(titles.named('how many cells are produced during the cycle')).toEqual(new Set(['d4']));
  });

  it('needs every word of the title, side by side, not only its content words', () => {
    expect(titles.named('how does a dredge work?')).toEqual(new Set());
    expect(titles.named('who was washington george')).toEqual(new Set());
    expect(titles.named('when did george die')).toEqual(new Set());
  });
});

describe('offSubjectCandidates', () => {
  const titles = titlesOf('George Washington', 'James Dean', 'Mount Vernon');
  const candidates = [
    sentence('d1', 'Dean died in a car accident on September 30, 1955.'),
    sentence('d0', 'Washington died of a throat infection in 1799.'),
    sentence('d2', 'George Washington died at Mount Vernon on December 14, 1799.'),
    sentence('d2', 'The estate was his home for more than forty years.'),
  ];

  it('sets aside the candidates of other documents when the question names one by its title', () => {
    expect(offSubjectCandidates('when did george washington die', candidates, titles)).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it('keeps a candidate of another document that writes the named title, or a word of it', () => {
    expect(offSubjectCandidates('when did george washington die', candidates, titles)?.[2]).toBe(false);
    const surname = [sentence('d1', 'Dean met Washington in 1950.'), ...candidates];
    expect(offSubjectCandidates('when did george washington die', surname, titles)?.[0]).toBe(false);
  });

  it("counts only a title's telling words when the corpus's frequencies are known: its rarest, and a person's surname", () => {
    // Passages holding each stem: "day" and "james" are common, "father" and "dean" rare.
    const counts = new Map([
      ['father', 3],
      ['day', 40],
      ['jame', 25],
      ['dean', 2],
      ['wendi', 2],
      ['sherman', 5],
    ]);
    const frequency = (term: string): number => counts.get(term) ?? 0;
    const people = titlesOf("Father's Day", 'James Dean', 'Wendy Sherman', 'Rapper');
    expect(people.subjectWords('d0', frequency)).toEqual(['father']);
    expect(people.subjectWords('d1', frequency)).toEqual(['dean']);
    // Wendy is rarer, and a sentence that says "Sherman" alone still speaks of her.
    expect(people.subjectWords('d2', frequency)).toEqual(['wendy', 'sherman']);
    const others = [
      sentence('d3', 'Curtis James Jackson III is a rapper.'),
      sentence('d3', 'The album came out the day after in the United States.'),
      sentence('d3', 'Dean Martin was a singer.'),
      sentence('d3', 'Sherman called the talks frank.'),
    ];
    expect(offSubjectCandidates('how did james dean die', others, people, frequency)).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect(offSubjectCandidates("when is father's day", others, people, frequency)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(offSubjectCandidates('what did wendy sherman say', others, people, frequency)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    // Without frequencies, any word of the title keeps a sentence.
    expect(offSubjectCandidates('how did james dean die', others, people)).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });

  it('falls back to every word of a title the corpus never writes', () => {
    const unwritten = titlesOf('Blue Moon Festival', 'Other');
    expect(unwritten.subjectWords('d0', () => 0)).toEqual(['blue', 'moon', 'festival']);
  });

  it('sets aside nothing when the question names no document', () => {
    expect(offSubjectCandidates('who was the first president', candidates, titles)).toBeUndefined();
  });

  it('sets aside nothing in a corpus of one document, whatever the question names', () => {
    const single = titlesOf('Russia and US talks in Geneva');
    expect(
      offSubjectCandidates(
        'what happened at the russia and us talks in geneva',
        [sentence('d0', 'The talks lasted eight hours.')],
        single,
      ),
    ).toBeUndefined();
  });
});
