/**
 * Noun phrases an answer wrote, for a demonstrative that points at them: "what did sherman tell
 * russia" (answered "… slam NATO's open-door policy …") … "whats that policy about". Referents
 * keep only an answer's names, so the words around them ("open-door policy") were out of reach.
 */
import { normalizeTerm, stem } from '../text/terms.js';
import { turnsNewestFirst } from './earlier-turns.js';
import { analyseText, type TextAnalysis } from './text-analysis.js';
import type { ConversationTurn, Referent } from './types.js';

/** Determiners that make a phrase indefinite ("a proposal", "some restrictions"): "that proposal" is a known one, "the". */
const INDEFINITE = /^(?:a|an|some|any|several|many|few)\s+/i;
/** Quotes and punctuation the tagger leaves on a phrase ("policy,", "\"we"). */
const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu;
/** Prepositions the tagger sometimes reads as adjectives ("near schools"). */
const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'near', 'for', 'with', 'from', 'to', 'by', 'about', 'against', 'between', 'into', 'over', 'under', 'around', 'along', 'across']);
/** Longer phrases are clauses the tagger ran together, not a name for one thing. */
const MOST_WORDS = 6;

/**
 * The phrase up to its first preposition ("head of the US delegation" is a head, not a
 * delegation), as written, with the stemmed head noun it ends on.
 */
function phraseHead(analysis: TextAnalysis, first: number, last: number): { text: string; head: string; words: number } | undefined {
  let end = first;
  const stops = (index: number): boolean => {
    const token = analysis.tokens[index];
    // A comma ends it too: "NATO's open-door policy, which …".
    return !token || token.tags.has('Preposition') || PREPOSITIONS.has(token.lower) || /,/.test(analysis.text.slice(analysis.tokens[index - 1]?.end ?? 0, token.start));
  };
  while (end < last && !stops(end + 1)) end += 1;
  const start = analysis.tokens[first];
  const final = analysis.tokens[end];
  if (!start || !final || !final.tags.has('Noun') || final.tags.has('Pronoun')) return undefined;
  const text = analysis.text.slice(start.start, final.end).replace(EDGE_MARKS, '');
  return { text, head: stem(normalizeTerm(final.lower.replace(EDGE_MARKS, ''))), words: end - first + 1 };
}

/**
 * The phrase with this (stemmed) head noun in the newest answer that wrote one with more than
 * the noun itself ("NATO's open-door policy" for "policy"): a thing a later question can name.
 * Undefined when no answer did, or when the phrase would add no word to "that policy".
 */
export function answerPhrase(head: string, turns: readonly ConversationTurn[]): Referent | undefined {
  for (const turn of turnsNewestFirst(turns)) {
    for (const sentence of turn.answerSentences) {
      const analysis = analyseText(sentence);
      for (const phrase of analysis.nounPhrases) {
        const found = phraseHead(analysis, phrase.first, phrase.last);
        if (!found || found.head !== head || found.words > MOST_WORDS) continue;
        const text = found.text.replace(INDEFINITE, 'the ');
        // "the restrictions" says no more than "those restrictions" did.
        if (text.replace(/^the\s+/i, '').split(/\s+/).length < 2) continue;
        return { text, kind: 'thing', plural: phrase.plural, aliases: [text.toLowerCase()], head, role: 'mention', from: 'answer', echoed: false };
      }
    }
  }
  return undefined;
}
