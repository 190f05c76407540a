/**
 * "did russia say it won't invade" … "does the bbc believe that" … "what would nato do if they do
 * attack": a pronoun that acts stands for whoever an earlier question said does that act, not for
 * what the last question happened to be about (the BBC). The doer is the name in the subject's
 * place before a form of the same verb (or a word of armed force: "attack" after "invade").
 */
import { mentionsAlias, turnsNewestFirst } from './earlier-turns.js';
import { agrees, PRONOUNS, type PronounClass } from './pronouns.js';
import { analyseText, type TextAnalysis } from './text-analysis.js';
import type { ConversationTurn, Referent } from './types.js';
import { isSameAct } from './verb-classes.js';
import { findWords } from '../text/whole-words.js';

/**
 * The earlier referent an earlier question (as answered) said does the act `verb` tells, newest
 * turn first, that a pronoun of this class can stand for and that `question` does not name itself
 * nor `taken` holds; undefined when no earlier question tells the act with its doer.
 */
export function doerOfSameAct(
  turns: readonly ConversationTurn[],
  verb: string,
  pronounClass: PronounClass,
  question: string,
  taken: ReadonlySet<string>,
): Referent | undefined {
  for (const turn of turnsNewestFirst(turns)) {
    const candidates = turn.referents.filter(
      (referent) => referent.kind !== 'thing' && agrees(referent, pronounClass) && !mentionsAlias(question, referent) && !taken.has(referent.text),
    );
    for (const text of candidates.length > 0 ? [turn.resolvedQuestion, ...turn.answerSentences] : []) {
      const doer = doerIn(analyseText(text), verb, candidates);
      if (doer) return doer;
    }
  }
  return undefined;
}

/** Words between a subject and its verb: helping verbs, modals, "not", "from" ("keep russia from invading"). */
const BETWEEN = new Set([
  'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not', 'never', 'still', 'really', 'actually', 'also',
  'do', 'does', 'did', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'from',
  "won't", "wouldn't", "can't", "couldn't", "don't", "doesn't", "didn't", "isn't", "aren't",
]);

/**
 * Who does the act in one text: the candidate named after "by" ("was invaded by russia"), else
 * the one in the subject's place before it ("russia will invade", "russia's invasion"), or, when
 * that place holds a pronoun ("did russia say it won't invade"), the one named last before that.
 */
function doerIn(analysis: TextAnalysis, verb: string, candidates: readonly Referent[]): Referent | undefined {
  const { tokens, text } = analysis;
  for (const [index, token] of tokens.entries()) {
    if (!isSameAct(verb, token.lower)) continue;
    const by = tokens[index + 1]?.lower === 'by' ? tokens[index + 2] : undefined;
    if (by) return candidates.find((referent) => placesOf(text, referent).some((place) => place.start === by.start || place.start === by.end + 1));
    let subject = index - 1;
    while (subject >= 0 && BETWEEN.has(tokens[subject]?.lower ?? '')) subject -= 1;
    const slot = tokens[subject];
    if (!slot) continue;
    // "The US as a partner of Ukraine, threatened …", "Russia, which has amassed troops near
    // Ukraine's border, has raised …": a comma before the verb closes what was said of the
    // subject, which is then the first named ("Ukraine" had been the doer of "threatened").
    const between = text.slice(slot.end, tokens[subject + 1]?.start ?? token.start);
    if (between.includes(',')) {
      const first = firstBefore(text, slot.end, candidates);
      if (first) return first;
    }
    if (PRONOUNS.get(slot.lower)?.pronounCase === 'subject') return lastBefore(text, slot.start, candidates);
    const named = candidates.find((referent) => placesOf(text, referent).some((place) => place.end === slot.end || place.end === slot.end - 2));
    if (named) return named;
  }
  return undefined;
}

/** The candidate named first, before `offset`. */
function firstBefore(text: string, offset: number, candidates: readonly Referent[]): Referent | undefined {
  let best: { referent: Referent; start: number } | undefined;
  for (const referent of candidates) {
    for (const place of placesOf(text, referent)) if (place.end <= offset && (!best || place.start < best.start)) best = { referent, start: place.start };
  }
  return best?.referent;
}

/** The candidate named last before `offset`. */
function lastBefore(text: string, offset: number, candidates: readonly Referent[]): Referent | undefined {
  let best: { referent: Referent; end: number } | undefined;
  for (const referent of candidates) {
    for (const place of placesOf(text, referent)) if (place.end <= offset && (!best || place.end > best.end)) best = { referent, end: place.end };
  }
  return best?.referent;
}

/** Where a referent is named in `text`, by any of its aliases, each time. */
function placesOf(text: string, referent: Referent): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const alias of referent.aliases) {
    for (let offset = 0; ; ) {
      const place = findWords(text.slice(offset), alias);
      if (!place) break;
      found.push({ start: offset + place.start, end: offset + place.end });
      offset += place.end;
    }
  }
  return found;
}
