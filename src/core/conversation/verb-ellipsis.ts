import { conjugate } from './conjugation.js';
import { analyseText } from './text-analysis.js';

/**
 * "are they going to invade?" … "what does the US say it'll do if they do?": the verb phrase left
 * out after "do", "does", "will" or "can" closing a clause of condition or time. Read without it,
 * "if they do" said nothing of invading, and the question heard "doesn't say" (0.06, blind probe
 * 77) where "… if Russia invades?" is answered with the sanctions the US threatened (0.33).
 */
const LEFT_OUT = new RegExp(
  String.raw`\b(if|when|unless|once|in\s+case)\s+((?:they|he|she|it|we|you|the\s+[\p{L}-]+|[\p{L}-]+)(?:\s+(?:really|actually|ever|still))?)\s+((?:do|does|did|will|would|can|could)(?:\s+not|n['’]?t)?|won['’]?t|cannot)(?=\s*(?:[?!.,;]|$|\s+(?:then|though|tho|anyway|lol|after\s+all)\b))`,
  'iu',
);

/** Verbs that only carry another: "going to invade" acts as "invade" does. */
const CARRIERS = new Set(['do', 'does', 'did', 'going', 'gonna', 'be', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'get', 'got', 'try', 'want']);

/**
 * The verb phrase the last question acted with, from its last verb that does not only carry
 * another, to the question's end, the verb in the infinitive: "is Russia going to invade?" →
 * "invade", "would the us impose sanctions" → "impose sanctions", "… if Russia invades?" →
 * "invade". Undefined when it has none.
 */
function actedWith(previousQuestion: string): { verb: string; rest: string } | undefined {
  const analysis = analyseText(previousQuestion);
  const tokens = analysis.tokens;
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    const token = tokens[index];
    if (!token?.tags.has('Verb') || ['Copula', 'Modal', 'Auxiliary', 'Gerund', 'Participle'].some((tag) => token.tags.has(tag)) || CARRIERS.has(token.lower)) continue;
    const rest = analysis.text.slice(token.end).replace(/[?!.\s]+$/u, '');
    return { verb: token.tags.has('Infinitive') ? token.lower : conjugate(token.lower, 'Infinitive'), rest };
  }
  return undefined;
}

/**
 * The question with the verb phrase a clause leaves out put back from the last question: "what
 * does the US say it'll do if they do?" after "are they going to invade?" → "… if they invade?";
 * "and if they don't?" → "and if they don't invade?". Undefined when nothing is left out or the
 * last question acted with no verb. The tagger must be loaded.
 */
export function withVerbPhraseRestored(question: string, previousQuestion: string): string | undefined {
  const match = LEFT_OUT.exec(question);
  if (!match) return undefined;
  const acted = actedWith(previousQuestion);
  if (!acted) return undefined;
  const auxiliary = (match[3] ?? '').toLowerCase();
  const verb =
    auxiliary === 'do'
      ? acted.verb
      : auxiliary === 'does'
        ? conjugate(acted.verb, 'PresentTense')
        : auxiliary === 'did'
          ? conjugate(acted.verb, 'PastTense')
          : `${match[3] ?? ''} ${acted.verb}`;
  const restored = `${match[1] ?? ''} ${match[2] ?? ''} ${verb}${acted.rest}`;
  return `${question.slice(0, match.index)}${restored}${question.slice(match.index + match[0].length)}`;
}
