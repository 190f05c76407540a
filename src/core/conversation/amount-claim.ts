import { withoutChallenge } from '../intent/context-before-question.js';
import { words } from './question-form.js';
import { questionParts } from './question-parts.js';
import { statementFrame } from './asked-again.js';

/**
 * "How many Russian troops are near the border?" … "Are you sure? I read it was 200,000": the
 * member puts their own figure in place of the one answered. "it" is the amount the last question
 * asked for, not a thing it named: it had been read as the border ("I read the border was
 * 200,000", "doesn't say"). The claim is the last question as a statement with the member's
 * figure, which the answer then checks against the article's: "I read 200,000 Russian troops are
 * near the border".
 */

/** What reports the claim ("i read", "someone said"), then "it was" and the figure, with its hedge. */
const FIGURE_CLAIM =
  /^(?:(?:but|no|nah|hmm+|well|wait)[,\s]+)*(?:((?:i|we)\s+(?:read|heard|thought|saw|was\s+told|were\s+told)|(?:someone|somebody|they|the\s+news|reports?)\s+said)\s+(?:that\s+)?)?(?:it|that|the\s+(?:number|figure|total))\s+(?:was|is|were|['’]s)\s+((?:like|about|around|over|nearly|almost|roughly|only|just|more\s+like)\s+)?(\d[\d,.]*\s*(?:k|thousand|million|billion|hours?|days?|minutes?)?|[a-z]+\s+(?:thousand|million|hundred|hours?|days?))[\s?!.]*$/i;

/** "how many …", "how much …", "how long …": a question whose answer is a figure. */
const ASKS_FIGURE = /^how\s+(?:many|much|long)\b/i;

/** The claim a follow-up makes by putting its own figure for the last question's, or undefined. */
export function figureClaimed(followUp: string, previousQuestion: string): string | undefined {
  const claim = FIGURE_CLAIM.exec(withoutChallenge(followUp).trim());
  if (!claim || !ASKS_FIGURE.test(previousQuestion.trim())) return undefined;
  const [, reported = '', hedge = '', figure = ''] = claim;
  const parts = questionParts(previousQuestion.replace(/[?!.\s]+$/, ''));
  const amount = words(hedge.trim(), figure);
  let statement: string | undefined;
  if (parts.asked === '') statement = words(statementFrame(previousQuestion), amount);
  else if (parts.shape === 'copula') statement = words(amount, parts.asked, parts.auxiliary, parts.subject);
  else if (parts.shape === 'inverted' && parts.verb !== '') statement = words(parts.subject, parts.auxiliary, parts.verb, amount, parts.asked, parts.rest);
  else if (parts.shape === 'subject' && parts.verb !== '') statement = words(amount, parts.asked, parts.verb, parts.rest);
  if (statement === undefined || statement.trim() === '') return undefined;
  return words(reported, statement);
}
