/**
 * "who said that", "which outlet reported it", "who printed that quote": a follow-up that asks
 * where the last answer's words come from. What "that" stands for there is what the bot just
 * quoted, not what the member had asked: after "is russia willing to drop any of its demands",
 * answered with "The US and NATO are likely to reject Russia's demands …", the question had been
 * read as "who said that (russia is willing to drop any of its demands)", which no one in the
 * article says, and heard "doesn't say".
 */
import { stem } from '../text/terms.js';

/** Who spoke, or which outlet carried the words. */
export type SourceAsked = 'speaker' | 'outlet';

/** Nouns that name a source, and whether they are a person or an outlet. */
const SOURCE_NOUNS: ReadonlyMap<string, SourceAsked> = new Map([
  ...['outlet', 'outlets', 'source', 'sources', 'paper', 'newspaper', 'agency', 'network', 'channel', 'site', 'website', 'media', 'publication', 'wire'].map(
    (word): [string, SourceAsked] => [word, 'outlet'],
  ),
  // Not "which one" or "which official", which ask for one of the things just named.
  ...['reporter', 'journalist', 'correspondent'].map((word): [string, SourceAsked] => [word, 'speaker']),
]);

/**
 * Forms of the verbs that ask who uttered the words ("said"), a view among them ("who thinks
 * that", "who's claiming that"), and of those that ask who carried them ("reported"). Not threats:
 * "who threatened that" asks who acted, and a later "it" is the threat. "quote" is left to the
 * nouns: "who printed that quote" asks for an outlet.
 */
const SPEAKING_VERBS = new Set(
  ['say', 'tell', 'claim', 'state', 'think', 'believe', 'insist', 'suggest', 'argue', 'mean'].flatMap((verb) => [verb, `${verb}s`, `${verb.replace(/e$/, '')}ing`, `${verb.replace(/e$/, '')}ed`]).concat(['said', 'told', 'thought', 'meant', 'quoted']),
);
const CARRYING_VERBS = new Set(['report', 'reports', 'reported', 'reporting', 'print', 'printed', 'publish', 'published', 'write', 'wrote', 'written', 'run', 'ran', 'carry', 'carried']);

/** Words that point back at what was just said, and nouns for a stretch of words. */
const POINTING = new Set(['that', 'this', 'it', 'so', 'those', 'these', 'the']);
const DEMONSTRATIVES = new Set(['that', 'this', 'those', 'these']);
const WORDS_NOUNS = new Set(['quote', 'quotes', 'statement', 'line', 'words', 'comment', 'remark', 'part', 'claim', 'opinion', 'view', 'views', 'idea', 'take', 'position']);
/** What was said may be restated after its verb: "who said they would", "who thinks it will". */
const RESTATED = new Set(['they', 'he', 'she', 'we', 'would', 'will', 'could', 'can', 'should', 'might']);
/** Whole follow-ups that ask who said it ("acc 2 who", "per who" as chat writes it). */
const WHO_SAYS = /^(?:says who|who says|acc(?:ording)? (?:to|2) (?:who|whom)|per (?:who|whom))$/;

/** After "where": where the words come from ("where's that from", "where did you get that"). */
const ORIGIN = new Set(['from', 'come', 'comes', 'came', 'get', 'got', 'you', 'find', 'found']);

/** Words that may stand around the rest without changing what is asked. */
const FILLER = new Set(['was', 'is', 'were', 'are', 'did', 'does', 'do', 'has', 'had', 'have', 'first', 'originally', 'actually', 'exactly', 'again', 'even', 'by', 'of', 'for', 'on', 'one', 'in']);

/** The verb of "did X say that" or "was it X who reported it". */
const GUESS_CHECK = /^(?:(?:did|does|do|has|have|had)\s+(?:\S+\s+){1,4}?|(?:was|is)\s+(?:it|that)\s+(?:\S+\s+){1,4}?(?:who|that|which)\s+)(\S+)(?:\s+(?:that|this|it|so))?$/;

/**
 * The verbs of speaking that put a guess at who said it: not views ("does the bbc believe that"
 * asks what the BBC thinks of it, not who said it).
 */
const UTTERING_VERBS = new Set(['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'claim', 'claims', 'claimed', 'state', 'states', 'stated', 'quote', 'quoted']);

/**
 * A source question with a guess at the source, as the same question without it, or undefined:
 * a guess after it, set off by a comma or question mark ("who said that, biden?" → "who said
 * that", "which outlet reported it, tass?"), or put as a yes/no question ("did biden say that" →
 * "who said that", "was it the ap that reported it" → "who reported that"). The answer names the
 * real source, in bold, whether or not it is the one guessed; read with the guess, "was it reuters
 * that reported that" had become "was the geneva talks reuters that reported that (…)".
 */
export function withoutGuess(followUp: string): string | undefined {
  const split = /^(.+?)\s*[,?]\s*([^,?]+?)\s*\??$/.exec(followUp.trim());
  if (split && wordsOf(split[2] ?? '').length <= 4 && sourceAsked(split[1] ?? '') !== undefined) return split[1];
  const verb = GUESS_CHECK.exec(wordsOf(followUp).join(' '))?.[1];
  if (verb === undefined) return undefined;
  return UTTERING_VERBS.has(verb) ? 'who said that' : CARRYING_VERBS.has(verb) ? 'who reported that' : undefined;
}

/**
 * What a follow-up asks about the last answer's source, or undefined when it asks anything else.
 * Every word must be a question word, a source noun or verb, a word pointing back, or filler:
 * "who said russia would invade" names what was said, and is a question of its own.
 */
export function sourceAsked(followUp: string): SourceAsked | undefined {
  const words = wordsOf(followUp);
  const [opener] = words;
  if (opener === undefined) return undefined;
  if (WHO_SAYS.test(words.join(' '))) return 'speaker';
  // "which outlet …", "what's the source of that", and "source for that?" (but not "source?"
  // alone, which asks the last question again to show its citation).
  const nounAt = opener === 'which' || opener === 'what' ? words.findIndex((word, index) => index > 0 && !FILLER.has(word) && !POINTING.has(word) && word !== 'news') : 0;
  const noun = nounAt >= 0 ? SOURCE_NOUNS.get(words[nounAt] ?? '') : undefined;
  const questionWord = opener === 'who' || opener === 'whom' || opener === 'whose' || opener === 'where';
  if (noun === undefined && !questionWord) return undefined;
  const rest = words.slice(noun === undefined ? 1 : nounAt + 1);
  if (noun !== undefined && nounAt === 0 && !rest.some((word) => POINTING.has(word) && word !== 'the')) return undefined;
  const spoken = rest.findIndex((word) => SPEAKING_VERBS.has(word));
  const allowed = (word: string, index: number): boolean =>
    SPEAKING_VERBS.has(word) || CARRYING_VERBS.has(word) || POINTING.has(word) || WORDS_NOUNS.has(word) || FILLER.has(word) || (opener === 'where' && ORIGIN.has(word)) || (spoken >= 0 && index > spoken && RESTATED.has(word));
  if (!rest.every(allowed)) return undefined;
  // "whose words are those", "whose opinion is that": the noun names what was said.
  if (opener === 'whose') return rest.some((word) => WORDS_NOUNS.has(word)) && rest.some((word) => DEMONSTRATIVES.has(word)) ? 'speaker' : undefined;
  const speaking = spoken >= 0;
  const carrying = rest.some((word) => CARRYING_VERBS.has(word));
  // "which outlet" alone names what it asks for.
  if (noun !== undefined) return noun;
  // "where" only with a verb of carrying, or a word of origin and "that" or "this" ("where's that
  // from", "where did you get that"): "where did he say that" asks for a place, "where are they
  // from" where people come from, and "where is it from" may ask it of a thing.
  if (opener === 'where') return carrying || (rest.some((word) => ORIGIN.has(word)) && rest.some((word) => DEMONSTRATIVES.has(word))) ? 'outlet' : undefined;
  // "who reported that", "who printed that quote": an outlet; "who said it": a speaker.
  return speaking ? 'speaker' : carrying ? 'outlet' : undefined;
}

/** The lower-case words of a text, "'s" read as "is". */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, ' is')
    .replace(/[?!.,"“”]+/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
}

/**
 * A sentence that reports speech: a quotation, or a verb of saying with its source. Narrower than
 * the speaker check's verbs (answer/reported-speech.ts), which count wanting, rejecting and
 * fearing as saying: here "The US and NATO are likely to reject Russia's demands" is the article's
 * own sentence, and the one beside it, "some US officials have said …", is what was reported. A
 * view with its holder counts ("Even other diplomats believe that …"): "who says so" after it had
 * asked about the BBC quote the answer gave second.
 */
const REPORTS_SPEECH = /["“”]|\b(?:said|says|told|tells|according to|reported by|insisted|warned|stated|claimed|called|added|argued|denied|denies|believe|believes|believed|thinks)\b|\b(?:deemed|considered|described|regarded|viewed)\b[^.]*\bby\s/i;
/** A sentence that names where its words were carried: "according to the AP", "Reported by Tass", "the BBC's". */
const NAMES_OUTLET = /\b(?:according to|reported by|reported|reports|reporting)\b|\b\p{Lu}{2,}['’]s\b/u;

/** "source?", "src?", "sources?" alone. */
const SOURCE_ALONE = /^(?:sources?|srcs?|sauce)$/;

/**
 * "source?" after an answer one of whose sentences names where its words were carried ("According
 * to the Associated Press, Wendy Sherman … told Russia …"): which outlet reported them, in bold.
 * Undefined otherwise: after an answer in the article's own voice, "source?" asks the last
 * question again, so that its answer and citation are shown again.
 */
export function outletAskedAlone(followUp: string, answerSentences: readonly string[]): string | undefined {
  // "Reported by Tass, …" opens its sentence in capitals.
  const namesOutlet = (sentence: string): boolean => NAMES_OUTLET.test(sentence) || /\b(?:according to|reported by)\b/i.test(sentence);
  if (!SOURCE_ALONE.test(followUp) || !answerSentences.some(namesOutlet)) return undefined;
  return sourceQuestion('outlet', answerSentences);
}

/**
 * The question to ask instead: who said, or which outlet reported, the words of the last answer.
 * Of its sentences, the first that reports speech, when one does: after an answer that quotes
 * Ryabkov beside a sentence of the article's own, "that" is the quote; for an outlet, the first
 * that names where the words were carried ("Reported by Tass, …"), when one does. One sentence,
 * so that the question matches it and no other. Quotation marks are dropped, so the words are
 * read as the question's own, and only what the sentence reports is asked about (see
 * {@link reportedWords}). Undefined when no sentence reports speech: the answer said it in
 * the article's own voice, and the source, if the article gives one, is in a sentence near it,
 * which the question as the other rules read it ("who reported that (the talks went on …)") finds.
 * `orFirst` takes the answer's first sentence then, for a follow-up no other rule could read
 * ("who said it" after "For Moscow, Ukraine or Georgia are red lines …").
 */
export function sourceQuestion(asked: SourceAsked, answerSentences: readonly string[], orFirst = false, followUp = ''): string | undefined {
  // A quotation closed and the next one opened ('… avoid." "I am convinced …') end a sentence,
  // though the splitter kept them together.
  const sentences = answerSentences.flatMap((sentence) => sentence.split(/(?<=[.!?]["”])\s+(?=["“])/u));
  // "who's claiming that" after an answer where Russia denies one thing and officials claim
  // another: the sentence with the follow-up's own verb ("claimed") is what it points at.
  const verbs = new Set(wordsOf(followUp).filter((word) => SPEAKING_VERBS.has(word) || CARRYING_VERBS.has(word)).map(stem));
  const chosen =
    (verbs.size > 0 ? sentences.find((sentence) => wordsOf(sentence).some((word) => verbs.has(stem(word)))) : undefined) ??
    (asked === 'outlet' ? sentences.find((sentence) => NAMES_OUTLET.test(sentence)) : undefined) ??
    sentences.find((sentence) => REPORTS_SPEECH.test(sentence)) ??
    (orFirst ? sentences[0] : undefined);
  const words = reportedWords(chosen ?? '');
  if (words === '') return undefined;
  return asked === 'speaker' ? `who said: ${words}` : `which outlet reported: ${words}`;
}

/**
 * What a sentence reports, without who reported it: the quotation ('Ryabkov said "in our priority
 * scale …"'), else what follows "according to X," or "reported by X,", else what follows the verb
 * of saying ("Stoltenberg insisted that the alliance was ready …"). The question then holds the
 * words and not the speaker, whose name is what the answer adds, and the bold falls on it.
 * The whole sentence when none of these leaves three words.
 */
export function reportedWords(sentence: string): string {
  const quotation = /["“]([^"“”]+)["”]/u.exec(sentence)?.[1];
  const attributed = /^(?:according to|reported by)\s[^,]+,\s*(.+)$/iu.exec(sentence)?.[1];
  const said = /\b(?:said|says|told(?:\s+\p{L}+)?|insisted|warned|stated|claimed|added|argued|threatened|suggested|believes?|believed|thinks|thought|denies|denied)\s+(?:that\s+)?(.+)$/iu.exec(sentence)?.[1];
  // A view with its holder after "by": "the demands were deemed unrealistic by some US officials".
  const judged = /^(?:but\s+|and\s+)?(.+?\b(?:deemed|considered|described|regarded|viewed)\b.+?)\s+by\s+[^,.]+\.?$/iu.exec(sentence)?.[1];
  const tidy = (text: string | undefined): string => (text ?? '').replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
  for (const part of [quotation, attributed, said, judged]) if (tidy(part).split(' ').length >= 3) return tidy(part);
  return tidy(sentence);
}
