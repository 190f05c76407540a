/**
 * A turn's referents: what its question and its answer name (question-referents.ts,
 * answer-referents.ts), merged and ordered for later pronouns and definite references.
 */
import { withoutChatOpeners } from '../answer/question-frame.js';
import { normalizeTerm, stem } from '../text/terms.js';
import { answerReferents } from './answer-referents.js';
import { questionReferents } from './question-referents.js';
import { aliasKey } from './referent-names.js';
import type { Referent } from './types.js';

/** What a turn said, as far as later references care. */
export interface TurnText {
  /** The question as answered (after resolution). */
  question: string;
  answerSentences: readonly string[];
  /** Spans of the answer shown in bold: the fact that answers the question. */
  highlights: readonly string[];
  /** Earlier referents the question was rewritten with: it is about them. */
  antecedents?: readonly Referent[];
}

/** Merges referents that name the same thing, keeping the first (most salient) and its best text. */
function merged(referents: readonly Referent[]): Referent[] {
  const result: Referent[] = [];
  for (const referent of referents) {
    const same = result.find((item) => item.aliases.some((alias) => referent.aliases.includes(alias)));
    if (!same) result.push({ ...referent, aliases: [...referent.aliases] });
    else {
      same.aliases = [...new Set([...same.aliases, ...referent.aliases])];
      // "Ryabkov said …" and "Sergei Ryabkov" are one person, written in full.
      if (same.kind === 'person' && referent.kind === 'person' && referent.text.endsWith(` ${same.text}`)) same.text = referent.text;
    }
  }
  return result;
}

/**
 * What a turn names, for later pronouns and definite references: the noun phrases and names of
 * its question (the first is its topic) and the names in its answer (those in bold are its
 * focus). A question's lower-case "ryabkov" takes the type and full name that the answer (or an
 * earlier turn, `known`) gives it. Question phrases the answer takes up again are marked
 * `echoed`: the exchange was about them.
 */
export function turnReferents(turn: TurnText, known: readonly Referent[] = [], options: { personPhrases?: boolean } = {}): Referent[] {
  const fromAnswer = answerReferents(turn.answerSentences, turn.highlights);
  const nested = new Set<Referent>();
  // Read without chat's openers: in "yo how many troops does russia have" the question phrase is
  // "how many troops" as it is without "yo", and "they" later is "the troops", not "many troops".
  const question = withoutChatOpeners(turn.question);
  // A person asked about by a phrase ("the russian guy in charge") is one for later pronouns only when no answer was given.
  const fromQuestion = questionReferents(question, [...fromAnswer, ...known], turn.antecedents ?? [], nested, {
    personPhrases: options.personPhrases ?? turn.answerSentences.length === 0,
  });
  const answerText = turn.answerSentences.join(' ').toLowerCase();
  const answerHeads = new Set(turn.answerSentences.flatMap((sentence) => aliasKey(sentence).split(' ').map((word) => stem(normalizeTerm(word)))));
  for (const referent of fromQuestion) {
    referent.echoed = !nested.has(referent) && (answerHeads.has(referent.head) || referent.aliases.some((alias) => answerText.includes(alias)));
  }
  // A who-question's answer: the person in bold, else the first person the question did not
  // already name; with none, the first country or body it did not name, in the answer's order
  // ("who is threatening sanctions" … "The US … threatened … sanctions on Russia", even with
  // "Russia" in bold). Later "they", "he" or "she" means it first: "why do they care" is the US,
  // not the sanctions, nor Russia.
  const namedInQuestion = new Set(fromQuestion.flatMap((referent) => referent.aliases));
  if (/^\s*(?:and\s+)?(?:who|whom)\b/i.test(question)) {
    const unnamed = (referent: Referent): boolean => !referent.aliases.some((alias) => namedInQuestion.has(alias));
    const answering =
      fromAnswer.find((referent) => referent.role === 'focus' && referent.kind === 'person') ??
      fromAnswer.find((referent) => referent.kind === 'person' && unnamed(referent)) ??
      fromAnswer.find((referent) => (referent.kind === 'organization' || referent.collective === true) && unnamed(referent));
    if (answering?.kind === 'person') answering.role = 'focus';
    if (answering) answering.answersWho = true;
  }
  return merged([...fromAnswer.filter((referent) => referent.role === 'focus'), ...fromQuestion, ...fromAnswer.filter((referent) => referent.role !== 'focus')]);
}
