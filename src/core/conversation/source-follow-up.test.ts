import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { reportedWords, sourceAsked, sourceQuestion, withoutGuess, type SourceAsked } from './source-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

await loadTagger();

const OWN_AND_QUOTED = [
  "The US and NATO are likely to reject Russia's demands for a policy of accepting new members.",
  'But some US officials have said they are willing to see restrictions on military exercises.',
];
const TASS = ['Reported by Tass, Sergei Ryabkov said "in our priority scale, the three areas represent demands that we cannot avoid." "I am convinced that a balance can be found," Ryabkov said.'];

describe('what a follow-up asks about the last answer\'s source', () => {
  /** Each question, read as asking for `asked`. */
  const readAs = (asked: SourceAsked, questions: readonly string[]): void => {
    for (const question of questions) expect(sourceAsked(question), question).toBe(asked);
  };

  it('reads who said it as a speaker, and who carried it as an outlet', () => {
    readAs('speaker', ['who said that', 'who said it?', 'who said so', "who's quoted", 'who first said that']);
    readAs('outlet', ['which outlet reported it', 'which outlet', 'what agency?', 'where was that reported', 'who printed that quote', 'who reported that']);
  });

  it('reads views and "says who" as asking who said it, but not a threat', () => {
    readAs('speaker', ['says who?', 'according to whom', 'acc 2 who', 'acc to whom', 'per who', 'whose words are those', 'whose opinion is that', 'who thinks that', "who's claiming that", 'who said they would']);
    for (const question of ['who said he would invade', 'whose troops', 'whose idea was it', 'who thinks russia will invade', 'who threatened that']) expect(sourceAsked(question), question).toBeUndefined();
  });

  it('reads where the words come from, and the source of that, as an outlet', () => {
    readAs('outlet', ["where's that from", 'where did you get that', 'where does that come from', "what's the source for that", 'source for that?', 'what news agency?']);
  });

  it('reads a source question with a guess at the source as the question without it', () => {
    const plain = (question: string): string | undefined => withoutGuess(question);
    expect(plain('who said that, biden?')).toBe('who said that');
    expect(plain('who said that? sherman?')).toBe('who said that');
    expect(plain('which outlet reported it, tass?')).toBe('which outlet reported it');
    for (const question of ['did biden say that', 'was it biden who said that', 'did he say so']) expect(plain(question), question).toBe('who said that');
    for (const question of ['did the ap report it', 'was it reuters that reported that']) expect(plain(question), question).toBe('who reported that');
    // A yes/no question that says what was said, asks another act or asks a view is a question of its own:
    // "does the bbc believe that" asks what the BBC thinks of it.
    for (const question of ['did russia say that it would invade', 'did biden reject it', 'did russia agree to that', 'is it true that nato said that', 'who said that, and why did they say it', 'does the bbc believe that', 'does nato think so', 'who said that'])
      expect(plain(question), question).toBeUndefined();
  });

  it('reads a guessed source against the last answer as the plain question, whether or not the answer reports speech', () => {
    const quoted = conversation([{ question: 'are the officials ok with limits', answer: OWN_AND_QUOTED }]);
    expect(resolveFollowUp('did biden say that?', quoted).text).toBe('who said: they are willing to see restrictions on military exercises.');
    const own = conversation([{ question: 'how long did the talks last', answer: ['The talks lasted nearly eight hours.'] }]);
    expect(resolveFollowUp('was it reuters that reported that?', own).text).toBe(resolveFollowUp('who reported that', own).text);
  });

  it('leaves questions that say what was said, ask for a place or pick an item', () => {
    // "source?" alone asks the last question again, to show its citation (follow-up-patterns.ts).
    for (const question of ['who said russia would invade', 'where did she say that', 'which one', 'which official', 'who is that', 'who was it', 'what did he say', 'where are they from', 'where is it from', 'source?']) {
      expect(sourceAsked(question), question).toBeUndefined();
    }
  });

  it('asks about the sentence that reports speech, or for an outlet the one that names it', () => {
    expect(sourceQuestion('speaker', OWN_AND_QUOTED)).toBe('who said: they are willing to see restrictions on military exercises.');
    expect(sourceQuestion('outlet', TASS)).toBe('which outlet reported: in our priority scale, the three areas represent demands that we cannot avoid.');
    expect(sourceQuestion('speaker', ['NATO is ready to deal with it.'])).toBeUndefined();
    // A view with its holder after "by" reports it too.
    expect(sourceQuestion('speaker', ['But the three demands were deemed unrealistic by some US officials.'])).toBe('who said: the three demands were deemed unrealistic');
    // A follow-up no other rule reads takes the answer's first sentence then.
    expect(sourceQuestion('speaker', ['NATO is ready to deal with it.'], true)).toBe('who said: NATO is ready to deal with it.');
    // The sentence with the follow-up's own verb comes first.
    const deniedAndClaimed = ['Russia denies having any invasion plans.', 'Some officials claimed the talks had failed.'];
    expect(sourceQuestion('speaker', deniedAndClaimed, false, "who's claiming that")).toBe('who said: the talks had failed.');
    expect(sourceQuestion('speaker', deniedAndClaimed, false, 'who said that')).toBe('who said: having any invasion plans.');
    expect(sourceQuestion('speaker', [])).toBeUndefined();
    // A view with its holder, before a quotation the answer gives second.
    const viewThenQuote = ['Some economists believe that the plan aims to weaken the unions.', "According to the Times' Ann Lee, the plan was designed to fail."];
    expect(sourceQuestion('speaker', viewThenQuote, false, 'who says so')).toBe('who said: the plan aims to weaken the unions.');
  });
});

describe('what a sentence reports, without who reported it', () => {
  it('is the quotation, what follows "according to X," or the verb of saying, else the sentence', () => {
    expect(reportedWords('Reported by Tass, Sergei Ryabkov said "we cannot avoid these demands."')).toBe('we cannot avoid these demands.');
    expect(reportedWords("According to the BBC's James Landdale, the demands were designed to be rejected.")).toBe('the demands were designed to be rejected.');
    expect(reportedWords('Even so, Jens Stoltenberg insisted that the alliance was ready.')).toBe('the alliance was ready.');
    // A view with its holder after "by" is what the holder said.
    expect(reportedWords('But the three demands were deemed unrealistic by some US officials.')).toBe('the three demands were deemed unrealistic');
    expect(reportedWords('Wendy Sherman told Russia that NATO would not shut its door.')).toBe('NATO would not shut its door.');
    expect(reportedWords('Ryabkov said "no."')).toBe('Ryabkov said no.');
  });
});

describe('a follow-up about the source, in a conversation', () => {
  it('asks about what the answer quoted, not what the member had asked', () => {
    const turns = conversation([{ question: 'is russia willing to drop any of its demands', answer: OWN_AND_QUOTED }]);
    const resolution = resolveFollowUp('who said that', turns);
    expect(resolution.text).toBe('who said: they are willing to see restrictions on military exercises.');
    expect(resolution.rules).toEqual(['source']);
    expect(resolveFollowUp('which outlet?', conversation([{ question: 'what did ryabkov say', answer: TASS }])).text).toBe('which outlet reported: in our priority scale, the three areas represent demands that we cannot avoid.');
  });

  it('asks about the answer\'s own words when no other rule can read the follow-up', () => {
    const turns = conversation([{ question: 'does the us accept the red lines', answer: ['For Moscow, Ukraine or Georgia are red lines that the US should not cross.'] }]);
    expect(resolveFollowUp('who said it', turns).text).toBe('who said: For Moscow, Ukraine or Georgia are red lines that the US should not cross.');
  });

  it('is left to the other rules after "doesn\'t say", which quoted nothing', () => {
    const turns = conversation([{ question: 'is nato ready if russia attacks', answer: [], abstained: true }]);
    expect(resolveFollowUp('who said that', turns).rules).not.toContain('source');
  });
});
