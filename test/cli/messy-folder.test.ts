import { writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BOILERPLATE,
  generatedPdf,
  randomBinary,
  savedWebPage,
  TINY_PNG,
} from '../support/article-fixtures.js';
import { jsonLines, runCli } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

// A news story as CNN/DailyMail files come: one line, no title (written here, not copied from evaluation data).
const ONE_LINE_STORY =
  '(CNN)Firefighters in the coastal town of Marlow Bay spent the night protecting homes as a brush fire pushed toward the harbour. The fire started on Saturday afternoon in dry scrubland north of the town, fire chief Dana Whitcombe told reporters. More than 300 residents were moved to a school gym, and no injuries were reported. By Sunday morning crews had contained about 60 percent of the blaze, helped by a drop in the wind. Officials said the cause of the fire was still under investigation, but a downed power line was being examined. Residents were told they could return to most streets by Monday evening if the weather stayed calm.';

const QUESTIONS: Array<{ question: string; answer: RegExp; docId: string }> = [
  {
    question: 'Who is the fire chief in Marlow Bay?',
    answer: /Dana Whitcombe/,
    docId: 'stories/cnn-marlow-bay',
  },
  {
    question: 'Who will lead the restoration of the Kessel Point lighthouse?',
    answer: /Ingrid Valtersen/,
    docId: 'saved/lighthouse',
  },
  { question: 'When was the Tarn dam finished?', answer: /1998/, docId: 'dam-report' },
  {
    question: 'What wood will the council use to rebuild the north pier?',
    answer: /oak/,
    docId: 'pier-plans',
  },
  {
    question: 'What did the café in Zürich serve the delegation?',
    answer: /crème brûlée/,
    docId: 'windows-notes',
  },
];

describe('a messy folder of real files (real CLI, real model)', () => {
  const workspace = temporaryWorkspace('article-qa-messy-');
  const corpus = path.join(workspace.root, 'messy');
  const flags = ['--corpus', corpus, '--index-dir', workspace.indexDir];

  beforeAll(async () => {
    workspace.write('messy/stories/cnn_marlow_bay.txt', ONE_LINE_STORY);
    workspace.write(
      'messy/saved/lighthouse.html',
      savedWebPage({
        title: 'Lighthouse to be restored',
        paragraphs: [
          'The harbour authority confirmed on Tuesday that the old lighthouse at Kessel Point will be restored before the winter storms arrive.',
          'The restoration will be led by the stonemason Ingrid Valtersen, who rebuilt the Morrow Head lighthouse in 2015.',
          'Engineers found that the foundations, laid in 1871, were sound, but the lantern room had rusted through in several places.',
        ],
      }),
    );
    writeFileSync(
      path.join(corpus, 'dam-report.pdf'),
      await generatedPdf({
        title: 'Tarn Valley Dam Report',
        pages: [
          [
            'The Tarn dam was finished in 1998 after six years of work by the regional water board. Its engin-',
            'eers designed the spillway for a flood twice the size of the worst on record.',
          ],
          ['Inspections every spring have found the concrete in good condition.'],
        ],
      }),
    );
    workspace.write(
      'messy/pier-plans.md',
      '# Pier plans\n\nThe council will rebuild the north pier with oak from the Tarn forest by next spring.\n\n## Cost\n\nThe work is expected to cost 2.4 million euros.\n',
    );
    writeFileSync(
      path.join(corpus, 'windows-notes.txt'),
      iconv.encode(
        'Delegation notes\n\nThe café in Zürich served crème brûlée to the visiting delegation on its last evening, and the mayor gave a short speech about the town’s “twin city” ties.\n',
        'windows-1252',
      ),
    );
    writeFileSync(path.join(corpus, 'empty.txt'), '');
    writeFileSync(path.join(corpus, 'photo.png'), TINY_PNG);
    writeFileSync(path.join(corpus, 'corrupted.txt'), randomBinary());
  });
  afterAll(() => workspace.cleanup());

  it('indexes every article and reports the empty, binary and image files with reasons', async () => {
    const run = await runCli(['index', '--json', ...flags]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as {
      documents: number;
      passages: number;
      skipped: Array<{ path: string; reason: string }>;
    };
    expect(summary.documents).toBe(5);
    expect(summary.skipped.map(({ path: file, reason }) => [file, reason])).toEqual([
      ['corrupted.txt', 'not text'],
      ['empty.txt', 'empty'],
      ['photo.png', 'unsupported type'],
    ]);
    const listed = JSON.parse((await runCli(['list', '--json', ...flags])).stdout) as {
      articles: Array<{ docId: string; title: string; passages: number }>;
    };
    expect(listed.articles.map((article) => [article.docId, article.title])).toEqual([
      ['dam-report', 'Tarn Valley Dam Report'],
      ['pier-plans', 'Pier plans'],
      ['saved/lighthouse', 'Lighthouse to be restored'],
      ['stories/cnn-marlow-bay', 'cnn marlow bay'],
      ['windows-notes', 'Delegation notes'],
    ]);
    expect(listed.articles.every((article) => article.passages > 0)).toBe(true);
  });

  it('answers a question from each kind of file, citing it', async () => {
    const run = await runCli(['ask', '--batch', ...flags], {
      input: `${QUESTIONS.map((item) => item.question).join('\n')}\n`,
    });
    expect(run.code).toBe(0);
    const answers = jsonLines(run.stdout) as Array<{
      answer: string;
      abstained: boolean;
      citations: Array<{ docId: string }>;
    }>;
    answers.forEach((answer, position) => {
      const expected = QUESTIONS[position];
      expect(answer.abstained, expected?.question).toBe(false);
      expect(answer.answer).toMatch(expected?.answer ?? /never/);
      expect(answer.citations[0]?.docId).toBe(expected?.docId);
    });
  });

  it('never finds the web page’s navigation, cookie banner or footer', async () => {
    const input = `${[...BOILERPLATE, 'subscribe to our newsletter', 'accept cookies'].join('\n')}\n`;
    const run = await runCli(['search', '--batch', '--k', '10', ...flags], { input });
    for (const response of jsonLines(run.stdout) as Array<{ results: Array<{ text: string }> }>) {
      for (const result of response.results) {
        expect(result.text).not.toMatch(/newsletter|cookies|sign in|trending|celebrity|all rights reserved/i);
      }
    }
  });
});
