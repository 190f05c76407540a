import { stem, tokenize } from '../text/terms.js';

/*
 * Whether a sentence has someone saying something, for "what did X say" (speaker-evidence.ts).
 * A sentence that only names X does not say what X said: "Even other diplomats believe that
 * President Putin aims to blackmail …" had answered "what did putin say" at 0.47. Measured on the
 * 768 news training questions, each asked of its story: 7 near misses more refused, 1 answer lost
 * (docs/how-answers-are-found.md, forty-second session).
 */

/** Verbs of saying, and of thinking, wanting or fearing (what someone thinks is what they said), in their common forms. */
const SAYING: ReadonlySet<string> = new Set(
  (
    'say says said saying tell tells told telling call calls called calling insist insists insisted warn warns warned warning ' +
    'claim claims claimed add adds added note notes noted state states stated argue argues argued describe describes described ' +
    'deny denies denied reject rejects rejected accept accepts accepted agree agrees agreed refuse refuses refused ' +
    'respond responds responded reply replies replied comment comments commented announce announces announced ' +
    'write writes wrote think thinks thought believe believes believed deem deemed consider considers considered ' +
    'urge urges urged stress stresses stressed explain explains explained express expresses expressed ask asks asked ' +
    'suggest suggests suggested admit admits admitted promise promises promised threaten threatens threatened ' +
    'demand demands demanded accuse accuses accused report reports reported confirm confirms confirmed acknowledge acknowledged ' +
    'echo echoes echoed vow vows vowed pledge pledged dismiss dismissed criticize criticized criticised welcome welcomed praise praised ' +
    // "which the West sees as a fundamental threat": what the West thinks.
    'want wants wanted see sees saw view views viewed regard regards regarded fear fears feared hope hopes hoped ' +
    'expect expects expected worry worries worried oppose opposes opposed support supports supported'
  ).split(' '),
);

/** "did not rule out dialogue", "ruled out a deal": a stance taken, said in two words. */
const RULING = new Set(['rule', 'rules', 'ruled', 'ruling']);

/** Whether the lowercased word at `index` says something: a verb of saying, or "rule" before "out". */
function saysAt(lower: readonly string[], index: number): boolean {
  const word = lower[index] ?? '';
  return SAYING.has(word) || (RULING.has(word) && lower[index + 1] === 'out');
}

/** "be" before a participle: a verb of saying in the passive, whose speaker comes after "by", if anywhere. */
const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * Whether the lowercased word at `index` has the words before it say something: a verb of saying
 * in the active voice. "The Russian delegation, which demanded that NATO not accept Ukraine as a
 * member, was rejected by the US delegation" has neither Ukraine nor the delegation reject
 * anything, and "what did Ukraine's government say about the talks" had been answered with it.
 */
function saysActivelyAt(lower: readonly string[], index: number): boolean {
  if (!saysAt(lower, index)) return false;
  const before = ['not', 'also', 'already', 'widely', 'reportedly', 'often'].includes(lower[index - 1] ?? '') ? index - 2 : index - 1;
  return !PASSIVE_BE.has(lower[before] ?? '');
}

/**
 * Verbs whose object is who is spoken to: "Wendy Sherman … told Russia that "we will not allow
 * …"" has Russia listening, not speaking. Not "said", which comes before its speaker in news
 * ("…," said Ryabkov).
 */
const ADDRESSING: ReadonlySet<string> = new Set(
  'tell tells told telling ask asks asked asking warn warns warned warning urge urges urged urging assure assured inform informed remind reminded accuse accused'.split(' '),
);

/** Whether the word at `index` is the object of a verb of addressing, an article between them or not. */
function addressed(lower: readonly string[], index: number): boolean {
  const before = lower[index - 1] === 'the' ? index - 2 : index - 1;
  return ADDRESSING.has(lower[before] ?? '');
}

const QUOTE = /["\u201c\u201d]/;

/** Words a speaker's verb may come after: "Wendy Sherman, head of the US delegation at the meeting in Geneva, told Russia". */
const AFTER_MENTION = 12;

/** A sentence that opens with whose view it gives: "For Moscow, …", "For the Kremlin, …" (a name, then a comma). */
const VIEW_OF = /^For\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},/u;

/** Whether a sentence reports something said: a verb of saying or thinking, or a quotation. */
function reports(text: string): boolean {
  const lower = tokenize(text).map((token) => token.raw.toLowerCase());
  return QUOTE.test(text) || lower.some((_, index) => saysAt(lower, index));
}

/**
 * Whether the speaker speaks in the sentence, not only appears in it: a verb of saying or
 * thinking within twelve words after a mention ("Ryabkov said", "Sherman called"), the mention
 * after "according to", or after such a verb and "by" ("deemed unrealistic by some US officials",
 * "Reported by Tass"), the name a sentence opens with as whose view it gives ("For Moscow, …"),
 * or a quotation in the sentence; never a mention that is who is spoken to ("told Russia"). `isSpeaker`
 * tells a stemmed word that names the speaker.
 */
export function speaks(text: string, isSpeaker: (term: string, written: string) => boolean): boolean {
  const tokens = tokenize(text);
  const quoted = QUOTE.test(text);
  const lower = tokens.map((token) => token.raw.toLowerCase());
  // "For Moscow, Ukraine or Georgia are red lines": what follows is the view of whom it is for.
  const viewOf = VIEW_OF.exec(text)?.[0].length ?? 0;
  return tokens.some((token, index) => {
    // Who is spoken to, or talked about inside a quotation, does not speak.
    if (!isSpeaker(stem(token.term), token.raw) || addressed(lower, index) || insideQuotation(text, token.start)) return false;
    if (token.end <= viewOf) return true;
    for (let after = index + 1; after <= index + AFTER_MENTION && after < lower.length; after += 1) {
      if (opensOtherSubject(lower, after)) break;
      if (saysActivelyAt(lower, after)) return true;
    }
    // A sentence with a quotation has someone speak: whoever it names outside the quotation
    // ("… told Russia that "we will not allow anyone to slam NATO's open-door policy"": not NATO).
    if (quoted) return true;
    if (
      lower
        .slice(Math.max(0, index - AFTER_MENTION), index)
        .join(' ')
        .includes('according to')
    )
      return true;
    // Before the mention only (a negative start would search the whole sentence from its end).
    const by = index > 0 ? lower.lastIndexOf('by', index - 1) : -1;
    return (
      by >= index - 3 && by >= 0 && lower.slice(Math.max(0, by - 5), by).some((word) => SAYING.has(word))
    );
  });
}

/** Words that open a subject of their own after "which", "that" or "who". */
const SUBJECT_OPENING: ReadonlySet<string> = new Set('the a an he she they we it i you some its his her their this these those'.split(' '));

/**
 * Whether a relative clause with another subject opens at `index`: "Russian troops, which the
 * West sees as a threat" has the West see, not the troops; "The Russian delegation, which
 * demanded …" still has the delegation demand.
 */
function opensOtherSubject(lower: readonly string[], index: number): boolean {
  return ['which', 'that', 'who', 'whom'].includes(lower[index] ?? '') && SUBJECT_OPENING.has(lower[index + 1] ?? '');
}

/**
 * Whether `offset` lies between a quotation's opening and closing marks in `text`. A sentence that
 * ends a quotation opened before it ("The US and Russia … have opposing views on what needs to be
 * done."", the second sentence of Ryabkov's words) is inside it from its start: an odd number of
 * straight marks, the last closing the sentence, or a closing curly mark before any opening one.
 */
function insideQuotation(text: string, offset: number): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const firstCurly = text.search(/[\u201c\u201d]/);
  const startsInside = (straight % 2 === 1 && /"\W*$/.test(text)) || (firstCurly >= 0 && text[firstCurly] === '\u201d');
  return quotationOpenAfter(startsInside, text.slice(0, offset));
}

/**
 * Whether a quotation is still open after this sentence, given whether it was open before it:
 * curly quotation marks say which they are; straight ones are counted, each turning it.
 */
export function quotationOpenAfter(openBefore: boolean, text: string): boolean {
  const opening = (text.match(/\u201c/g) ?? []).length;
  const closing = (text.match(/\u201d/g) ?? []).length;
  if (opening !== closing) return opening > closing;
  return (text.match(/"/g) ?? []).length % 2 === 1 ? !openBefore : openBefore;
}

/**
 * Whether a sentence goes on with the speaker of the one before it: it opens with a quotation
 * mark or inside a quotation the sentence before left open (a quotation of several sentences),
 * with "he", "she" or "they" and a verb of saying ("He echoed that sentiment …"), or with
 * "according to him" ("According to him, the US cannot make decisions about Ukraine without Ukraine").
 */
export function continuesSpeaker(quotationOpen: boolean, text: string): boolean {
  return (
    quotationOpen ||
    /^\s*["\u201c]/.test(text) ||
    /^\s*according\s+to\s+(?:him|her|them)\b/i.test(text) ||
    (/^\s*(?:he|she|they)\b/i.test(text) && reports(text))
  );
}
