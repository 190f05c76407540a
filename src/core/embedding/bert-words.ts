import type { TokenizerShape } from './tokenizer-shape.js';

/*
 * How BERT's normaliser and pre-tokeniser (as transformers.js runs them) cut and change a text,
 * for the word-cached tokenizer: where a text falls into pieces that each stay one word, and what
 * a piece becomes. Tests hold the result to the library's own ids on random and real text.
 */

/** The ASCII punctuation marks, each of which BERT's pre-tokeniser makes a word of its own. */
const ASCII_PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];

/** Letters and digits of ASCII only, or one punctuation mark: what the normaliser only lowercases. */
export const PLAIN_WORD = /^(?:[A-Za-z0-9]+|[!-/:-@[-`{-~])$/;

const ONE_PUNCTUATION_MARK = /^\p{P}$/u;
/**
 * What BERT's normaliser removes, turns into a space or pads with spaces (CJK), in a word; and
 * the capital sigma, whose lowercase depends on the letters after it, which a piece cannot see.
 */
const NOT_ONE_WORD = /[\p{C}\s\u2e80-\u9fff\uf900-\ufaff\u03a3]/u;
/** What BERT's `clean_text` deletes (tabs and line breaks are separators, never in a piece). */
const DELETED = /[\0\ufffd\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu;
/** What its pre-tokeniser splits at, once normalised. */
const SPLITS = /[\s\p{P}!-/:-@[-`{-~]/u;

/**
 * A piece as BERT's lowercasing, accent-stripping normaliser leaves it, when it stays one word for
 * the pre-tokeniser (one punctuation mark, or no mark or space at all: "Genève" is "geneve",
 * "Путин" is "путин"); the empty string when nothing is left (a zero-width space alone: no
 * token); otherwise undefined, and the library reads it. The library's own steps, in its order:
 * `clean_text`'s deletions, lowercase, then NFD without the combining marks U+0300–U+036F.
 */
export function foldedWord(raw: string, cleansText: boolean): string | undefined {
  // BERT's `clean_text` deletes control and format characters (a zero-width space) first.
  const word = cleansText ? raw.replace(DELETED, '') : raw;
  if (word === '') return '';
  const single = ONE_PUNCTUATION_MARK.test(word);
  if (!single && NOT_ONE_WORD.test(word)) return undefined;
  const folded = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  if (single) return ONE_PUNCTUATION_MARK.test(folded) ? folded : undefined;
  return folded === '' || SPLITS.test(folded) ? undefined : folded;
}

/**
 * What one piece of a text is, for a tokenizer of this shape: a run between spaces, or, for
 * BERT's pre-tokeniser, also a single punctuation mark or a special token.
 */
export function piecePattern(shape: TokenizerShape): RegExp {
  // Space, tab and line breaks: every tokenizer accepted splits there too (BERT's normaliser
  // deletes form feeds and vertical tabs as control characters, joining their neighbours).
  const spaces = ' \\t\\n\\r';
  // For BERT also the other spaces (no-break, em, ideographic, line separator …), which its
  // pre-tokeniser splits at whether or not its normaliser first made them plain spaces.
  const bertSpaces = `${spaces}\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000`;
  // BERT's pre-tokeniser makes every punctuation mark, ASCII or not (\p{P}: "’", "—", "«"), a
  // word of its own, and normalising never makes one anything else, so splitting there first
  // changes no id ("it’s" is "it", "’", "s" either way) and lets "Geneva" be looked up once,
  // whatever follows it. Special tokens ("[UNK]") are matched first, whole, as the library
  // matches them before anything else; "[were]" is "[", "were", "]".
  // Inside a character class of a Unicode regular expression, only these may (and must) be escaped.
  const escapeInClass = (marks: Iterable<string>): string =>
    [...marks].map((mark) => (/[\\\][^-]/.test(mark) ? `\\${mark}` : mark)).join('');
  if (shape.preTokenizer === 'BertPreTokenizer') {
    const marks = `\\p{P}${escapeInClass(ASCII_PUNCTUATION)}`;
    // In the library's order: its regular expression tries them one after another.
    const specials = shape.specialTokens
      .map((token) => `${token.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}|`)
      .join('');
    return new RegExp(`${specials}[^${bertSpaces}${marks}]+|[${marks}]`, 'gu');
  }
  return new RegExp(`[^${spaces}]+`, 'g');
}
