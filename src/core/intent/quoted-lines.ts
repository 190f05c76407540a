import { contentTerms } from '../text/terms.js';

/*
 * Members quote the article before they ask about it, as Discord and e-mail mark a quotation:
 *
 *   > For Moscow, Ukraine or Georgia are red lines
 *   and what did biden say to that
 *
 * Read as one question, the quoted line is the sentence that matches it best, and the member was
 * answered with their own quotation ("> The talks lasted nearly eight hours" / "why so long?"
 * heard "The talks … lasted nearly eight hours." and nothing more). The quotation is context: the
 * question is asked with it, and the sentence it reproduces is not given back as the answer.
 */

/** A message split into the lines it quotes and what the member says about them. */
export interface QuotedMessage {
  /** The quoted lines' text, without their marks. */
  quoted: string;
  /** The member's own lines. */
  said: string;
}

/** A quoted line: "> text", or ">>> text", after which every line is quoted (Discord's block quote). */
const QUOTE_MARK = /^[ \t]*(>>>|>)[ \t]?(.*)$/;

/** Each line of a message without its quotation mark, and whether it is quoted. */
function readLines(message: string): Array<{ text: string; quoted: boolean }> {
  let blockQuote = false;
  return message.split(/\r?\n/).map((line) => {
    if (blockQuote) return { text: line, quoted: true };
    const mark = QUOTE_MARK.exec(line);
    if (mark?.[1] === '>>>') blockQuote = true;
    return mark ? { text: mark[2] as string, quoted: true } : { text: line, quoted: false };
  });
}

/**
 * The message's quoted lines apart from the member's own, when it has both; undefined when it
 * quotes nothing or says nothing besides (a question quoted whole is that question).
 */
export function quotedLines(message: string): QuotedMessage | undefined {
  const lines = readLines(message);
  const joined = (quoted: boolean): string =>
    lines
      .filter((line) => line.quoted === quoted)
      .map((line) => line.text)
      .join(' ')
      .trim();
  const quoted = joined(true);
  const said = joined(false);
  return quoted !== '' && said !== '' ? { quoted, said } : undefined;
}

/** The message without its quotation marks: what is analysed when it quotes without saying anything else. */
export function withoutQuoteMarks(message: string): string {
  return readLines(message)
    .map((line) => line.text)
    .join('\n');
}

/** A quotation of fewer content terms than this says too little to tell which sentence it is. */
const MIN_QUOTED_TERMS = 3;

/** How much of the quotation the sentence must hold, and how much of the sentence the quotation must. */
const QUOTATION_IN_SENTENCE = 0.8;
const SENTENCE_IN_QUOTATION = 0.5;

/**
 * Whether a sentence is the one the member quoted: it holds nearly all of the quotation's content
 * terms, and the quotation most of its own. A long sentence that only holds the quoted words
 * ("… Wendy Sherman … told Russia that "we will not allow anyone to slam NATO's open door"")
 * says more than the quotation (who said it), and may answer what is asked about it.
 */
export function reproduces(quotation: string, sentence: string): boolean {
  const quoted = contentTerms(quotation);
  if (quoted.length < MIN_QUOTED_TERMS) return false;
  const held = new Set(contentTerms(sentence));
  if (held.size === 0) return false;
  const shared = quoted.filter((term) => held.has(term)).length;
  return shared / quoted.length >= QUOTATION_IN_SENTENCE && shared / held.size >= SENTENCE_IN_QUOTATION;
}
