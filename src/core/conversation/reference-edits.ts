/**
 * The rules that rewrite part of a follow-up from the earlier turns: pronouns, "this meeting",
 * a bare "that" or "so", and, from pick-edits.ts, "the second one", "which one" and a closing
 * "there" (see resolveFollowUp for the whole set).
 */
import { withPronounGender } from './known-genders.js';
import { definiteEdit, opensClause, pronominalDemonstrative, referringPosition, subjectAfterPredicate, subjectBeforeVerb } from './demonstratives.js';
import { isExpletive } from './expletive-it.js';
import { antecedent, exchangeReference, mentionsAlias, personPair, previousExchange } from './earlier-turns.js';
import { eachOneEdit, locativeEdit, oneEdit, ordinalEdit, otherEdit, whichOneEdit } from './pick-edits.js';
import { agrees, PRONOUNS, replacementFor, type PronounClass } from './pronouns.js';
import { ACTING_VERBS, AGENT_VERBS, EVENT_VERBS, isEventPhrasal, isVerbOf, SAYING_VERBS, THING_OBJECT_VERBS } from './verb-classes.js';
import { analyseText, type TextAnalysis } from './text-analysis.js';
import { bothReferent, jointReferent, jointSubject, pairEdit } from './joint-reference.js';
import { verbAfter } from './verb-after.js';
import { agreementEdits } from './verb-agreement.js';
import { doerOfSameAct } from './same-act.js';
import { processOfPlural } from './plural-process.js';
import { isMainVerb } from './question-form.js';
import type { ConversationTurn, Referent } from './types.js';
import { ORDINAL_PLACES } from '../text/ordinals.js';

/** Which rule rewrote part of a question. */
export type ResolutionRule = 'pronoun' | 'demonstrative' | 'definite' | 'ordinal' | 'ellipsis' | 'more' | 'source';

/** One rewrite of a span of the question. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
  rule: ResolutionRule;
  referent?: Referent;
}

const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
/** "any of it", "all of it": "it" is a thing with parts. */
const QUANTIFIERS = new Set(['any', 'all', 'some', 'none', 'part', 'most', 'much']);
function namesPersonBefore(analysis: TextAnalysis, index: number, turns: readonly ConversationTurn[]): boolean {
  if (analysis.names.some((name) => name.kind === 'person' && name.last < index)) return true;
  const before = analysis.text.slice(0, analysis.tokens[index]?.start ?? 0);
  return turns.some((turn) => turn.referents.some((referent) => referent.kind === 'person' && mentionsAlias(before, referent)));
}

/**
 * Whether the question names, before a possessive "its" or "their" at `index`, something the
 * possessive can belong to: "what are washington and its allies doing", "what does nato say about
 * its open door policy". The possessive then points inside the question and is left as asked.
 */
function namesOwnerBefore(analysis: TextAnalysis, index: number, pronounClass: PronounClass, turns: readonly ConversationTurn[]): boolean {
  // "their" belongs to a plural named before it ("the fishermen … their boats"; "does norway accept
  // their demands" is someone else's); "its" to a country, body or place named before it.
  if (pronounClass === 'plural') {
    return analysis.nounPhrases.some((phrase) => phrase.last < index && phrase.plural && !PRONOUNS.has(analysis.tokens[phrase.first]?.lower ?? ''));
  }
  if (analysis.names.some((name) => name.last < index && name.kind !== 'person')) return true;
  const before = analysis.text.slice(0, analysis.tokens[index]?.start ?? 0);
  return turns.some((turn) => turn.referents.some((referent) => referent.kind !== 'thing' && agrees(referent, pronounClass) && mentionsAlias(before, referent)));
}

/**
 * Whether a subject "it" at `index` follows a verb of saying or thinking whose subject, a body or
 * country, the question names before it: "has the US said what it would do", "who does the us say
 * it won't decide without". When "it" acts, it is that speaker again, as "he" is in "does putin
 * think he can win", and is left as asked.
 */
function reportsSpeakerBefore(analysis: TextAnalysis, index: number, pronounClass: PronounClass, turns: readonly ConversationTurn[]): boolean {
  const saying = analysis.tokens.findIndex((token, at) => at < index && isVerbOf(SAYING_VERBS, token.lower));
  if (saying <= 0) return false;
  // "what did the US say they'd do": a country or body speaks of itself as "they" too.
  if (pronounClass === 'plural' && analysis.names.some((name) => name.last < saying && name.kind !== 'person')) return true;
  return namesOwnerBefore(analysis, saying, pronounClass, turns);
}

/**
 * Whether the message's first clause, set off by a comma or semicolon before the pronoun at
 * `index`, opens with what the pronoun stands for: "US is head of nato, so it can decide alone?",
 * "russia wants guarantees, but will they get them?", "nato and osce, they meet russia together?".
 * The pronoun then points inside the message and is left as asked; it had taken an earlier turn's
 * Geneva, or "the US". Only a clause that opens with its subject: "after the talks, what did they
 * say" still asks about the people of the last exchange.
 */
function namedByFirstClause(analysis: TextAnalysis, index: number, pronounClass: PronounClass): boolean {
  const start = analysis.tokens[index]?.start ?? 0;
  const comma = Math.max(analysis.text.lastIndexOf(',', start), analysis.text.lastIndexOf(';', start));
  if (comma <= 0) return false;
  const first = analysis.names.find((name) => name.first === 0 && (analysis.tokens[name.last]?.end ?? Infinity) <= comma);
  switch (pronounClass) {
    case 'male':
    case 'female':
      return first?.kind === 'person';
    case 'neuter':
      return first !== undefined && first.kind !== 'person';
    case 'plural': {
      const phrase = analysis.nounPhrases.find((item) => item.first === 0 && (analysis.tokens[item.last]?.end ?? Infinity) <= comma);
      return (first !== undefined && first.kind !== 'person') || (phrase?.plural === true && !PRONOUNS.has(analysis.tokens[0]?.lower ?? ''));
    }
    default:
      return false;
  }
}

function pronounEdit(
  analysis: TextAnalysis,
  index: number,
  turns: readonly ConversationTurn[],
  taken: ReadonlyMap<string, { pronounClass: string; pronounCase: string }>,
): Edit | undefined {
  const token = analysis.tokens[index];
  const entry = token ? PRONOUNS.get(token.lower) : undefined;
  if (!token || !entry || entry.pronounCase === 'reflexive') return undefined;
  const lower = analysis.text.toLowerCase();
  if ((token.lower === 'it' || token.lower === 'they') && isExpletive(lower, token.start)) return undefined;
  const { pronounClass } = entry;
  if (namedByFirstClause(analysis, index, pronounClass)) return undefined;
  const next = analysis.tokens[index + 1];
  const possessive =
    entry.pronounCase === 'possessive' ||
    (token.lower === 'her' && next !== undefined && (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Pronoun'));
  // "washington and its allies": the owner is named just before.
  if (possessive && (pronounClass === 'neuter' || pronounClass === 'plural') && namesOwnerBefore(analysis, index, pronounClass, turns)) return undefined;
  // "does putin think he can win": he is the person the question already names. Not so for
  // "him" or "her" as an object: "does sherman agree with him" means someone else.
  const objectCase = entry.pronounCase === 'object' && !possessive;
  if ((pronounClass === 'male' || pronounClass === 'female') && !objectCase && namesPersonBefore(analysis, index, turns)) return undefined;
  // "why do they want it": two pronouns of different classes are two different things; and so are
  // a subject and an object of one class ("when would they impose them": not the sanctions twice;
  // that would be "themselves"). "did they change their minds" is one.
  const subjectAndObject = (other: string): boolean =>
    (other === 'subject' && entry.pronounCase === 'object') || (other === 'object' && entry.pronounCase === 'subject');
  const otherwise = new Set(
    [...taken].filter(([, usedBy]) => usedBy.pronounClass !== pronounClass || subjectAndObject(usedBy.pronounCase)).map(([text]) => text),
  );
  // "how long did it last", "when did they start": what lasts, starts or ends is an event, never a
  // place, body or person; what wants, says or rejects is one of those, never a thing.
  // And what is accepted, rejected or discussed is a thing: "will nato accept it".
  // The verb is found past modals and adverbs ("they would accept", "they'd never accept"); in the
  // passive ("is it feared to …", "was it rejected") the pronoun is what the verb is done to.
  const { verb: subjectOf, at, passive } = token.lower === 'it' || token.lower === 'they' ? verbAfter(analysis, index) : { verb: '', at: index, passive: false };
  // "how long did they go on for": "go on" lasts, as "last" does.
  const eventPhrasal = isEventPhrasal(subjectOf, analysis.tokens[at + 1]?.lower ?? '');
  // ("agree to it", "any of it": a thing too.)
  const before = analysis.tokens[index - 1]?.lower ?? '';
  // ("say about it", "think of it", "comment on it": the verb's object too.)
  const objectOf = token.lower === 'it' || token.lower === 'them' ? (['to', 'about', 'of', 'on'].includes(before) ? (analysis.tokens[index - 2]?.lower ?? '') : before) : '';
  const partOf = token.lower === 'it' && before === 'of' && QUANTIFIERS.has(analysis.tokens[index - 2]?.lower ?? '');
  const agent = !passive && isVerbOf(ACTING_VERBS, subjectOf);
  // "has the US said what it would do", "what did the US say they'd do": the speaker, acting again
  // (not "does russia think it is fair").
  if ((token.lower === 'it' || token.lower === 'they') && entry.pronounCase === 'subject' && (agent || subjectOf === 'do') && reportsSpeakerBefore(analysis, index, pronounClass, turns)) return undefined;
  // "how long did it go", "how long was it": what has a length in time is an event too, whatever the verb.
  const lasting = token.lower === 'it' && entry.pronounCase === 'subject' && /^\s*how\s+long\b/i.test(analysis.text);
  const fits =
    isVerbOf(EVENT_VERBS, subjectOf) || eventPhrasal || lasting || isVerbOf(THING_OBJECT_VERBS, objectOf) || partOf || (passive && isVerbOf(THING_OBJECT_VERBS, subjectOf))
      ? (item: Referent) => item.kind === 'thing'
      : !passive && isVerbOf(AGENT_VERBS, subjectOf)
        ? (item: Referent) => item.kind !== 'thing'
        : undefined;
  // "did they agree on anything": both sides, or the talks between them; "they both …": the two
  // people or sides.
  const both = token.lower === 'they' && analysis.tokens[index + 1]?.lower === 'both';
  if (token.lower === 'they' && (both || jointSubject(analysis, index))) {
    const joint = both ? bothReferent(analysis, turns) : jointReferent(analysis, turns);
    if (joint) return { start: token.start, end: token.end, replacement: joint.text, rule: 'pronoun', referent: joint.referent };
    // "they both …" is never one thing: with no pair named, it is left as asked (it had become
    // "Russia both agree on something or not?").
    if (both) return undefined;
  }
  // "did russia say it won't invade" … "what would nato do if they do attack": whoever an earlier
  // turn said does the act, before whatever the last question was about.
  const doer = agent ? doerOfSameAct(turns, subjectOf, pronounClass, analysis.text, otherwise) : undefined;
  if (doer) return { start: token.start, end: token.end, replacement: replacementFor(doer, possessive ? 'possessive' : 'subject'), rule: 'pronoun', referent: withPronounGender(doer, pronounClass) };
  // "who is sherman" … "who is ryabkov" … "which of them leads the us side": the two of them.
  // Not when one of them is already another pronoun of the question ("what did she tell them").
  const pair = pronounClass === 'plural' && !fits ? personPair(turns) : undefined;
  if (pair && !pair.some((person) => mentionsAlias(analysis.text, person) || taken.has(person.text))) {
    const [first, second] = pair;
    const both = possessive ? `${first.text} and ${second.text}'s` : `${first.text} and ${second.text}`;
    // "either of them" → "either Sherman or Ryabkov", "the two of them" → "Sherman and Ryabkov".
    const of = token.lower === 'them' ? quantifiedPair(analysis, index, first.text, second.text) : undefined;
    if (of) return { start: of.start, end: token.end, replacement: of.replacement, rule: 'pronoun', referent: first };
    return { start: token.start, end: token.end, replacement: both, rule: 'pronoun', referent: first };
  }
  // "what was in it", "would they accept it", "how will it be discussed": an "it" that something
  // is done to. Not the subject of an active verb ("isn't it the head of nato" goes on about the
  // last subject), nor "its", whose owner is someone.
  const previousToken = analysis.tokens[index - 1];
  const objectPosition = previousToken !== undefined && (previousToken.tags.has('Preposition') || isMainVerb(previousToken));
  const actedOn = token.lower === 'it' && (passive || objectPosition);
  const found = antecedent(turns, pronounClass, analysis.text, otherwise, fits, agent, actedOn);
  // "it" after an exchange about the troops, which "it" cannot be: what the answer said of them
  // ("the buildup of Russian troops"), one thing. It stands for the question's own subject matter,
  // so it comes before a place the answer only named ("how serious is it" is not Europe).
  const lastExchange = previousExchange(turns);
  const process = token.lower === 'it' && !possessive && !agent && lastExchange ? processOfPlural(lastExchange) : undefined;
  const processFits = process !== undefined && (!fits || fits(process)) && !mentionsAlias(analysis.text, process);
  const referent = processFits && (!found || (found.from === 'answer' && lastExchange?.referents.includes(found) === true)) ? process : found;
  if (!referent) return undefined;
  // "he" or "she" tells the person's gender, which a later pronoun must agree with (known-genders.ts).
  return { start: token.start, end: token.end, replacement: replacementFor(referent, possessive ? 'possessive' : 'subject'), rule: 'pronoun', referent: withPronounGender(referent, pronounClass) };
}

/**
 * "either of them", "neither of them", "both of them", "the two of them" for a pair of people:
 * where the phrase starts, and the pair as the phrase puts it ("either A or B"), or undefined.
 */
function quantifiedPair(analysis: TextAnalysis, index: number, first: string, second: string): { start: number; replacement: string } | undefined {
  const word = (offset: number): string => analysis.tokens[index - offset]?.lower ?? '';
  if (word(1) !== 'of') return undefined;
  const at = (offset: number): number => analysis.tokens[index - offset]?.start ?? 0;
  switch (word(2)) {
    case 'either':
      return { start: at(2), replacement: `either ${first} or ${second}` };
    case 'neither':
      return { start: at(2), replacement: `neither ${first} nor ${second}` };
    case 'both':
      return { start: at(2), replacement: `both ${first} and ${second}` };
    case 'two':
    case '2':
      return word(3) === 'the' ? { start: at(3), replacement: `${first} and ${second}` } : undefined;
    default:
      return undefined;
  }
}

/** The text with the edits applied (they never overlap). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.replacement + result.slice(edit.end);
  }
  return result;
}

/** Words that pick an item by its place ("the second one", "the last demand", "#2"). */
const ORDINAL_PICK = new RegExp(String.raw`\b(?:${ORDINAL_PLACES.map(([word]) => word).join('|')})\b|#\d`, 'i');
/** How many exchanges back a picked item is still what "it" means. */
const ITEM_TURNS = 2;

/**
 * "what were russia's demands" … "explain the second one" … "what did the us say to it": an "it"
 * no referent agrees with is the list item the last exchanges picked, put after it in brackets as
 * "that" is. No single thing had been named ("the demands" are many), so "it" was left as it
 * stood and the answer was about the first demand, not the second.
 */
function pickedItemEdit(analysis: TextAnalysis, index: number, turns: readonly ConversationTurn[]): Edit | undefined {
  const token = analysis.tokens[index];
  if (!token || token.lower !== 'it' || isExpletive(analysis.text.toLowerCase(), token.start)) return undefined;
  // A pick puts the item in (`the second one ("…")`, or a short one in its place), and a "that"
  // after it the item whole, in brackets; an item that only occurs in a rewrite is no pick.
  const items = [...new Set(turns.flatMap((turn) => turn.items))].sort((a, b) => b.length - a.length);
  for (const turn of turns.slice(-ITEM_TURNS).reverse()) {
    const asked = turn.resolvedQuestion.toLowerCase();
    const picks = ORDINAL_PICK.test(turn.question);
    const item = items.find((candidate) => (picks && asked.includes(candidate.toLowerCase())) || asked.includes(`(${candidate.toLowerCase()})`));
    if (item !== undefined) return { start: token.start, end: token.end, replacement: `it (${item})`, rule: 'demonstrative' };
  }
  return undefined;
}

/** Rewrites pronouns, "this meeting", "that" and "the second one" from the earlier turns. */
export function referenceEdits(text: string, turns: readonly ConversationTurn[]): Edit[] {
  const analysis = analyseText(text);
  const previous = previousExchange(turns);
  const edits: Edit[] = [];
  // Which pronoun class took which referent.
  const taken = new Map<string, { pronounClass: string; pronounCase: string }>();
  const covered = (index: number): boolean => {
    const start = analysis.tokens[index]?.start ?? -1;
    return edits.some((edit) => start >= edit.start && start < edit.end);
  };
  analysis.tokens.forEach((token, index) => {
    if (covered(index)) return;
    const locative = locativeEdit(analysis, index, turns);
    if (locative) {
      edits.push(locative);
      return;
    }
    const which = whichOneEdit(analysis, index, turns);
    if (which) {
      edits.push(which);
      return;
    }
    const pair = pairEdit(analysis, index, turns);
    if (pair) {
      edits.push(pair);
      return;
    }
    const ordinal = ordinalEdit(analysis, index, turns) ?? otherEdit(analysis, index, turns) ?? eachOneEdit(analysis, index, turns) ?? oneEdit(analysis, index, turns);
    if (ordinal) {
      edits.push(ordinal);
      return;
    }
    // "who said so": "so" after a verb of saying or thinking is what the previous exchange said.
    if (token.lower === 'so' && isVerbOf(SAYING_VERBS, analysis.tokens[index - 1]?.lower ?? '') && index === analysis.tokens.length - 1) {
      const reference = previous ? exchangeReference(previous) : '';
      if (reference !== '') edits.push({ start: token.start, end: token.end, replacement: `so (${reference})`, rule: 'demonstrative' });
      return;
    }
    if (DEMONSTRATIVES.has(token.lower)) {
      const before = analysis.tokens[index - 1];
      const after = analysis.tokens[index + 1];
      // "whos the us prez in this": a closing "in this" is the article, not the last exchange.
      if (token.lower === 'this' && before?.lower === 'in' && after === undefined) return;
      if (pronominalDemonstrative(before, after) || subjectBeforeVerb(analysis, index) || subjectAfterPredicate(analysis, index)) {
        const reference = previous ? exchangeReference(previous) : '';
        if (reference !== '') edits.push({ start: token.start, end: token.end, replacement: `${token.text} (${reference})`, rule: 'demonstrative' });
      } else if (after?.tags.has('Noun') && (token.lower !== 'that' || referringPosition(before, after) || !opensClause(analysis, index + 1))) {
        const definite = definiteEdit(analysis, index, turns);
        if (definite) edits.push(definite);
      }
      return;
    }
    const pronoun = pronounEdit(analysis, index, turns, taken) ?? pickedItemEdit(analysis, index, turns);
    const entry = PRONOUNS.get(token.lower);
    if (pronoun?.referent && entry) taken.set(pronoun.referent.text, entry);
    if (pronoun) edits.push(pronoun, ...agreementEdits(analysis, index, pronoun.replacement, pronoun.referent));
  });
  return edits;
}
