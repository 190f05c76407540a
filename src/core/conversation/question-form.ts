import { normalizeTerm, stem } from '../text/terms.js';
import { analyseText, tagger, type TextAnalysis, type Token } from './text-analysis.js';

/** Words that open a question by asking for something. */
export const WH_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how']);

/** Auxiliary and copular verbs: they move in questions ("did the talks fail" / "the talks failed"). */
export const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'am', 'be', 'been', 'do', 'does', 'did', 'has', 'have', 'had',
  'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must',
]);

/** Words that join a question to the one before it without adding content ("and", "so", "ok"). */
const CONTINUATION = /^(?:and|but|so|ok|okay|also|then|well|oh|right|alright|hmm|thanks|thank you)\b[\s,.!]*/i;

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\b(what|who|where|when|how|why|that|it|there|here|he|she)'s\b/gi, '$1 is'],
  [/\b(what|who|they|we|you)'re\b/gi, '$1 are'],
  [/\b(i|you|we|they|who|what|could|would|should|might|must)'ve\b/gi, '$1 have'],
  [/\b(i|you|he|she|it|we|they|who|what|that|there)'ll\b/gi, '$1 will'],
  [/\b(i|you|he|she|it|we|they|who|what|that|there|where|how|why)'d\b/gi, '$1 would'],
  [/\b(can)'t\b/gi, '$1not'],
  [/\bwon't\b/gi, 'will not'],
  [/\b(is|are|was|were|do|does|did|has|have|had|would|could|should|must)n't\b/gi, '$1 not'],
];

/**
 * The question in a form the rules can read: curly apostrophes straightened, contractions after
 * pronouns and question words expanded ("what's his view" → "what is his view", "they're" →
 * "they are"), and "the us" read as the country. Possessives ("russia's") are left alone.
 */
export function normaliseQuestion(question: string): string {
  let text = question.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  // In lower-case chat, "the us" can only be the country.
  return text.replace(/\bthe us\b/gi, 'the US');
}

/** Splits off leading continuation words: "and why" → { continued: true, rest: "why" }. */
export function withoutContinuation(question: string): { continued: boolean; rest: string } {
  let rest = question.trim();
  let continued = false;
  for (let match = CONTINUATION.exec(rest); match && match[0] !== ''; match = CONTINUATION.exec(rest)) {
    continued = true;
    rest = rest.slice(match[0].length).trim();
  }
  return { continued, rest };
}

/** Whether a token is a (non-auxiliary) verb. */
export function isMainVerb(token: Token | undefined): boolean {
  return token !== undefined && token.tags.has('Verb') && !AUXILIARIES.has(token.lower);
}

/**
 * Where the main verb of a question is. With "do", "does" or "did" there must be one: a verb the
 * tagger read as an adjective or a noun is the word after a subject that is a name or a pronoun,
 * or else the last word ("where did the festival open", "how long did it last").
 */
export function mainVerbIndex(analysis: TextAnalysis, auxiliaryIndex: number): number {
  const { tokens } = analysis;
  const auxiliary = tokens[auxiliaryIndex]?.lower ?? '';
  const doSupport = ['do', 'does', 'did'].includes(auxiliary);
  // After "do", "have" is the main verb: "how many troops does russia have near ukraine".
  const found = tokens.findIndex((token, index) => index > auxiliaryIndex && (isMainVerb(token) || (doSupport && token.tags.has('Verb') && HAVE.has(token.lower))));
  if (found >= 0) return found;
  if (!doSupport || tokens.length <= auxiliaryIndex + 2) return -1;
  // A subject that is a name or a pronoun ends plainly, and the verb follows it ("did Wendy Sherman
  // show any progress", with "show" read as a noun); otherwise the last word.
  const subject = auxiliaryIndex + 1;
  const name = analysis.names.find((span) => span.first === subject);
  const subjectLast = PERSONAL_PRONOUNS.has(tokens[subject]?.lower ?? '') ? subject : name ? name.last : -1;
  return subjectLast >= 0 && subjectLast + 1 < tokens.length - 1 ? subjectLast + 1 : tokens.length - 1;
}

const HAVE = new Set(['have', 'has', 'had']);
const BE = new Set(['is', 'are', 'was', 'were', 'am']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'you', 'i']);

/** The tokens a question opens with: the question word(s), "how many troops", "which agency". */
export function whPhraseLength(analysis: TextAnalysis): number {
  const [first, second] = analysis.tokens;
  if (!first || !WH_WORDS.has(first.lower)) return 0;
  let length = 1;
  if (first.lower === 'how' && second && /^(?:many|much|long|far|old|often|big|large|soon)$/.test(second.lower)) length = 2;
  if (['which', 'what', 'whose'].includes(first.lower) || length === 2) {
    // A noun phrase right after the question word is part of what is asked for.
    const phrase = analysis.nounPhrases.find((item) => item.first === length || (item.first < length && item.last >= length));
    if (phrase && !AUXILIARIES.has(analysis.tokens[phrase.first]?.lower ?? '')) length = phrase.last + 1;
  }
  // "which of the demands", "which one of them": what is picked from is asked for too.
  if (['which', 'what'].includes(first.lower) && analysis.tokens[length]?.lower === 'of') {
    const phrase = analysis.nounPhrases.find((item) => item.first === length + 1);
    if (phrase) length = phrase.last + 1;
    else if (['them', 'these', 'those'].includes(analysis.tokens[length + 1]?.lower ?? '')) length += 2;
  }
  return length;
}

const CONJUGATION_LIMIT = 5_000;
const conjugations = new Map<string, Record<string, string> | undefined>();

/** A verb in another tense ("threaten" → "threatened"), remembered: tagging a verb costs about a millisecond. */
function conjugate(verb: string, form: 'PastTense' | 'PresentTense' | 'Infinitive'): string {
  if (!conjugations.has(verb)) {
    if (conjugations.size >= CONJUGATION_LIMIT) conjugations.clear();
    conjugations.set(verb, (tagger()(verb).verbs().conjugate() as Array<Record<string, string>>)[0]);
  }
  return conjugations.get(verb)?.[form] ?? verb;
}

/**
 * A question taken apart: "how many troops has russia gathered near ukraine" is
 * { wh: "how many", asked: "troops", auxiliary: "has", subject: "russia", verb: "gathered",
 * rest: "near ukraine" }. `shape` says which of the usual orders it has.
 */
export interface QuestionParts {
  shape: 'inverted' | 'subject' | 'copula' | 'other';
  wh: string;
  asked: string;
  auxiliary: string;
  subject: string;
  verb: string;
  /** The verb's tense, when the verb carries it ("led"): questions about the subject need it. */
  verbPast: boolean;
  rest: string;
}

/** Takes a question apart into its question word, auxiliary, subject, verb and the rest. */
export function questionParts(question: string): QuestionParts {
  const analysis = analyseText(normaliseQuestion(withoutContinuation(question).rest).replace(/[?!.]+$/, ''));
  const { tokens } = analysis;
  const join = (from: number, to = tokens.length): string => tokenText(tokens, from, to);
  const whLength = whPhraseLength(analysis);
  const whWords = whLength > 1 && tokens[0]?.lower === 'how' ? 2 : Math.min(1, whLength);
  const empty = { wh: join(0, whWords), asked: join(whWords, whLength), auxiliary: '', subject: '', verb: '', verbPast: false, rest: '' };
  const auxiliary = tokens[whLength];
  if (whLength === 0) {
    // A yes/no question ("is he open to dialogue") or a request ("tell me about ryabkov").
    if (auxiliary && AUXILIARIES.has(auxiliary.lower)) return { ...empty, shape: 'inverted', auxiliary: auxiliary.text, rest: join(1) };
    return { ...empty, shape: 'other', rest: join(0) };
  }
  if (!auxiliary || !AUXILIARIES.has(auxiliary.lower)) {
    const verb = tokens[whLength];
    return { ...empty, shape: 'subject', verb: verb?.text ?? '', verbPast: verb?.tags.has('PastTense') ?? false, rest: join(whLength + 1) };
  }
  const verbIndex = mainVerbIndex(analysis, whLength);
  if (verbIndex < 0) return { ...empty, shape: 'copula', auxiliary: auxiliary.text, subject: join(whLength + 1) };
  return {
    ...empty,
    shape: 'inverted',
    auxiliary: auxiliary.text,
    subject: join(whLength + 1, verbIndex),
    verb: tokens[verbIndex]?.text ?? '',
    verbPast: false,
    rest: join(verbIndex + 1),
  };
}

const words = (...parts: string[]): string => parts.filter((part) => part !== '').join(' ');

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

/** "troops" → "the troops"; a phrase with its own determiner stays as it is. */
const withArticle = (phrase: string): string => (/^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)\s/i.test(phrase) ? phrase : `the ${phrase}`);

/** The tokens from `from` up to `to`, as text. */
const tokenText = (tokens: readonly Token[], from: number, to: number): string => tokens.slice(from, to).map((token) => token.text).join(' ');

/**
 * A question turned into a statement-like phrase, for showing what a follow-up refers to:
 * "what did washington threaten" → "washington threatened", "how many troops has russia
 * gathered near ukraine" → "russia has gathered troops near ukraine". A question whose
 * question word is its subject takes `subject` in its place ("who led the delegation" + "Sergei
 * Ryabkov" → "Sergei Ryabkov led the delegation"). Never contains a question word.
 */
export function statementFrame(question: string, subject?: string): string {
  const parts = questionParts(question);
  switch (parts.shape) {
    case 'subject':
      return words(subject ?? parts.asked, parts.verb, parts.rest);
    case 'copula':
      return askedIsSubject(parts) ? words(parts.asked, parts.auxiliary, parts.subject) : words(parts.subject, parts.asked);
    case 'inverted': {
      const auxiliary = parts.auxiliary.toLowerCase();
      if (parts.verb === '') return words(parts.rest);
      const verb =
        auxiliary === 'did'
          ? conjugate(parts.verb, 'PastTense')
          : auxiliary === 'does'
            ? conjugate(parts.verb, 'PresentTense')
            : auxiliary === 'do'
              ? parts.verb
              : words(parts.auxiliary, parts.verb);
      return words(parts.subject, verb, parts.asked, parts.rest);
    }
    default:
      return parts.rest;
  }
}

/**
 * The earlier question asked again with another question word: "where did the first meeting
 * take place" + "when" → "when did the first meeting take place"; "who led the russian
 * delegation" + "why" (answered "Sergei Ryabkov") → "why did Sergei Ryabkov lead the russian
 * delegation". Undefined when the earlier question has no form to reuse.
 */
export function askedAgain(question: string, wh: string, answerSubject?: string): string | undefined {
  const parts = questionParts(question);
  switch (parts.shape) {
    case 'inverted':
      return words(wh, parts.auxiliary, parts.subject, parts.verb, parts.asked, parts.rest);
    case 'copula':
      return askedIsSubject(parts) ? words(wh, parts.auxiliary, withArticle(parts.asked), parts.subject) : words(wh, parts.auxiliary, parts.subject, parts.asked);
    case 'subject':
      if (!answerSubject || parts.verb === '') return undefined;
      return words(wh, parts.verbPast ? 'did' : 'does', answerSubject, conjugate(parts.verb, 'Infinitive'), parts.rest);
    default:
      return undefined;
  }
}

/**
 * The earlier question asked again with a question phrase: "when did the talks start" + "what
 * time" → "what time did the talks start"; when the phrase names the noun the earlier one asked
 * about, it takes that one's place: "how many troops are near the border" + "whose troops" →
 * "whose troops are near the border"; a question about its subject takes the phrase as subject:
 * "who attended" + "which countries" → "which countries attended".
 */
export function askedWith(question: string, phrase: string): string | undefined {
  const parts = questionParts(question);
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
