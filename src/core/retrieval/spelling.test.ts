import { describe, expect, it } from 'vitest';
import { TermStatistics } from '../answer/term-statistics.js';
import { stem } from '../text/terms.js';
import { correctedWord, correctSpelling, joinedWords, mendedQuestionWord, oneEditAway, restoredApostrophe } from './spelling.js';

/** The words of the small corpora below, as their passages write them, by stem. */
const written = new Map<string, string>();

/** Statistics of a small corpus: each word's stem with how many passages hold it. */
function statistics(frequencies: Record<string, number>): TermStatistics {
  for (const word of Object.keys(frequencies)) written.set(stem(word), word);
  return TermStatistics.fromDocumentFrequencies(
    new Map(Object.entries(frequencies).map(([word, count]) => [stem(word), count])),
    20,
  );
}

const surface = {
  surfaceOf: (term: string): string | undefined => written.get(term),
  writes: (word: string): boolean => written.get(stem(word)) === word,
};

const corpus = statistics({
  russian: 6,
  russia: 12,
  delegation: 3,
  sanctions: 2,
  ryabkov: 4,
  negotiations: 2,
  troops: 5,
});
/** A word-vector model's words, commonest first. */
const vocabulary = new Map(
  [
    'were',
    'where',
    'american',
    'meeting',
    'troops',
    'russian',
    'weather',
    'delegation',
    'sanctions',
    'negotiations',
    'salary',
    'led',
    'countries',
  ].map((word, rank) => [word, rank] as const),
);

describe('oneEditAway', () => {
  it('holds deletions, transpositions, substitutions and insertions', () => {
    const edits = oneEditAway('abc');
    for (const edit of ['bc', 'ac', 'ab', 'bac', 'acb', 'xbc', 'abx', 'xabc', 'abcx'])
      expect(edits).toContain(edit);
    expect(edits).not.toContain('abc');
    expect(edits).not.toContain('cba');
  });
});

describe('correctedWord', () => {
  it('finds the corpus word one slip away', () => {
    expect(correctedWord('russain', corpus, vocabulary, surface)).toBe('russian');
    expect(correctedWord('sanctons', corpus, vocabulary, surface)).toBe('sanctions');
    expect(correctedWord('ryabkow', corpus, vocabulary, surface)).toBe('ryabkov');
    expect(correctedWord('deleagtion', corpus, vocabulary, surface)).toBe('delegation');
  });

  it('prefers, among words that stem alike, one the model knows; then words the model knows, commonest first', () => {
    const meetings = statistics({ meeting: 5 });
    expect(correctedWord('meteing', meetings, vocabulary, surface)).toBe('meeting');
    expect(correctedWord('ameircan', corpus, vocabulary, surface)).toBe('american');
    // "wehre" is one edit from both "were" and "where": the commoner wins, as with any guess.
    expect(correctedWord('wehre', corpus, vocabulary, surface)).toBe('were');
  });

  it('gives a word, never a stem-alike: an edit the model does not know is shown as the corpus writes it', () => {
    // "walruses" (stem "walrus") is one edit from "walrues", whose stem "walru" is the corpus's
    // "walrus": "walrues" had been shown as what was understood.
    const walruses = statistics({ walrus: 3 });
    expect(correctedWord('walruses', walruses, vocabulary, surface)).toBe('walrus');
    expect(correctSpelling('how many walruses were seen', walruses, vocabulary, surface)).toBe('how many walrus were seen');
    // No passage one can see writes the word: no guess is shown.
    expect(correctedWord('walruses', walruses, vocabulary, { surfaceOf: () => undefined, writes: () => false })).toBeUndefined();
  });

  it('finds nothing two slips away', () => {
    expect(correctedWord('deelagtion', corpus, vocabulary, surface)).toBeUndefined();
  });
});

describe('mendedQuestionWord', () => {
  it('mends a short word one slip from exactly one question word', () => {
    expect(mendedQuestionWord('wich')).toBe('which');
    expect(mendedQuestionWord('whta')).toBe('what');
    expect(mendedQuestionWord('wnen')).toBe('when');
  });

  it('takes the one a likely typing slip reaches, of two', () => {
    expect(mendedQuestionWord('wher')).toBe('where'); // "when" would need "n" typed as "r"
    expect(mendedQuestionWord('whn')).toBe('when'); // "who" and "why" would need keys across the keyboard
  });

  it('leaves a word two likely slips from two question words, question words and longer words alone', () => {
    expect(mendedQuestionWord('hwo')).toBeUndefined(); // who or how, each two letters swapped
    expect(mendedQuestionWord('whom')).toBeUndefined();
    expect(mendedQuestionWord('whcih')).toBeUndefined(); // five letters: the slip mender's own
  });
});

describe('correctSpelling', () => {
  it('leaves the verb of a contraction with "n\'t" alone, which is no word of its own', () => {
    expect(correctSpelling("why weren't russian troops at the meeting", corpus, vocabulary, surface)).toBe("why weren't russian troops at the meeting");
    expect(correctSpelling('why weren’t the sanctions led', corpus, vocabulary, surface)).toBe('why weren’t the sanctions led');
  });

  it('reads a plural misspelt with "-ys" as the plural, not as a possessive', () => {
    expect(correctSpelling('which other countrys does russia name', corpus, vocabulary, surface)).toBe('which other countries does russia name');
  });

  it('mends a slip in a short question word, which the model does not know', () => {
    expect(correctSpelling('wich delegation did ryabkov lead', corpus, vocabulary, surface)).toBe('which delegation did ryabkov lead');
    expect(correctSpelling('Whta did Ryabkov say', corpus, vocabulary, surface)).toBe('What did Ryabkov say');
    expect(correctSpelling('ok and whta did ryabkov say', corpus, vocabulary, surface)).toBe('ok and what did ryabkov say');
    // A clause after a comma opens a question too.
    expect(correctSpelling('no i meant the us, waht would the us do', corpus, vocabulary, surface)).toBe('no i meant the us, what would the us do');
    // Further on, a short unknown word is more likely a name.
    expect(correctSpelling('what did Hok say', corpus, vocabulary, surface)).toBe('what did Hok say');
  });

  it('mends the slips in a question and leaves the rest as written', () => {
    expect(correctSpelling('Who led the russain deleagtion?', corpus, vocabulary, surface)).toBe(
      'Who led the russian delegation?',
    );
    expect(correctSpelling('how many troosp are there', corpus, vocabulary, surface)).toBe(
      'how many troops are there',
    );
  });

  it('spells a name in another alphabet as the corpus does, and leaves what the corpus lacks', () => {
    expect(correctSpelling('what did Рябков say?', corpus, vocabulary, surface)).toBe('what did Ryabkov say?');
    // "Рябкоф" is "Ryabkof", one slip from the corpus's "ryabkov".
    expect(correctSpelling('what did Рябкоф say?', corpus, vocabulary, surface)).toBe('what did Ryabkov say?');
    // Not in the corpus, in any spelling: left as written, so the question is not bent.
    expect(correctSpelling('what did Лавров say?', corpus, vocabulary, surface)).toBe('what did Лавров say?');
    // CJK has no one-word Latin spelling to match.
    expect(correctSpelling('what did 北京 say?', corpus, vocabulary, surface)).toBe('what did 北京 say?');
  });

  it('leaves words in another alphabet alone when the corpus is written in it', () => {
    const cyrillic = statistics({ рябков: 4, russia: 2 });
    expect(correctSpelling('what did Рябков say?', cyrillic, vocabulary, surface)).toBe('what did Рябков say?');
  });

  it('leaves a question mostly of unknown words as it is: another language, not slips', () => {
    const words = new Map([...vocabulary, ['de', 50], ['view', 51], ['vile', 52]]);
    const views = statistics({ views: 3, troops: 5 });
    // Word by word, "viele" would become "viewe" (its stem is the corpus's "view").
    expect(correctSpelling('wie viele Truppen?', views, words, surface)).toBe('wie viele Truppen?');
    expect(correctSpelling('combien de soldats?', views, words, surface)).toBe('combien de soldats?');
    // Two slips among known words are still mended, and so are one- or two-word questions.
    expect(correctSpelling('who led the russain deleagtion', corpus, words, surface)).toBe('who led the russian delegation');
    expect(correctSpelling('russain deleagtion', corpus, words, surface)).toBe('russian delegation');
    expect(correctSpelling('sanctons?', corpus, words, surface)).toBe('sanctions?');
  });

  it('leaves each part of a hyphenated word alone, and mends a slip standing beside a hyphen', () => {
    // "troosp" alone is "troops"; inside "troosp-Datteln" it is half of a name, not a word.
    expect(correctSpelling('where is troosp-Datteln', corpus, vocabulary, surface)).toBe('where is troosp-Datteln');
    expect(correctSpelling('how many troosp - and tanks', corpus, vocabulary, surface)).toBe('how many troops - and tanks');
    expect(correctSpelling('was the russian-led deleagtion there', corpus, vocabulary, surface)).toBe(
      'was the russian-led delegation there',
    );
  });

  it('leaves real words the article does not use, short words and names it cannot place', () => {
    expect(correctSpelling('what is her salary', corpus, vocabulary, surface)).toBe('what is her salary');
    expect(correctSpelling('what is the weather like', corpus, vocabulary, surface)).toBe('what is the weather like');
    expect(correctSpelling('where is kyiv', corpus, vocabulary, surface)).toBe('where is kyiv');
    expect(correctSpelling('where was Dyrrachium', corpus, vocabulary, surface)).toBe('where was Dyrrachium');
  });

  it('takes a capitalised word inside a mixed-case question for a name: mended only to a corpus word, keeping its capital', () => {
    // "Sweather" is one edit from "weather", which only the model knows: a name, left alone.
    expect(correctSpelling('was Sweather there?', corpus, vocabulary, surface)).toBe('was Sweather there?');
    expect(correctSpelling('was sweather there?', corpus, vocabulary, surface)).toBe('was weather there?');
    expect(correctSpelling('what did Ryabkow say', corpus, vocabulary, surface)).toBe('what did Ryabkov say');
    // The first word, or a question in capitals throughout, is no sign of a name.
    expect(correctSpelling('Russain troops?', corpus, vocabulary, surface)).toBe('russian troops?');
    expect(correctSpelling('WHO LED THE RUSSAIN DELEGATION', corpus, vocabulary, surface)).toBe('WHO LED THE russian DELEGATION');
    // Nor is Title Case, where every word has a capital.
    expect(correctSpelling('Where Were The Russain Troops', corpus, vocabulary, surface)).toBe('Where Were The russian Troops');
    expect(correctSpelling('Was Sweather There', corpus, vocabulary, surface)).toBe('Was weather There');
  });

  it('keeps a first word that stood inside the message as a name ("is Blinken mentioned?" asked as "Blinken")', () => {
    expect(correctSpelling('Sweather', corpus, vocabulary, surface)).toBe('weather');
    expect(correctSpelling('Sweather', corpus, vocabulary, surface, { startsWithName: true })).toBe('Sweather');
  });

  it("counts a word with its clitic as one known word (\"who's\"), so the slip beside it is mended", () => {
    const words = new Map([...vocabulary, ['who', 300]]);
    // Split at the apostrophe, "s" was a word neither knew, and two of three unknown left the question as typed.
    expect(correctSpelling("who's ryabkow", corpus, words, surface)).toBe("who's ryabkov");
    expect(correctSpelling("who's the russain deleagtion", corpus, words, surface)).toBe("who's the russian delegation");
  });

  it('mends a real word (one WordNet knows) only into a word the corpus uses', () => {
    const words = new Map([...vocabulary, ['judging', 200]]);
    const isWord = (word: string): boolean => word === 'budging' || word === 'troups';
    // "budging" is beyond the model's words, one letter from its "judging", and no slip.
    expect(correctSpelling('is russia budging', corpus, words, surface)).toBe('is russia judging');
    expect(correctSpelling('is russia budging', corpus, words, surface, { isWord })).toBe('is russia budging');
    // A real word one letter from the corpus's is still mended to it: only that word could match a passage.
    expect(correctSpelling('where are the troups', corpus, words, surface, { isWord })).toBe('where are the troops');
  });

  it('puts back the apostrophe chat leaves out, instead of taking the word for a slip', () => {
    const words = new Map([...vocabulary, ['what', 100], ['who', 101], ['there', 102]]);
    // The slip mender alone made "whats" "what": the question showed as "what the osce".
    expect(correctSpelling('whats the osce', corpus, words, surface)).toBe("what's the osce");
    expect(correctSpelling('Whats the OSCE? whos ryabkov', corpus, words, surface)).toBe(
      "What's the OSCE? who's ryabkov",
    );
    expect(correctSpelling('dont they agree? theyre not', corpus, words, surface)).toBe(
      "don't they agree? they're not",
    );
    expect(correctSpelling("what's the osce, isn't it", corpus, words, surface)).toBe("what's the osce, isn't it");
    // A word the corpus knows only by its stem ("russias": russia), that no passage writes and the
    // model cannot see, is a possessive too; slips are still mended.
    expect(correctSpelling('russias troosp', corpus, words, surface)).toBe("russia's troops");
    // One the passages write is read as it is.
    const russias = { ...surface, writes: (word: string): boolean => word === 'russias' };
    expect(correctSpelling('russias troosp', corpus, words, russias)).toBe('russias troops');
  });
});

describe('restoredApostrophe', () => {
  it('knows contractions, and a possessive or "is" only after a known word', () => {
    const words = new Map([
      ['what', 0],
      ['there', 1],
    ]);
    expect(restoredApostrophe('doesnt', corpus, words)).toBe("doesn't");
    expect(restoredApostrophe('theres', corpus, words)).toBe("there's");
    expect(restoredApostrophe('ryabkovs', corpus, words)).toBe("ryabkov's");
    expect(restoredApostrophe('blorps', corpus, words)).toBeUndefined();
    expect(restoredApostrophe('its', corpus, words)).toBeUndefined();
    // A question word joined to its verb; "whore" is a word of its own.
    expect(restoredApostrophe('whod', corpus, words)).toBe("who'd");
    expect(restoredApostrophe('whatre', corpus, words)).toBe("what're");
    expect(restoredApostrophe('whore', corpus, words)).toBeUndefined();
  });
});

describe('joinedWords', () => {
  const words = new Map([...vocabulary, ['guy', 100], ['james', 101], ['head', 102]] as const);
  const people = statistics({ nato: 3, landdale: 1, troops: 5, russia: 12 });

  it('parts two words a phone joined, one of them the corpus\'s', () => {
    expect(joinedWords('troopsdoes', people, words)).toBe('troops does');
    expect(joinedWords('natoguy', people, words)).toBe('nato guy');
    expect(joinedWords('jamesLanddale', people, words)).toBe('james Landdale');
  });

  it('leaves a word with no such split, or with a part of two letters, or of two known words the corpus has neither of', () => {
    expect(joinedWords('stoltenbrg', people, words)).toBeUndefined();
    expect(joinedWords('natous', people, words)).toBeUndefined();
    expect(joinedWords('guyhead', people, words)).toBeUndefined();
    expect(joinedWords('iPhone', people, words)).toBeUndefined();
  });

  it('is what the slip mender falls back on', () => {
    expect(correctSpelling('how many troopsdoes russia have', people, words, surface)).toBe('how many troops does russia have');
  });
});
