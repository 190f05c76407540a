import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatedUser } from '../support/discord-emulator/types.js';
import { savedWebPage, TINY_PNG } from '../support/article-fixtures.js';
import { startArticleServer } from '../support/article-server.js';
import { BUNDLED_ARTICLE } from '../support/temporary-corpus.js';
import { MANAGE_GUILD, startTestBot, type TestBot } from './support/bot-harness.js';

const GLACIER = [
  'The Aletsch glacier lost 42 metres of its length last summer, the largest retreat since measurements began in 1870.',
  'Glaciologist Mirela Kovács, who leads the survey team from Brig, said the ice tongue now ends above the old gorge.',
  'The survey team drills stakes into the ice every June and reads them again in September.',
];
const GLACIER_QUESTION = 'Who leads the Aletsch glacier survey team?';
const HARBOUR = [
  'The ferry company announced that the night crossing between Vesby and Ormholm will stop on the first of November.',
  'Captain Teodor Lindqvist, who has sailed the route for thirty years, will take the last crossing.',
  'Passengers can still take the morning ferry, which leaves Vesby at half past seven.',
];
const HARBOUR_QUESTION = 'Who will take the last night crossing to Ormholm?';

const guildChannel = (harness: TestBot, guild: number): string =>
  harness.emulator.guilds[guild]?.channels[0]?.id ?? '';

describe('/article against the Discord emulator', () => {
  let harness: TestBot;
  let admin: EmulatedUser;
  let member: EmulatedUser;
  let server: Awaited<ReturnType<typeof startArticleServer>>;

  beforeAll(async () => {
    server = await startArticleServer({
      '/ferry.html': {
        body: savedWebPage({ title: 'Night ferry to stop', paragraphs: HARBOUR }),
        contentType: 'text/html',
      },
    });
    harness = await startTestBot({
      emulator: {
        guilds: [{ name: 'Alpine Club' }, { name: 'Harbour Town' }],
        users: [{ username: 'admin', permissions: MANAGE_GUILD }, { username: 'member' }],
      },
      environment: { RATE_LIMIT_PER_MINUTE: '1000' },
    });
    [admin, member] = harness.emulator.users as [EmulatedUser, EmulatedUser];
  });
  afterAll(async () => {
    await harness?.stop();
    await server?.close();
  });

  const askIn = async (guild: number, question: string) => {
    const handle = harness.emulator.sendSlashCommand({
      name: 'ask',
      options: { question },
      channelId: guildChannel(harness, guild),
      user: member,
    });
    return handle.waitForFinalReply();
  };

  it('adds an attachment in one server, answers from it there, and never cites it in another', async () => {
    const attachment = harness.emulator.uploadAttachment({
      filename: 'aletsch-survey.md',
      contentType: 'text/markdown; charset=utf-8',
      data: `# Aletsch survey\n\n${GLACIER.join('\n\n')}\n`,
    });
    const handle = harness.emulator.sendSlashCommand({
      name: 'article',
      subcommand: 'add',
      attachments: { file: attachment },
      channelId: guildChannel(harness, 0),
      user: admin,
    });
    const reply = await handle.waitForFinalReply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(
      /^Added \*\*Aletsch survey\*\* \(aletsch-survey\.md\): \d+ passages?, id `aletsch-survey-[0-9a-f]{6}`/,
    );

    const inAlpine = await askIn(0, GLACIER_QUESTION);
    expect(inAlpine.content).toContain('Mirela Kovács');
    expect(String(inAlpine.embeds[0]?.description)).toMatch(/^\*\*\[1\]\*\* Aletsch survey — /);
    const inHarbour = await askIn(1, GLACIER_QUESTION);
    expect(inHarbour.content).not.toContain('Mirela');
    expect(JSON.stringify(inHarbour.embeds)).not.toMatch(/Aletsch|Kovács/);
    // The configured corpus answers in both.
    expect((await askIn(1, 'Who led the US delegation?')).content).toContain('Wendy Sherman');

    const listed = harness.emulator.sendSlashCommand({
      name: 'article',
      subcommand: 'list',
      channelId: guildChannel(harness, 1),
      user: admin,
    });
    const list = await listed.waitForFinalReply();
    expect(list.ephemeral).toBe(true);
    expect(String(list.embeds[0]?.description)).toContain('U.S.-Russia Meets Ukraine Tensions in Geneva');
    expect(String(list.embeds[0]?.description)).not.toContain('Aletsch');
  });

  it("answers follow-ups in a server's thread from that server's articles, and DMs from the shared ones only", async () => {
    const handle = harness.emulator.sendSlashCommand({
      name: 'ask',
      options: { question: GLACIER_QUESTION },
      channelId: guildChannel(harness, 0),
      user: member,
    });
    const answer = await handle.waitForFinalReply();
    expect(answer.content).toContain('Mirela Kovács');
    await harness.emulator
      .clickButton({ message: answer.message, customId: `aq1:follow:${handle.id}`, user: member })
      .waitForFinalReply();
    const question = harness.emulator.sendMessage({
      channelId: answer.message.id,
      content: 'When does the team drill stakes into the ice?',
      user: member,
    });
    const followUp = await harness.emulator.waitForMessage(
      (message) => message.message_reference?.message_id === question.id,
    );
    expect(followUp.content).toContain('drills stakes into the ice every');

    const dm = harness.emulator.sendMessage({ dm: true, content: GLACIER_QUESTION, user: member });
    const inDm = await harness.emulator.waitForMessage((message) => message.message_reference?.message_id === dm.id);
    expect(inDm.content).not.toMatch(/Mirela|Kovács/);
  });

  it("summarises a server's own article whole with /summary's article option, offered only in that server", async () => {
    const offered = await harness.emulator
      .autocomplete({ name: 'summary', options: { article: 'aletsch' }, focused: 'article', channelId: guildChannel(harness, 0), user: member })
      .waitForAutocompleteChoices();
    expect(offered).toEqual([{ name: 'Aletsch survey', value: expect.stringMatching(/^aletsch-survey-[0-9a-f]{6}$/) }]);
    const elsewhere = await harness.emulator
      .autocomplete({ name: 'summary', options: { article: 'aletsch' }, focused: 'article', channelId: guildChannel(harness, 1), user: member })
      .waitForAutocompleteChoices();
    expect(elsewhere).toEqual([]);

    // By the id a choice carries, or by the title as typed.
    for (const article of [String(offered[0]?.value), 'Aletsch survey']) {
      const reply = await harness.emulator
        .sendSlashCommand({ name: 'summary', options: { article, length: 'short' }, channelId: guildChannel(harness, 0), user: member })
        .waitForFinalReply();
      expect(reply.embeds[0]?.title).toBe('Summary: Aletsch survey');
      expect(String(reply.embeds[0]?.description)).toMatch(/\[1\]/);
    }
    const refused = await harness.emulator
      .sendSlashCommand({ name: 'summary', options: { article: 'Aletsch survey' }, channelId: guildChannel(harness, 1), user: member })
      .waitForFinalReply();
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(/^There is no document "Aletsch survey"\. The documents are: geneva-talks-2022\./);
  });

  it('refuses a URL on a private address, an image, and members without Manage Server', async () => {
    const privateUrl = harness.emulator.sendSlashCommand({
      name: 'article',
      subcommand: 'add',
      options: { url: server.url('/ferry.html') },
      channelId: guildChannel(harness, 1),
      user: admin,
    });
    const refusal = await privateUrl.waitForFinalReply();
    expect(refusal.ephemeral).toBe(true);
    expect(refusal.content).toMatch(/private or local network address \(127\.0\.0\.1\)/);
    expect(server.requests).toEqual([]);

    const image = harness.emulator.uploadAttachment({
      filename: 'map.png',
      contentType: 'image/png',
      data: TINY_PNG,
    });
    const imageReply = await harness.emulator
      .sendSlashCommand({
        name: 'article',
        subcommand: 'add',
        attachments: { file: image },
        channelId: guildChannel(harness, 1),
        user: admin,
      })
      .waitForFinalReply();
    expect(imageReply.ephemeral).toBe(true);
    expect(imageReply.content).toMatch(/map\.png: unsupported type \(image\/png content is not an article/);

    const forbidden = harness.emulator.sendSlashCommand({
      name: 'article',
      subcommand: 'list',
      channelId: guildChannel(harness, 0),
      user: member,
    });
    const denied = await forbidden.waitForFinalReply();
    expect(denied.ephemeral).toBe(true);
    expect(denied.content).toMatch(/Only members with the Manage Server permission/);
    const command = harness.emulator.registeredCommands().find((registered) => registered.name === 'article');
    expect(command?.default_member_permissions).toBe(MANAGE_GUILD);
  });

  it('refuses an attachment that is a copy of the configured article, naming it, privately', async () => {
    const copy = harness.emulator.uploadAttachment({
      filename: 'geneva.txt',
      contentType: 'text/plain; charset=utf-8',
      data: readFileSync(BUNDLED_ARTICLE),
    });
    const reply = await harness.emulator
      .sendSlashCommand({
        name: 'article',
        subcommand: 'add',
        attachments: { file: copy },
        channelId: guildChannel(harness, 0),
        user: admin,
      })
      .waitForFinalReply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/^That article is already in the corpus, as geneva-talks-2022 \("U\.S\.-Russia Meets Ukraine Tensions in Geneva", geneva-talks-2022\.txt\)/);
    // Still one copy: each of its passages is cited once.
    const answer = await askIn(0, 'Who led the US delegation?');
    expect(answer.content).toContain('Wendy Sherman');
    expect(JSON.stringify(answer.embeds)).not.toContain('geneva.txt');
  });

  it('removes a server’s article, found by title through autocomplete', async () => {
    const typing = harness.emulator.autocomplete({
      name: 'article',
      subcommand: 'remove',
      options: { article: 'aletsch' },
      focused: 'article',
      channelId: guildChannel(harness, 0),
      user: admin,
    });
    const choices = await typing.waitForAutocompleteChoices();
    expect(choices.map((choice) => choice.name)).toEqual(['Aletsch survey']);
    const elsewhere = harness.emulator.autocomplete({
      name: 'article',
      subcommand: 'remove',
      options: { article: '' },
      focused: 'article',
      channelId: guildChannel(harness, 1),
      user: admin,
    });
    expect(await elsewhere.waitForAutocompleteChoices()).toEqual([]);

    const docId = String(choices[0]?.value);
    const fromOtherServer = harness.emulator.sendSlashCommand({
      name: 'article',
      subcommand: 'remove',
      options: { article: docId },
      channelId: guildChannel(harness, 1),
      user: admin,
    });
    expect((await fromOtherServer.waitForFinalReply()).content).toMatch(/no added article/);
    const removed = harness.emulator.sendSlashCommand({
      name: 'article',
      subcommand: 'remove',
      options: { article: docId },
      channelId: guildChannel(harness, 0),
      user: admin,
    });
    expect((await removed.waitForFinalReply()).content).toMatch(/^Removed \*\*Aletsch survey\*\*/);
    expect((await askIn(0, GLACIER_QUESTION)).content).not.toContain('Mirela');
  });
});

describe('/article add with a URL', () => {
  it('downloads the page (private addresses allowed here by ALLOW_PRIVATE_URLS) and cites it with a link', async () => {
    const server = await startArticleServer({
      '/ferry.html': {
        body: savedWebPage({ title: 'Night ferry to stop', paragraphs: HARBOUR }),
        contentType: 'text/html; charset=utf-8',
      },
    });
    const harness = await startTestBot({
      emulator: { users: [{ username: 'admin', permissions: MANAGE_GUILD }] },
      environment: { ALLOW_PRIVATE_URLS: 'true', RATE_LIMIT_PER_MINUTE: '1000' },
    });
    try {
      const added = await harness.emulator
        .sendSlashCommand({ name: 'article', subcommand: 'add', options: { url: server.url('/ferry.html') } })
        .waitForFinalReply();
      expect(added.content).toContain(`Added [Night ferry to stop](${server.url('/ferry.html')})`);
      const answer = await harness.emulator
        .sendSlashCommand({ name: 'ask', options: { question: HARBOUR_QUESTION } })
        .waitForFinalReply();
      expect(answer.content).toContain('Teodor Lindqvist');
      expect(String(answer.embeds[0]?.description)).toContain(`](${server.url('/ferry.html')})`);
      const buttons =
        (answer.components[0] as { components?: Array<{ custom_id: string }> } | undefined)?.components ?? [];
      const sourcesId =
        buttons.find((button) => button.custom_id.startsWith('aq1:sources:'))?.custom_id ?? '';
      const sources = harness.emulator.clickButton({
        message: answer.message as NonNullable<typeof answer.message>,
        customId: sourcesId,
      });
      const view = await sources.waitForFinalReply();
      expect(view.embeds[0]).toMatchObject({ url: server.url('/ferry.html') });
    } finally {
      await harness.stop();
      await server.close();
    }
  });
});
