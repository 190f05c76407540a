import { withKnownGenders } from './known-genders.js';
import { withGenderedPersonNamed } from './gendered-description.js';
import { askedForIndefinite, askedForWhichOfAny } from './indefinite-slot.js';
import { askedAgain, askedWith, negatedYesNo, statementFrame } from './asked-again.js';
import { AUXILIARIES, normaliseQuestion, withoutContinuation } from './question-form.js';
import { requestedTopic, withoutChatClosings, withoutChatOpeners } from '../answer/question-frame.js';
import { withoutQuestionTag } from './question-tags.js';
import {
  asksWhatAnswerSaid,
  BARE_QUESTION,
  BARE_WH_PHRASE,
  bareCorrection,
  CONFIRMATION,
  CORRECTION,
  CORRECTION_AFTER,
  doubtOfParts,
  isWholeQuestion,
  NAME_THEN_QUESTION,
  NOT_A_NOUN,
  phraseBeforeTalking,
  OTHER_THAN_GIVEN,
  questionForKind,
  withOrdinalArticle,
  REACTION_WITHOUT_OBJECT,
  SAME_AS_WHY,
  SOURCE_QUESTION,
  SPECIFICS,
  TOPIC_SWITCH,
  topicByThing,
  withoutWhatWasNot,
} from './follow-up-patterns.js';
import { focusOf, previousExchange } from './earlier-turns.js';
import { PRONOUNS } from './pronouns.js';
import { isExpletive } from './expletive-it.js';
import { applyEdits, referenceEdits, type ResolutionRule } from './reference-edits.js';
import { resolveFragment } from './resolve-fragment.js';
import { figureClaimed } from './amount-claim.js';
import { askedOfActor, askedOfSubject } from './predicate-fragment.js';
import { outletAskedAlone, sourceAsked, sourceQuestion, withoutGuess } from './source-follow-up.js';
import { askedAboutNamed, topicThenQuestion } from './named-topic.js';
import { analyseText } from './text-analysis.js';
import { withVerbPhraseRestored } from './verb-ellipsis.js';
import { isMoreRequest } from '../intent/intent.js';
import { CHAT_ASIDES } from '../text/chat-asides.js';
import type { ConversationTurn, Referent } from './types.js';

export type { ResolutionRule } from './reference-edits.js';

/** How much a question leans on the conversation before it. */
export type Dependence =
  /** It stands on its own: answered exactly as asked. */
  | 'standalone'
  /** It continues the conversation ("and …", or a reference the rules could not settle). */
  | 'continued'
  /** It was rewritten from the context: a pronoun, "the second one", "why?", "and Russia?". */
  | 'resolved';

/** A follow-up question read in its conversation's context. */
export interface FollowUpResolution {
  /** The question to answer: the one asked, or its rewritten form. */
  text: string;
  dependence: Dependence;
  rules: ResolutionRule[];
  /** The earlier referents put into the question: the new turn is about them too. */
  antecedents: Referent[];
  /**
   * For "tell me more", "what else …" and a bare "why?": the sentences already given, which the
   * answer should not repeat (after "why?", the reason stated for one of them is the answer).
   */
  alreadyShown?: string[];
  /**
   * A correction ("no i meant ryabkov", "no wait, for the americans"): the last answer was about
   * something else, so its passages lend the question no retrieval prior.
   */
  corrects?: boolean;
  /**
   * "says who?" after an answer in the article's own voice, which no one in it is reported to
   * have said: the last question again, and the reply says the article names no source.
   */
  ownVoice?: boolean;
}

/**
 * Reads a question in the context of the conversation's earlier turns (oldest first) and
 * rewrites what it leaves to the context, with a small set of rules and no language model:
 * - pronouns (he, she, they, it, his, their …) become the most salient earlier referent that
 *   agrees in person, gender and number, fits the verb beside it (what lasts is an event, what
 *   wants acts) and that the question does not name itself;
 * - "this meeting", "those demands" become the earlier phrase with the same head noun;
 * - "that" / "this" on their own, and "so" after "said", point at the previous exchange, which is
 *   added in brackets; a closing "there" is the place named before, with its preposition;
 * - "the second one", "the last of them", "which one" pick an item of the previous answer's
 *   list, or of the things the question counted;
 * - a question word or phrase alone ("why?", "and when?", "what time?", "whose troops?") asks
 *   the previous question again with it; doubt ("really?", "source?") asks it again as it was;
 * - a fragment ("and Russia?", "what about the osce?", "and about europe?") replaces its
 *   counterpart in the previous question.
 * A question that needs none of this comes back unchanged and `standalone` (or `continued` when
 * it opens with "and", "so", …).
 */
export function resolveFollowUp(question: string, asked: readonly ConversationTurn[]): FollowUpResolution {
  // A person "he" stood for earlier is no "she" now, wherever the conversation named them.
  const turns = withKnownGenders(asked);
  const previous = previousExchange(turns);
  // "and the woman?": the one woman named so far, if one is.
  const described = withGenderedPersonNamed(question, turns);
  const resolution = resolveReferences(described.replace(THAT_ONE, '$1'), turns, previous);
  // "what else did he say" wants what the last answer did not already give.
  if (!previous || resolution.alreadyShown || !ASKS_ELSE.test(question)) return resolution;
  return { ...resolution, dependence: resolution.dependence === 'standalone' ? 'continued' : resolution.dependence, alreadyShown: shownFor(previous, turns) };
}

/**
 * Chat's noise before a question ("yo", "ngl", "wait", "lol"), which the last question is read
 * without. Not its requests ("does the article mention …", "can you tell me …"), which say what
 * it asks.
 */
const CHAT_NOISE_OPENING = new RegExp(String.raw`^(?:hey|hi|hello|yo|ok|okay|kk|um|uh|hmm+|wait|hold\s+on|well|also|actually|sorry|anyway|alright|btw|oh+|ah+|omg|whoa|woah|lol|lmao+|${CHAT_ASIDES})\b`, 'i');

/** "her view on nato", "his opinion?", "their position on it": whose view, and on what, with no verb ("take" may be read as a verb). */
const VIEW_FRAGMENT = /^(?:(?:what|how)\s+about\s+)?(his|her|their|its)\s+(views?|opinion|stance|position|thoughts|response|reaction)\b((?:\s+(?:on|about|of|regarding)\s+[^?!.]+)?)[?!.\s]*$/i;

/** A word of a requested topic that points back to the conversation: "tell me about him", "explain the second one". */
const POINTS_BACK =
  /\b(?:he|him|his|she|her|hers|it|its|they|them|their|theirs|this|that|these|those|there|then|one|ones|first|second|third|fourth|last|latter|former|other|others|same|else|more|again|above)\b/i;

/**
 * "that one" or "this one" closing a question ("is the us ok w that one"): the thing last picked
 * out, as a bare "that" is. Read as a determiner and a noun, it had pointed at nothing, and the
 * question was asked as it stood (Ryabkov's "big differences" quote, for "that one" the second demand).
 */
const THAT_ONE = /\b(that|this)\s+one\b(?=\s*(?:[?!.,]|$))/i;

/** "what else", "who else", "anything else about …": more than was already answered. */
const ASKS_ELSE = /\b(?:what|who|where|when|which|how|anything|anyone|something)\s+else\b/i;

/** Openings that say what a follow-up asks, which chat's openers must not take (see withoutJoinAndOpeners). */
const KEPT_OPENING =
  /^(?:or\b|like\s+(?:what|which|who|whom|where|when|how|for\s+(?:instance|example))\b(?:\s+(?:exactly|specifically))?[\s?!.]*$|(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|anybody)\s+)?(?:please\s+)?(?:tell|show|give)\s+(?:me|us)\s+more\b)/i;

/**
 * The question without the words that join it to the one before ("and", "so"; `continued`) and
 * without chat's openers and noise after it ("wait, …", "interesting, …", "… lol"; see
 * withoutChatOpeners and withoutChatClosings), taken off in turns: "wait, and when lol" is "when",
 * continued.
 */
function withoutJoinAndOpeners(question: string): { continued: boolean; rest: string } {
  let { continued, rest } = withoutContinuation(question);
  for (;;) {
    // "or russia?" is a fragment of its own (an alternative), "like what?" asks for specifics, and
    // "tell me more about the second one" is a request for more: not openers. "so like why" and
    // "can you tell me why" are.
    const unwrapped = withoutChatClosings(withoutChatOpeners(rest, (opening) => KEPT_OPENING.test(opening) || withoutContinuation(opening).continued));
    if (unwrapped === rest) return { continued, rest };
    const next = withoutContinuation(unwrapped);
    continued ||= next.continued;
    rest = next.rest;
  }
}

function resolveReferences(question: string, turns: readonly ConversationTurn[], previous: ConversationTurn | undefined): FollowUpResolution {
  // "ok different question: what's georgia got to do with any of this": a new topic, asked as it
  // stands; its "this" had been read as the last exchange ("… (Biden said exactly)").
  const switched = TOPIC_SWITCH.exec(question);
  // The engine sets the opener aside itself (question-frame.ts), as it does any opener.
  if (previous && switched && /\p{L}/u.test(question.slice(switched[0].length))) return { text: question, dependence: 'standalone', rules: [], antecedents: [] };
  // "how many russian troops are near the border" … "are you sure? i read it was 200,000": the
  // member's figure for the one answered, checked as a claim.
  const claimed = previous ? figureClaimed(question, previous.resolvedQuestion) : undefined;
  if (claimed !== undefined) return { text: claimed, dependence: 'resolved', rules: ['ellipsis'], antecedents: [] };
  const unjoined = withoutContinuation(normaliseQuestion(question)).rest;
  // "and her view on nato decisions?": a question of its own about whose view, not a fragment of
  // the last question ("What did Sherman's view on NATO decisions say").
  const view = previous ? VIEW_FRAGMENT.exec(unjoined.trim()) : null;
  if (view && previous) {
    const asked = `what is ${view[1] ?? ''} ${view[2] ?? ''}${(view[3] ?? '').replace(/[?!.\s]+$/, '')}?`;
    const read = resolveReferences(asked, turns, previous);
    return { ...read, dependence: 'resolved', rules: [...new Set<ResolutionRule>(['ellipsis', ...read.rules])] };
  }
  // "can you tell me about ryabkov", "explain the three demands": a topic of its own, asked as it
  // stands, unless it points back ("tell me about him", "explain that one"). After "who led the
  // russian side" it had been read as "what about ryabkov?", the last question again.
  const topicAsked = previous ? requestedTopic(unjoined) : undefined;
  if (topicAsked !== undefined && !POINTS_BACK.test(topicAsked)) return { text: question, dependence: 'standalone', rules: [], antecedents: [] };
  const opened = withoutJoinAndOpeners(normaliseQuestion(question));
  // "third?" is "the third?", as "and the third?" is.
  // "the us runs nato, doesn't it?": the tag's "it" is the statement's own subject, no one earlier.
  const split = { ...opened, rest: withOrdinalArticle(withoutQuestionTag(opened.rest)) };
  // "who said that, biden?", "did biden say that": the source question without its guess.
  const unguessed = previous ? withoutGuess(split.rest.toLowerCase()) : undefined;
  if (unguessed !== undefined) return resolveReferences(unguessed, turns, previous);
  // "how many soldiers are we talking": the question phrase alone, read against the conversation.
  const talkedOf = previous ? phraseBeforeTalking(split.rest) : undefined;
  if (talkedOf !== undefined) {
    const read = resolveReferences(talkedOf, turns, previous);
    return read.text === talkedOf ? { text: talkedOf, dependence: 'resolved', rules: ['ellipsis'], antecedents: [] } : read;
  }
  // "no i meant what did sherman say": the correction is a whole question, asked instead.
  const meantAfter = CORRECTION_AFTER.exec(split.rest)?.[1];
  // "of america i mean" names what was meant; "what do you think i mean" asks something.
  const meantAsWritten = CORRECTION.exec(split.rest)?.[1] ?? (meantAfter !== undefined && !isWholeQuestion(meantAfter) ? meantAfter : undefined);
  const meant = meantAsWritten === undefined ? undefined : withoutWhatWasNot(meantAsWritten);
  const otherwise = bareCorrection(split.rest);
  const saidOtherwise = meant ?? (otherwise === undefined ? undefined : withoutWhatWasNot(otherwise));
  // "no i meant sherman, what did she tell them": the question is asked with "she" read as Sherman.
  const nameThenQuestion = saidOtherwise === undefined || isWholeQuestion(saidOtherwise) ? undefined : NAME_THEN_QUESTION.exec(saidOtherwise);
  if (previous && nameThenQuestion && (nameThenQuestion[1] ?? '').split(/\s+/).length <= 5 && isWholeQuestion(nameThenQuestion[2] ?? '')) {
    return askedAboutNamed(nameThenQuestion[1] ?? '', nameThenQuestion[2] ?? '', turns, true);
  }
  // "what about nato, who runs that": a new topic, then a question about it.
  const topic = previous && saidOtherwise === undefined ? topicThenQuestion(split.rest, split.continued) : undefined;
  if (topic) return askedAboutNamed(topic.topic, topic.question, turns, false);
  // Without "i meant", only a fragment is a correction: "no, what did she say" is asked as it stands.
  const correctedTo = meant ?? (saidOtherwise !== undefined && !isWholeQuestion(saidOtherwise) ? saidOtherwise : undefined);
  const correctsWithQuestion = correctedTo !== undefined && isWholeQuestion(correctedTo);
  // "no how long i mean": the question word alone, asked of the last question as "how long?" is.
  // "no i meant what date", "i meant which day": a question phrase alone, as "what date?" is.
  const correctedWords = correctedTo?.toLowerCase().replace(/[?!.\s]+$/, '');
  const correctsQuestionWord =
    correctedWords !== undefined && (BARE_QUESTION.test(correctedWords) || BARE_WH_PHRASE.test(correctedWords) || questionForKind(correctedWords) !== undefined);
  const continued = split.continued;
  const rest = (correctsWithQuestion || correctsQuestionWord) && correctedTo !== undefined ? correctedTo : split.rest;
  const unchanged: FollowUpResolution = correctsWithQuestion
    ? { text: rest, dependence: 'resolved', rules: ['ellipsis'], antecedents: [], corrects: true }
    : { text: question, dependence: continued ? 'continued' : 'standalone', rules: [], antecedents: [] };
  if (!previous || rest === '') return unchanged;
  const typed = rest.toLowerCase().replace(/[?!.\s]+$/, '');
  // "date?", "location?": the kind of answer alone asks as "what date?" or "where?" does.
  const bare = questionForKind(typed) ?? doubtOfParts(typed) ?? withoutDroppedSubject(typed);
  // "ok and the osce thing?": a new topic, asked alone; unless the last question left a thing
  // open for it to fill ("are any of them willing to compromise on something" … "what about the
  // new members thing" asks about compromise on that).
  const thing = /\b(?:something|anything)\b/i.test(previous.resolvedQuestion) ? undefined : topicByThing(bare);
  if (thing !== undefined) return { text: thing, dependence: 'standalone', rules: [], antecedents: [] };
  // A question word or phrase alone after "who said that" asks about what the exchange before it
  // was about, not about the quote: "who reported that the talks started before 8am" … "according
  // to who" … "how long" had become "how long (said the diplomacy began shortly before 08:00 …)".
  const quoted = SOURCE_QUESTION.test(previous.resolvedQuestion) ? previousExchange(turns.slice(0, turns.indexOf(previous))) : undefined;
  if (quoted && correctedTo === undefined && (BARE_QUESTION.test(bare) || BARE_WH_PHRASE.test(bare))) {
    return resolveReferences(question, turns.slice(0, turns.indexOf(quoted) + 1), quoted);
  }
  // The last question as the rules read it, without its chat openers and noise: "yo did the us
  // say …" … "which officials tho" had been no question to ask "which officials" with.
  const previousQuestion = withoutChatClosings(withoutChatOpeners(previous.resolvedQuestion, (opening) => !CHAT_NOISE_OPENING.test(opening)));
  // "who else", "where else", "anyone else": the last question again, for what its answer did
  // not give (alone, "who else" had no word to look for). Not "tell me more" about the person a
  // who-question was answered with: "who else" wants someone else.
  if (OTHER_THAN_GIVEN.test(bare)) return { text: previousQuestion, dependence: 'resolved', rules: ['more'], antecedents: [], alreadyShown: shownFor(previous, turns) };
  if (isMoreRequest(bare)) {
    // More about the person a who-question was answered with; else the same question again.
    const person = askedForMore(previous.question) ? undefined : focusOf(previous);
    const text = person ? `tell me more about ${person}` : previousQuestion;
    return { text, dependence: 'resolved', rules: ['more'], antecedents: [], alreadyShown: shownFor(previous, turns) };
  }
  // "who said that", "which outlet reported it": who said what the last answer quoted.
  const source = previous.abstained ? undefined : sourceAsked(bare);
  const sourced = source === undefined ? (previous.abstained ? undefined : outletAskedAlone(bare, previous.answerSentences)) : sourceQuestion(source, previous.answerSentences, false, bare);
  if (sourced !== undefined) return { text: sourced, dependence: 'resolved', rules: ['source'], antecedents: [] };
  // "says who?" after an answer that reports no one's words: the article's own. Asked again, the
  // answer had only repeated itself, which a blind probe read as the question not understood.
  if (source !== undefined && CONFIRMATION.test(bare)) return { text: previousQuestion, dependence: 'resolved', rules: ['source'], antecedents: [], ownVoice: true };
  // "are they worried about something" … "about what?": what the yes/no question left open.
  const slot = askedForIndefinite(previousQuestion, bare) ?? askedForWhichOfAny(previousQuestion, bare);
  if (slot !== undefined) return { text: slot, dependence: 'resolved', rules: ['ellipsis'], antecedents: [] };
  // "really?", "source?", "like what?": the same question again, so its answer and citation are shown again.
  if (CONFIRMATION.test(bare) || SPECIFICS.test(bare) || asksWhatAnswerSaid(bare, previous.answerSentences)) return { text: previousQuestion, dependence: 'resolved', rules: ['ellipsis'], antecedents: [] };
  if (BARE_QUESTION.test(bare)) {
    const wh = SAME_AS_WHY.has(bare) ? 'why' : bare.replace(/ (?:so|exactly)$/, '').replace(/^(?:together|along|jointly) /, '').replace(/ who$/, ' whom');
    // "did ryabkov agree?" … "why not?" asks why he did not.
    const earlier = (bare === 'why not' ? negatedYesNo(previousQuestion) : undefined) ?? previousQuestion;
    const frame = statementFrame(earlier, focusOf(previous));
    const asked = askedAgain(earlier, wh, focusOf(previous)) ?? (frame === '' ? undefined : `${wh} (${frame})`);
    // "why?" asks for more than the answer just given: the reason for what it said.
    const reason = wh === 'why' ? { alreadyShown: shownFor(previous, turns) } : {};
    if (asked !== undefined) return { text: asked, dependence: 'resolved', rules: ['ellipsis'], antecedents: [], ...reason };
    return { ...unchanged, dependence: 'continued' };
  }
  const whPhrase = BARE_WH_PHRASE.exec(bare);
  // "which border?", "what news agency?": a noun, perhaps after a word that qualifies it (not
  // "which demand specifically", whose last word is no noun).
  const phraseWords = (whPhrase?.[2] ?? '').split(' ');
  const qualified = phraseWords.length === 2 ? analyseText(`${whPhrase?.[1] ?? ''} ${whPhrase?.[2] ?? ''}`).tokens.at(-1)?.tags.has('Noun') === true : true;
  if (whPhrase && qualified && phraseWords.every((word) => !NOT_A_NOUN.has(word) && !AUXILIARIES.has(word) && !PRONOUNS.has(word))) {
    const phrase = `${whPhrase[1]} ${whPhrase[2]}`;
    // After a question with no verb to ask it with ("biden position on red lines" … "which
    // countries"), the phrase is asked of it as "why?" is, in brackets.
    const frame = statementFrame(previousQuestion, focusOf(previous));
    const asked = askedWith(previousQuestion, phrase) ?? (frame === '' ? undefined : `${phrase} (${frame})`);
    if (asked !== undefined) return { text: asked, dependence: 'resolved', rules: ['ellipsis'], antecedents: [] };
  }
  // "no i meant the us side": the correction names a fragment of the last question.
  const correction = correctsWithQuestion ? undefined : correctedTo;
  const fragment = resolveFragment(correction ?? rest, continued || correction !== undefined, { ...previous, resolvedQuestion: previousQuestion }, (text) => applyEdits(text, referenceEdits(text, turns)));
  // "… what will the US do if they invade?" … "and if they don't?": "… if they do not invade".
  if (fragment !== undefined) return { text: withVerbPhraseRestored(fragment, previousQuestion) ?? fragment, dependence: 'resolved', rules: ['ellipsis'], antecedents: [], ...(correction !== undefined ? { corrects: true } : {}) };
  // "legally binding?", "same rank?": whether that holds of what the conversation was about.
  const predicated = askedOfSubject(rest, turns, previous) ?? askedOfActor(rest, turns, previous);
  if (predicated !== undefined) return { text: predicated, dependence: 'resolved', rules: ['pronoun'], antecedents: [] };
  // "are they going to invade?" … "what does the US say it'll do if they do?": "… if they invade?".
  const restored = withVerbPhraseRestored(rest, previousQuestion);
  if (restored !== undefined) {
    const read = resolveReferences(restored, turns, previous);
    return read.text === restored ? { text: restored, dependence: 'resolved', rules: ['ellipsis'], antecedents: [] } : { ...read, dependence: 'resolved', rules: [...new Set<ResolutionRule>(['ellipsis', ...read.rules])] };
  }
  const edits = referenceEdits(rest, turns);
  // "who said it" after an answer in the article's own voice: no rule could read "it", so the
  // question is asked of the answer's first sentence (it had been "no word to look for").
  const ownVoice = edits.length === 0 && source !== undefined ? sourceQuestion(source, previous.answerSentences, true, bare) : undefined;
  if (ownVoice !== undefined) return { text: ownVoice, dependence: 'resolved', rules: ['source'], antecedents: [] };
  if (edits.length === 0) {
    const lower = rest.toLowerCase();
    const unresolved = analyseText(rest).tokens.some(
      (token) => PRONOUNS.has(token.lower) && !((token.lower === 'it' || token.lower === 'they') && isExpletive(lower, token.start)),
    );
    const reaction = REACTION_WITHOUT_OBJECT.test(lower.replace(/[?!.\s]+$/, ''));
    return (unresolved || reaction) && !continued ? { ...unchanged, dependence: 'continued' } : unchanged;
  }
  return {
    text: applyEdits(rest, edits),
    dependence: 'resolved',
    rules: [...new Set(edits.map((edit) => edit.rule))],
    antecedents: edits.flatMap((edit) => (edit.referent ? [edit.referent] : [])),
  };
}

/** Whether an earlier question, as asked, was "tell me more" or its kin. */
function askedForMore(question: string): boolean {
  return isMoreRequest(withoutContinuation(normaliseQuestion(question)).rest);
}

/** The sentences given by the previous exchange and by the run of "more" and "what else" questions that led to it. */
function shownFor(previous: ConversationTurn, turns: readonly ConversationTurn[]): string[] {
  const shown: string[] = [];
  for (let index = turns.indexOf(previous); index >= 0; index -= 1) {
    const turn = turns[index];
    if (!turn) break;
    shown.push(...turn.answerSentences);
    if (!askedForMore(turn.question) && !ASKS_ELSE.test(turn.question)) break;
  }
  return shown;
}

/**
 * "is in which city?", "was when?": a question phrase after a verb whose subject ("it") a learner
 * or a quick typist left out, read as the phrase alone ("in which city?"), which asks the last
 * question again with it. A blind probe's "when was the meeting?" … "is in which city?" had heard
 * "Nothing in it is about this question".
 */
function withoutDroppedSubject(typed: string): string {
  const phrase = /^(?:is|was|are|were) (.+)$/.exec(typed)?.[1];
  return phrase !== undefined && (BARE_QUESTION.test(phrase) || BARE_WH_PHRASE.test(phrase)) ? phrase : typed;
}
