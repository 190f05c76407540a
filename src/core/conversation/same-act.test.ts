import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';
import { isSameAct } from './verb-classes.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

describe('a pronoun that does what an earlier question said someone does', () => {
  it('stands for that someone, not for what the last question was about', () => {
    const turns = conversation([
      { question: 'did russia promise it would not invade', answer: ['Russia denies having any invasion plans.'] },
      { question: 'does the osce believe that', answer: ['The OSCE doubts the promise.'] },
    ]);
    expect(resolved('when would they invade', turns)).toBe('when would Russia invade');
    // "attack" is the act "invade" told, in other words.
    expect(resolved('could they attack before the talks', turns)).toBe('could Russia attack before the talks');
    // A stressing "do" is read past to the act.
    expect(resolved('what will the us do if they do invade', turns)).toBe('what will the US do if Russia does invade');
  });

  it('reads the doer after "by", and in the subject\'s place before the verb', () => {
    const passive = conversation([{ question: 'was ukraine invaded by russia in 2014', answer: ['Russia annexed Crimea in 2014.'] }]);
    expect(resolved('will they invade again', passive)).toBe('will Russia invade again');
    const active = conversation([
      { question: 'does nato think russia will attack georgia', answer: ['NATO fears that Russia could attack Georgia.'] },
      { question: 'what does georgia say', answer: ['Georgia asked NATO for help.'] },
    ]);
    expect(resolved('when would they attack', active)).toBe('when would Russia attack');
  });

  it('reads past what a comma sets off between the subject and the verb', () => {
    const turns = conversation([{ question: 'what does norway consider itself to iceland', answer: ['Norway as a partner of Iceland, threatened Sweden with sanctions.'] }]);
    expect(resolved('and what did it threaten', turns)).toBe('what did Norway threaten');
    const which = conversation([
      { question: 'why is finland worried', answer: ['Finland, which borders Sweden, could attack first.'] },
      { question: 'what does nato say', answer: ['NATO said it was ready.'] },
    ]);
    expect(resolved('when would they attack', which)).toBe('when would Finland attack');
  });

  it('reads the doer in an earlier answer too, and only in the subject\'s place', () => {
    const turns = conversation([
      { question: 'what are the europeans worried about', answer: ['European officials fear that Russia will invade Ukraine.'] },
      { question: 'what does nato say', answer: ['NATO said it was ready.'] },
    ]);
    expect(resolved('when would they invade', turns)).toBe('when would Russia invade');
    // "threatened to impose": "to" stands before the act, no doer; the US answered the who-question.
    const threat = conversation([
      { question: 'who threatened sanctions on russia', answer: ['The US as a partner of Ukraine, threatened to impose severe sanctions on Russia if it invaded Ukraine.'] },
    ]);
    expect(resolved('have they imposed any yet', threat)).toBe('has the US imposed any yet');
    expect(isSameAct('attack', 'invading')).toBe(true);
    expect(isSameAct('said', 'says')).toBe(true);
    expect(isSameAct('accept', 'invade')).toBe(false);
  });
});
