import { AGE_QUESTION } from './answer-kinds.js';

/** What kind of thing the question asks for; each kind has cues in the answering sentence. */
export type QuestionType = 'who' | 'when' | 'quantity' | 'where' | 'why' | 'yes-no' | 'other';

const AUXILIARY_START = /^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might)\b/;

/** Classifies a question from its wording. */
export function questionType(question: string): QuestionType {
  const text = question.toLowerCase().trim();
  if (/\bhow (?:many|much|long|far|old|big|large|often|tall|high|deep|wide|heavy)\b|\bwhat (?:number|percentage|amount)\b/.test(text) || AGE_QUESTION.test(text)) return 'quantity';
  if (/\bwhen\b|\bwhat (?:year|date|day|time|month|century|decade)\b|\bwhich (?:year|date|day|month|century)\b/.test(text)) return 'when';
  if (/\bwhy\b|\bwhat (?:caused|is the reason|was the reason|reason)\b|\bfor what reason\b/.test(text)) return 'why';
  if (/\bwho(?:m|se)?\b|\b(?:which|what) (?:\w+ )?(?:person|people|official|leader|organi[sz]ation|agency|newspaper|company|party|alliance|country|countries|group|state|states)\b/.test(text)) return 'who';
  if (/\bwhere\b|\bwhat (?:place|city|country|region|river)\b|\bin which (?:city|country|region)\b/.test(text)) return 'where';
  if (AUXILIARY_START.test(text)) return 'yes-no';
  return 'other';
}
