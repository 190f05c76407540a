import type { ScoredSentence } from '../retrieval/hybrid-retriever.js';
import { enumerationIn } from '../text/enumeration.js';
import { ORDINAL_PLACES } from '../text/ordinals.js';
import { normalizeTerm, stem } from '../text/terms.js';
import type { CueSpan } from './sentence-cues.js';

const ORDINALS = new Map<string, number>([...ORDINAL_PLACES, ['sixth', 6], ['6th', 6], ['final', -1]]);

/**
 * "the second demand", "russia's third demand", "its last main demand": an ordinal before a noun,
 * after a determiner or a possessive.
 */
const ORDINAL_ITEM =
  /(?:^|\s)(?:the|its|their|his|her|[\p{L}]+['’]s?)\s+(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|last|final)\s+(?:(?:main|key|big|major|other|core)\s+)?(\p{L}+)/iu;

/** Which item of a list a question asks for: its place (1-based, −1 for the last) and the noun, stemmed. */
export interface AskedItem {
  position: number;
  head: string;
}

/** The item a question asks for by its place in a list ("what is the second demand"), if it asks for one. */
export function askedItem(question: string): AskedItem | undefined {
  const match = ORDINAL_ITEM.exec(question);
  const position = ORDINALS.get(match?.[1]?.toLowerCase() ?? '');
  const noun = match?.[2];
  if (position === undefined || !noun) return undefined;
  return { position, head: stem(normalizeTerm(noun.toLowerCase())) };
}

/** The asked item of the list a sentence makes of the asked noun, if it makes one long enough. */
function listedItem(sentence: string, asked: AskedItem): string | undefined {
  const found = enumerationIn(sentence);
  if (!found?.head || stem(normalizeTerm(found.head)) !== asked.head) return undefined;
  return asked.position > 0 ? found.items[asked.position - 1] : found.items.at(-1);
}

/**
 * "what is the second demand": the sentence that lists the demands ("The three demands are, NATO
 * does not expand …, NATO does not place …") answers it, though the answer model, which weighs
 * shared words, prefers one that says "second" ("The second and third stage of the meeting …").
 * A sentence that lists the asked noun, with an item at the asked place, is put first, just above
 * the best. Questions that ask for no item, and lists of other things, are left as they are.
 */
export function withListedItems(sentences: readonly ScoredSentence[], question: string): ScoredSentence[] {
  const asked = askedItem(question);
  if (!asked) return [...sentences];
  const listing = sentences.filter((sentence) => listedItem(sentence.candidate.text, asked) !== undefined);
  if (listing.length === 0) return [...sentences];
  const chosen = listing.reduce((best, sentence) => (sentence.probability > best.probability ? sentence : best));
  const top = Math.max(...sentences.map((sentence) => sentence.probability));
  return sentences.map((sentence) => (sentence === chosen ? { ...sentence, probability: Math.min(1, top + 1e-6) } : sentence));
}

/** Where in a sentence the item a question asks for is ("NATO does not place advanced missiles …"), to show it in bold. */
export function listedItemSpan(sentence: string, question: string): CueSpan | undefined {
  const asked = askedItem(question);
  const item = asked ? listedItem(sentence, asked) : undefined;
  if (!item) return undefined;
  // Items are read word by word; the sentence may part words by more than one space.
  const pattern = new RegExp(item.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'u');
  const match = pattern.exec(sentence);
  return match ? { start: match.index, end: match.index + match[0].length, text: match[0] } : undefined;
}
