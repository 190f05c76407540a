/** The words a wh-question opens with, in lower case: one list for every module that reads questions. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how']);

/** Any question word as a whole word, for finding where the question proper starts. */
export const QUESTION_WORD_PATTERN = new RegExp(`\\b(?:${[...QUESTION_WORDS].join('|')})\\b`, 'i');
