/**
 * What kind of amount a "how …" question asks for, when its wording says: "how old" wants an age,
 * "how long" a duration or a length, "how far" (or "tall", "deep", "wide") a distance. A sentence holding some other number
 * ("the three areas that I have mentioned") does not answer "how old is Ryabkov?". Other amount
 * questions ("how many", "how much") keep the plain test for any amount.
 */
export type AmountKind = 'age' | 'duration' | 'distance';

const NUMBER = '(?:\\d[\\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|a few|many|dozens of|hundreds of|thousands of)';
const TIME_UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century|millennia|millennium|nights?|seasons?|terms?)';
const LENGTH_UNIT = '(?:mm|cm|m|km|kilomet(?:er|re)s?|met(?:er|re)s?|centimet(?:er|re)s?|miles?|feet|foot|ft|inches|inch|yards?|light[- ]years?|au|nautical miles?)';
const YEAR = '(?:1[0-9]|20)\\d{2}';

/** "how old is he", "at what age", "what is Putin's age". */
export const AGE_QUESTION = /\bhow old\b|\bat what age\b|\bwhat(?:'s|’s| is| was) (?:[\p{L}'’.-]+ ){0,2}age\b/iu;

const QUESTION_KINDS: ReadonlyArray<[AmountKind, RegExp]> = [
  ['age', AGE_QUESTION],
  ['duration', /\bhow long\b/i],
  ['distance', /\bhow (?:far|tall|deep|wide)\b/i],
];

/** Spans that state an amount of each kind. */
const AMOUNTS: Readonly<Record<AmountKind, RegExp>> = {
  // "63 years old", "a 63-year-old", "aged 63", "at the age of 12", "(born 1960)", "(1960–2019)", "Smith, 63, said"
  age: new RegExp(
    [
      `\\b${NUMBER}(?:\\s|-)years?(?:\\s|-)old\\b`,
      `\\baged?\\s+(?:of\\s+)?${NUMBER}\\b`,
      `\\bat (?:the )?age (?:of )?${NUMBER}\\b`,
      `\\bborn\\b[^.]{0,30}\\b${YEAR}\\b`,
      `\\(\\s*(?:b\\.\\s*)?[^()]{0,25}\\b${YEAR}\\s*[–-]`,
      '\\b[A-Z][\\p{L}.-]+, \\d{1,3},',
    ].join('|'),
    'iu',
  ),
  // "nearly eight hours", "for three years", "from 1951 to 1957", and lengths: "how long is the river?"
  duration: new RegExp(
    [`\\b${NUMBER}\\s*(?:-\\s*)?${TIME_UNIT}\\b`, `\\b(?:from|between|since)\\b[^.]{0,40}\\b${YEAR}\\b`, `\\b\\d[\\d,.]*\\s*(?:-\\s*)?${LENGTH_UNIT}\\b`].join('|'),
    'i',
  ),
  distance: new RegExp(`\\b${NUMBER}\\s*(?:-\\s*)?${LENGTH_UNIT}\\b`, 'i'),
};

/** The kind of amount the question asks for, when its wording says. */
export function amountKind(question: string): AmountKind | undefined {
  return QUESTION_KINDS.find(([, pattern]) => pattern.test(question))?.[0];
}

/** Whether the sentence states an amount of that kind. */
export function holdsAmountOf(kind: AmountKind, sentence: string): boolean {
  return AMOUNTS[kind].test(sentence);
}
