import { rankForPronoun, type PronounClass } from './pronouns.js';
import { statementFrame } from './asked-again.js';
import { questionParts } from './question-parts.js';
import type { ConversationTurn, Referent } from './types.js';
import { findWords } from '../text/whole-words.js';
import { withoutRequestAround, withoutTruthFrame } from '../answer/question-frame.js';
import { withoutChallenge } from '../intent/context-before-question.js';
import { withoutQuestionTag } from './question-tags.js';

/** The referents of earlier turns, newest turn first. */
export function* turnsNewestFirst(turns: readonly ConversationTurn[]): Generator<ConversationTurn> {
  for (let index = turns.length - 1; index >= 0; index -= 1) {
    const turn = turns[index];
    if (turn) yield turn;
  }
}

/** Whether a text names a referent by one of its aliases, as a whole word. */
export function mentionsAlias(text: string, referent: Referent): boolean {
  return referent.aliases.some((alias) => findWords(text, alias) !== undefined);
}

/**
 * The most salient earlier referent a pronoun of this class can stand for, skipping any the
 * question names itself and any that does not `fit` the pronoun's place in the question. `agent`:
 * the pronoun is the subject of a verb that acts ("they want"), so a country is as likely as a body;
 * `actedOn`: it is an "it" that does not act ("what was in it"), see rankForPronoun.
 */
export function antecedent(
  turns: readonly ConversationTurn[],
  pronounClass: PronounClass,
  question: string,
  taken: ReadonlySet<string> = new Set(),
  fits: (referent: Referent) => boolean = () => true,
  agent = false,
  actedOn = false,
): Referent | undefined {
  for (const turn of turnsNewestFirst(turns)) {
    const found = rankForPronoun(turn.referents, pronounClass, agent, actedOn).find(
      (referent) => !mentionsAlias(question, referent) && !taken.has(referent.text) && fits(referent),
    );
    if (found) return found;
  }
  return undefined;
}

/**
 * The exchange a follow-up continues: the latest turn that was about something (small talk such
 * as "thanks!" names nothing and cites nothing, so "why?" after it still means the question before).
 */
export function previousExchange(turns: readonly ConversationTurn[]): ConversationTurn | undefined {
  for (const turn of turnsNewestFirst(turns)) if (turn.referents.length > 0 || turn.passageIds.length > 0) return turn;
  return turns[turns.length - 1];
}

/** The person in a turn with this role: its answer's (`focus`) or its question's (`topic`). */
const personIn = (turn: ConversationTurn, role: Referent['role']): Referent | undefined =>
  turn.referents.find((referent) => referent.role === role && referent.kind === 'person');

/** The person a turn's answer gave, if any. */
export function focusOf(turn: ConversationTurn): string | undefined {
  return personIn(turn, 'focus')?.text;
}

/** A question about who a person it names is: "who is sherman", "and who's ryabkov", "tell me about stoltenberg". */
const ABOUT_NAMED = /^\s*(?:(?:and|so|ok)\s+)?(?:who(?:['’]s|\s+is|\s+was)|tell\s+me\s+(?:more\s+)?about)\s/i;

/**
 * The person a turn was about: the one its answer gave, else the one its question named first;
 * for "who is sherman", Sherman, whichever person the answer happened to name ("who is sherman"
 * … "and ryabkov?" … "did they both say …" had found Ryabkov twice, and no pair).
 */
function personOf(turn: ConversationTurn): Referent | undefined {
  const topic = personIn(turn, 'topic');
  if (topic && ABOUT_NAMED.test(turn.resolvedQuestion)) return topic;
  return personIn(turn, 'focus') ?? topic;
}

/** The person a turn was about, as written: its answer's, else its question's (see personOf). */
export function personTalkedAbout(turn: ConversationTurn): string | undefined {
  return personOf(turn)?.text;
}

/**
 * Two people asked about one after the other ("who is sherman" … "who is ryabkov"): what "they"
 * or "which of them" then means. Undefined unless each of the last two exchanges was about a
 * different person.
 */
export function personPair(turns: readonly ConversationTurn[]): [Referent, Referent] | undefined {
  const exchanges = [...turnsNewestFirst(turns)].filter((turn) => turn.referents.length > 0).slice(0, 2);
  const [newer, older] = exchanges.map(personOf);
  if (!newer || !older || samePerson(newer, older)) return undefined;
  return [older, newer];
}

/**
 * Whether two referents are one person, named in full once and by surname after ("Sergei Ryabkov"
 * in an answer, "Ryabkov" in the question before it): "they" had become "Ryabkov and Sergei Ryabkov".
 */
function samePerson(a: Referent, b: Referent): boolean {
  const names = new Set([a.text, ...a.aliases].map((name) => name.toLowerCase()));
  return [b.text, ...b.aliases].some((name) => names.has(name.toLowerCase()));
}

/** A preposition that opens what follows "is" in "who is in the second stage", "what is near the border". */
const OPENING_PREPOSITION = /^(?:in|at|on|near|inside|behind|within|around)\s+(?=\S)/i;

/** The list item an ordinal reference put into a question, as `the second one ("…")`. */
const PICKED_ITEM = /\("([^"]+)"\)/;

/** "the first one" with the long list item it stands for quoted after it; {@link exchangeReference} reads it back. */
export function quotedItem(phrase: string, item: string): string {
  return `${phrase} ("${item}")`;
}

/**
 * What a bare "that" or "this" points at in the previous exchange: the thing its question asked
 * for ("how many troops …" → "the troops", "which agency …" → the agency the answer named),
 * what a "what is X" question was about, or else the whole exchange as a statement.
 */
export function exchangeReference(turn: ConversationTurn): string {
  // "are you sure? I thought they were still negotiating": what that turn said is its claim.
  // "walk me through what happened on january 10" … "was that in the same week?": what was asked,
  // not the request around it (the rewrite had kept "Walk", and heard "it never mentions Walk").
  // "Are you sure? Biden accepted the red line, didn't he?" … "why can't the US just decide that?":
  // what it said is the claim without its tag ("… (Biden accepted the red line did not he)").
  const asked = withoutChallenge(withoutRequestAround(turn.resolvedQuestion));
  const untagged = withoutQuestionTag(asked);
  const said = withoutTruthFrame(untagged === asked ? asked : untagged.replace(/\?\s*$/, ''));
  // "what's the second one" was about the item it picked, quoted into its question.
  const picked = PICKED_ITEM.exec(said)?.[1];
  if (picked) return picked;
  const parts = questionParts(said);
  const focus = turn.referents.find((referent) => referent.role === 'focus' && referent.from === 'answer');
  // "what else did she say" asks for nothing named: "else" is no thing "that" could be.
  if (parts.asked !== '' && !/^(?:else|one|ones)$/i.test(parts.asked)) return focus && focus.kind !== 'person' ? focus.text : /^(?:the|a|an)\s/i.test(parts.asked) ? parts.asked : `the ${parts.asked}`;
  // "who is in the second stage" … "where will that be held": the stage, not "in the second stage".
  if (parts.shape === 'copula' && parts.subject !== '') return parts.subject.replace(OPENING_PREPOSITION, '');
  // "who wants ukraine kept out of nato", answered with Russia: "that (Russia wants …)", not "that
  // (wants …)", which names nobody.
  // Without the "else" of "what else did she say": "that (Wendy Sherman said)".
  return statementFrame(said, focusOf(turn) ?? turn.referents.find((referent) => referent.answersWho === true)?.text).replace(/\s+else\b/i, '');
}
