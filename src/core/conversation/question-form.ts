import { QUESTION_WORDS } from '../text/question-words.js';
import { CHAT_SHORTHAND, withoutEmojiShortcodes, withSlashesWrittenOut } from '../text/chat-words.js';
import { analyseText, type TextAnalysis, type Token } from './text-analysis.js';

/** Words that open a question by asking for something. */
export const WH_WORDS = QUESTION_WORDS;

/** Auxiliary and copular verbs: they move in questions ("did the talks fail" / "the talks failed"). */
export const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'am', 'be', 'been', 'do', 'does', 'did', 'has', 'have', 'had',
  'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must',
]);

/**
 * Words that join a question to the one before it without adding content ("and", "so", "ok"),
 * and chat's spellings of "and" ("n missiles?", "nd the us?", "& georgia?").
 */
const CONTINUATION = /^(?:(?:(?:n|nd)(?=\s)|&|(?:and|but|so|ok|okay|also|then|well|oh|ah|right|alright|hmm+|thanks|thank you|cool|interesting|wow|lol|haha|i see|got it|gotcha|yeah|yep)\b)[\s,.!]*)+/i;

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\b(what|who|where|when|how|why|that|it|there|here|he|she)'s\b/gi, '$1 is'],
  [/\b(what|who|they|we|you)'re\b/gi, '$1 are'],
  [/\b(i|you|we|they|who|what|could|would|should|might|must)'ve\b/gi, '$1 have'],
  [/\b(i|you|he|she|it|we|they|who|what|that|there)'ll\b/gi, '$1 will'],
  [/\b(i|you|he|she|it|we|they|who|what|that|there|where|how|why)'d\b/gi, '$1 would'],
  [/\b(can)'t\b/gi, '$1not'],
  [/\bwon't\b/gi, 'will not'],
  [/\b(is|are|was|were|do|does|did|has|have|had|would|could|should|must)n't\b/gi, '$1 not'],
  // Chat's "its" for "it's", where no possessive can stand: before an article, "not", or an
  // adverb ("so its a stalemate?" had been read as a possessive, "the west's a stalemate").
  [/\bits(?= (?:a|an|the|not|over|true|just|still|really|already|going|been|because|about|so|very|pretty|kinda)\b)/gi, 'it is'],
];

/**
 * Chat spellings of a word, as the rules read them: "r" → "are", "u" → "you", "wat" → "what",
 * "whats" → "what is". Left as typed, "why r they there" had become "why r the soldiers r near
 * ukraine", and "whose red lines are they" after "whats a red line", "… are whats".
 */
const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map([
  // The shorthand the engine writes out for every question ("ppl", "wat", "b4"), and what only a conversation's context can read.
  ...CHAT_SHORTHAND,
  ['r', 'are'], ['u', 'you'], ['ur', 'your'], ['bc', 'because'], ['pls', 'please'], ['plz', 'please'],
  ['gonna', 'going to'], ['wanna', 'want to'],
  ['whats', 'what is'], ['whos', 'who is'], ['wheres', 'where is'], ['whens', 'when is'], ['hows', 'how is'], ['whys', 'why is'],
  ['thats', 'that is'], ['theres', 'there is'], ['dont', 'do not'], ['doesnt', 'does not'], ['didnt', 'did not'], ['isnt', 'is not'],
  ['arent', 'are not'], ['wasnt', 'was not'], ['werent', 'were not'], ['theyre', 'they are'], ['havent', 'have not'], ['hasnt', 'has not'],
]);

/**
 * The question in a form the rules can read: curly apostrophes straightened, contractions after
 * pronouns and question words expanded ("what's his view" → "what is his view", "they're" →
 * "they are"), and "the us" read as the country. Possessives ("russia's") are left alone; those
 * chat wrote without their apostrophe were put back where the question entered the conversation
 * (withPossessives in chat-possessives.ts), by what the engine knows of words.
 */
export function normaliseQuestion(question: string): string {
  // Emoji carry no words to rewrite: "why? 🤔" and "why? :thinking:" ask "why?".
  const pictures = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu;
  let text = withoutEmojiShortcodes(question.replace(/[’‘]/g, "'").replace(pictures, ' ')).replace(/\s+/g, ' ').trim();
  // Chat's "w/ who", "w/o nato" and "the us 1", "which 1": "with", "without" and "one".
  text = withSlashesWrittenOut(text)
    .replace(/\b((?:the|this|that|which|other|another) (?:[a-z]+ )?)1\b(?![\d.,:])/gi, '$1one');
  // A word before "'s" too: "wat's sherman's quote" asks "what's".
  text = text.replace(/(?<![\p{L}\d'])[\p{L}\d]+(?=(?:'s\b)|(?![\p{L}\d']))/gu, (word) => {
    const lower = word.toLowerCase();
    return CHAT_SPELLINGS.get(lower) ?? word;
  });
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  // Chat's order, the question word last after "be": "meeting was where" is "where was meeting",
  // which the rules can ask again with another question word ("what day of the week?").
  text = text.replace(/^([\p{L}\d' -]+?)\s+(is|was|are|were)\s+(where|when|who|what)([?!.\s]*)$/iu, (whole, subject: string, verb: string, wh: string, end: string) =>
    subject.split(/\s+/).length <= 5 && !/^(?:where|when|who|what|which|how|why)\b/i.test(subject) ? `${wh} ${verb} ${subject}${end}` : whole,
  );
  // In lower-case chat, "the us" can only be the country.
  return countryBeforeNoun(text.replace(/\bthe us\b/gi, 'the US'));
}

/**
 * "what do us officials think", "how do us allies feel": in lower-case chat, "us" before a noun
 * is the country, unless a verb before it takes it as its object ("give us details", "tell us
 * more"); so is the "us" of "did us say …", the subject of the question's verb. Read as the
 * pronoun, "us officials" was no phrase a later "they" could stand for.
 */
function countryBeforeNoun(text: string): string {
  if (!/\bus\b/.test(text)) return text;
  const { tokens } = analyseText(text);
  let result = text;
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    const token = tokens[index];
    const after = tokens[index + 1];
    if (token?.text !== 'us' || !after || after.tags.has('Pronoun')) continue;
    // "did us say …": the subject of a question's verb, which the pronoun "us" never is.
    const subject = AUXILIARIES.has(tokens[index - 1]?.lower ?? '') && after.tags.has('Verb');
    if (!subject && !(after.tags.has('Noun') || after.tags.has('Adjective'))) continue;
    if (!subject && isMainVerb(tokens[index - 1])) continue;
    result = result.slice(0, token.start) + 'US' + result.slice(token.end);
  }
  return result;
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
  // After "be" or "have" a verb is a participle ("were the talks held", "has russia gathered", "is
  // it going"), never a present form: in "where were the oslo talks" the tagger's verb "talks" is
  // the subject's head noun, and a statement made from it read "the oslo were talks".
  const presentOnly = (token: Token): boolean =>
    (BE.has(auxiliary) || HAVE.has(auxiliary)) && token.tags.has('PresentTense') && !token.tags.has('Gerund') && !token.tags.has('PastTense') && !token.tags.has('Participle');
  // After "do", "have" is the main verb: "how many troops does russia have near ukraine". And a
  // "do" past the subject is one ("what will nato do about it"), not the auxiliary it also is:
  // "why?" after it had become "why will nato do about it", with no verb.
  // A progressive the tagger read as a noun, after a subject that is a name or a pronoun and
  // before "to": in "is russia planning to invade ukraine", "russia planning" was one phrase.
  const progressive = (token: Token, index: number): boolean =>
    BE.has(auxiliary) && /ing$/.test(token.lower) && tokens[index + 1]?.lower === 'to' &&
    (PERSONAL_PRONOUNS.has(tokens[index - 1]?.lower ?? '') || analysis.names.some((span) => span.last === index - 1));
  const found = tokens.findIndex(
    (token, index) =>
      index > auxiliaryIndex &&
      ((isMainVerb(token) && !presentOnly(token)) || progressive(token, index) || (doSupport && token.tags.has('Verb') && HAVE.has(token.lower)) || (index > auxiliaryIndex + 1 && token.lower === 'do')),
  );
  if (found >= 0) return found;
  if (!doSupport || tokens.length <= auxiliaryIndex + 2) return -1;
  // A subject that is a name or a pronoun ends plainly, and the verb follows it ("did Wendy Sherman
  // show any progress", with "show" read as a noun); otherwise the last word.
  const subject = auxiliaryIndex + 1;
  const opening = tokens[subject]?.lower === 'the' ? subject + 1 : subject;
  const name = analysis.names.find((span) => span.first === opening);
  const subjectLast = PERSONAL_PRONOUNS.has(tokens[subject]?.lower ?? '') ? subject : name ? name.last : -1;
  return subjectLast >= 0 && subjectLast + 1 < tokens.length - 1 ? subjectLast + 1 : tokens.length - 1;
}

const HAVE = new Set(['have', 'has', 'had']);
export const BE = new Set(['is', 'are', 'was', 'were', 'am']);
export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'you', 'i']);

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
    // A word between the question word and an auxiliary is its noun whatever the tagger called
    // it: in "what date were the talks held" it reads "date" as a verb, and "where?" after it had
    // been asked as "where does it date were the talks held".
    const [, noun, auxiliary] = analysis.tokens;
    const nounBeforeAuxiliary = noun !== undefined && auxiliary !== undefined && AUXILIARIES.has(auxiliary.lower) && !AUXILIARIES.has(noun.lower) && !noun.tags.has('Pronoun');
    if (length === 1 && first.lower !== 'how' && nounBeforeAuxiliary) length = 2;
  }
  // "which of the demands", "which one of them": what is picked from is asked for too.
  if (['which', 'what'].includes(first.lower) && analysis.tokens[length]?.lower === 'of') {
    const phrase = analysis.nounPhrases.find((item) => item.first === length + 1);
    if (phrase) length = phrase.last + 1;
    else if (['them', 'these', 'those'].includes(analysis.tokens[length + 1]?.lower ?? '')) length += 2;
  }
  return length;
}

/** Words joined by spaces, leaving out empty ones. */
export const words = (...parts: string[]): string => parts.filter((part) => part !== '').join(' ');

/** The tokens from `from` up to `to`, as text. */
export const tokenText = (tokens: readonly Token[], from: number, to: number): string => tokens.slice(from, to).map((token) => token.text).join(' ');
