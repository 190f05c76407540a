/**
 * "are the europeans worried about something" … "worried about what?": the follow-up asks for
 * the "something" of the question before, which a yes/no question left open. Asked again as the
 * question it stood for: "what are the europeans worried about".
 */
import { conjugate } from './conjugation.js';
import { AUXILIARIES, normaliseQuestion, withoutContinuation } from './question-form.js';
import { namesAPerson } from './person-nouns.js';
import { analyseText } from './text-analysis.js';

/** Indefinites a yes/no question can leave open, and the question word that asks for each. */
const INDEFINITES = new Map<string, string>([
  ['something', 'what'], ['anything', 'what'], ['someone', 'who'], ['anyone', 'who'], ['somebody', 'who'], ['anybody', 'who'],
  ['somewhere', 'where'], ['anywhere', 'where'],
]);

/**
 * The fragment that asks for it: "what exactly", "about what", "worried about what", "against who
 * exactly" (a word the question before holds, a preposition, then the question word).
 */
const ASKS_FOR_SLOT = /^(?:(?:([a-z]+) )?(about|against|with|for|from|to|of|on|in|at|by|over|towards) )?(what|who|whom|where)(?: exactly)?$/;

/**
 * The earlier yes/no question asked for what it left open, when `fragment` asks for that:
 * "are the europeans worried about something" + "worried about what" → "what are the europeans
 * worried about"; "did ryabkov say anything about georgia" + "what exactly" → "what did ryabkov
 * say about georgia". Undefined otherwise (a question of another shape, no indefinite, a question
 * word of another kind, or a word the earlier question does not hold).
 */
export function askedForIndefinite(earlier: string, fragment: string): string | undefined {
  const match = ASKS_FOR_SLOT.exec(fragment);
  if (!match) return undefined;
  const [, word, preposition, wh] = match;
  // "what" alone is "pardon?": only "what exactly" or a preposition's "what" asks for the slot.
  if (!preposition && !/ exactly$/.test(fragment) && wh === 'what') return undefined;
  const tokens = normaliseQuestion(withoutContinuation(earlier).rest)
    .replace(/[?!.]+$/, '')
    .toLowerCase()
    .split(/\s+/)
    .filter((token) => token !== '');
  if (!AUXILIARIES.has(tokens[0] ?? '')) return undefined;
  const at = tokens.findIndex((token) => INDEFINITES.has(token));
  if (at < 0) return undefined;
  const asks = INDEFINITES.get(tokens[at] ?? '');
  if ((asks === 'what') !== (wh === 'what') || (asks === 'where') !== (wh === 'where')) return undefined;
  if (preposition && tokens[at - 1] !== preposition) return undefined;
  if (word && !tokens.slice(0, at).includes(word)) return undefined;
  // "did someone threaten russia" → "who threatened russia": the subject asked for takes the verb's tense.
  const doSupport = DO_TENSE.get(tokens[0] ?? '');
  if (at === 1 && doSupport && tokens[2]) return [asks, conjugate(tokens[2], doSupport), ...tokens.slice(3)].join(' ');
  if (at === 1) return [asks, tokens[0], ...tokens.slice(2)].join(' ');
  return [asks, ...tokens.slice(0, at), ...tokens.slice(at + 1)].join(' ');
}

/** The tense "do" gives the verb after it. */
const DO_TENSE = new Map<string, 'PastTense' | 'PresentTense'>([['did', 'PastTense'], ['does', 'PresentTense'], ['do', 'PresentTense']]);

/** "which ones", "which", "who": a follow-up that asks which of the things a yes/no question's "any" left open. */
const WHICH_OF_ANY = /^(?:which(?: ones?)?|who)(?: exactly)?$/;

/**
 * The earlier yes/no question asked for which of its "any X", when `fragment` asks which: "did
 * any us officials think the demands were unrealistic" + "which ones" → "which us officials
 * thought the demands were unrealistic"; "did russia get any guarantees from nato" + "which?" →
 * "which guarantees did russia get from nato". "who" only for a noun for people. Undefined
 * otherwise; asked as "like what?" is, it had been the same question again.
 */
export function askedForWhichOfAny(earlier: string, fragment: string): string | undefined {
  if (!WHICH_OF_ANY.test(fragment)) return undefined;
  const analysis = analyseText(normaliseQuestion(withoutContinuation(earlier).rest).replace(/[?!.\s]+$/, ''));
  const { tokens } = analysis;
  const auxiliary = tokens[0]?.lower ?? '';
  if (!AUXILIARIES.has(auxiliary)) return undefined;
  const at = tokens.findIndex((token) => token.lower === 'any');
  const phrase = at < 1 ? undefined : analysis.nounPhrases.find((item) => item.first <= at + 1 && item.last >= at + 1);
  const head = phrase ? tokens[phrase.last] : undefined;
  if (!phrase || !head?.tags.has('Noun') || (fragment.startsWith('who') && !namesAPerson(head.lower))) return undefined;
  const text = (from: number, to?: number): string[] => tokens.slice(from, to).map((token) => token.text);
  const noun = text(at + 1, phrase.last + 1);
  // The subject: "did any officials think …" → "which officials thought …"; "were any … in geneva" → "which … were in geneva".
  if (at === 1) {
    const tense = DO_TENSE.get(auxiliary);
    const verb = tokens[phrase.last + 1];
    if (tense && verb) return ['which', ...noun, conjugate(verb.text, tense), ...text(phrase.last + 2)].join(' ');
    return ['which', ...noun, tokens[0]?.text ?? '', ...text(phrase.last + 1)].join(' ');
  }
  return ['which', ...noun, ...text(0, at), ...text(phrase.last + 1)].join(' ');
}
