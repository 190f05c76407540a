import { stem, tokenize } from '../text/terms.js';
import type { CueSpan } from './sentence-cues.js';

/** Clause boundaries: punctuation and the conjunctions that join two statements. */
const CLAUSE_BREAK = /[,;:()]|\s(?:and|but|while|whereas|although|though|which|who)\s/gi;

function clauseBounds(sentence: string, position: number): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    const breakStart = match.index;
    const breakEnd = match.index + match[0].length;
    if (breakEnd <= position) start = breakEnd;
    else if (breakStart >= position) {
      end = breakStart;
      break;
    }
  }
  return { start, end };
}

/** What a question's word written as a name in the sentence counts for, against 1 for another word. */
const NAME_WEIGHT = 1.5;

/**
 * Picks the cue span that answers the question: the one whose clause holds most of the
 * question's own words, then the nearest to them. In "the head of the Russian delegation was
 * Sergei Ryabkov and the US was led by Wendy Sherman", "Who led the US delegation?" points at
 * Wendy Sherman, whose clause holds "US" and "led".
 */
export function bestCueSpan(sentence: string, cues: readonly CueSpan[], questionTerms: readonly string[]): CueSpan | undefined {
  if (cues.length <= 1) return cues[0];
  const wanted = new Set(questionTerms);
  // Each anchor with the question's word it stands for: the word itself, or a word of the same
  // root that one of them begins ("Russian" for the "russia" of "who led the russia team").
  const anchors = tokenize(sentence).flatMap((token) => {
    const term = stem(token.term);
    const asked = wanted.has(term) ? term : questionTerms.find((questionTerm) => sameRoot(questionTerm, term));
    // A name tells which of two like clauses is meant ("the head of the Russian delegation was
    // Ryabkov and the US was led by Sherman" for "who led the russian side"): it counts for more
    // than a word the two clauses say alike.
    const named = token.start > 0 && /^\p{Lu}/u.test(sentence.slice(token.start, token.end));
    return asked === undefined ? [] : [{ start: token.start, end: token.end, term: asked, weight: named ? NAME_WEIGHT : 1 }];
  });
  let best: CueSpan | undefined;
  let bestScore = -Infinity;
  for (const cue of cues) {
    const clause = clauseBounds(sentence, cue.start);
    const inClause = new Map<string, number>();
    for (const anchor of anchors) {
      if (anchor.start >= clause.start && anchor.end <= clause.end) inClause.set(anchor.term, Math.max(inClause.get(anchor.term) ?? 0, anchor.weight));
    }
    const nearest = Math.min(...anchors.map((a) => Math.abs((a.start + a.end) / 2 - (cue.start + cue.end) / 2)), sentence.length);
    const score = [...inClause.values()].reduce((sum, weight) => sum + weight, 0) + (1 - nearest / sentence.length) * 0.5;
    if (score > bestScore) {
      bestScore = score;
      best = cue;
    }
  }
  return best;
}

/** Whether one stem begins the other, from five letters ("russia" and "russian", "europ" and "european"). */
function sameRoot(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && short !== long && long.startsWith(short);
}
