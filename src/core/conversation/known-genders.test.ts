import { describe, expect, it } from 'vitest';
import { withKnownGenders, withPronounGender } from './known-genders.js';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';
import type { Referent } from './types.js';

await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string =>
  resolveFollowUp(question, turns).text;

const LEADERS = [
  'The head of the Russian delegation was Deputy Foreign Minister Sergei Ryabkov and the US was led by Deputy Foreign Minister Wendy Sherman.',
];
const RYABKOV_SAID = ['Reported by Tass, Sergei Ryabkov said the three demands cannot be avoided.'];

const person = (text: string, aliases: string[], gender?: Referent['gender']): Referent => ({
  text,
  kind: 'person',
  plural: false,
  aliases,
  head: aliases[0] ?? text.toLowerCase(),
  role: 'mention',
  from: 'answer',
  echoed: false,
  ...(gender ? { gender } : {}),
});

describe('a gender the conversation has learned', () => {
  it('keeps "she" from a man the latest answer names by surname alone', () => {
    // The bundled article's answers, as the engine gave them: the last names "Ryabkov" alone.
    const turns = conversation([
      { question: 'who led the russian side', answer: LEADERS },
      { question: 'what did he say', answer: RYABKOV_SAID },
      {
        question: 'and the us side?',
        answer: [
          'In the meeting, neither side said that it was a meeting that ended in failure.',
          'Ryabkov said "unfortunately we have big differences in our principled approach to this."',
        ],
      },
    ]);
    expect(turns[1]?.resolvedQuestion).toBe('what did Sergei Ryabkov say');
    expect(resolved('what did she say', turns)).toBe('what did Wendy Sherman say');
    expect(resolved('what did he say', turns)).toBe('what did Ryabkov say');
  });

  it('from a pronoun, for a man whose name tells nothing', () => {
    const turns = conversation([
      {
        question: 'who spoke after the talks',
        answer: ['Tkachenko said the talks were useful, and the envoy Marta Kos disagreed.'],
      },
      { question: 'what did he say', answer: ['Tkachenko said the talks were useful.'] },
      { question: 'anything else?', answer: ['Tkachenko told reporters that more talks would follow.'] },
    ]);
    expect(turns[1]?.resolvedQuestion).toBe('what did Tkachenko say');
    expect(resolved('what did she say', turns)).toBe('what did Marta Kos say');
  });

  it('is given only to a person whose own name told none', () => {
    const ryabkov = person('Sergei Ryabkov', ['sergei ryabkov', 'ryabkov']);
    expect(withPronounGender(ryabkov, 'male').gender).toBe('male');
    expect(
      withPronounGender(person('Wendy Sherman', ['wendy sherman', 'sherman'], 'female'), 'male').gender,
    ).toBe('female');
    expect(withPronounGender(ryabkov, 'plural')).toBe(ryabkov);
    expect(withPronounGender({ ...ryabkov, kind: 'organization' }, 'male').gender).toBeUndefined();
  });
});

describe('withKnownGenders', () => {
  const [base] = conversation([{ question: 'who led the russian side', answer: LEADERS }]);
  const turnWith = (referents: Referent[]) => ({ ...(base as NonNullable<typeof base>), referents });

  it('shares a gender among the mentions of one person, by alias', () => {
    const turns = [
      turnWith([person('Sergei Ryabkov', ['sergei ryabkov', 'ryabkov'])]),
      turnWith([person('Ryabkov', ['ryabkov'], 'male')]),
    ];
    expect(withKnownGenders(turns)[0]?.referents[0]?.gender).toBe('male');
  });

  it('leaves an alias two genders claim untold, and returns the same turns when nothing is learned', () => {
    const turns = [
      turnWith([person('Lee', ['lee'], 'male')]),
      turnWith([person('Lee', ['lee'], 'female')]),
      turnWith([person('Dr Lee', ['dr lee', 'lee'])]),
    ];
    expect(withKnownGenders(turns)[2]?.referents[0]?.gender).toBeUndefined();
    const untold = [turnWith([person('Sergei Ryabkov', ['sergei ryabkov', 'ryabkov'])])];
    expect(withKnownGenders(untold)).toBe(untold);
  });
});
