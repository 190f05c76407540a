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

/** Two names offered to choose from after a comma, closing the question: ", geneva or vienna?". */
const CLOSING_CHOICE = /[,;:]\s*(?:was\s+it\s+|is\s+it\s+)?[^\s,;?]+(?:\s+[^\s,;?]+)?\s+or\s+[^\s,;?]+(?:\s+[^\s,;?]+)?[\s?!.]*$/iu;

/**
 * An amount offered as a rough guess ("like 12", "around 50k", "maybe 9"), in a question that
 * checks a claim rather than asks for a fact: "what happened around 2014" asks about 2014.
 */
const ROUGH_AMOUNT = /\b(?:like|around|roughly|approximately|approx|maybe|probably)\s+\d[\d,.]*k?\b/giu;
const ASKS_FOR_A_FACT = /^\W*(?:\p{L}+\W+){0,3}?(?:what|which|who|whom|whose|when|where|why|how)\b/iu;

/**
 * The question without the guesses it offers, for the check that the corpus mentions what a
 * question names: only when something is left to ask ("was it moldova?" alone is the question).
 */
export function withoutGuesses(question: string): string {
  let rest = question;
  for (const guess of [CLOSING_CHOICE, CLOSING_GUESS]) {
    const without = rest.replace(guess, '?');
    if (asksSomething(without)) rest = without;
  }
  return ASKS_FOR_A_FACT.test(rest) ? rest : rest.replace(ROUGH_AMOUNT, '');
}

/** Whether a word of three letters or more is left beside the question and linking words. */
const asksSomething = (text: string): boolean =>
  /\p{L}{3,}/u.test(text.replace(/\b(?:what|which|who|whom|when|where|why|how|was|were|is|are|it|this|that|they|the|right)\b/giu, ''));
