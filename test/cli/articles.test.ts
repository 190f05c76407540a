import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedWebPage, TINY_PNG } from '../support/article-fixtures.js';
import { startArticleServer } from '../support/article-server.js';
import { runCli } from '../support/run-cli.js';
import { BUNDLED_ARTICLE, temporaryWorkspace } from '../support/temporary-corpus.js';

const LIGHTHOUSE = [
  'The harbour authority confirmed on Tuesday that the old lighthouse at Kessel Point will be restored before the winter storms arrive.',
  'Engineers found that the foundations, laid in 1871, were sound, but the lantern room had rusted through in several places.',
  'The restoration will be led by the stonemason Ingrid Valtersen, who rebuilt the Morrow Head lighthouse in 2015.',
];
const QUESTION = 'Who will lead the restoration of the Kessel Point lighthouse?';

interface Citation {
  title: string;
  source: string;
  docId: string;
}

describe('article-qa add, list and remove (real CLI, local HTTP server)', () => {
  const workspace = temporaryWorkspace('article-qa-articles-');
  const env = { ARTICLE_QA_STATE_DIR: path.join(workspace.root, 'state') };
  const flags = ['--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir];
  let server: Awaited<ReturnType<typeof startArticleServer>>;
  const cli = (args: string[]) => runCli([...args, ...flags], { env });
  const ask = async (question: string) => {
    const run = await cli(['ask', question, '--json']);
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout) as { abstained: boolean; answer: string; citations: Citation[] };
  };

  beforeAll(async () => {
    server = await startArticleServer({
      '/page.html': {
        body: savedWebPage({ title: 'Lighthouse to be restored', paragraphs: LIGHTHOUSE }),
        contentType: 'text/html; charset=utf-8',
      },
      '/photo.png': { body: TINY_PNG, contentType: 'image/png' },
      '/gone': { body: 'no', contentType: 'text/plain', status: 410 },
      '/broken': { body: 'oops', contentType: 'text/plain', status: 503 },
      '/bracketed.txt': {
        body: 'The ferry to Kessel Point will run twice a day from the first of June, the harbour office said.',
        contentType: 'text/plain; charset=utf-8',
      },
      '/spaced.txt': {
        body: 'The Kessel Point lighthouse will open to visitors on Sundays once the restoration is finished.',
        contentType: 'text/plain; charset=utf-8',
      },
      '/stalls.txt': {
        unfinished: {
          start: LIGHTHOUSE.join(' '),
          contentType: 'text/plain',
          then: 'stall',
          framing: 'until-close',
        },
      },
    });
  });
  afterAll(async () => {
    await server.close();
    workspace.cleanup();
  });

  it('adds a web page, answers from it with the URL in the citation, lists it, and forgets it when removed', async () => {
    const before = await ask(QUESTION);
    expect(before.abstained).toBe(true);

    const added = await cli(['add', server.url('/page.html'), '--json']);
    // The first article creates the state folder, and says so (a mistyped one would be noticed).
    expect(added.stderr).toBe(`Created the state folder ${env.ARTICLE_QA_STATE_DIR} for added articles: the bot answers from them only if its state folder (ARTICLE_QA_STATE_DIR) is this one too.\n`);
    expect(added.code).toBe(0);
    const article = JSON.parse(added.stdout) as {
      docId: string;
      title: string;
      source: string;
      passages: number;
    };
    expect(article).toMatchObject({ title: 'Lighthouse to be restored', source: server.url('/page.html') });
    expect(article.passages).toBeGreaterThan(0);
    expect(article.docId).toMatch(/^lighthouse-to-be-restored-[0-9a-f]{6}$/);

    const answer = await ask(QUESTION);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Ingrid Valtersen');
    expect(answer.citations[0]).toMatchObject({
      docId: article.docId,
      title: 'Lighthouse to be restored',
      source: server.url('/page.html'),
    });
    // The bundled article is still there, cited by its file name.
    const bundled = await ask('Who led the US delegation?');
    expect(bundled.citations[0]).toMatchObject({
      source: 'geneva-talks-2022.txt',
      title: 'U.S.-Russia Meets Ukraine Tensions in Geneva',
    });

    const listed = await cli(['list', '--json']);
    const { articles } = JSON.parse(listed.stdout) as { articles: Array<Record<string, unknown>> };
    expect(articles.map((entry) => entry.docId)).toEqual(['geneva-talks-2022', article.docId]);
    expect(articles[0]).toMatchObject({ source: 'geneva-talks-2022.txt', addedAt: null });
    expect(articles[1]).toMatchObject({
      title: article.title,
      source: article.source,
      passages: article.passages,
      guildId: null,
    });
    expect(new Date(String(articles[1]?.addedAt)).getTime()).toBeGreaterThan(Date.now() - 120_000);
    const table = await cli(['list']);
    expect(table.stdout).toContain(article.docId);

    const removed = await cli(['remove', article.docId]);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('Removed "Lighthouse to be restored"');
    const after = await ask(QUESTION);
    expect(after.abstained).toBe(true);
    expect(after.citations.every((citation) => citation.docId !== article.docId)).toBe(true);
    const again = await cli(['remove', article.docId]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/no added article/);
  });

  it('adds a local file, and reports what cannot be added with exit code 2 and the reason', async () => {
    const file = workspace.write(
      'notes/pier.md',
      '# Pier plans\n\nThe council will rebuild the north pier with oak from the Tarn forest by next spring.\n',
    );
    const added = await cli(['add', file, '--json']);
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ title: 'Pier plans', source: 'pier.md', passages: 1 });
    const duplicate = await cli(['add', file]);
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toMatch(/already added/);
    // The same article from another place (a copy, a mirror, a redirect) is the same article.
    const copy = workspace.write('elsewhere/pier-copy.md', readFileSync(file, 'utf8'));
    const again = await cli(['add', copy]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already added/);
    // A copy of a corpus file would put its passages in the index twice.
    const bundled = await cli(['add', BUNDLED_ARTICLE]);
    expect(bundled.code).toBe(2);
    expect(bundled.stderr).toBe(
      'That article is already in the corpus, as geneva-talks-2022 ("U.S.-Russia Meets Ukraine Tensions in Geneva", geneva-talks-2022.txt); added again, its passages would be found and cited twice.\n',
    );

    writeFileSync(path.join(workspace.root, 'empty.txt'), '');
    const cases: Array<[string, RegExp]> = [
      [server.url('/photo.png'), /serves image\/png, not an article/],
      [server.url('/gone'), /answered 410/],
      ['ftp://127.0.0.1/file.txt', /Only http and https/],
      [path.join(workspace.root, 'missing.txt'), /missing\.txt: no such file\.$/m],
      ['www.example.com/story.html', /no such file \(to fetch a web page, write its address with https:\/\/\)/],
      [path.join(workspace.root, 'empty.txt'), /empty/],
      [path.join(workspace.root, 'notes'), /notes: a folder; add its files one at a time, or answer from all of them with --corpus /],
    ];
    for (const [target, message] of cases) {
      const run = await cli(['add', target]);
      expect(run.code, target).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
    }
    // Not the address's fault but the server's or the network's: exit 1, so a script can retry.
    for (const [target, message] of [
      [server.url('/broken'), /answered 503/],
      ['http://127.0.0.1:1/story.txt', /Could not download 127\.0\.0\.1:1: ECONNREFUSED/],
    ] as Array<[string, RegExp]>) {
      const run = await cli(['add', target]);
      expect(run.code, target).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/incident/);
    }
  });

  it('fetches an address written in angle brackets or with spaces around it, and asks for one when given none', async () => {
    for (const [written, page] of [
      [`<${server.url('/bracketed.txt')}>`, '/bracketed.txt'],
      [` ${server.url('/spaced.txt')}\n`, '/spaced.txt'],
    ] as Array<[string, string]>) {
      const run = await cli(['add', written, '--json']);
      expect(run.stderr, written).toBe('');
      expect(run.code, written).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ source: server.url(page), passages: 1 });
    }
    for (const nothing of ['', '  ']) {
      const run = await cli(['add', nothing]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^Give a file or an address to add, e\.g\. article-qa add /);
      expect(run.stderr).not.toMatch(/not a regular file|no such file/);
    }
  });

  it('keeps nothing of a download the timeout cut short, and exits 1 so a script can retry', async () => {
    const run = await runCli(['add', server.url('/stalls.txt'), '--json', ...flags], {
      env: { ...env, ARTICLE_FETCH_TIMEOUT_MS: '500' },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/did not send the page within 500 ms/);
    expect(run.stdout).toBe('');
    const listed = await cli(['list', '--json']);
    const { articles } = JSON.parse(listed.stdout) as { articles: Array<{ source: string }> };
    expect(articles.map((article) => article.source)).not.toContain(server.url('/stalls.txt'));
  });
});

describe('article-qa index reports what it skips', () => {
  it('lists skipped files in --json, and fails with exit code 2 when nothing yields a passage', async () => {
    const workspace = temporaryWorkspace('article-qa-skips-');
    try {
      workspace.write('corpus/empty.txt', '');
      writeFileSync(path.join(workspace.corpusDir, 'photo.png'), TINY_PNG);
      const indexed = await runCli([
        'index',
        '--json',
        '--corpus',
        workspace.corpusDir,
        '--index-dir',
        workspace.indexDir,
      ]);
      expect(indexed.code).toBe(0);
      const summary = JSON.parse(indexed.stdout) as {
        documents: number;
        skipped: Array<{ path: string; reason: string }>;
      };
      expect(summary.documents).toBe(1);
      expect(summary.skipped.map(({ path: file, reason }) => ({ path: file, reason }))).toEqual([
        { path: 'empty.txt', reason: 'empty' },
        { path: 'photo.png', reason: 'unsupported type' },
      ]);
      const text = await runCli([
        'index',
        '--corpus',
        workspace.corpusDir,
        '--index-dir',
        workspace.indexDir,
      ]);
      expect(text.stdout).toContain('photo.png: unsupported type');

      const nothing = workspace.write('nothing/empty.txt', '');
      const failed = await runCli([
        'index',
        '--json',
        '--corpus',
        path.dirname(nothing),
        '--index-dir',
        path.join(workspace.root, 'index2'),
      ]);
      expect(failed.code).toBe(2);
      expect(failed.stdout).toBe('');
      expect(failed.stderr).toMatch(/yields no passages[\s\S]*empty\.txt: empty/);
    } finally {
      workspace.cleanup();
    }
  });
});
