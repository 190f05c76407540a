import type { QuestionRows } from './extract.js';

/** How answers are put together in the simulation, as the engine's selection does. */
export interface SimulatedSelection {
  maxSentences: number;
  companionRatio: number;
  maxChars: number;
}

/** The scorer's figures for one set (percentages, as score-qa.mjs prints them). */
export interface SetScores {
  questions: number;
  accuracy: number;
  answerRight: number;
  falseAbstain: number;
  rightAbstain: number;
  triggerF1: number;
  /** Share of answerable questions whose best candidate is a right answer, whatever the threshold. */
  precisionAt1: number;
}

const normalize = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

const percent = (part: number, whole: number): number => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : 0);

/**
 * Scores one set as score-qa.mjs would, from each candidate's probability: answer with the best
 * sentence and its companions when the best clears `threshold`, otherwise abstain. Close to the
 * real figures (it skips the redundancy check), and fast enough to sweep thresholds.
 */
export function simulateSet(
  questions: readonly QuestionRows[],
  probabilities: readonly (readonly number[])[],
  threshold: number,
  selection: SimulatedSelection,
): SetScores {
  let answerable = 0;
  let right = 0;
  let falseAbstain = 0;
  let rightAbstain = 0;
  let topRight = 0;
  questions.forEach((question, index) => {
    const scores = probabilities[index] ?? [];
    const order = question.rows.map((_, position) => position).sort((a, b) => (scores[b] as number) - (scores[a] as number));
    const bestIndex = order[0];
    const best = bestIndex === undefined ? 0 : (scores[bestIndex] as number);
    const abstained = bestIndex === undefined || best < threshold;
    const chosen: string[] = [];
    let length = 0;
    for (const position of order) {
      if (chosen.length >= selection.maxSentences) break;
      if (chosen.length > 0 && (scores[position] as number) < best * selection.companionRatio) break;
      const text = question.rows[position]?.text ?? '';
      if (chosen.length > 0 && length + text.length + 5 > selection.maxChars) continue;
      chosen.push(text);
      length += text.length + 5;
    }
    const answer = normalize(chosen.join(' '));
    const isRight = question.gold.some((gold) => answer.includes(gold));
    if (question.answerable) {
      answerable += 1;
      if (bestIndex !== undefined && question.gold.some((gold) => normalize(question.rows[bestIndex]?.text ?? '').includes(gold))) topRight += 1;
      if (abstained) falseAbstain += 1;
      else if (isRight) right += 1;
    } else if (abstained) rightAbstain += 1;
  });
  return {
    ...answerFigures({ questions: questions.length, answerable, right, falseAbstain, rightAbstain }),
    precisionAt1: percent(topRight, answerable),
  };
}

/** Counts of one scored set, as score-qa.mjs counts them. */
export interface AnswerCounts {
  questions: number;
  answerable: number;
  right: number;
  falseAbstain: number;
  rightAbstain: number;
}

/** The scorer's figures from its counts (percentages; trigger F1 over answered and answerable questions). */
export function answerFigures(counts: AnswerCounts): Omit<SetScores, 'precisionAt1'> {
  const { questions, answerable, right, falseAbstain, rightAbstain } = counts;
  const unanswerable = questions - answerable;
  const answered = answerable - falseAbstain + unanswerable - rightAbstain;
  const precision = answered > 0 ? right / answered : 0;
  const recall = answerable > 0 ? right / answerable : 0;
  return {
    questions,
    accuracy: percent(right + rightAbstain, questions),
    answerRight: percent(right, answerable),
    falseAbstain: percent(falseAbstain, answerable),
    rightAbstain: percent(rightAbstain, unanswerable),
    triggerF1: precision + recall > 0 ? Math.round((1000 * 2 * precision * recall) / (precision + recall)) / 10 : 0,
  };
}
