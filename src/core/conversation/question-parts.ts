/** A question taken apart into its question word, auxiliary, subject, verb and the rest, for asking it again in another form. */
import { AUXILIARIES, mainVerbIndex, normaliseQuestion, tokenText, whPhraseLength, withoutContinuation } from './question-form.js';
import { analyseText } from './text-analysis.js';

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
  // "which of the three demands": what is asked about is one of them.
  const asked = join(whWords, whLength).replace(/^of\s/i, 'one of ');
  const empty = { wh: join(0, whWords), asked, auxiliary: '', subject: '', verb: '', verbPast: false, rest: '' };
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
