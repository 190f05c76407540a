/**
 * Demonstratives: whether "that" points back at all ("is that true", not "say that NATO …"), and
 * what "this meeting" or "that policy" is (the earlier phrase with that head noun, or an answer's).
 */
import { normalizeTerm, stem } from '../text/terms.js';
import { answerPhrase } from './answer-phrases.js';
import { turnsNewestFirst } from './earlier-turns.js';
import { AUXILIARIES, BE, mainVerbIndex, WH_WORDS } from './question-form.js';
import type { Edit } from './reference-edits.js';
import type { TextAnalysis, Token } from './text-analysis.js';
import type { ConversationTurn } from './types.js';

/**
 * Whether a demonstrative can point back at all: at the start, after a preposition, a question
 * word or an auxiliary ("about that", "why that", "is that …"). After a verb or a noun "that" is
 * a conjunction or a relative pronoun ("say that NATO …", "the demands that Russia made").
 */
export function referringPosition(previous: Token | undefined, next: Token | undefined): boolean {
  // "did they reject that?": at the very end, only the pronoun reading is left.
  if (!previous || next === undefined) return true;
  return AUXILIARIES.has(previous.lower) || WH_WORDS.has(previous.lower) || previous.tags.has('Preposition');
}

/** Whether the noun phrase at `index` is the subject of a clause ("that NATO should …"), as after a conjunction. */
export function opensClause(analysis: TextAnalysis, index: number): boolean {
  const phrase = analysis.nounPhrases.find((item) => item.first <= index && item.last >= index);
  const after = analysis.tokens[(phrase?.last ?? index) + 1];
  return after !== undefined && after.tags.has('Verb');
}

/** "that" as a pronoun ("what about that", "is that true"), not a determiner or conjunction. */
export function pronominalDemonstrative(previous: Token | undefined, next: Token | undefined): boolean {
  if (next && next.tags.has('Noun') && !next.tags.has('Pronoun')) return false;
  // "those two demands": a determiner before a number, not a pronoun.
  if (next?.tags.has('Cardinal')) return false;
  return referringPosition(previous, next);
}

/**
 * Whether "that" or "this" at `index` is the subject between a helping verb and the main verb the
 * tagger read as a noun: "which countries does that cover", "what did that change". Read as "that
 * cover", a definite phrase no earlier turn named, the question had been asked as it stood; "does
 * that policy cover" still has its noun.
 */
export function subjectBeforeVerb(analysis: TextAnalysis, index: number): boolean {
  const helping = analysis.tokens[index - 1];
  if (!helping || !AUXILIARIES.has(helping.lower)) return false;
  return mainVerbIndex(analysis, index - 1) === index + 1;
}

/**
 * Whether "that" or "this" at `index` is the subject of a modal after what a "be" question says of
 * its subject: "what are people scared that could lead to", "is he sure that will work". After an
 * adjective or a participle of feeling, the conjunction "that" would need a subject of its own,
 * so "that could lead to" makes "that" the subject. Left as it was, the question asked what could
 * lead to an unnamed "that". Only in a "be" question with a subject before the predicate: in
 * "what was said that could help" the participle follows "was" straight away, and "that" is a
 * relative pronoun.
 */
export function subjectAfterPredicate(analysis: TextAnalysis, index: number): boolean {
  const { tokens } = analysis;
  const predicate = tokens[index - 1];
  // After "be" and its subject only a predicate can stand: a verb there is one the tagger misread
  // ("is the mayor sure", with "sure" a verb) or a participle ("are people scared").
  if (!predicate || !(predicate.tags.has('Adjective') || predicate.tags.has('Verb')) || predicate.tags.has('Modal')) return false;
  if (!tokens[index + 1]?.tags.has('Modal') || !tokens[index + 2]?.tags.has('Verb')) return false;
  const auxiliary = tokens.findIndex((token) => BE.has(token.lower));
  if (auxiliary < 0 || auxiliary > index - 3) return false;
  // Between "be" and the predicate only the subject: a pronoun or a noun phrase.
  return tokens.slice(auxiliary + 1, index - 1).every((token) => token.tags.has('Noun') || token.tags.has('Determiner') || token.tags.has('Pronoun') || (token.tags.has('Adjective') && token !== tokens[index - 2]));
}

/** "this meeting", "that policy": the earlier phrase with the same head noun, else the phrase an answer wrote with it. */
export function definiteEdit(analysis: TextAnalysis, index: number, turns: readonly ConversationTurn[]): Edit | undefined {
  const phrase = analysis.nounPhrases.find((item) => item.first === index || item.first === index + 1);
  const headToken = phrase ? analysis.tokens[phrase.last] : analysis.tokens[index + 1];
  if (!headToken) return undefined;
  const head = stem(normalizeTerm(headToken.lower));
  for (const turn of turnsNewestFirst(turns)) {
    const found = turn.referents.find((referent) => referent.head === head && referent.text.toLowerCase() !== analysis.text.slice(analysis.tokens[index]?.start ?? 0, headToken.end).toLowerCase());
    if (found) return { start: analysis.tokens[index]?.start ?? 0, end: headToken.end, replacement: found.text, rule: 'definite', referent: found };
  }
  // "that policy" when only an answer's own words named one ("… NATO's open-door policy …").
  const written = answerPhrase(head, turns);
  return written ? { start: analysis.tokens[index]?.start ?? 0, end: headToken.end, replacement: written.text, rule: 'definite', referent: written } : undefined;
}
