import { UserError } from './errors.js';

/** The longest question accepted by default; Discord's option limit is the same. */
export const DEFAULT_MAX_QUESTION_CHARS = 500;

// C0/C1 control characters other than tab and newline (which are normalised to spaces).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Checks and normalises a question. Throws a {@link UserError} with a message fit to show
 * the user as is.
 */
export function validateQuestion(input: string, maxChars = DEFAULT_MAX_QUESTION_CHARS): string {
  if (CONTROL_CHARACTERS.test(input)) {
    throw new UserError('question-control-characters', 'The question contains control characters; please send plain text.');
  }
  const question = input.replace(/\s+/g, ' ').trim();
  if (question === '') throw new UserError('question-empty', 'Please ask a question: the text was empty.');
  if (question.length > maxChars) {
    throw new UserError(
      'question-too-long',
      `That question is ${question.length} characters long; please keep it under ${maxChars}.`,
    );
  }
  return question;
}
