import { AGE_QUESTION, AMOUNT_NOUN_QUESTION } from './answer-kinds.js';

/** What kind of thing the question asks for; each kind has cues in the answering sentence. */
export type QuestionType = 'who' | 'when' | 'quantity' | 'where' | 'why' | 'yes-no' | 'other';

const AUXILIARY_START = /^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might)\b/;

/**
 * The wordings that ask for each kind, in order of precedence when two start at the same place
 * ("how long" is an amount before it is anything else).
 */
const TYPE_WORDINGS: ReadonlyArray<[QuestionType, RegExp]> = [
  ['quantity', /\bhow (?:many|much|long|far|old|big|large|often|tall|high|deep|wide|heavy)\b/],
  ['quantity', AMOUNT_NOUN_QUESTION],
  ['quantity', AGE_QUESTION],
  ['when', /\bwhen\b|\bwhat (?:year|date|day|time|month|century|decade)\b|\bwhich (?:year|date|day|month|century)\b/],
  ['why', /\bwhy\b|\bwhat (?:caused|is the reason|was the reason|reason)\b|\bfor what reason\b/],
  ['who', /\bwho(?:m|se)?\b|\b(?:which|what) (?:\w+ )?(?:person|people|official|leader|organi[sz]ation|agency|newspaper|company|party|alliance|country|countries|group|state|states)\b/],
  ['where', /\bwhere\b|\bwhat (?:place|city|country|region|river)\b|\bin which (?:city|country|region)\b/],
];

/**
 * A clause before the question proper, up to its comma: "when X happened, who …", "after the
 * war, where …", and a topic set first ("what about nato, who runs that").
 */
const LEADING_CLAUSE =
  /^(?:when|while|after|before|once|if|since|as|although|though|because|during|in|on|at|by|from|until|(?:what|how)\s+about)\b[^,?]{0,160},\s*(?=(?:who|whom|whose|what|which|when|where|why|how)\b)/;

/** Any other question word: "what did he do when …" asks what, not when. */
const OTHER_QUESTION = /\b(?:what|which|how)\b/;

/**
 * Classifies a question from its wording. The first question word decides: "where was the dad
 * when it happened" asks where, "what happened to the agents who arrested him" asks what, and
 * "who was president when the war began" asks who; a later "when" or "who" opens a clause.
 */
export function questionType(question: string): QuestionType {
  // "When Beyoncé was with Destiny's Child, how many albums did she sell?" asks how many.
  const text = question.toLowerCase().trim().replace(LEADING_CLAUSE, '');
  // "did they say when …" asks yes or no: the verb opens it before any question word.
  if (AUXILIARY_START.test(text)) return 'yes-no';
  let best: { type: QuestionType; at: number } | undefined;
  for (const [type, wording] of TYPE_WORDINGS) {
    const at = wording.exec(text)?.index;
    if (at !== undefined && (best === undefined || at < best.at)) best = { type, at };
  }
  const other = OTHER_QUESTION.exec(text)?.index;
  if (best !== undefined && (other === undefined || best.at <= other)) return best.type;
  return 'other';
}
