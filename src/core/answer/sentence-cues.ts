import { PERSON_WORDS, PLACE_WORDS, ROLE_WORDS } from '../text/name-words.js';
import { findWords } from '../text/whole-words.js';
import { answerKind, answerSpansOf } from './answer-kinds.js';
import type { QuestionType } from './question-type.js';
import { isContentTerm, stem, tokenize } from '../text/terms.js';
import { insideAbbreviatedName } from '../text/abbreviated-names.js';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

/** Spans that answer "when": dates, times, years, weekdays, relative dates. */
const WHEN = new RegExp(
  [
    `\\b(?:mid-|early |late )?${MONTH}\\.?(?: \\d{1,2}(?:st|nd|rd|th)?)?(?:,? \\d{4})?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?:,? \\d{4})?\\b`,
    `\\b${WEEKDAY}\\b`,
    '\\b\\d{1,2}[:.]\\d{2}\\b(?: ?[ap]\\.?m\\.?)?',
    '\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b',
    '\\b(?:1[0-9]|20)\\d{2}s?\\b',
    '\\b\\d{1,2}(?:st|nd|rd|th) century\\b',
    '\\b(?:last|next|this) (?:week|month|year)\\b',
  ].join('|'),
  'gi',
);

const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|several|a few)';
const SCALE = '(?:\\s(?:hundred|thousand|million|billion|trillion))?';
const UNIT = '(?:\\s?(?:%|percent|per cent)|\\s(?:km|mi|miles|kilomet(?:re|er)s|met(?:re|er)s|feet|troops|soldiers|people|years?|months?|weeks?|days?|hours?|minutes?|times|dollars|euros))?';

/** Spans that answer "how many/much/long": numerals or number words, with a scale and a unit. */
const QUANTITY = new RegExp(`(?:\\$\\s?)?(?:\\b\\d[\\d,.]*\\d|\\b\\d|\\b${NUMBER_WORD}\\b)${SCALE}${UNIT}(?!\\w)`, 'gi');

/** Causal connectives for "why". */
const WHY = /\b(?:because|since|so that|due to|in order to|to prevent|to avoid|designed to|as a result|the reason|reasons?|caused?|fears?|feared|concerns?|threat(?:ens?)?|stakes|pretext|aims? to|so as to|led to|therefore)\b/gi;

/** Capitalised word runs: names of people, organisations and places. */
const NAME = /\b(?:[A-Z][\p{L}'’.-]*|[A-Z]{2,})(?:\s+(?:of\s+|the\s+|de\s+|von\s+)?(?:[A-Z][\p{L}'’.-]*|[A-Z]{2,}))*/gu;

/** Place cues: a preposition of place followed by a name. */
const WHERE = /\b(?:in|at|near|from|into|across|along|through|between)\s+(?:the\s+)?(?:[A-Z][\p{L}'’-]+)(?:\s+[A-Z][\p{L}'’-]+)*/gu;

/** A span of a sentence, in sentence offsets. */
export interface CueSpan {
  start: number;
  end: number;
  text: string;
}

function spans(pattern: RegExp, text: string): CueSpan[] {
  return [...text.matchAll(pattern)].map((match) => {
    // A sentence's final period is not part of a name ("Wendy Sherman."), but an initialism keeps its own ("U.S.").
    const value = /[^.]\.$/.test(match[0]) && !/(?:^|[\s.])\p{L}\.$/u.test(match[0]) ? match[0].slice(0, -1) : match[0];
    return { start: match.index, end: match.index + value.length, text: value };
  });
}

/** Spans in a sentence of the kind a question type asks for, whatever the question's own words. */
export function typeSpans(type: QuestionType, sentence: string): CueSpan[] {
  switch (type) {
    case 'when':
      return spans(WHEN, sentence);
    case 'quantity': {
      // A year or a date is not an amount: "how many acts" is not answered by "in 1850".
      const dates = spans(WHEN, sentence);
      return spans(QUANTITY, sentence).filter((span) => !dates.some((date) => date.start <= span.start && span.end <= date.end));
    }
    case 'why':
      return spans(WHY, sentence);
    case 'where':
      return spans(WHERE, sentence);
    case 'who': {
      // A capitalised first word is not a name by itself.
      const firstWordEnd = /^\W*\S+/.exec(sentence)?.[0].length ?? 0;
      return spans(NAME, sentence).filter((span) => span.start >= firstWordEnd || /\s/.test(span.text));
    }
    default:
      return [];
  }
}

/**
 * Leaves out the spans the question itself already contains: a sentence repeating the
 * question's date does not answer "when". Causes ("because") always count.
 */
export function freshSpans(type: QuestionType, found: readonly CueSpan[], question: string): CueSpan[] {
  if (type === 'why') return [...found];
  const questionLower = question.toLowerCase();
  return found.filter((span) => !holdsWords(questionLower, span.text.toLowerCase().replace(/^(?:in|at|near|from|into|across|along|through|between)\s+(?:the\s+)?/, '')));
}

/**
 * Whether the question names a person's name of several words by its last one ("who reported
 * ryabkov's quote" names "Sergei Ryabkov"): that name is what is asked about, not the answer.
 * Only a name of two to four capitalised words whose last is a word of five letters or more.
 * Read for the bold only: the answer model's cues (cue-features.ts) are as it was trained on.
 */
function namesByLastWord(questionLower: string, span: string): boolean {
  const words = span.split(/\s+/);
  const last = words[words.length - 1]?.replace(/['’]s$/, '') ?? '';
  if (words.length < 2 || words.length > 4 || last.length < 5 || !words.every((word) => /^\p{Lu}/u.test(word))) return false;
  return holdsWords(questionLower, last.toLowerCase());
}

/**
 * Whether `text` holds `phrase` as whole words: the question "who called russia's demands
 * unrealistic" does not hold "US" (inside "russia's") or "UN" (inside "unrealistic").
 */
function holdsWords(text: string, phrase: string): boolean {
  return phrase === '' || findWords(text, phrase) !== undefined;
}

/** Spans in a sentence of the kind the question asks for that the question does not already hold. */
export function cueSpans(type: QuestionType, sentence: string, question: string): CueSpan[] {
  return freshSpans(type, typeSpans(type, sentence), question);
}

/** A "|"-joined word list as a set, built on first use: most questions never need one. */
function lazySet(joined: string): () => ReadonlySet<string> {
  let words: ReadonlySet<string> | undefined;
  return () => (words ??= new Set(joined.split('|')));
}

const personWords = lazySet(PERSON_WORDS);
const roleWords = lazySet(ROLE_WORDS);
const placeWords = lazySet(PLACE_WORDS);

/** Whether a lowercase word is a given name, surname or honorific ("wendy", "sherman", "mr"). */
export function isPersonWord(word: string): boolean {
  return personWords().has(word);
}

/** Whether a lowercase word names a role or office ("minister", "secretary", "president"). */
export function isRoleWord(word: string): boolean {
  return roleWords().has(word);
}

/** Whether a lowercase word names a known city, country or region ("moscow", "geneva"). */
export function isPlaceWord(word: string): boolean {
  return placeWords().has(word);
}

/** Entries are at most this many words long ("new york city"). */
const LONGEST_ENTRY = 3;

/** Lowercase words of a name span, without possessives or final dots ("Sherman's" → "sherman"). */
function spanWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/(?:['’]s|[.'’])$/, ''))
    .filter((word) => word !== '');
}

/** Whether some run of up to three consecutive words is in `words` ("new york" as well as "paris"). */
function holdsEntry(words: readonly string[], entries: ReadonlySet<string>): boolean {
  for (let start = 0; start < words.length; start += 1)
    for (let length = 1; length <= LONGEST_ENTRY && start + length <= words.length; length += 1)
      if (entries.has(words.slice(start, start + length).join(' '))) return true;
  return false;
}

/**
 * Whether one of the sentence's names, beyond those the question holds, is a person's: it holds
 * a known given name, surname or honorific ("Wendy Sherman", "Mr Lavrov"), or follows a role
 * ("Deputy Foreign Minister Ryabkov", "president Biden"). The word lists come from compromise's
 * lexicon (see name-words.ts). On WikiQA's training questions asking "who", 65 % of the answer
 * sentences hold such a name against 30 % of the others, where any capitalised name is in 96 %
 * against 78 %.
 */
export function holdsPerson(names: readonly CueSpan[], sentence: string): boolean {
  return names.some((span) => {
    const words = spanWords(span.text);
    if (holdsEntry(words, personWords())) return true;
    const before = spanWords(sentence.slice(Math.max(0, span.start - 40), span.start)).pop();
    return (before !== undefined && roleWords().has(before)) || words.slice(0, -1).some((word) => roleWords().has(word));
  });
}

/**
 * Whether one of the sentence's names, beyond those the question holds, is a known place: a city,
 * country or region. On WikiQA's training questions asking "where", 69 % of the answer sentences
 * hold one against 24 % of the others.
 */
export function holdsPlace(names: readonly CueSpan[]): boolean {
  return names.some((span) => holdsEntry(spanWords(span.text), placeWords()));
}

/** "which outlet reported it", "what news agency …", "which newspaper …": a question for who carried the words. */
const ASKS_OUTLET = /\b(?:which|what)\s+(?:news\s+)?(?:outlets?|agenc(?:y|ies)|newspapers?|papers?|networks?|channels?|media|publications?|websites?|sources?)\b|^\s*who\s+(?:first\s+)?(?:reported|published|carried)\b/i;

/** Whether a question asks which outlet carried something ("who reported that …", "which agency …"). */
export function asksOutlet(question: string): boolean {
  return ASKS_OUTLET.test(question);
}

/**
 * The names a sentence gives as where its words were carried: after "according to" or "reported
 * by" ("According to the Associated Press, …", "Reported by Tass, …"), before "reported", or an
 * owner of the speaker ("the BBC's James Landdale": "BBC").
 */
export function carriers(sentence: string): CueSpan[] {
  const found: CueSpan[] = [];
  for (const span of typeSpans('who', sentence)) {
    const owner = /^(\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)*)['’]s\s+\p{Lu}/u.exec(span.text)?.[1];
    if (owner !== undefined) found.push({ start: span.start, end: span.start + owner.length, text: owner });
    else if (/\b(?:according to|reported by)\s+(?:the\s+)?$/i.test(sentence.slice(0, span.start)) || /^['’]s\s+\p{Lu}/u.test(sentence.slice(span.end)) || /^\s+reported\b/.test(sentence.slice(span.end)))
      found.push(span);
  }
  return found;
}

/**
 * The cues that state what a finer kind of amount or date asks for, when some do: "how long did
 * the talks last" is answered by "nearly eight hours", not by the "two" of "the two countries'
 * representatives" in the same sentence, which had the bold.
 */
function ofAskedKind(cues: CueSpan[], type: QuestionType, sentence: string, question: string): CueSpan[] {
  const kind = answerKind(question, type);
  if (!kind || cues.length <= 1) return cues;
  const stated = answerSpansOf(kind, sentence);
  const ofKind = cues.filter((cue) => stated.some((span) => span.start < cue.end && cue.start < span.end));
  return ofKind.length > 0 ? ofKind : cues;
}

/**
 * The spans an answer's bold may fall on: those of the asked kind the question does not hold and,
 * for a who-question, only the persons' among them when there are any (`holdsPerson`), as the
 * answer model prefers them. "who did the republicans invite to speak to congress" had "Republican"
 * in bold, beside "Benjamin Netanyahu". On the 81 who-questions with gold answers of
 * `dev-questions`, `dev-paraphrase`, `members-questions` and the news questions (each asked of its
 * story), the bold held or was held by a gold answer for 21 of the 63 answered, against 17.
 * A question for an outlet ("which outlet reported it") has its bold on the name the sentence
 * gives as the words' carrier, when it gives one ({@link carriers}).
 */
export function boldCandidates(type: QuestionType, sentence: string, question: string, namesCounted?: (term: string) => boolean): CueSpan[] {
  // A why-answer's cue is its connective ("because", "due to", "concern"), which answers nothing:
  // "why does russia fear ukraine in nato" had "concern" in bold, read as the answer. The reason
  // is the clause, quoted whole. (The answer model's why cue is unchanged: cue-features.ts.)
  if (type === 'why') return [];
  if (asksOutlet(question)) {
    const outlets = freshSpans('who', carriers(sentence), question);
    if (outlets.length > 0) return outlets;
  }
  const questionLower = question.toLowerCase();
  const cues = cueSpans(type, sentence, question).filter((span) => !namesByLastWord(questionLower, span.text));
  if (type === 'quantity') return ofAskedKind(countingAsked(cues, sentence, namesCounted), type, sentence, question);
  // "in Europe" of "… Co-operation in Europe (OSCE)" is part of a body's name, not where anything is.
  if (type === 'where') return ofAskedKind(cues.filter((cue) => !insideAbbreviatedName(sentence, cue.start, cue.end)), type, sentence, question);
  if (type !== 'who') return ofAskedKind(cues, type, sentence, question);
  // A sentence's first word is no name by itself (typeSpans), unless it is a known person's:
  // "Sherman called the conversation an "honest and frank discussion"" names Sherman.
  const firstWord = /^\W*(\p{Lu}[\p{L}-]*)/u.exec(sentence);
  const opener = firstWord?.[1];
  if (opener !== undefined && isPersonWord(opener.toLowerCase())) {
    const start = (firstWord?.[0].length ?? 0) - opener.length;
    cues.push(...freshSpans('who', [{ start, end: start + opener.length, text: opener }], question));
  }
  const persons = cues.filter((cue) => holdsPerson([cue], sentence)).map(withoutOpeningWord);
  return persons.length > 0 ? persons : cues.map(withoutOpeningWord);
}

/** How many words after an amount may name what it counts ("100,000 Russian troops"). */
const COUNTED_WINDOW = 3;

/**
 * For "how many X", the amounts that count X: X (`names`: itself or a WordNet relative) is the
 * amount's own unit or among the words that follow it ({@link countedAfter}). When no amount
 * counts it, none is bolded: "how many countries are in nato" had "One" (of "One of Russia's
 * main demands") in bold, and "how many missiles" "100,000 troops", each read as the answer.
 * `names` is given only when the corpus writes X (the retriever's `namesCounted`). Read for the
 * bold only; the answer model's own counted cue (cue-features.ts) also takes words close by vector.
 */
function countingAsked(cues: CueSpan[], sentence: string, names?: (term: string) => boolean): CueSpan[] {
  if (names === undefined) return cues;
  return cues.filter((cue) => [...tokenize(cue.text), ...countedAfter(sentence.slice(cue.end))].some((token) => names(stem(token.term))));
}

/**
 * The words an amount counts: those right after it, up to the first function word, punctuation or
 * possessive ("three main demands", "100,000 Russian troops near …" → Russian troops; "One of
 * Russia's demands" → none; "two countries' representatives" → countries).
 */
function countedAfter(text: string): ReturnType<typeof tokenize> {
  const words: ReturnType<typeof tokenize> = [];
  for (const token of tokenize(text)) {
    if (words.length === COUNTED_WINDOW || !isContentTerm(token.term) || /^\s*[^\s\p{L}\d]/u.test(text.slice(words.at(-1)?.end ?? 0, token.start))) break;
    words.push(token);
    if (/^['’]/u.test(text.slice(token.end))) break;
  }
  return words;
}

/** A sentence's opening word that a capitalised run takes in: "But President Biden", "Even NATO". */
const OPENING_WORD = /^(?:But|And|Or|So|Yet|Even|Also|However|Meanwhile|Then|Still|Now|Thus|Instead|Later|Earlier|Already|Only|Both|Neither|Either)\s+(?=\p{Lu})/u;

/** A name as the bold shows it, without a sentence's opening word before it ("President Biden"). */
function withoutOpeningWord(cue: CueSpan): CueSpan {
  const opening = OPENING_WORD.exec(cue.text)?.[0];
  return opening === undefined ? cue : { start: cue.start + opening.length, end: cue.end, text: cue.text.slice(opening.length) };
}
