/**
 * The keyword-overlap floor the answer engine must beat: quote the sentence that shares the
 * largest IDF-weighted share of the question's terms, or abstain when it shares under half.
 * Reads questions on stdin, one per line, and writes `ask --json`-shaped lines, so the same
 * scorer (score-qa.mjs) measures it.
 *
 *   node dist/tools/keyword-baseline.js --corpus <file|dir> < questions.txt
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../core/corpus/load-corpus.js';
import { splitSentences } from '../core/text/sentences.js';
import { contentTerms } from '../core/text/terms.js';

/** Below this share of the question's weight, the floor says "doesn't say". */
const MIN_SHARE = 0.5;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpus: { type: 'string' } }, strict: true });
  if (!values.corpus) throw new Error('--corpus is required');
  const corpus = await loadCorpus(values.corpus);
  const sentences = corpus.documents.flatMap((document) =>
    document.sections.flatMap((section) =>
      section.paragraphs.flatMap((paragraph) => splitSentences(document.text.slice(paragraph.start, paragraph.end)).map((sentence) => sentence.text)),
    ),
  );
  const termSets = sentences.map((sentence) => new Set(contentTerms(sentence)));
  const frequency = new Map<string, number>();
  for (const terms of termSets) for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const idf = (term: string): number => Math.log(1 + (sentences.length + 1) / ((frequency.get(term) ?? 0) + 0.5));
  for await (const line of createInterface({ input: process.stdin })) {
    const terms = contentTerms(line);
    const total = terms.reduce((sum, term) => sum + idf(term), 0);
    let best = -1;
    let bestShare = 0;
    termSets.forEach((set, index) => {
      const share = total > 0 ? terms.filter((term) => set.has(term)).reduce((sum, term) => sum + idf(term), 0) / total : 0;
      if (share > bestShare) {
        bestShare = share;
        best = index;
      }
    });
    const sentence = sentences[best];
    const answered = sentence !== undefined && bestShare >= MIN_SHARE;
    process.stdout.write(
      `${JSON.stringify({
        question: line,
        answer: answered ? `${sentence} [1]` : "The article doesn't say.",
        abstained: !answered,
        citations: sentence === undefined ? [] : [{ n: 1, text: sentence }],
      })}\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`keyword-baseline: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
