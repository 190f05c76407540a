import { describe, expect, it } from 'vitest';
import { askedAgain, negatedYesNo, statementFrame } from './asked-again.js';
import { normaliseQuestion, withoutContinuation } from './question-form.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

describe('question forms', () => {
  it('expands contractions after pronouns and question words, keeps possessives, reads "the us" as the country', () => {
    expect(normaliseQuestion("what's his view")).toBe('what is his view');
    expect(normaliseQuestion("do they think they’re realistic")).toBe('do they think they are realistic');
    expect(normaliseQuestion("what are russia's demands to the us")).toBe("what are russia's demands to the US");
    expect(normaliseQuestion("why didn't it work")).toBe('why did not it work');
    // Apostrophes chat left out were put back where the question entered the conversation (chat-possessives.ts).
    expect(normaliseQuestion('what did reuters say')).toBe('what did reuters say');
  });

  it('reads a lower-case "us" before a noun as the country, unless a verb takes it as its object', () => {
    expect(normaliseQuestion('what do us officials think of the plan')).toBe('what do US officials think of the plan');
    expect(normaliseQuestion('how do us allies in europe feel')).toBe('how do US allies in europe feel');
    expect(normaliseQuestion('give us details about it')).toBe('give us details about it');
    expect(normaliseQuestion('what did they ask from us')).toBe('what did they ask from us');
    expect(normaliseQuestion('can you tell us more')).toBe('can you tell us more');
  });

  it('splits off words that only continue the conversation', () => {
    expect(withoutContinuation('and so, why')).toEqual({ continued: true, rest: 'why' });
    expect(withoutContinuation('who led it')).toEqual({ continued: false, rest: 'who led it' });
    expect(withoutContinuation('lol why')).toEqual({ continued: true, rest: 'why' });
    expect(withoutContinuation('cool, what did he say')).toEqual({ continued: true, rest: 'what did he say' });
    expect(withoutContinuation('ok and who is he')).toEqual({ continued: true, rest: 'who is he' });
    // "Nice" is a city, "great" opens "Great Britain": not chat.
    expect(withoutContinuation('nice is in france')).toEqual({ continued: false, rest: 'nice is in france' });
  });

  it('turns a question into a statement-like phrase without a question word', () => {
    expect(statementFrame('what did the council announce')).toBe('the council announced');
    expect(statementFrame('how many people came to the festival')).toBe('people came to the festival');
    expect(statementFrame('how many troops has the army gathered near the border')).toBe('the army has gathered troops near the border');
    expect(statementFrame('who cancelled the concert', 'Tom Reed')).toBe('Tom Reed cancelled the concert');
    // A helping verb capitalised as the question's first word is lower case in the statement: kept,
    // "Can" read as a name, and a later "he" became "Can".
    expect(statementFrame('Can Norway back down from them?')).toBe('Norway can back down from them');
    expect(askedAgain('Did Carter accept the offer?', 'why')).toBe('why did Carter accept the offer');
    // What was said, which "what" stood for, stays as "that".
    expect(askedAgain('what did she tell the council', 'why')).toBe('why did she tell the council that');
    expect(statementFrame('what are the proposals')).toBe('the proposals');
    // After "be", a word the tagger took for a present-tense verb is the subject's head noun.
    expect(statementFrame('where were the oslo talks')).toBe('the oslo talks');
    expect(askedAgain('where were the oslo talks', 'why')).toBe('why were the oslo talks');
    expect(statementFrame('where were the oslo talks held')).toBe('the oslo talks were held');
  });

  it('turns a yes/no question with "be" into its claim, without the "not" of a negative one', () => {
    expect(statementFrame("aren't the council's plans just unrealistic?")).toBe("the council's plans are just unrealistic");
    expect(statementFrame("Isn't the union the head of the alliance?")).toBe('the union is the head of the alliance');
    expect(statementFrame('was the meeting a failure?')).toBe('the meeting was a failure');
    expect(statementFrame('are they still talking?')).toBe('they are still talking');
  });

  it('asks a question again with another question word', () => {
    expect(askedAgain('where did the summit take place', 'when')).toBe('when did the summit take place');
    expect(askedAgain('who cancelled the concert', 'why', 'Tom Reed')).toBe('why did Tom Reed cancel the concert');
    expect(askedAgain('who cancelled the concert', 'why')).toBeUndefined();
    expect(askedAgain('what happened on monday', 'where')).toBe('where did it happen on monday');
    // A time the question word asked for goes with it; another noun stays as what the verb acts on.
    expect(askedAgain('what day did the summit start', 'where')).toBe('where did the summit start');
    expect(askedAgain('what time did the concert begin', 'how long')).toBe('how long did the concert begin');
    expect(askedAgain('what year is the festival', 'where')).toBe('where is the festival');
    expect(askedAgain('what month did they meet in', 'where')).toBe('where did they meet');
    expect(askedAgain('what day did they meet on', 'who')).toBe('who did they meet');
    expect(askedAgain('what troops did the army send', 'why')).toBe('why did the army send troops');
    // "do" needs the thing done that "what" stood for.
    expect(askedAgain('what does the council want to do about the budget', 'why')).toBe('why does the council want to do that about the budget');
    expect(askedAgain('what did norway do next', 'when')).toBe('when did norway do that next');
    // The question word was the object of a preposition left at the end: it goes with it.
    expect(askedAgain('what is the mayor afraid of', 'why')).toBe('why is the mayor afraid');
    expect(statementFrame('what did the council threaten the union with')).toBe('the council threatened the union');
    expect(askedAgain('is the mayor open to talks', 'why')).toBe('why is the mayor open to talks');
    expect(askedAgain('tell me about the mayor', 'why')).toBeUndefined();
    // After "be", a place or a quality makes the asked noun the subject.
    expect(askedAgain('how many soldiers are near the border', 'since when')).toBe('since when are the soldiers near the border');
    expect(askedAgain('which agency is responsible', 'why')).toBe('why is the agency responsible');
    expect(statementFrame('how many soldiers are near the border')).toBe('soldiers are near the border');
    // "which of the proposals": one of them.
    expect(statementFrame('which of the proposals is about schools')).toBe('one of the proposals is about schools');
    // "last" alone reads as an adjective; it is conjugated as the verb it is here.
    expect(statementFrame('how long did the meeting last')).toBe('the meeting lasted');
    // After "does", "have" is the main verb, not an auxiliary.
    expect(askedAgain('how many troops does the army have near the border', 'where')).toBe('where does the army have troops near the border');
    expect(statementFrame('how many troops does the army have near the border')).toBe('the army has troops near the border');
  });

  it('reads a "do" after a modal and its subject as the main verb ("what will the council do")', () => {
    expect(askedAgain('what will the council do about the parking ban', 'why')).toBe('why will the council do that about the parking ban');
    expect(askedAgain('what can the mayor do', 'when')).toBe('when can the mayor do that');
    expect(statementFrame('what should the union do next')).toBe('the union should do next');
  });

  it('puts "not" into a yes/no question, for "why not?"', () => {
    expect(negatedYesNo('did the mayor agree')).toBe('did the mayor not agree');
    expect(negatedYesNo('is Tom Reed open to talks')).toBe('is Tom Reed not open to talks');
    expect(negatedYesNo('will the council accept the plan')).toBe('will the council not accept the plan');
    // "show" is tagged a noun here: the verb is the word after a subject that is a name.
    expect(negatedYesNo('did Wendy Sherman show any progress')).toBe('did Wendy Sherman not show any progress');
    expect(negatedYesNo('did the mayor not agree')).toBeUndefined();
    expect(negatedYesNo('who agreed')).toBeUndefined();
  });
});
