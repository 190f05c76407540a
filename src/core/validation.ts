import { UserError } from './errors.js';

/** The longest question accepted by default; Discord's option limit is the same. */
export const DEFAULT_MAX_QUESTION_CHARS = 500;

// Terminal escape sequences (colours, cursor moves) pasted with a question: removed whole, so
// no "[31m" is left behind once the escape character itself is gone.
// eslint-disable-next-line no-control-regex
const ANSI_ESCAPES = /\u001B(?:\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])/g;

// Invisible characters: control characters (Cc), format characters (Cf: zero-width space and
// joiners, bidirectional marks, the byte-order mark, soft hyphens) and lone surrogates (Cs).
// Whitespace controls (tab, newline…) are turned into spaces first.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

// Curly, low and reversed quotation marks, and the prime (NFKC has made a double prime two).
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F]/g;

// Combining marks with no letter to combine with: at the start or after whitespace.
const ORPHAN_MARKS = /(^|\s)\p{M}+/gu;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * A question as the engine should see it: Unicode NFKC (full-width letters, ligatures and
 * compatibility forms become their plain equivalents), typographic quotes and apostrophes as
 * typed on a keyboard, terminal escapes and invisible characters removed, combining marks that
 * combine with nothing dropped, whitespace collapsed.
 */
export function normalizeQuestion(input: string): string {
  return input
    .normalize('NFKC')
    // Phones type "what’s" (smart punctuation): the same question as "what's", and it should get
    // the same answer, down to the question's vector.
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(ANSI_ESCAPES, '')
    .replace(/\s/g, ' ')
    .replace(INVISIBLE, '')
    .replace(ORPHAN_MARKS, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Checks and normalises a question (see {@link normalizeQuestion}). Throws a {@link UserError}
 * with a message fit to show the user as is: when nothing is left, when no letter or digit is
 * left (only zero-width characters, accents or punctuation), or when it is too long.
 */
export function validateQuestion(input: string, maxChars = DEFAULT_MAX_QUESTION_CHARS): string {
  const question = normalizeQuestion(input);
  if (input.trim() === '') throw new UserError('question-empty', 'Please ask a question: the text was empty.');
  // A reaction ("👍") has no words but is not empty: the engine answers it as small talk.
  if (!WORD_CHARACTER.test(question) && !/\p{Extended_Pictographic}/u.test(question)) {
    throw new UserError(
      'question-no-words',
      'Please ask a question in words: that text has no letters or digits once invisible characters are removed.',
    );
  }
  if (question.length > maxChars) {
    throw new UserError(
      'question-too-long',
      `That question is ${question.length} characters long; please keep it to ${maxChars} or fewer.`,
    );
  }
  return question;
}
