/**
 * The "they" of something two sides do together ("did they agree on anything", "did they get
 * anywhere"): both sides, or the talks between them, never one side alone.
 */
import { mentionsAlias, personPair, turnsNewestFirst } from './earlier-turns.js';
import type { TextAnalysis } from './text-analysis.js';
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
  const side = (referent: Referent): boolean => (referent.kind === 'organization' || referent.collective === true) && !mentionsAlias(analysis.text, referent);
  // "what did sherman and ryabkov discuss" … "did they come to an agreement": the two the last
  // question named together come first; the sides its answer names may be others ("the US and Russia").
  const together = namedTogether(turns, analysis);
  for (const turn of [...turnsNewestFirst(turns)].slice(0, 2)) {
    const sides = turn.referents.filter(side);
    if (sides.length === 0) continue;
    const [first, second] = sides;
    if (together && !(first && second && mentionsAlias(together.text, first) && mentionsAlias(together.text, second))) break;
    if (first && second) return { text: `${first.text} and ${second.text}`, referent: first };
    break;
  }
  if (together) return { text: together.text, referent: together };
  // "who led the russian side" … "who led the us one" … "did they agree": the two people.
  const pair = personPair(turns);
  if (pair && !pair.some((person) => mentionsAlias(analysis.text, person))) return { text: `${pair[0].text} and ${pair[1].text}`, referent: pair[0] };
  for (const turn of [...turnsNewestFirst(turns)].slice(0, 3)) {
    const meeting = turn.referents.find((referent) => referent.kind === 'thing' && MEETING_HEADS.has(referent.head));
    if (meeting) return { text: meeting.text, referent: meeting };
    // The tagger reads "talks" in "when were the geneva talks" as a verb: the phrase as written.
    const written = MEETING_PHRASE.exec(turn.resolvedQuestion)?.[0];
    if (written) return { text: written, referent: { text: written, kind: 'thing', plural: true, aliases: [written.toLowerCase()], head: 'talk', role: 'mention', from: 'question', echoed: false } };
  }
  return undefined;
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
