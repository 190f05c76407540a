/**
 * An earlier question asked again, in another form: with another question word ("when?" →
 * "when did the summit take place"), with a question phrase ("whose troops?"), negated ("why
 * not?"), or as a statement to show what "that" refers to.
 */
import { normalizeTerm, stem } from '../text/terms.js';
import { conjugate } from './conjugation.js';
import {
  AUXILIARIES,
  BE,
  mainVerbIndex,
  normaliseQuestion,
  PERSONAL_PRONOUNS,
  tokenText,
  withoutContinuation,
  words,
} from './question-form.js';
import { questionParts, type QuestionParts } from './question-parts.js';
import { analyseText } from './text-analysis.js';
import { countedAgain } from './counted-again.js';

const PLACE_PREPOSITIONS = /^(?:in|at|on|near|inside|outside|around|along|across|behind|beside|between|by|from|into|over|under|within)$/;

/**
 * Whether, after "be", the noun the question word asked about is the subject: what follows the
 * verb is a place or a quality, not a thing ("how many troops are near the border", "which agency
 * is responsible"), unlike "what time is it" or "what date is the osce meeting".
 */
function askedIsSubject(parts: QuestionParts): boolean {
  if (parts.asked === '' || parts.subject === '') return false;
  const first = analyseText(parts.subject).tokens[0];
  // The tagger reads "near" as a verb or an adjective by turns: prepositions of place by name.
  return first !== undefined && (PLACE_PREPOSITIONS.test(first.lower) || first.tags.has('Preposition') || (first.tags.has('Adjective') && !first.tags.has('Noun')));
}

/** "in which city were the talks held" asked again with another question word starts from "which city …". */
const withoutLeadingPreposition = (question: string): string => question.replace(/^\s*(?:in|on|at|from|to|for|with|by|during|since|until|near|about|against|between|among|behind|under|over|after|before|into|through|within|across|along|around|towards)\s+(?=(?:what|which|whose|who|whom)\b)/i, '');

/** Nouns of a question phrase that asks for a time ("what day", "which year", "what time"), stemmed. */
const TIME_NOUNS: ReadonlySet<string> = new Set(
  ['time', 'day', 'date', 'year', 'month', 'week', 'hour', 'weekday', 'decade', 'century', 'season'].map((noun) => stem(noun)),
);

/** Question words that can be the object of a preposition left at the end ("what is he afraid of"). */
const OBJECT_WORDS = new Set(['what', 'which', 'who', 'whom']);
const LAST_PREPOSITION = '(?:of|with|about|for|to|from|on|in|at|by|into|over)$';
const STRANDED_PREPOSITION = new RegExp(`\\s+${LAST_PREPOSITION}`, 'i');
/** The same preposition when it may be all that is left ("what day did they meet on": rest "on"). */
const TRAILING_PREPOSITION = new RegExp(`(?:^|\\s+)${LAST_PREPOSITION}`, 'i');

/** The text without the preposition the question word was the object of, which has nothing to govern once it is gone. */
function withoutStrandedPreposition(parts: QuestionParts, text: string): string {
  return OBJECT_WORDS.has(parts.wh.toLowerCase()) ? text.replace(STRANDED_PREPOSITION, '') : text;
}

/** "troops" → "the troops"; a phrase with its own determiner stays as it is. */
const withArticle = (phrase: string): string => (/^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|one)\s/i.test(phrase) ? phrase : `the ${phrase}`);

/**
 * A question turned into a statement-like phrase, for showing what a follow-up refers to:
 * "what did washington threaten" → "washington threatened", "how many troops has russia
 * gathered near ukraine" → "russia has gathered troops near ukraine". A question whose
 * question word is its subject takes `subject` in its place ("who led the delegation" + "Sergei
 * Ryabkov" → "Sergei Ryabkov led the delegation"). Never contains a question word.
 */
export function statementFrame(question: string, subject?: string): string {
  const parts = questionParts(question);
  return withoutStrandedPreposition(parts, frameOf(parts, subject));
}

function frameOf(parts: QuestionParts, subject?: string): string {
  switch (parts.shape) {
    case 'subject':
      return words(subject ?? parts.asked, parts.verb, parts.rest);
    case 'copula':
      return askedIsSubject(parts) ? words(parts.asked, parts.auxiliary, parts.subject) : words(parts.subject, parts.asked);
    case 'inverted':
      if (parts.verb === '') return parts.wh === '' ? yesNoStatement(parts) : words(parts.rest);
      return words(parts.subject, statementVerb(parts.auxiliary, parts.verb), parts.asked, parts.rest);
    default:
      return parts.rest;
  }
}

/** The verb of a statement made from an inverted question: "did … say" → "said", "can … back down" → "can back down". */
function statementVerb(auxiliary: string, verb: string): string {
  switch (auxiliary.toLowerCase()) {
    case 'did':
      return conjugate(verb, 'PastTense');
    case 'does':
      return conjugate(verb, 'PresentTense');
    case 'do':
      return verb;
    default:
      // Capitalised only as the question's first word: "Can Russia back down …" → "Russia can back
      // down …". Kept, "Can" read as a name, and a later "he" became "Can".
      return words(auxiliary.toLowerCase(), verb);
  }
}

/**
 * A yes/no question as a statement, its helping verb put back after the subject: "can russia back
 * down on its demands" → "russia can back down on its demands", "did nato reject it" → "nato
 * rejected it". Left as the words after the helping verb when no main verb is found ("is nato
 * ready"). A bare "that" after such a question had read "that (russia back down on its demands)",
 * which says the opposite of a refusal.
 */
function yesNoStatement(asked: QuestionParts): string {
  // "aren't russia's demands just unrealistic" asks whether they are: its claim is without the "not".
  const parts = { ...asked, rest: asked.rest.replace(/^not\s+/i, '') };
  const analysis = analyseText(words(parts.auxiliary, parts.rest));
  const verbIndex = mainVerbIndex(analysis, 0);
  if (verbIndex < 2) return copulaStatement(parts, analysis) ?? words(parts.rest);
  const { tokens } = analysis;
  return words(tokenText(tokens, 1, verbIndex), statementVerb(parts.auxiliary, tokens[verbIndex]?.text ?? ''), tokenText(tokens, verbIndex + 1, tokens.length));
}

/**
 * "is the US the head of nato" as its statement, "the US is the head of nato": the form of "be"
 * after the noun phrase the question opens with. Undefined for any other auxiliary, or when no
 * noun phrase follows it.
 */
function copulaStatement(parts: QuestionParts, analysis: ReturnType<typeof analyseText>): string | undefined {
  if (!/^(?:is|are|was|were)$/i.test(parts.auxiliary)) return undefined;
  const subject = analysis.nounPhrases.find((phrase) => phrase.first === 1);
  if (!subject || subject.last >= analysis.tokens.length - 1) return undefined;
  const { tokens } = analysis;
  return words(tokenText(tokens, 1, subject.last + 1), parts.auxiliary.toLowerCase(), tokenText(tokens, subject.last + 1, tokens.length));
}

/**
 * The earlier question asked again with another question word: "where did the first meeting
 * take place" + "when" → "when did the first meeting take place"; "who led the russian
 * delegation" + "why" (answered "Sergei Ryabkov") → "why did Sergei Ryabkov lead the russian
 * delegation". Undefined when the earlier question has no form to reuse.
 */
export function askedAgain(question: string, wh: string, answerSubject?: string): string | undefined {
  const plain = withoutLeadingPreposition(question);
  // "in which city were the talks held": "city" went with "in", and goes with it.
  const parts = plain === question ? questionParts(question) : { ...questionParts(plain), asked: '' };
  // "how many?" counts what the question was about: the noun goes with it.
  const count = /^how (?:many|much)$/i.test(wh) ? countedAgain(parts, wh) : undefined;
  if (count !== undefined) return count;
  // "what day did the talks start" + "where" → "where did the talks start": a time the question
  // word asked for goes with it, where other nouns stay as what the verb acts on ("what troops did
  // russia send" + "why" → "why did russia send troops"). It had read "where did the talks start day".
  const timeAsked = TIME_NOUNS.has(stem(normalizeTerm(parts.asked.split(' ').pop() ?? '')));
  const reshaped = timeAsked ? { ...parts, asked: '', rest: parts.rest.replace(TRAILING_PREPOSITION, '') } : parts;
  const asked = askedAgainFrom(withDoneThing(reshaped, wh), wh, answerSubject);
  // "what is russia afraid of" + "why" → "why is russia afraid": the question word was its object.
  return asked !== undefined && !OBJECT_WORDS.has(wh.split(' ')[0]?.toLowerCase() ?? '') ? withoutStrandedPreposition(parts, asked) : asked;
}

/** Verbs of saying whose object "what" asks for: "what did she tell russia", "what did he say". */
const SAYING = new Set(['say', 'tell', 'claim', 'insist', 'warn', 'state', 'mean', 'suggest', 'argue', 'promise', 'demand', 'propose', 'offer']);

/**
 * "what does nato plan to do about …" + "why": "do" needs the thing done, which "what" stood
 * for; "that" takes its place ("why does nato plan to do that about …").
 */
function withDoneThing(parts: QuestionParts, wh: string): QuestionParts {
  if (parts.shape !== 'inverted' || parts.wh.toLowerCase() !== 'what' || parts.asked !== '' || OBJECT_WORDS.has(wh.split(' ')[0]?.toLowerCase() ?? '')) return parts;
  if (parts.verb.toLowerCase() === 'do') return { ...parts, verb: 'do that' };
  // "what did she tell russia" + "why" → "why did she tell russia that": what was said, which
  // "what" stood for ("why did Wendy Sherman tell Russia" asked why she spoke to Russia at all).
  if (SAYING.has(parts.verb.toLowerCase()) && /^why\b/i.test(wh)) return { ...parts, rest: words(parts.rest, 'that') };
  if (/^to do\b/i.test(parts.rest)) return { ...parts, rest: parts.rest.replace(/^to do\b/i, 'to do that') };
  return parts;
}

function askedAgainFrom(parts: QuestionParts, wh: string, answerSubject?: string): string | undefined {
  switch (parts.shape) {
    // The helping verb, capitalised only as the question's first word ("Did Biden accept …"), is
    // no longer first: "why did Biden accept …", not "why Did Biden accept …".
    case 'inverted':
      return words(wh, parts.auxiliary.toLowerCase(), parts.subject, parts.verb, parts.asked, parts.rest);
    case 'copula':
      return askedIsSubject(parts) ? words(wh, parts.auxiliary.toLowerCase(), withArticle(parts.asked), parts.subject) : words(wh, parts.auxiliary.toLowerCase(), parts.subject, parts.asked);
    case 'subject': {
      // "what happened on monday" + "where" → "where did it happen on monday".
      const subject = answerSubject ?? (parts.wh.toLowerCase() === 'what' && parts.asked === '' ? 'it' : undefined);
      if (!subject || parts.verb === '') return undefined;
      return words(wh, parts.verbPast ? 'did' : 'does', subject, conjugate(parts.verb, 'Infinitive'), parts.rest);
    }
    default:
      return undefined;
  }
}

/** A question phrase inside a statement: "… are near which country?" (the words before, and after). */
const IN_PLACE_WH = /^(.+?\s)(?:which|what|whose)\s+[\p{L}-]+([\s?!.].*)?$/iu;

/**
 * The earlier question asked again with a question phrase: "when did the talks start" + "what
 * time" → "what time did the talks start"; when the phrase names the noun the earlier one asked
 * about, it takes that one's place: "how many troops are near the border" + "whose troops" →
 * "whose troops are near the border"; a question about its subject takes the phrase as subject:
 * "who attended" + "which countries" → "which countries attended".
 */
export function askedWith(question: string, phrase: string): string | undefined {
  // "russian troops are near which country?" + "which border?": a question phrase asked in place,
  // as members who write other languages often ask, is replaced where it stands.
  const inPlace = IN_PLACE_WH.exec(question);
  const opensAsking = /^\s*(?:\p{L}+\s+)?(?:what|which|whose|who|whom|when|where|why|how)\b/iu.test(question);
  if (inPlace && !opensAsking) return `${inPlace[1] ?? ''}${phrase}${inPlace[2] ?? ''}`;
  const parts = questionParts(withoutLeadingPreposition(question));
  const noun = phrase.split(' ').pop() ?? '';
  if (parts.asked !== '' && stem(normalizeTerm(parts.asked.split(' ').pop() ?? '')) === stem(normalizeTerm(noun))) {
    if (parts.shape === 'copula') return words(phrase, parts.auxiliary, parts.subject);
    if (parts.shape === 'inverted') return words(phrase, parts.auxiliary, parts.subject, parts.verb, parts.rest);
  }
  // "who attended" + "which countries" → "which countries attended": the phrase asks for the subject.
  if (parts.shape === 'subject' && parts.verb !== '') return words(phrase, parts.verb, parts.rest);
  return askedAgain(question, phrase);
}

/**
 * A yes/no question with "not" put in: "did ryabkov agree" → "did ryabkov not agree", "is he
 * open to dialogue" → "is he not open to dialogue". What "why not?" asks after a yes/no question
 * (answered no). Undefined for other questions, or when no place for "not" is found.
 */
export function negatedYesNo(question: string): string | undefined {
  const analysis = analyseText(normaliseQuestion(withoutContinuation(question).rest).replace(/[?!.]+$/, ''));
  const { tokens } = analysis;
  const auxiliary = tokens[0];
  if (!auxiliary || !AUXILIARIES.has(auxiliary.lower) || tokens.some((token) => token.lower === 'not')) return undefined;
  // After "do" or a modal, "not" comes before the main verb. After "be" it follows the subject,
  // placed only when the subject is plain to see (a pronoun, or a name): the tagger runs "the US
  // still talking" together, and a wrong "not" would show in "Answering: …".
  const be = BE.has(auxiliary.lower);
  const verb = be ? -1 : mainVerbIndex(analysis, 0);
  const opening = tokens[1]?.lower === 'the' ? 2 : 1;
  const name = analysis.names.find((span) => span.first === opening);
  const subjectLast = PERSONAL_PRONOUNS.has(tokens[1]?.lower ?? '') ? 1 : name ? name.last : -1;
  const at = verb > 1 ? verb : be && subjectLast > 0 ? subjectLast + 1 : -1;
  if (at <= 1 || at >= tokens.length) return undefined;
  const join = (from: number, to = tokens.length): string => tokenText(tokens, from, to);
  return words(join(0, at), 'not', join(at));
}
