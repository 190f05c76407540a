import type { SummaryShape } from '../summary/types.js';
import { editDistance } from '../text/edit-distance.js';

/**
 * The wording of summary requests beyond the bare verb: which part of the article they want
 * ("sum up section 3", "summarize the part about nato") and in what shape ("in 3 sentences",
 * "bullet points", "like i'm 5"). Works on text already through `normalizeRequest` (lowercase,
 * punctuation gone, words separated by single spaces).
 */

/** Which part of the article a summary request names. */
export type SummaryScope =
  /** A section by number (the lead is 0), or the article's last one. */
  | { kind: 'section'; section: number | 'last' }
  /** A part named by what it is about ("the part about nato"): a section title or a topic. */
  | { kind: 'topic'; topic: string };

/** The words a summary is asked with, one edit or two from a typing slip ("sumarize", "summerize", "summray"). */
const SUMMARY_WORDS = ['summarize', 'summarise', 'summary', 'summarization', 'summarisation'] as const;

/**
 * The request with slips in the word "summarize" or "summary" mended ("sumarize pls",
 * "summerize the article", "sumary?"). Only words that start like it and are long enough that
 * two edits cannot reach another common word: "summer" and "sum" stay what they are.
 */
export function mendSummaryWords(request: string): string {
  return request.replace(/\b(?:s[a-z]{5,13})\b/g, (word) => {
    if (!word.startsWith('su') || (SUMMARY_WORDS as readonly string[]).includes(word)) return word;
    let best: { word: string; distance: number } | undefined;
    for (const candidate of SUMMARY_WORDS) {
      // Two slips in a word of eight letters or more ("summarzie" is one transposition), one in a shorter one.
      const limit = candidate.length >= 8 && word.length >= 7 ? 2 : 1;
      const distance = editDistance(word, candidate, limit);
      if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
    }
    return best?.word ?? word;
  });
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
const NUMBER = `\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')}`;
const ORDINAL = `\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join('|')}|last|final`;

/** The value of "3", "three", "3rd" or "third". */
function numberValue(word: string): number {
  return NUMBER_WORDS[word] ?? ORDINAL_WORDS[word] ?? Number.parseInt(word, 10);
}

/** The names members give a part of an article. */
const PART = '(?:part|section|bit|paragraph|passage|portion|segment|chapter|heading)';
const NUMBERED_PART = new RegExp(`^(?:the )?(?:${PART}) (?:number |no |nr )?(${NUMBER})$`);
const ORDINAL_PART = new RegExp(`^(?:the )?(${ORDINAL}) ${PART}$`);
const LEAD_PART = new RegExp(`^(?:the )?(?:intro|introduction|lead|lede|opening|beginning)(?: ${PART})?$`);
const PART_ABOUT = new RegExp(
  `^(?:the )?${PART}s? (?:about|on|regarding|concerning|covering|dealing with|that (?:talks|is) about|where (?:they|it|he|she|the article) (?:talks?|discuss(?:es)?|speaks?) about) (.+)$`,
);
/**
 * "the gift thing in the heading", "the great gift bit in the title": a part named by words its
 * heading holds. (Read as "the … heading" below, its topic would be "gift thing in the".)
 */
const IN_THE_HEADING = new RegExp(
  `^(?:the )?((?:[\\p{L}\\d'-]+ ){0,4}[\\p{L}\\d'-]+) (?:in|from|of) the (?:heading|headline|title|subheading|section title)s?$`,
  'u',
);
/** "thing", "stuff" or "bit" after the words that name a topic ("the gift thing"): they name nothing. */
const FILLER = / (?:thing|things|stuff|bit|part)$/;
/** "the nato section", "the sanctions part": up to four words naming it, and no ordinal or article word. */
const NAMED_PART = new RegExp(`^(?:the )?((?:[\\p{L}\\d'-]+ ){0,3}[\\p{L}\\d'-]+) ${PART}$`, 'u');
const NOT_A_NAME = new RegExp(
  `^(?:${ORDINAL}|${NUMBER}|whole|entire|main|same|other|next|previous|this|that|which|what|any|every|each|a|an|of|in|on|about|for|to|from|with|by|at|and|or)\\b`,
);
/** "gift thing in the": a phrase cut inside, not a topic. */
const ENDS_IN_A_FUNCTION_WORD = /\b(?:the|a|an|of|in|on|at|to|for|from|with|by|and|or)$/;
/** A word without which no phrase names a part (see {@link scopeOf}'s patterns). */
const MAY_NAME_A_PART = new RegExp(`(?:^| )(?:${PART}s?|intro|introduction|lead|lede|opening|beginning|about)(?= |$)`);
/** "what the article says about sanctions": what it says on a topic, not what someone in it said. */
const WHAT_IT_SAYS_ABOUT =
  /^what (?:it|the (?:article|story|text|piece|report)) (?:says?|said|tells? us|writes?) about (.+)$/;

/** The part of the article a phrase names, or undefined when it names none. */
export function scopeOf(phrase: string): SummaryScope | undefined {
  const numbered = NUMBERED_PART.exec(phrase) ?? ORDINAL_PART.exec(phrase);
  if (numbered?.[1] !== undefined) {
    return {
      kind: 'section',
      section: /^(?:last|final)$/.test(numbered[1]) ? 'last' : numberValue(numbered[1]),
    };
  }
  if (LEAD_PART.test(phrase)) return { kind: 'section', section: 0 };
  const named =
    PART_ABOUT.exec(phrase)?.[1] ?? WHAT_IT_SAYS_ABOUT.exec(phrase)?.[1] ?? IN_THE_HEADING.exec(phrase)?.[1] ?? NAMED_PART.exec(phrase)?.[1];
  const topic = named?.replace(FILLER, '');
  if (topic === undefined || NOT_A_NAME.test(topic) || ENDS_IN_A_FUNCTION_WORD.test(topic)) return undefined;
  return { kind: 'topic', topic: topic.replace(/^(?:the|a|an) /, '') };
}

/**
 * Every reading of the request with one phrase naming a part of the article put as "the
 * article" ("sum up section 3" → "sum up the article", section 3): parts named by number first,
 * then by topic, each longest phrase first. The
 * caller keeps the first reading that is a summary request, so a phrase that only looks like a
 * part ("what happened in the second part of the meeting") is never taken for one.
 */
export function scopedReadings(request: string): Array<{ request: string; scope: SummaryScope }> {
  // Every phrase that names a part holds a part word, an intro word or "about": without one, the
  // phrases of an ordinary question (every message is read here) need not be tried one by one.
  if (!MAY_NAME_A_PART.test(request)) return [];
  const words = request.split(' ');
  const readings: Array<{ request: string; scope: SummaryScope }> = [];
  for (let start = 0; start < words.length; start += 1) {
    for (let end = words.length; end > start; end -= 1) {
      const scope = scopeOf(words.slice(start, end).join(' '));
      if (scope)
        readings.push({
          request: [...words.slice(0, start), 'the article', ...words.slice(end)].join(' '),
          scope,
        });
    }
  }
  // "the second part" is section 2 before it is a part about "second".
  return [
    ...readings.filter((reading) => reading.scope.kind === 'section'),
    ...readings.filter((reading) => reading.scope.kind === 'topic'),
  ];
}

/** "in 3 sentences", "in five points", "with 2 lines". */
const COUNT = new RegExp(
  `(?:^| )(?:in|with|using|as) (${NUMBER}) (bullet points?|sentences?|lines?|points?|bullets?)(?= |$)`,
);
/** "as a list", "in bullet points", "bullet points", "bulleted". */
const BULLETS =
  /(?:^| )(?:(?:in|as) (?:a )?)?(?:bullet(?:ed)? (?:points?|list)|bullets|bulleted|list form|a list)(?= |$)/;
/** "like i'm 5", "for a kid", "in simple terms", "simply": as short and plain as it gets. */
const SIMPLY =
  /(?:^| )(?:(?:like|as if|as though) (?:i'm|im|i am|i was|i were) (?:\d{1,2}|five|a (?:child|kid|baby|toddler|five year old|5 year old))(?: years? old)?|(?:to|for) a (?:child|kid|five year old|5 year old)|in (?:simple|plain|easy|layman's|laymans) (?:terms|words|english|language)|simply|eli5)(?= |$)/;
const SHORT =
  /(?:^| )(?:quick|short|shorter|brief|briefly|in short|in brief|tl;?dr|tl dr|in a nutshell|in one sentence|in a sentence|one sentence|one line)(?= |$)/;
const LONG =
  /(?:^| )(?:detailed|long|longer|full|fuller|complete|in detail|in more detail|in depth|thorough)(?= |$)/;

/**
 * The shape a request asks for, and the request without the words that only said so ("can you
 * summarize it in 3 sentences" → "summarize it", 3 sentences). Without any, a chat summary is
 * short: members asking in a channel want the gist.
 */
export function shapeOf(request: string): { request: string; shape: SummaryShape } {
  const shape: SummaryShape = {};
  let rest = request;
  const count = COUNT.exec(rest);
  if (count?.[1] !== undefined && count[2] !== undefined) {
    shape.sentences = numberValue(count[1]);
    if (/point|bullet/.test(count[2])) shape.bullets = true;
    rest = rest.replace(count[0], '');
  }
  if (BULLETS.test(rest)) {
    shape.bullets = true;
    rest = rest.replace(BULLETS, '');
  }
  if (SIMPLY.test(rest)) {
    shape.length = 'short';
    // "eli5" is the whole request, and so is "explain like i'm 5" with nothing to explain named;
    // the other phrases only qualify one.
    const qualified = rest.replace(SIMPLY, '').replace(/\s+/g, ' ').trim();
    rest = rest === 'eli5' || /^(?:(?:can you |could you |pls |please )?explain(?: (?:it|this|that|everything|all this|the whole thing))?(?: to me)?)$/.test(qualified) ? 'explain the article' : qualified;
  }
  if (shape.sentences === undefined && shape.length === undefined)
    shape.length = LONG.test(rest) ? 'long' : 'short';
  if (shape.sentences === undefined && SHORT.test(rest)) shape.length = 'short';
  return { request: rest.replace(/\s+/g, ' ').trim(), shape };
}
