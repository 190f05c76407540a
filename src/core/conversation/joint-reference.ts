/**
 * The "they" of something two sides do together ("did they agree on anything", "did they get
 * anywhere"): both sides, or the talks between them, never one side alone.
 */
import { mentionsAlias, personPair, turnsNewestFirst } from './earlier-turns.js';
import type { TextAnalysis } from './text-analysis.js';
import type { Edit } from './reference-edits.js';
import type { ConversationTurn, Referent } from './types.js';
import { verbAfter } from './verb-after.js';
import { isVerbOf, JOINT_VERBS } from './verb-classes.js';

/** Head nouns (stemmed) of meetings between sides: "the talks", "the negotiations", "the summit". */
const MEETING_HEADS = new Set(['talk', 'meet', 'negoti', 'discuss', 'summit', 'session', 'round', 'dialogu', 'convers', 'confer']);

/**
 * Whether "they" at `index` is the subject of something two sides do together: "did they agree
 * on anything", "did they reach a deal", "did they get anywhere", "will they meet again".
 */
export function jointSubject(analysis: TextAnalysis, index: number): boolean {
  const { verb, at } = verbAfter(analysis, index);
  const next = analysis.tokens[at + 1]?.lower ?? '';
  // "did they agree with russia", "will they meet with nato", "did they agree to the demands": the
  // other side or the thing agreed to is named, so "they" is one side; so it is when the other
  // side is the verb's object ("where are they meeting russia", "will they meet the osce").
  const objectFirst = next === 'the' ? at + 2 : at + 1;
  const namedObject = analysis.names.some((name) => name.first === objectFirst && name.kind !== 'person') || /^(?:him|her|them|us|it)$/.test(next);
  if (isVerbOf(JOINT_VERBS, verb)) return next !== 'with' && next !== 'to' && !namedObject;
  // "get anywhere", "get far", "make progress", "come to an agreement".
  return (
    ((verb === 'get' || verb === 'got' || verb === 'gotten') && /^(?:anywhere|somewhere|far|closer)$/.test(next)) ||
    ((verb === 'make' || verb === 'made') && /^(?:progress|headway|a|any)$/.test(next)) ||
    ((verb === 'come' || verb === 'came') && next === 'to')
  );
}

/**
 * What the "they" of a joint action stands for: the two sides the newest exchange that names a
 * country or body names ("the US and Russia"), or else the meeting between them the conversation
 * was about ("the talks"). Never one side alone: "did they get anywhere" had become "did the US
 * get anywhere".
 */
export function jointReferent(analysis: TextAnalysis, turns: readonly ConversationTurn[]): { text: string; referent: Referent } | undefined {
  const sides = twoSides(analysis, turns);
  if (sides) return sides;
  // "who led the russian side" … "who led the us one" … "did they agree": the two people.
  const pair = twoPeople(analysis, turns);
  if (pair) return pair;
  for (const turn of [...turnsNewestFirst(turns)].slice(0, 3)) {
    // Not a word the question itself uses for the act: "i thought they were still negotiating" is no
    // "negotiating was still negotiating".
    const meeting = turn.referents.find((referent) => referent.kind === 'thing' && MEETING_HEADS.has(referent.head) && !mentionsAlias(analysis.text, referent));
    if (meeting) return { text: meeting.text, referent: meeting };
    // The tagger reads "talks" in "when were the geneva talks" as a verb: the phrase as written.
    const written = MEETING_PHRASE.exec(turn.resolvedQuestion)?.[0];
    if (written) return { text: written, referent: { text: written, kind: 'thing', plural: true, aliases: [written.toLowerCase()], head: 'talk', role: 'mention', from: 'question', echoed: false } };
  }
  return undefined;
}

/**
 * The two countries or bodies the conversation is about: the two the last question named together
 * ("what did sherman and ryabkov discuss"), or else the two sides the newest exchange that names a
 * country or body names ("the US and Russia").
 */
function twoSides(analysis: TextAnalysis, turns: readonly ConversationTurn[]): { text: string; referent: Referent } | undefined {
  const side = (referent: Referent): boolean => (referent.kind === 'organization' || referent.collective === true) && !mentionsAlias(analysis.text, referent);
  // The two the last question named together come first; the sides its answer names may be others.
  const together = namedTogether(turns, analysis);
  for (const turn of [...turnsNewestFirst(turns)].slice(0, 2)) {
    const sides = turn.referents.filter(side);
    if (sides.length === 0) continue;
    const [first, second] = sides;
    if (together && !(first && second && mentionsAlias(together.text, first) && mentionsAlias(together.text, second))) break;
    if (first && second) return { text: `${first.text} and ${second.text}`, referent: first };
    break;
  }
  return together ? { text: together.text, referent: together } : undefined;
}

/**
 * What "they both" stands for: the two people the last two exchanges were about, or else the two
 * sides; never the meeting between them, which a "both" cannot be.
 */
export function bothReferent(analysis: TextAnalysis, turns: readonly ConversationTurn[]): { text: string; referent: Referent } | undefined {
  return twoPeople(analysis, turns) ?? twoSides(analysis, turns);
}

/** The two people the last two exchanges were about ("who led the russian side" … "and the us one"). */
function twoPeople(analysis: TextAnalysis, turns: readonly ConversationTurn[]): { text: string; referent: Referent } | undefined {
  const pair = personPair(turns);
  if (!pair || pair.some((person) => mentionsAlias(analysis.text, person))) return undefined;
  return { text: `${pair[0].text} and ${pair[1].text}`, referent: pair[0] };
}

/**
 * The first two names the last answer gave for a question that asked for several ("which former
 * soviet states does russia want kept out of nato" … "namely Georgia" … "if Ukraine becomes a
 * member"), that the question did not name itself: what "those two" then means, not the question's
 * own Russia and NATO.
 */
function twoAnswered(analysis: TextAnalysis, turns: readonly ConversationTurn[]): { text: string; referent: Referent } | undefined {
  const newest: ConversationTurn | undefined = turnsNewestFirst(turns).next().value ?? undefined;
  // A plural noun after "which" or "what", not a verb ("what does russia want").
  if (!newest || !/^\s*(?:which|what)\s+(?!(?:does|is|was|has|this)\b)(?:[a-z-]+\s+){0,3}?(?!(?:does|is|was|has|this)\b)[a-z-]+s\b/i.test(newest.resolvedQuestion)) return undefined;
  const asked = newest.resolvedQuestion;
  const given = newest.referents.filter((referent) => referent.from === 'answer' && referent.kind !== 'thing' && !mentionsAlias(asked, referent) && !mentionsAlias(analysis.text, referent));
  const [first, second] = given;
  return first && second ? { text: `${first.text} and ${second.text}`, referent: first } : undefined;
}

/** Plural nouns for people ("those two men", "both officials"). */
const PEOPLE_NOUNS = /^(?:men|women|guys|people|persons|officials|diplomats|negotiators|leaders|ministers|heads|envoys|delegates|gentlemen|ladies|individuals)$/;
/** Plural nouns for the sides of a dispute ("both sides", "those two delegations"). */
const SIDE_NOUNS = /^(?:countries|nations|sides|states|powers|superpowers|governments|parties|delegations|teams|camps|blocs)$/;
/** Plural nouns for countries alone: "these two countries" are never a country and an alliance. */
const COUNTRY_NOUNS = /^(?:countries|nations|states)$/;

/**
 * The two countries the last two exchanges name, their questions' first, newest first ("which
 * former soviet state besides ukraine …" → Georgia, "has georgia applied to join nato" … "these
 * two countries" → Georgia and Ukraine, not Georgia and NATO, nor the Russia its answer named).
 */
function twoCountries(analysis: TextAnalysis, turns: readonly ConversationTurn[]): { text: string; referent: Referent } | undefined {
  const recent = [...turnsNewestFirst(turns)].slice(0, 2);
  const named = [...recent.flatMap((turn) => turn.referents.filter((referent) => referent.from === 'question')), ...recent.flatMap((turn) => turn.referents.filter((referent) => referent.from === 'answer'))];
  const countries: Referent[] = [];
  for (const referent of named) {
    if (referent.kind !== 'place' || referent.collective !== true || mentionsAlias(analysis.text, referent)) continue;
    if (!countries.some((known) => mentionsAlias(known.text, referent) || mentionsAlias(referent.text, known))) countries.push(referent);
  }
  const [first, second] = countries;
  return first && second ? { text: `${first.text} and ${second.text}`, referent: first } : undefined;
}

/**
 * "those two countries", "these 2 men", "both sides", "those two": the pair the conversation
 * named, the two sides or the two people, as the noun says. Read as a pronoun, "those" had taken
 * the last exchange as a whole ("what do those (the US met in geneva) two countries want"), and
 * "both countries" was asked as it stood, of an article that never writes it.
 */
export function pairEdit(analysis: TextAnalysis, index: number, turns: readonly ConversationTurn[]): Edit | undefined {
  const { tokens } = analysis;
  const token = tokens[index];
  if (!token || !/^(?:these|those|both)$/.test(token.lower)) return undefined;
  const counted = token.lower !== 'both' && /^(?:two|2)$/.test(tokens[index + 1]?.lower ?? '');
  if (token.lower !== 'both' && !counted) return undefined;
  const noun = tokens[index + (counted ? 2 : 1)];
  const people = noun !== undefined && PEOPLE_NOUNS.test(noun.lower);
  const sides = noun !== undefined && SIDE_NOUNS.test(noun.lower);
  // "both" alone is too loose ("both want it"); "those two" alone means whichever pair was named.
  if (!people && !sides && !counted) return undefined;
  // "those two stages", "those 2 meetings": two things the earlier phrase with that noun names
  // (definite-reference rules), not the two sides ("where will Russia and NATO stages take place").
  if (counted && !people && !sides && noun?.tags.has('Noun') === true && !noun.tags.has('Pronoun')) return undefined;
  const countries = sides && COUNTRY_NOUNS.test(noun.lower);
  const pair = people
    ? twoPeople(analysis, turns)
    : countries
      ? twoCountries(analysis, turns)
      : sides
        ? twoSides(analysis, turns)
        : (twoAnswered(analysis, turns) ?? twoSides(analysis, turns) ?? twoPeople(analysis, turns));
  const last = people || sides ? noun : tokens[index + 1];
  if (!last) return undefined;
  // No pair named, as when an answer wrote "the Russian delegation": "the two countries", as the
  // article may write it, rather than a demonstrative nothing stands for.
  if (!pair) return counted && last === noun ? { start: token.start, end: token.end, replacement: 'the', rule: 'definite' } : undefined;
  // "those two countries' demands": the pair's possessive.
  const possessive = analysis.text.startsWith("'", last.end) && !analysis.text.startsWith("'s", last.end);
  return { start: token.start, end: possessive ? last.end + 1 : last.end, replacement: possessive ? `${pair.text}'s` : pair.text, rule: 'pronoun', referent: pair.referent };
}

/**
 * Two people, countries or bodies the newest question names joined by "and" ("sherman and
 * ryabkov"), kept as one plural referent, unless the question being read names them itself.
 */
function namedTogether(turns: readonly ConversationTurn[], analysis: TextAnalysis): Referent | undefined {
  const newest: ConversationTurn | undefined = turnsNewestFirst(turns).next().value ?? undefined;
  if (!newest) return undefined;
  return newest.referents.find(
    (referent) =>
      referent.plural &&
      referent.from === 'question' &&
      /\sand\s/i.test(referent.text) &&
      !mentionsAlias(analysis.text, referent) &&
      newest.referents.filter((other) => other !== referent && other.kind !== 'thing' && mentionsAlias(referent.text, other)).length >= 2,
  );
}

/**
 * "the geneva talks", "the first meeting", "these negotiations", "the second and third rounds", as
 * a question writes them.
 */
export const MEETING_PHRASE = /\b(?:the|these|those) (?:[a-z-]+ (?:and [a-z-]+ )?){0,2}?(?:talks|meetings?|negotiations|discussions|summit|sessions?|rounds?|conference)\b/i;
