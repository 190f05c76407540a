/**
 * Verbs that tell what a pronoun next to them can stand for: "how long did it last" (an event),
 * "why does it want that" (someone who acts), "will nato accept it" (a thing said or written),
 * "who said so" (what was just said). Matched in any form: "lasted", "took", "denies", "said".
 */
import { IRREGULAR_VERBS } from '../text/irregular-verbs.js';
import { stem } from '../text/terms.js';

/** A set of verbs: the keys their forms reduce to, worked out on first use (not at start-up). */
export type VerbClass = () => ReadonlySet<string>;

function verbClass(bases: readonly string[]): VerbClass {
  let keys: Set<string> | undefined;
  return () => {
    if (!keys) {
      keys = new Set<string>();
      for (const base of bases) for (const form of [base, `${base}s`, `${base}ed`]) keys.add(stem(form));
      for (const [form, base] of IRREGULAR_VERBS) if (bases.includes(base)) keys.add(form);
    }
    return keys;
  };
}

/** Whether a (lower-case) word is a form of one of the class's verbs. */
export function isVerbOf(verbs: VerbClass, word: string): boolean {
  if (word === '') return false;
  const keys = verbs();
  return keys.has(word) || keys.has(stem(word));
}

/** Verbs whose subject is an event or an action: "it lasted", "did it start", "did it work". */
export const EVENT_VERBS = verbClass(['last', 'take', 'start', 'begin', 'end', 'finish', 'happen', 'occur', 'conclude', 'resume', 'work', 'succeed', 'fail']);

/** Verbs whose subject acts: "why does it want that", "what do they say". */
const AGENT_BASES = ['want', 'say', 'think', 'believe', 'demand', 'plan', 'threaten', 'reject', 'accept', 'agree', 'refuse', 'insist', 'propose', 'fear', 'decide', 'claim', 'deny'];
export const AGENT_VERBS = verbClass(AGENT_BASES);

/**
 * Verbs whose subject usually acts, though it may be a thing too ("did it give them one" can be
 * the government): a country is then as likely a "they" as a body ("did they get it", "when would
 * they impose them"), but nothing is ruled out.
 */
export const ACTING_VERBS = verbClass([
  ...AGENT_BASES,
  'get', 'send', 'impose', 'offer', 'give', 'withdraw', 'announce', 'sign', 'invade', 'attack', 'deploy', 'listen', 'respond', 'react', 'expect', 'hope', 'try', 'tell', 'ask', 'admit',
]);

/** Verbs whose object is a thing said or written: "accept it", "discuss them", "agree to it". */
export const THING_OBJECT_VERBS = verbClass([
  'accept', 'reject', 'propose', 'discuss', 'sign', 'approve', 'oppose', 'consider', 'present', 'submit', 'receive', 'deny', 'agree', 'respond', 'react', 'object', 'consent',
  // What is sent, got, offered or imposed: "when did they send it", "did they get it", "would they impose them".
  'send', 'get', 'admit', 'offer', 'give', 'withdraw', 'impose', 'lift', 'announce', 'publish', 'release', 'explain', 'justify',
  // What is said or reported is a statement: "when did he say it", "which outlet reported it".
  'say', 'report', 'mention', 'write', 'repeat', 'confirm', 'quote', 'claim', 'hear',
  // What is described, or thought or spoken of, is what the exchange was about, never who spoke of
  // it: "how did ryabkov describe it", "how did he put it", "what does russia think of it".
  'describe', 'call', 'put', 'phrase', 'word', 'characterize', 'characterise', 'summarize', 'summarise', 'comment', 'think', 'feel', 'view',
  // What is set off is an event or a measure, never who sets it off: "what would trigger it", "what caused them".
  'trigger', 'cause', 'spark', 'provoke', 'prompt', 'prevent', 'avert',
]);

/** Verbs after which "so" stands for what was just said: "who said so", "does he think so". */
export const SAYING_VERBS = verbClass(['say', 'think', 'believe', 'claim', 'suggest', 'hope', 'expect']);

/**
 * Verbs of what two sides do together: "did they agree on anything", "did they reach a deal",
 * "will they meet again". Their "they" is both sides, or the talks between them.
 */
export const JOINT_VERBS = verbClass(['agree', 'disagree', 'meet', 'negotiate', 'compromise', 'settle', 'reach', 'talk', 'progress']);

/** Phrasal verbs whose subject is an event ("how long did they go on", "when did it kick off"), by verb and particle. */
const EVENT_PHRASALS: ReadonlyArray<[VerbClass, string]> = [
  [verbClass(['go', 'drag', 'carry']), 'on'],
  [verbClass(['kick']), 'off'],
  [verbClass(['wrap']), 'up'],
  [verbClass(['break']), 'down'],
  [verbClass(['fall']), 'through'],
  [verbClass(['fall']), 'apart'],
];

/** Whether a verb and the word after it are an event's phrasal verb: "go on", "kick off", "break down". */
export function isEventPhrasal(verb: string, particle: string): boolean {
  return EVENT_PHRASALS.some(([verbs, wanted]) => particle === wanted && isVerbOf(verbs, verb));
}

/** Verbs of armed force, and the noun of their act: one act, whichever word tells it ("invade", "an invasion", "attack"). */
const ARMED_FORCE = verbClass(['invade', 'invasion', 'attack', 'strike']);

/**
 * Whether two (lower-case) words tell one act: forms of one verb ("invade", "invaded"; "say",
 * "said"), or words of armed force ("attack" and "invading"): who was said to do the one does the other.
 */
export function isSameAct(verb: string, word: string): boolean {
  if (verb === '' || word === '') return false;
  if (isVerbOf(ARMED_FORCE, verb)) return isVerbOf(ARMED_FORCE, word);
  // The stem of the form and of its base: "said" is "say", and stems like "says" ("sai").
  const keys = (form: string): string[] => [stem(form), stem(IRREGULAR_VERBS.get(form) ?? form)];
  const wordKeys = keys(word);
  return keys(verb).some((key) => wordKeys.includes(key));
}
