import { NOT_IN_ARTICLE_REPLY } from './answer-prompt.js';

/** A model reply after checking: a cited answer, the fixed "not in the article" reply, or unusable. */
export type CheckedReply =
  | {
      kind: 'answer';
      /** The reply with every marker pointing at a listed citation, numbered in order of first use. */
      text: string;
      /** The sent passages' numbers (1-based) in order of first use: citation n is passage `cited[n - 1]`. */
      cited: number[];
      /** Marker numbers that pointed at no sent passage and were dropped. */
      dropped: number[];
    }
  | { kind: 'not-in-article' }
  | { kind: 'unusable'; reason: 'empty' | 'no-valid-citation' | 'too-long'; dropped: number[] };

/**
 * Characters a reply may have per token it was allowed: about four per token, doubled for
 * slack. A server that ignores `max_tokens` (an 820,000-character "answer" was seen) is not
 * shown as it is; the extractive answer stands in.
 */
export const MAX_CHARS_PER_TOKEN = 8;

/** What a model calls what it was given. */
const SOURCE = '(?:the )?(?:provided |given )?(?:article|passages?|text|context|sources?)(?: provided| given| above)?';
/**
 * Refusals in a model's own words, on normalised text, each with the article (or passages) as
 * what lacks the answer: "the passages do not say …", "there is no information about this in
 * the text", "i cannot answer this from the passages". A claim that merely holds a negation
 * ("no, the article says russia did not agree …", "sources say no deal was reached") is none.
 */
const REFUSALS = [
  new RegExp(`^(?:(?:sorry|unfortunately|i am sorry|i m sorry) )?${SOURCE} (?:does|do|did) not (?:say|state|mention|contain|include|provide|specify|give|answer|indicate|tell)\\b`),
  new RegExp(`^(?:(?:sorry|unfortunately) )?(?:there is|there are|i (?:can|could) find|i found) no (?:information|mention|answer|details|data)\\b.* (?:in|from) ${SOURCE}\\b`),
  new RegExp(`^(?:(?:sorry|unfortunately) )?i (?:cannot|can not|am unable to|could not|am not able to) (?:answer|find|tell)\\b.* (?:in|from|with|based on) ${SOURCE}\\b`),
];

/** Whether a reply with no citation declines in its own words ("The passages don't say …"). */
function declines(words: string): boolean {
  return words.length <= 300 && REFUSALS.some((refusal) => refusal.test(words));
}

/**
 * A citation marker as models write it: `[2]`, `[1, 3]`, `[1-2]`, `[Passage 2]`. Group 1 holds
 * the numbers with their separators.
 */
const MARKER = /\[\s*((?:passages?\s*)?\d{1,4}(?:\s*(?:,|;|-|–|and)\s*(?:passages?\s*)?\d{1,4})*)\s*\]/gi;

/** Reasoning models (e.g. DeepSeek-R1, Qwen3 on Ollama) prepend their thinking; it is not the answer. */
const THINKING = /<think>[\s\S]*?(?:<\/think>|$)/gi;

/** The numbers a marker's inside lists; ranges such as `1-3` are expanded when short. */
function markerNumbers(inside: string): number[] {
  const numbers: number[] = [];
  for (const part of inside.split(/\s*(?:,|;|and)\s*/i)) {
    const [from, to] = part.split(/\s*[-–]\s*/).map((piece) => Number(piece.replace(/\D/g, '')));
    if (from === undefined) continue;
    if (to !== undefined && to >= from && to - from < 10) {
      for (let n = from; n <= to; n += 1) numbers.push(n);
    } else {
      numbers.push(from);
      if (to !== undefined) numbers.push(to);
    }
  }
  return numbers;
}

/** Lower-case words only, with "doesn't" read as "does not", for comparing with the fixed reply. */
function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/n[’']t\b/g, ' not')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Tidies whitespace left where markers were dropped, and merges repeats such as `[1] [1]`. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/(\[\d+\])(?:\s*\1)+/g, '$1')
    .replace(/ +([.,;:!?])/g, '$1')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Checks a reply against the passages that were sent: markers for passages that were not sent
 * are dropped; the rest are renumbered in order of first use so every marker has a citation and
 * every citation a marker (the contract of extractive answers). A reply with no valid citation
 * is unusable, unless it is the fixed "not in the article" reply or, without citations, says so
 * in other words; so is a reply far longer than the tokens it was allowed.
 */
export function checkReply(reply: string, passageCount: number, options: { maxTokens?: number } = {}): CheckedReply {
  const text = reply.replace(THINKING, '').trim();
  const cited: number[] = [];
  const dropped: number[] = [];
  const rewritten = text.replace(MARKER, (_marker, inside: string) => {
    const markers: string[] = [];
    for (const number of markerNumbers(inside)) {
      if (!Number.isInteger(number) || number < 1 || number > passageCount) {
        dropped.push(number);
        continue;
      }
      if (!cited.includes(number)) cited.push(number);
      const marker = `[${cited.indexOf(number) + 1}]`;
      if (!markers.includes(marker)) markers.push(marker);
    }
    return markers.join('');
  });
  const words = normalised(text.replace(MARKER, ' '));
  const fixed = normalised(NOT_IN_ARTICLE_REPLY);
  if (words === fixed || (cited.length === 0 && (words.includes(fixed) || declines(words)))) return { kind: 'not-in-article' };
  if (words === '') return { kind: 'unusable', reason: 'empty', dropped };
  if (options.maxTokens !== undefined && text.length > options.maxTokens * MAX_CHARS_PER_TOKEN)
    return { kind: 'unusable', reason: 'too-long', dropped };
  if (cited.length === 0) return { kind: 'unusable', reason: 'no-valid-citation', dropped };
  return { kind: 'answer', text: tidy(rewritten), cited, dropped };
}
