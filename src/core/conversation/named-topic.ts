/**
 * A question asked after a name that says what it is about: a correction ("no i meant sherman,
 * what did she tell them") or a new topic ("what about nato, who runs that", "and the osce? who
 * is in it"). Its pronouns are read with the named one as the newest thing said.
 */
import { BARE_QUESTION, CONFIRMATION, doubtOfParts, isWholeQuestion, SPECIFICS } from './follow-up-patterns.js';
import { isMainVerb, WH_WORDS, AUXILIARIES } from './question-form.js';
import { PRONOUNS } from './pronouns.js';
import { isExpletive } from './expletive-it.js';
import { applyEdits, referenceEdits } from './reference-edits.js';
import { turnReferents } from './referents.js';
import type { FollowUpResolution } from './resolve-follow-up.js';
import { isRoleWord } from '../answer/sentence-cues.js';
import { namesAPerson } from './person-nouns.js';
import { analyseText } from './text-analysis.js';
import type { ConversationTurn, Referent } from './types.js';

/** The mark between a topic and its question: a comma or the like, or a dash ("back to the troops — where are they?"). */
const TOPIC_MARK = String.raw`(?:[,;:?!]+|\s*[—–]+|\s-+\s)`;
/**
 * "what about nato, who runs that", "back to the meeting, how long was it": a fragment's opening
 * words, the topic, a mark, then the question. Going back to an earlier topic names it as a new one
 * does: "it" had been read as what the turn before was about ("how long was the West?").
 */
const OPENED_TOPIC = new RegExp(
  String.raw`^(?:(?:what|how) about|what of|as for|about|(?:(?:so|ok|okay|now)\s+)?(?:going |getting |coming )?back to|returning to|speaking of|regarding)\s+(.+?)\s*${TOPIC_MARK}\s*(.+)$`,
  'i',
);
/**
 * "what about biden did he say anything": chat leaves the mark out, and the question opens with a
 * helping verb and its pronoun. "he" had been read as the person the last answer named ("what
 * about biden did Jens Stoltenberg say anything").
 */
const OPENED_TOPIC_UNMARKED =
  /^(?:(?:what|how) about|what of|as for|(?:(?:so|ok|okay|now)\s+)?(?:going |getting |coming )?back to|speaking of)\s+(.+?)\s+((?:did|does|do|is|was|were|are|will|would|could|can|has|have|had)\s+(?:he|she|they|it)\b.*)$/i;
/** "(and) the osce? who is in it": after "and", the topic and a mark alone. */
const BARE_TOPIC = new RegExp(String.raw`^(.+?)\s*${TOPIC_MARK}\s*(.+)$`);
/** A topic is a name or a short phrase, never a clause. */
const MOST_TOPIC_WORDS = 5;

/** Whether a text names something: a short phrase with a noun, no verb and no question word ("really?", "source?" name nothing). */
function isTopic(text: string): boolean {
  const lower = text.toLowerCase();
  if (CONFIRMATION.test(lower) || doubtOfParts(lower) !== undefined || SPECIFICS.test(lower) || BARE_QUESTION.test(lower)) return false;
  const tokens = analyseText(text).tokens;
  return (
    tokens.length > 0 &&
    tokens.length <= MOST_TOPIC_WORDS &&
    tokens.some((token) => token.tags.has('Noun') && !token.tags.has('Pronoun')) &&
    !tokens.some((token) => isMainVerb(token) || AUXILIARIES.has(token.lower) || WH_WORDS.has(token.lower))
  );
}

/**
 * The first third-person pronoun of a question that stands for something: not the empty "it" of
 * "will it rain" ("what about the weather in lyon, will it rain" asks about no topic's rain).
 */
function firstPronoun(question: string): { start: number; end: number; text: string } | undefined {
  const lower = question.toLowerCase();
  const token = analyseText(question).tokens.find(
    (item) => PRONOUNS.has(item.lower) && PRONOUNS.get(item.lower)?.pronounCase !== 'reflexive' && !isExpletive(lower, item.start),
  );
  return token ? { start: token.start, end: token.end, text: token.text } : undefined;
}

/** Whether a question leaves something for the topic to fill: a pronoun, or a closing "that" or "this". */
const leansOnTopic = (question: string): boolean => firstPronoun(question) !== undefined || /\b(?:that|this)[?!.\s]*$/i.test(question);

/**
 * The topic and the question of a message that names a new topic, then asks about it with a
 * pronoun or a closing "that": "what about nato, who runs that", or after "and" (`continued`)
 * "the osce? who is in it". Undefined for any other message: "what about nato?" alone is a
 * fragment, and "ok really? who said that" names no topic.
 */
export function topicThenQuestion(text: string, continued: boolean): { topic: string; question: string } | undefined {
  const match = OPENED_TOPIC.exec(text) ?? OPENED_TOPIC_UNMARKED.exec(text) ?? (continued ? BARE_TOPIC.exec(text) : null);
  const topic = match?.[1] ?? '';
  let question = match?.[2] ?? '';
  // A second name for the same topic ("what about the head of NATO, the Norwegian gentleman, what
  // did he say"): the question comes after it.
  const apposition = isWholeQuestion(question) ? null : BARE_TOPIC.exec(question);
  if (apposition && isTopic(apposition[1] ?? '')) question = apposition[2] ?? '';
  // Chat asks with a statement too: "and the russian side, they want war?".
  const asked = isWholeQuestion(question) || (/^(?:he|she|they|it)\s+\S+/i.test(question) && /\?\s*$/.test(question));
  if (!match || !isTopic(topic) || !asked || !leansOnTopic(question)) return undefined;
  return { topic, question };
}

/**
 * The first pronoun of a correction's question when it is "he" or "she" and the correction names,
 * without a determiner, one to three words that no rule knows for a person ("ryabkov"), or a
 * phrase for a person ("the tass guy", "the NATO Secretary General"): the person it names.
 * Undefined when the name is known for a person (the rules read the pronoun so already) or is a
 * phrase for something else ("the russian side").
 */
function unknownPersonPronoun(name: string, question: string, referents: readonly Referent[]): { start: number; end: number; text: string } | undefined {
  const words = name.trim().split(/\s+/);
  // With an article, only a phrase for a person: "the tass guy", "the NATO Secretary General".
  const phrase = /^(?:the|a|an|that|this)$/i.test(words[0] ?? '');
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (words.length > (phrase ? 5 : 3) || /^(?:these|those|my|our|their|his|her|its)$/i.test(words[0] ?? '')) return undefined;
  if (phrase && !namesAPerson(last) && !words.some((word) => isRoleWord(word.toLowerCase()))) return undefined;
  // One referent, or a phrase with the names inside it ("the NATO Secretary General" holds NATO).
  if (referents.length === 0 || (referents.length > 1 && !phrase) || referents.some((referent) => referent.kind === 'person')) return undefined;
  const pronoun = firstPronoun(question);
  return pronoun && /^(?:he|him|his|she|her)$/i.test(pronoun.text) ? pronoun : undefined;
}

/**
 * The question with its pronouns read as the named topic first, then the earlier turns; a
 * closing "that" or "this" is the topic itself ("who runs that" → "who runs nato").
 * `corrects`: the name corrects the last question, whose passages then lend no retrieval prior.
 */
export function askedAboutNamed(name: string, question: string, turns: readonly ConversationTurn[], corrects: boolean): FollowUpResolution {
  const known = turns.flatMap((turn) => turn.referents);
  // The name stands for whatever the question's pronoun means (below); as a person phrase it would
  // outlive this turn and outrank the person its answer names ("going back to the russian guy, …").
  const referents = turnReferents({ question: name, answerSentences: [], highlights: [] }, known, { personPhrases: false });
  const named: ConversationTurn = { question: name, resolvedQuestion: name, answerSentences: [], abstained: true, passageIds: [], referents, items: [], askedAt: 0 };
  const pointed = corrects ? question : question.replace(/\b(?:that|this)(\s*[?!.]*)$/i, `${name}$1`);
  const edits = referenceEdits(pointed, [...turns, named]);
  // The topic is what the question's first pronoun means, whatever the rules would pick: "how
  // about the mayor? what did she say" (they see no woman in "the mayor"), "and the council, what
  // does it want" (they see a thing that cannot want). A correction's pronouns are read as ever.
  // A correction that names someone the tagger does not know for a person, then asks with "he" or
  // "she" ("no sorry i meant ryabkov, what did he say about the talks"): the pronoun is the name,
  // not the person the last question was about, whom the rules would otherwise pick.
  const person = corrects ? unknownPersonPronoun(name, pointed, referents) : undefined;
  const pronoun = person ?? (corrects || pointed !== question ? undefined : firstPronoun(pointed));
  if (pronoun) {
    const { start, end } = pronoun;
    const possessive = /^(?:his|its|their)$/i.test(pronoun.text) || (/^her$/i.test(pronoun.text) && /^\s+\w/.test(pointed.slice(end)) && !/^\s+(?:to|about|with|for|at|in|on)\b/i.test(pointed.slice(end)));
    const others = edits.filter((edit) => edit.end <= start || edit.start >= end);
    const referent = referents[0] && person ? { ...referents[0], kind: 'person' as const } : referents[0];
    others.push({ start, end, replacement: possessive ? `${name}'s` : name, rule: 'pronoun', ...(referent ? { referent } : {}) });
    edits.splice(0, edits.length, ...others);
  }
  return {
    text: applyEdits(pointed, edits),
    dependence: 'resolved',
    ...(corrects ? { corrects: true } : {}),
    rules: ['ellipsis', ...new Set(edits.map((edit) => edit.rule))],
    antecedents: [...edits.flatMap((edit) => (edit.referent ? [edit.referent] : [])), ...(pointed === question ? [] : referents.slice(0, 1))],
  };
}
