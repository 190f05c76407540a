import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indexTerms } from '../text/terms.js';
import { loadLexicon } from './answer-resources.js';
import { askedNames, countedThing, givesFullForm, spellsOut, unmentionedNames } from './unmentioned-names.js';

const lexicon = await loadLexicon(fileURLToPath(new URL('../../../embeddings/models', import.meta.url)));

/** The terms and the one candidate sentence of a one-passage corpus. */
function corpusOf(text: string): { statistics: Set<string>; held: Array<{ text: string; stems: Set<string> }> } {
  const terms = new Set(indexTerms(text));
  return { statistics: terms, held: [{ text, stems: terms }] };
}

const GENEVA = corpusOf(
  'On Monday the US delegation met the Russian delegation in Geneva. Russia has amassed 100,000 troops near Ukraine. ' +
    'NATO will not expand into eastern Europe. The West sees the buildup as a threat. Ryabkov spoke to reporters.',
);

const unmentioned = (question: string, corpus = GENEVA): string[] => unmentionedNames(askedNames(question), corpus.statistics, lexicon, corpus.held);

/** What "how many" counts, when the corpus never mentions it; a question that counts nothing says so, so that no assertion passes on it by accident. */
const counted = (question: string, corpus = GENEVA): string[] => {
  const thing = countedThing(question);
  return thing ? unmentionedNames([thing], corpus.statistics, lexicon, corpus.held) : ['no counted thing'];
};

describe('askedNames', () => {
  it('reads capitalised words inside a question in ordinary case as names, a run of them as one', () => {
    expect(askedNames('What did China say about the Geneva talks?').map((name) => name.written)).toEqual(['China', 'Geneva']);
    expect(askedNames('what did the New York Times report').map((name) => name.written)).toEqual(['New York Times']);
    expect(askedNames('did Blinken attend?').map((name) => name.terms)).toEqual([['blinken']]);
  });

  it('reads no capital as a name in capitals throughout or in Title Case, but still knows places', () => {
    expect(askedNames('What Is The Capital Of Australia').map((name) => name.written)).toEqual(['Australia']);
    expect(askedNames('WHAT DID THEY AGREE ON')).toEqual([]);
  });

  it('finds places in lower case, the longest first, and skips codes and numbers', () => {
    expect(askedNames('what time is it in tokyo').map((name) => name.written)).toEqual(['Tokyo']);
    expect(askedNames('flights from abu dhabi').map((name) => name.written)).toEqual(['Abu Dhabi']);
    expect(askedNames('who are the 2nd and 3rd rounds with')).toEqual([]);
    expect(askedNames('is it 10 troops in the downtown area')).toEqual([{ written: '10', terms: ['10'] }]);
    expect(askedNames('what happened on 10/1/22 at 08:00, the 27th, 5% of the 3 demands')).toEqual([]);
  });
});

describe('unmentionedNames', () => {
  it('names what the corpus never mentions', () => {
    expect(unmentioned('what time is it in tokyo')).toEqual(['Tokyo']);
    expect(unmentioned('What did Macron say about the talks?')).toEqual(['Macron']);
    expect(unmentioned('what did china and japan say')).toEqual(['China', 'Japan']);
  });

  it('names a possessive name without its "\'s"', () => {
    expect(unmentioned("What was Germany's reaction to the talks?")).toEqual(['Germany']);
    expect(unmentioned('What was Germany’s reaction?')).toEqual(['Germany']);
  });

  it('counts a name the corpus holds, in any case or form', () => {
    expect(unmentioned('what happened in geneva')).toEqual([]);
    expect(unmentioned("what did Ryabkov's team say")).toEqual([]);
    expect(unmentioned('how many troops are near UKRAINE')).toEqual([]);
  });

  it('counts a name the corpus mentions by a WordNet relative: a synonym, or a place within a place', () => {
    expect(unmentioned('did the USA agree')).toEqual([]);
    expect(unmentioned('did the two sides agree on anything in switzerland')).toEqual([]);
  });

  it('does not count a place above the one asked about', () => {
    expect(unmentioned('how many troops does nato have in poland')).toEqual(['Poland']);
  });

  it('finds nothing to check in a question without names', () => {
    expect(unmentioned('what is the weather like')).toEqual([]);
    expect(unmentioned('who led the delegation?')).toEqual([]);
  });
});

describe('names that are no names, and slips', () => {
  it('takes single letters for variables, not names', () => {
    expect(askedNames('What are two complexity classes between L and P?')).toEqual([]);
    expect(askedNames('What does a big O notation hide?')).toEqual([]);
  });

  it('takes a long name one edit from a corpus term for a slip of it', () => {
    const canal = corpusOf('The Wesel-Datteln Canal runs parallel to the Lippe.');
    expect(unmentioned('What does the Wessel-Datteln canal run parallel to?', canal)).toEqual([]);
    expect(unmentioned('What does the Ems canal run parallel to?', canal)).toEqual(['Ems']);
  });
});

describe('proper names of several words', () => {
  const talks = corpusOf('NATO is ready to accept new members, President Biden said. Russia wants security guarantees.');

  it('are held by their last word, not by a common first one', () => {
    expect(unmentioned('What New York street is associated with fashion?', talks)).toEqual(['New York']);
    expect(unmentioned('What did President Zelensky say about the talks?', talks)).toEqual(['President Zelensky']);
    expect(unmentioned('What did Joe Biden say about the talks?', talks)).toEqual([]);
    expect(unmentioned('Which new members did NATO accept?', talks)).toEqual([]);
  });

  it('are held by a part of a hyphenated last word, or by a word the corpus writes inside one', () => {
    const paper = corpusOf('The New York Times reported it first.');
    expect(unmentioned('Which New York-based newspaper reported it?', paper)).toEqual([]);
    const hearings = corpusOf('The film will detail the 1991 Clarence Thomas-Hill Supreme Court nomination hearings.');
    expect(unmentioned('What year did the Clarence Thomas hearings take place?', hearings)).toEqual([]);
  });

  it('take a slip in the last word for the word it stems as', () => {
    const film = corpusOf('Her single came from the soundtrack of The Fighting Temptations.');
    expect(unmentioned('What single came from The Fighting Tempations?', film)).toEqual([]);
    expect(unmentioned('What single came from The Fighting Irish?', film)).toEqual(['Fighting Irish']);
  });

  it('leave what "how many" counts held by any of its words, since its last may be a verb', () => {
    const attack = corpusOf('Twenty people were killed in the attack.');
    expect(counted('how many people died in the attack', attack)).toEqual([]);
  });
});

describe('slips are read in the word as written', () => {
  it('does not take a name for a slip because its stem is one edit from a corpus word', () => {
    // "France" stems as "franc", one edit from the corpus's "frank".
    const frank = corpusOf('Sherman called it an honest and frank discussion.');
    expect(unmentioned('which countries, like france?', frank)).toEqual(['France']);
  });

  it('takes a short word no resource knows, one edit from a function word, for a slip of one, not a name', () => {
    expect(counted('and how many are ther')).toEqual([]);
    // WordNet knows "hits", and "Ther" is written as a name: both are still checked.
    expect(counted('how many hits did it get')).toEqual(['hits']);
    expect(unmentioned('what did Ther say')).toEqual(['Ther']);
  });

  it('does not count the stem of an edit for a name of one word: "tanks" is no slip of "talks"', () => {
    const talks = corpusOf('The talks lasted nearly eight hours.');
    expect(unmentioned('Did Tanks come up in the talks?', talks)).toEqual(['Tanks']);
  });
});

describe('givesFullForm', () => {
  it('finds a full form in any case, and in any order within a run of words', () => {
    expect(givesFullForm('SDK', 'Apple released a software development kit (SDK).')).toBe(true);
    expect(givesFullForm('FDNY', 'The New York City Fire Department (FDNY) provides fire protection.')).toBe(true);
    expect(givesFullForm('OSCE', 'Russia with the Organization for Security and Co-operation in Europe (OSCE).')).toBe(true);
    expect(givesFullForm('US', 'The United States (US) and Russia will hold a three-stage meeting.')).toBe(true);
  });

  it('finds none in words that only happen to hold the letters, nor in the abbreviation itself', () => {
    expect(givesFullForm('NATO', 'Even so, NATO Secretary General Jens Stoltenberg insisted that the North Atlantic alliance was ready.')).toBe(false);
    expect(givesFullForm('US', 'Wendy Sherman, head of the US delegation at the meeting in Geneva, told Russia.')).toBe(false);
  });
});

describe('acronyms', () => {
  it('are spelled out by the initials of a run of capitalised words, function words and hyphens read as a name writes them', () => {
    expect(spellsOut('PSG', 'Paris Saint-Germain won again.')).toBe(true);
    expect(spellsOut('OSCE', 'Russia with the Organization for Security and Co-operation in Europe (OSCE).')).toBe(true);
    expect(spellsOut('U.N.', 'a vote at the United Nations')).toBe(true);
    expect(spellsOut('PSG', 'Paris was quiet; Saint Germain too.')).toBe(false);
    expect(spellsOut('EU', 'eastern Europe')).toBe(false);
  });

  it('count as mentioned when a candidate sentence spells them out', () => {
    const football = corpusOf('Zlatan Ibrahimovic opened the scoring as Paris Saint-Germain beat Lens.');
    expect(unmentioned('Who opened the scoring for PSG against Lens?', football)).toEqual([]);
    expect(unmentioned('Did UEFA comment on the match?', football)).toEqual(['UEFA']);
  });
});

describe('numbers', () => {
  it('are read as the index reads them, and named as the question writes them', () => {
    expect(askedNames('is it 100k troops?')).toEqual([{ written: '100k', terms: ['100000'] }]);
    expect(unmentioned('is it 100k troops?')).toEqual([]);
    expect(unmentioned('were there 200,000 troops?')).toEqual(['200,000']);
    expect(unmentioned('what did russia do in 2014')).toEqual(['2014']);
  });

  it('name a day the corpus never writes with its month, as the question writes them', () => {
    expect(unmentioned('what happens on january 12')).toEqual(['january 12']);
    expect(unmentioned('What happened on 12 January?')).toEqual(['12 January']);
    expect(askedNames('what happens on january 12')).toEqual([{ written: '12', terms: ['12'], shown: 'january 12' }]);
  });
});

describe('what "how many" counts', () => {
  it('is the content words after "how many", as written', () => {
    expect(countedThing('How many tanks does Ukraine have?')).toEqual({ written: 'tanks', terms: ['tank'] });
    expect(countedThing('how many nuclear weapons does russia have')?.written).toBe('nuclear weapons');
    expect(countedThing('how many did they send')).toBeUndefined();
    expect(countedThing('how much money was paid')).toBeUndefined();
    expect(countedThing('who led the delegation?')).toBeUndefined();
  });

  it('ends before a preposition, as in a question written without its verb', () => {
    expect(countedThing('how many tanks near border')).toEqual({ written: 'tanks', terms: ['tank'] });
    expect(countedThing('how many ships across the sea')?.written).toBe('ships');
    expect(countedThing('how many near misses were there')).toBeUndefined();
  });

  it('is unmentioned when the corpus holds none of its words nor a WordNet relative', () => {
    expect(counted('How many tanks does Ukraine have?')).toEqual(['tanks']);
    expect(counted('how many acres is the zoo')).toEqual(['acres']);
    expect(counted('how many tanks near the border')).toEqual(['tanks']);
  });

  it('is mentioned by its own words in any form, or by a synonym', () => {
    expect(counted('how many troops has russia amassed')).toEqual([]);
    expect(counted('how many soldiers has russia amassed')).toEqual([]);
    expect(counted('how many delegations met')).toEqual([]);
    // One of its words will do: "ukrainian" is not in the corpus, "troops" is.
    expect(counted('how many ukrainian troops are there')).toEqual([]);
    expect(counted('how many nuclear weapons does russia have')).toEqual(['nuclear weapons']);
  });
});
