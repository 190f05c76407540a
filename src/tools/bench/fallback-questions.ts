/**
 * Questions about the bundled article, used when `npm run bench` is given no question file, so
 * the benchmark runs from a clean clone. A mix of answerable and unanswerable questions, like
 * real traffic.
 */
export const FALLBACK_QUESTIONS: readonly string[] = [
  'Who led the US delegation?',
  'Who headed the Russian delegation?',
  'How many troops has Russia gathered near Ukraine?',
  'When did the first meeting take place?',
  'Where were the talks held?',
  'What did Russia demand from NATO?',
  'What sanctions did the US threaten?',
  'Which organisation hosted the third stage of the meeting?',
  'Why does Russia want security guarantees?',
  'When was the security proposal presented to the US?',
  'What is the capital of Australia?',
  'Who won the football match?',
];
