import { QUESTION_WORD_PATTERN } from '../text/question-words.js';

/**
 * What a member offers as a guess beside the question ("… was it moldova?", "… geneva or
 * vienna?", "like 12 hours right?"): a guess is to be checked against the answer, not something
 * the article must mention for the question to be answered. The blind probe of the forty-seventh
 * session met four such questions, each refused as "it never mentions Moldova" (Vienna, 12, 50k)
 * where the article answers what was asked and so corrects the guess ("namely Georgia",
 * "in Geneva", "nearly eight hours").
 */

/**
 * A closing ", was it X?", ", or is it X", ", is that X": the guess a question ends on, set off by
 * a comma ("what time is it in tokyo" asks about Tokyo).
 */
const CLOSING_GUESS = /\s*[,;]\s*(?:or\s+)?(?:was|is|were|are)\s+(?:it|that|this|they)\s+(?:maybe\s+|like\s+|just\s+)?[^,;?]{1,40}?[\s?!.]*$/iu;

/**
 * A hedged guess of one to three words after a comma, closing the question: ", moldova i think?",
 * ", maybe moldova?", ", blinken or something?". The hedge is what makes it a guess: "what time
 * is it, in tokyo" has none.
 */
const HEDGE = '(?:maybe|perhaps|probably|possibly|i\\s+think|i\\s+guess|i\\s+believe|i\\s+reckon|if\\s+i\\s+remember|iirc)';
const GUESS_WORDS = '(?:[^\\s,;?]+\\s+){0,2}[^\\s,;?]+';
const HEDGED_GUESS = new RegExp(
  `[,;]\\s*(?:${HEDGE}\\s+${GUESS_WORDS}|${GUESS_WORDS}\\s+(?:${HEDGE}|or\\s+something|or\\s+so))[\\s?!.]*$`,
  'iu',
);

/** Two names offered to choose from after a comma, closing the question: ", geneva or vienna?". */
const CLOSING_CHOICE = /[,;:]\s*(?:was\s+it\s+|is\s+it\s+)?[^\s,;?]+(?:\s+[^\s,;?]+)?\s+or\s+[^\s,;?]+(?:\s+[^\s,;?]+)?[\s?!.]*$/iu;

/**
 * An amount offered as a rough guess ("like 12", "around 50k", "maybe 9"), in a question that
 * checks a claim rather than asks for a fact: "what happened around 2014" asks about 2014.
 */
const ROUGH_AMOUNT = /\b(?:like|around|roughly|approximately|approx|maybe|probably|about|nearly|almost|some|over|under|at\s+least|more\s+than|less\s+than|close\s+to|upwards\s+of)\s+\d[\d,.]*k?\b/giu;

/**
 * A claim put up to be checked, by the tag it closes on: "russia has 200k troops at the border
 * right?", "the talks lasted 12 hours, correct?". Its amounts are what is checked, and an article
 * that states another ("about 100,000") answers it.
 */
const CLAIM_TAG = /(?:^|[\s,])(?:right|correct|yeah|true|innit|(?:is|are|was|were|do|does|did)n['’]?t\s+(?:it|they|he|she)|or\s+not)[\s?!.]*$/iu;
/** Two amounts to choose from: "closer to 100k or 200k", "was it 8 or 12 hours". */
const AMOUNT_CHOICE = /\b\d[\d,.]*k?\s+or\s+\d[\d,.]*k?\b/giu;
/** A plain amount, as a claim states it ("200k", "100,000", "12"). */
const AMOUNT = /\b\d[\d,.]*k?\b/giu;

/**
 * The question without the guesses it offers, for the check that the corpus mentions what a
 * question names: only when something is left to ask ("was it moldova?" alone is the question).
 */
export function withoutGuesses(question: string): string {
  let rest = question;
  for (const guess of [CLOSING_CHOICE, CLOSING_GUESS, HEDGED_GUESS]) {
    const without = rest.replace(guess, '?');
    if (asksSomething(without)) rest = without;
  }
  // Amounts offered to choose from are checked by the answer, whatever the question asks.
  rest = rest.replace(AMOUNT_CHOICE, '');
  // A question word anywhere asks for a fact: "Apple was involved in a lawsuit with which company in 2007?" asks about 2007 too.
  if (QUESTION_WORD_PATTERN.test(rest)) return rest;
  // A statement is a claim too, also once the frame has taken its tag off ("the talks lasted 12 hours").
  const claim = CLAIM_TAG.test(rest) || !YES_NO_OPENING.test(rest);
  return claim ? rest.replace(AMOUNT, '') : rest.replace(ROUGH_AMOUNT, '');
}

/**
 * A yes/no question's opening auxiliary ("did russia invade in 2014" asks about 2014), after chat's
 * openers ("so did …", "ok but was …"). Not after a subject: "Russia has about 50,000 troops near
 * the border" is a claim, whose "has" had made it a question about 50,000.
 */
const YES_NO_OPENING =
  /^\W*(?:(?:so|ok|okay|and|but|wait|hmm+|well|also|then|like|yo|hey|um|uh|lol|oh|ah|right|now|just|btw|still)\W+){0,2}?(?:is|are|was|were|am|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must)(?:n['’]?t)?\b/iu;

/** Whether a word of three letters or more is left beside the question and linking words. */
const asksSomething = (text: string): boolean =>
  /\p{L}{3,}/u.test(text.replace(/\b(?:what|which|who|whom|when|where|why|how|was|were|is|are|it|this|that|they|the|right)\b/giu, ''));

/**
 * The words of a hedged guess the message closes on, as typed (", moldova i think?" → "moldova"),
 * lowercased: the question frame takes a closing "i think" off as chat's aside before the check
 * of names reads the question, and ", moldova?" alone is no guess. Empty when there is none.
 */
export function hedgedGuessWords(message: string): Set<string> {
  const found = HEDGED_GUESS.exec(message.trim());
  if (!found || !asksSomething(message.trim().slice(0, found.index))) return new Set();
  const guess = found[0].replace(new RegExp(`\\b(?:${HEDGE}|or\\s+something|or\\s+so)\\b`, 'gi'), ' ');
  return new Set((guess.match(/[\p{L}\d][\p{L}\d'’.-]*/gu) ?? []).map((word) => word.toLowerCase()));
}
