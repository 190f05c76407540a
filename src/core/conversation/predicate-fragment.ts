/**
 * "legally binding?", "negotiable?", "same rank?": a follow-up that is only what is said of
 * something, asked whether it holds of what the conversation was about. Searched as written, no
 * sentence held its words alone, and it heard "Nothing in it is about this question"; asked as "are
 * they legally binding?", the pronoun rules find what "they" are.
 */
import { personTalkedAbout } from './earlier-turns.js';
import { bothReferent } from './joint-reference.js';
import { applyEdits, referenceEdits } from './reference-edits.js';
import { analyseText } from './text-analysis.js';
import type { ConversationTurn } from './types.js';

/** Words that check the last answer rather than say something of its subject ("confirmed?", "true?"). */
const CHECKS_ANSWER = new Set(['true', 'false', 'confirmed', 'correct', 'right', 'wrong', 'accurate', 'sure', 'official', 'real', 'legit', 'verified', 'certain']);
/** Words that may stand around the predicate: "both same rank?", "still negotiable?". */
const AROUND = new Set(['both', 'still', 'even', 'really', 'actually', 'also', 'too']);

/**
 * The predicate as written, without its mark, when `followUp` is one: one to three words after
 * those of AROUND, each an adjective, adverb or participle, or a noun after "same" ("same rank").
 */
export function predicateOf(followUp: string): string | undefined {
  if (!/\?\s*$/.test(followUp)) return undefined;
  const text = followUp.replace(/[?!.\s]+$/, '').trim();
  const analysis = analyseText(text);
  const words = analysis.tokens.filter((token) => !AROUND.has(token.lower));
  if (words.length === 0 || words.length > 3 || analysis.names.length > 0) return undefined;
  if (words.some((token) => CHECKS_ANSWER.has(token.lower))) return undefined;
  const afterSame = (token: (typeof words)[number]): boolean => analysis.tokens[analysis.tokens.indexOf(token) - 1]?.lower === 'same';
  const fits = words.every((token) => {
    if (token.lower === 'same' || token.lower === 'the') return true;
    // "still talking?": alone, the tagger reads the -ing form as a noun.
    if (isActing(token.lower)) return true;
    if (token.tags.has('Noun')) return afterSame(token);
    return token.tags.has('Adjective') || token.tags.has('Adverb') || token.tags.has('Gerund') || token.tags.has('PastTense') || token.tags.has('Participle');
  });
  return fits ? text : undefined;
}

/** An -ing form of five letters or more ("talking", "negotiating"), but none of the nouns that end so ("something", "meeting"). */
function isActing(word: string): boolean {
  return /^[a-z]{2,}ing$/.test(word) && !/(?:thing|meeting|building|morning|evening|ceiling|feeling|wedding|hearing|briefing|ruling|funding|spring|king|ring|wing|sing|bring|string|during)$/.test(word);
}

/**
 * The follow-up asked of what it is said of, or undefined when it is no predicate or nothing
 * stands for its subject: "same rank?" or "both …" of the pair the conversation named ("are Sergei
 * Ryabkov and Wendy Sherman the same rank?"), anything else of the thing the last question named
 * ("why does russia want guarantees" … "legally binding?" → "are guarantees legally binding?"),
 * or else of what "they" or "it" stands for.
 */
export function askedOfSubject(followUp: string, turns: readonly ConversationTurn[], previous: ConversationTurn): string | undefined {
  const predicate = predicateOf(followUp);
  if (predicate === undefined) return undefined;
  // "same rank" is "the same rank"; "both" goes after the subject ("are they both the same rank").
  const said = predicate.replace(/(^|\s)same\b/i, (_same, space: string) => `${space}the same`).replace(/\bthe the\b/i, 'the');
  const opening = `are they ${said}?`;
  if (/\b(?:same|both)\b/i.test(predicate)) {
    const pair = bothReferent(analyseText(opening), turns);
    if (pair) return `are ${pair.text} ${said}?`;
  }
  // "still talking?" is done by someone: not by the thing the last question named ("is war still talking?").
  const acting = predicate.split(/\s+/).some(isActing);
  const thing = acting ? undefined : previous.referents.find((referent) => referent.from === 'question' && referent.kind === 'thing');
  if (thing && !/\bsame\b/i.test(predicate)) return `${thing.plural ? 'are' : 'is'} ${thing.text} ${said}?`;
  for (const question of [opening, `is it ${said}?`]) {
    const edits = referenceEdits(question, turns);
    if (edits.length > 0) return applyEdits(question, edits);
  }
  return undefined;
}

/**
 * "started at 9am?", "met in vienna?", "lasted 12 hours?": a follow-up that is only a verb phrase
 * in the past, checked of whoever or whatever the conversation was about. Searched as written, it
 * heard "Nothing in it is about this question" (a blind probe's fact-checker, after "And they
 * lasted about 12 hours?"); asked as "they started at 9am?", the pronoun rules find what "they"
 * are, and the claim is checked as any other ("… shortly before 08:00 …"); after an exchange about
 * a person, it is said of them. Six words at most, opening with a verb in the past tense that is
 * no helping verb.
 */
export function askedOfActor(followUp: string, turns: readonly ConversationTurn[], previous: ConversationTurn): string | undefined {
  if (!/\?\s*$/.test(followUp)) return undefined;
  const text = followUp.replace(/[?!.\s]+$/, '').trim();
  const analysis = analyseText(text);
  const first = analysis.tokens[0];
  if (!first || analysis.tokens.length > 6 || !first.tags.has('PastTense') || ['Copula', 'Modal', 'Auxiliary'].some((tag) => first.tags.has(tag))) return undefined;
  if (['did', 'had', 'was', 'were', 'said'].includes(first.lower)) return undefined;
  // "what did sherman say about nato" … "met ryabkov?": the person the last exchange was about.
  const person = personTalkedAbout(previous);
  if (person !== undefined) return `${person} ${text}?`;
  for (const question of [`they ${text}?`, `it ${text}?`]) {
    const edits = referenceEdits(question, turns);
    if (edits.length > 0) return applyEdits(question, edits);
  }
  return undefined;
}
