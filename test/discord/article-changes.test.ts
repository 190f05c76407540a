/**
 * `/article add` and `/article remove` when things go wrong around them: an index update that
 * fails after the article left the state file, and two adds of one article at once.
 */
import { renameSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatedUser } from '../support/discord-emulator/types.js';
import { MANAGE_GUILD, startTestBot, type TestBot } from './support/bot-harness.js';

const SURVEY = [
  '# Aletsch survey',
  'The Aletsch glacier lost 42 metres of its length last summer, the largest retreat since measurements began in 1870.',
  'Glaciologist Mirela Kovács, who leads the survey team from Brig, said the ice tongue now ends above the old gorge.',
].join('\n\n');

describe('/article when the index or a second add gets in the way', () => {
  let harness: TestBot;
  let admin: EmulatedUser;

  beforeAll(async () => {
    harness = await startTestBot({
      emulator: { users: [{ username: 'admin', permissions: MANAGE_GUILD }] },
      environment: { RATE_LIMIT_PER_MINUTE: '1000' },
    });
    [admin] = harness.emulator.users as [EmulatedUser];
  });
  afterAll(async () => {
    await harness?.stop();
  });

  const add = (filename: string, data: string) =>
    harness.emulator
      .sendSlashCommand({
        name: 'article',
        subcommand: 'add',
        attachments: { file: harness.emulator.uploadAttachment({ filename, contentType: 'text/markdown', data }) },
        user: admin,
      })
      .waitForFinalReply();
  const remove = (docId: string) =>
    harness.emulator
      .sendSlashCommand({ name: 'article', subcommand: 'remove', options: { article: docId }, user: admin })
      .waitForFinalReply();
  const idIn = (content: string): string => /id `([^`]+)`/.exec(content)?.[1] ?? '';

  it('remove puts the article back when the index cannot be updated, and says why', async () => {
    const docId = idIn((await add('survey.md', SURVEY)).content);
    expect(docId).toMatch(/^aletsch-survey-[0-9a-f]{6}$/);
    // The corpus folder moved away: the index cannot be rebuilt without the article.
    const { corpusDir } = harness.workspace;
    renameSync(corpusDir, `${corpusDir}-moved`);
    try {
      const failed = await remove(docId);
      expect(failed.ephemeral).toBe(true);
      expect(failed.content).toMatch(/^Corpus not found: .* does not exist\./);
      // Before, the article had left the state file all the same, and the next rebuild dropped it.
      expect(harness.bot.state.findArticle(docId)?.title).toBe('Aletsch survey');
    } finally {
      renameSync(`${corpusDir}-moved`, corpusDir);
    }
    expect((await remove(docId)).content).toMatch(/^Removed \*\*Aletsch survey\*\*/);
    expect(harness.bot.state.findArticle(docId)).toBeUndefined();
  });

  // What the two admins see. Within one process the library's own check usually catches the
  // second already; the race proper (both checked before either stored, as across processes) is
  // tested on the state file in src/adapters/discord/state/article-copies.test.ts.
  it('keeps one of two adds of one article sent at once, and tells the other it is already added', async () => {
    const story = SURVEY.replace('42 metres', '43 metres');
    const replies = await Promise.all([add('survey-a.md', story), add('survey-b.md', `${story}\n`)]);
    const contents = replies.map((reply) => reply.content).sort();
    expect(contents[0]).toMatch(/^Added \*\*Aletsch survey\*\*/);
    expect(contents[1]).toMatch(/^That article is already added, as aletsch-survey-[0-9a-f]{6} \("Aletsch survey"\)/);
    expect(harness.bot.state.listArticles().filter((item) => item.text.includes('43 metres'))).toHaveLength(1);
  });
});
