import type { RetrievalPrior } from '../retrieval/prior.js';
import type { Dependence } from './resolve-follow-up.js';
import type { ConversationTurn } from './types.js';

/**
 * Score added to the passages the previous answer cited, by how much the question leans on the
 * conversation. A rewritten follow-up ("what did he say …") is about the same exchange, so its
 * evidence is likely near; a question that opens with "and" or keeps an unresolved pronoun leans
 * less; a question that stands on its own gets none, so a change of topic is never dragged back.
 * Scores are 0–1, and the passages that hold an answer usually lead the next by 0.1 or more.
 */
export const PRIOR_WEIGHTS: Readonly<Record<Dependence, number>> = { resolved: 0.15, continued: 0.08, standalone: 0 };

/** Each earlier turn counts this much less than the one after it. */
export const PRIOR_DECAY = 0.5;

/** Turns that still lend their passages a prior. */
export const PRIOR_TURNS = 2;

/** The retrieval prior for a question of the given dependence, from the latest turns' cited passages. */
export function retrievalPrior(turns: readonly ConversationTurn[], dependence: Dependence): RetrievalPrior {
  const prior = new Map<string, number>();
  const base = PRIOR_WEIGHTS[dependence];
  if (base === 0) return prior;
  turns.slice(-PRIOR_TURNS).reverse().forEach((turn, age) => {
    const weight = base * PRIOR_DECAY ** age;
    for (const id of turn.passageIds) prior.set(id, Math.max(prior.get(id) ?? 0, weight));
  });
  return prior;
}
