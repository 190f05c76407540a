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
    return asked === undefined ? [] : [{ start: token.start, end: token.end, term: asked }];
  });
  let best: CueSpan | undefined;
  let bestScore = -Infinity;
  for (const cue of cues) {
    const clause = clauseBounds(sentence, cue.start);
    const inClause = new Set(anchors.filter((a) => a.start >= clause.start && a.end <= clause.end).map((a) => a.term));
    const nearest = Math.min(...anchors.map((a) => Math.abs((a.start + a.end) / 2 - (cue.start + cue.end) / 2)), sentence.length);
    const score = inClause.size + (1 - nearest / sentence.length) * 0.5;
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
