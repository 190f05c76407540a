import type { QuestionType } from './question-type.js';

/**
 * A finer kind of answer than the question's type, when its wording says. Amounts: "how old" wants
 * an age, "how long" a duration or a length, "how far" (or "tall", "deep", "wide") a distance,
 * "how much did it cost" a sum of money; a sentence holding some other number ("the three areas
 * that I have mentioned") does not answer "how old is Ryabkov?". Dates: "what day" wants a day,
 * "what month" a month; a clock time does not answer "what day did the meeting happen?". Other
 * questions ("how many", "when", "what year") keep their type's plain test.
 */
export type AnswerKind = 'age' | 'duration' | 'distance' | 'money' | 'day' | 'month';

const NUMBER = '(?:\\d[\\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|a few|many|dozens of|hundreds of|thousands of)';
const TIME_UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century|millennia|millennium|nights?|seasons?|terms?)';
const LENGTH_UNIT = '(?:mm|cm|m|km|kilomet(?:er|re)s?|met(?:er|re)s?|centimet(?:er|re)s?|miles?|feet|foot|ft|inches|inch|yards?|light[- ]years?|au|nautical miles?)';
const YEAR = '(?:1[0-9]|20)\\d{2}';
// Capitalised, and matched case-sensitively: "may" and "march" are verbs too.
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/**
 * An amount asked for by its noun: "what figure does the article give for the troops", "what is
 * the number of missing persons", "what's the total number of dams damaged" (not "the count of Apulia", a nobleman). Typed as "how many"
 * is (question-type.ts), and answered only by a sentence that states an amount (type-evidence.ts).
 */
export const AMOUNT_NOUN_QUESTION =
  /\bwhat (?:number|percentage|amount|figure|total)\b|\bwhat(?:['’]s|\s+(?:is|was|are|were))\s+the\s+(?:(?:total|exact|approximate|estimated)\s+)?(?:number|figure|total|amount|percentage)\s+(?:of|for)\b/iu;

/** "how old is he", "at what age", "what is Putin's age". */
export const AGE_QUESTION = /\bhow old\b|\bat what age\b|\bwhat(?:'s|’s| is| was) (?:[\p{L}'’.-]+ ){0,2}age\b/iu;

const AMOUNT_QUESTIONS: ReadonlyArray<[AnswerKind, RegExp]> = [
  ['age', AGE_QUESTION],
  ['duration', /\bhow long\b/i],
  ['distance', /\bhow (?:far|tall|deep|wide)\b/i],
  // Not "how much of …", which asks for a share. A verb of paying or a noun that names a sum:
  // "how much is his bail", "how much are tickets", "how much prize money does the winner get".
  [
    'money',
    /\bhow much (?!of\b)(?:money\b|.*\b(?:costs?|costed|earn(?:s|ed)?|pays?|paid|spen(?:d|ds|t)|worth|raised?|sell|sold|charged?|funded|budgeted|money|cash|fines?|bail|tickets?|fees?|fares?|salary|salaries|wages?|rent|bribes?|su(?:e|ed|es|ing)|ransom|compensation|damages|funding|price)\b)/i,
  ],
];

const DATE_QUESTIONS: ReadonlyArray<[AnswerKind, RegExp]> = [
  ['day', /\b(?:what|which) (?:day|date)\b/i],
  ['month', /\b(?:what|which) month\b/i],
];

/** Spans that state an answer of each kind. */
const ANSWERS: Readonly<Record<AnswerKind, RegExp>> = {
  // "63 years old", "a 63-year-old", "aged 63", "at the age of 12", "(born 1960)", "(1960–2019)", and a
  // number set off by commas after a word, as news gives ages ("Smith, 63, said"; the flag makes any word do)
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
  // "$5 million", "€20", "300 million dollars", "US$2"
  money: /[$€£¥₹]\s?\d|\b\d[\d,.]*\s*(?:million|billion|trillion)?\s*(?:dollars?|euros?|pounds?|yen|francs?|rupees?|usd|eur|gbp)\b|\b(?:US|A|C|HK)\$\s?\d/i,
  // "January 10", "10 January", "Monday", "10/1/22", "yesterday"
  day: new RegExp(
    [
      `\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?\\b`,
      `\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH}\\b`,
      '\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b',
      '\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b',
      '\\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)\\b',
    ].join('|'),
  ),
  month: new RegExp(`\\b${MONTH}\\b`),
};

/** The word that names what an amount question measures: "long" in "how long", "age" in "at what age". */
const MEASURE_WORD = /\bhow (long|old|far|tall|deep|wide)\b|\bat what (age)\b|\bwhat(?:'s|’s| is| was) (?:[\p{L}'’.-]+ ){0,2}(age)\b/iu;

/**
 * The measure word of an age, duration or distance question, as written ("long", "old", "far",
 * "age"), or undefined. It asks what the answer states ("nearly eight hours" is how long), so a
 * sentence holding an answer of the kind holds it (candidate-measures.ts): an answer seldom repeats
 * it, and in an article that never uses "long" it weighed more than the question's subject.
 */
export function measureWord(question: string, kind: AnswerKind | undefined): string | undefined {
  if (kind !== 'age' && kind !== 'duration' && kind !== 'distance') return undefined;
  const match = MEASURE_WORD.exec(question);
  return (match?.[1] ?? match?.[2] ?? match?.[3])?.toLowerCase();
}

/**
 * A terse question that names what it asks for last, with no question word: "ryabkov age",
 * "osce meeting date?", "her age". No training or dev question is written so; members write
 * them, and "ryabkov age" had been answered with a sentence of his that states no age.
 */
const TERSE_KIND = /^(?!.*\b(?:what|which|who|whom|whose|where|when|why|how)\b)(?:[\p{L}\d.'’-]+\s+){1,4}(age|date|day|month)\s*\?*\s*$/iu;
const TERSE_KINDS: Readonly<Record<string, AnswerKind>> = { age: 'age', date: 'day', day: 'day', month: 'month' };

/** The kind of answer a question of this type asks for, when its wording says. */
export function answerKind(question: string, type: QuestionType): AnswerKind | undefined {
  const kinds = type === 'quantity' ? AMOUNT_QUESTIONS : type === 'when' ? DATE_QUESTIONS : [];
  const worded = kinds.find(([, pattern]) => pattern.test(question))?.[0];
  if (worded || type === 'quantity' || type === 'when') return worded;
  const terse = TERSE_KIND.exec(question.trim())?.[1];
  return terse === undefined ? undefined : TERSE_KINDS[terse.toLowerCase()];
}

/** Whether the sentence states an answer of that kind. */
export function holdsAnswerOf(kind: AnswerKind, sentence: string): boolean {
  return ANSWERS[kind].test(sentence);
}

/** The spans of a sentence that state an answer of that kind ("nearly eight hours" for a duration). */
export function answerSpansOf(kind: AnswerKind, sentence: string): Array<{ start: number; end: number }> {
  return [...sentence.matchAll(EVERY_ANSWER[kind])].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** {@link ANSWERS} matching every span (the "g" flag), for {@link answerSpansOf}. */
const EVERY_ANSWER = Object.fromEntries(
  Object.entries(ANSWERS).map(([kind, pattern]) => [kind, new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)]),
) as Readonly<Record<AnswerKind, RegExp>>;
