import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerReply } from '../../src/adapters/discord/replies/answer-reply.js';
import { createEngine } from '../../src/app/create-engine.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import type { EmulatedUser } from '../support/discord-emulator/types.js';
import { bundledEmbedder, MANAGE_GUILD, startTestBot, type TestBot } from './support/bot-harness.js';
import { sentMessageBodies } from './support/requests.js';

const ANSWERABLE = 'Who led the US delegation?';
const NOT_IN_ARTICLE = 'What did China say about the Geneva talks?';

let harness: TestBot;
let tester: EmulatedUser;
let admin: EmulatedUser;
let other: EmulatedUser;

beforeAll(async () => {
  harness = await startTestBot({
    emulator: {
      users: [
        { username: 'tester' },
        { username: 'admin', permissions: MANAGE_GUILD },
        { username: 'other' },
      ],
    },
    // Many questions from few users here; the rate limit has its own test.
    environment: { RATE_LIMIT_PER_MINUTE: '1000' },
  });
  [tester, admin, other] = harness.emulator.users as [EmulatedUser, EmulatedUser, EmulatedUser];
});
afterAll(async () => harness?.stop());

function ask(question: string, extra: { private?: boolean; user?: EmulatedUser } = {}) {
  const options: Record<string, string | boolean> = { question };
  if (extra.private !== undefined) options.private = extra.private;
  return harness.emulator.sendSlashCommand({
    name: 'ask',
    options,
    ...(extra.user ? { user: extra.user } : {}),
  });
}

describe('/ask', () => {
  it('answers in public: deferred, then the answer with [n], bold highlights, a sources embed and buttons', async () => {
    const handle = ask(ANSWERABLE);
    const reply = await handle.waitForFinalReply();
    expect(handle.acknowledgement?.type).toBe(5);
    expect(reply.source).toBe('edit');
    expect(reply.ephemeral).toBe(false);
    expect(reply.content).toMatch(/^\*\*Question:\*\* Who led the US delegation\?\n/);
    expect(reply.content).toContain('Wendy Sherman');
    expect(reply.content).toMatch(/\*\*[^*]+\*\*.*\[1\]/s);
    expect(reply.embeds[0]).toMatchObject({ title: 'Sources' });
    expect(String(reply.embeds[0]?.description)).toMatch(
      /^\*\*\[1\]\*\* 1\. No progress in US-Russian diplomacy in Geneva — /,
    );
    const buttons = (reply.components[0]?.components ?? []) as Array<{ custom_id: string; label?: string }>;
    expect(buttons.map((button) => button.custom_id)).toEqual([
      `aq1:follow:${handle.id}`,
      `aq1:sources:${handle.id}`,
      `aq1:vote:${handle.id}:up`,
      `aq1:vote:${handle.id}:down`,
    ]);
  });

  it('gives exactly the answer the CLI gives (engine.ask on the same article and model)', async () => {
    const cliConfig = loadConfig({
      environment: {},
      overrides: {
        corpus: harness.workspace.corpusDir,
        indexDir: `${harness.workspace.root}/cli-index`,
        'model.allowRemote': false,
      },
    });
    const { engine: cliEngine } = await createEngine(cliConfig, createSilentLogger(), {
      embedder: await bundledEmbedder(),
    });
    for (const question of [ANSWERABLE, NOT_IN_ARTICLE, 'How many troops did Russia amass near Ukraine?']) {
      const handle = ask(question);
      const reply = await handle.waitForFinalReply();
      const expected = answerReply(await cliEngine.ask(question), {
        answerId: handle.id,
        echoQuestion: true,
        followUp: true,
      });
      expect(reply.content).toBe(expected.content);
      expect(reply.embeds).toEqual(expected.embeds);
      expect(reply.components).toEqual(expected.components);
    }
  });

  it('answers privately with private:true', async () => {
    const reply = await ask(ANSWERABLE, { private: true }).waitForFinalReply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('Wendy Sherman');
  });

  it("lists the article's sources when asked where its information comes from, each name in bold and cited", async () => {
    const reply = await ask('which news outlets does the article cite?').waitForFinalReply();
    expect(reply.content).toContain("The article names 4 sources: **Al Jazeera** [1], **Associated Press** [2], **Tass** [3] and **BBC's James Landdale** [4].");
    expect(reply.embeds[0]).toMatchObject({ title: 'Sources' });
  });

  it('says clearly when the article does not say, and shows the closest passages as such', async () => {
    const reply = await ask(NOT_IN_ARTICLE).waitForFinalReply();
    expect(reply.content).toContain("The article doesn't say: it never mentions China.");
    expect(reply.embeds[0]?.title).toBe('Closest passages (they do not answer the question)');
  });

  it('refuses an oversized or empty question, or one in another alphabet, at once, privately, without deferring', async () => {
    const long = ask('Why? '.repeat(120));
    const longReply = await long.waitForFinalReply();
    expect(long.acknowledgement?.type).toBe(4);
    expect(longReply.ephemeral).toBe(true);
    expect(longReply.content).toMatch(/599 characters long; please keep it to 500 or fewer/);

    const empty = await ask('   ').waitForFinalReply();
    expect(empty.ephemeral).toBe(true);
    expect(empty.content).toBe('Please ask a question: the text was empty.');

    const foreign = ask('Кто возглавлял российскую делегацию?');
    const foreignReply = await foreign.waitForFinalReply();
    expect(foreign.acknowledgement?.type).toBe(4);
    expect(foreignReply.ephemeral).toBe(true);
    expect(foreignReply.content).toMatch(/^Please ask in English/);
  });

  it('answers an error found after deferring privately, and leaves no public "thinking…" behind', async () => {
    // The section is checked once the summary is under way, after the public deferral.
    const handle = ask('sum up section 9');
    const error = await handle.waitForFollowUp();
    expect(handle.acknowledgement?.type).toBe(5);
    expect(error.flags & 64).toBe(64);
    expect(error.content).toMatch(/section/i);
    expect(handle.original).toBeUndefined();
    expect(handle.replies).toEqual([]);
  });

  it('refuses a question in another language written in Latin letters privately, once it is read', async () => {
    // Told apart only after the public deferral (the language identifier loads on first need).
    const handle = ask('Wer leitete die US-Delegation?');
    const refusal = await handle.waitForFollowUp();
    expect(refusal.flags & 64).toBe(64);
    expect(refusal.content).toBe('Please ask in English: I can only read questions in the language the article is written in.');
    expect(handle.original).toBeUndefined();
  });

  it('pings nobody when the question has @everyone, @here or role mentions, and escapes it', async () => {
    const handle = ask('@everyone @here <@&123456789012345678> what did *NATO* say?');
    const reply = await handle.waitForFinalReply();
    expect(reply.content).toContain(
      '@\u200beveryone @\u200bhere <@&123456789012345678> what did \\*NATO\\* say?',
    );
    expect(reply.message.mention_everyone).toBe(false);
    const bodies = sentMessageBodies(harness.emulator);
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) expect(body.allowed_mentions).toMatchObject({ parse: [] });
  });
});

describe('buttons', () => {
  it('Sources shows the full cited passages to the clicker only', async () => {
    const handle = ask(ANSWERABLE);
    const reply = await handle.waitForFinalReply();
    const customId = `aq1:sources:${handle.id}`;
    const click = harness.emulator.clickButton({ message: reply.message, customId, user: other });
    const sources = await click.waitForFinalReply();
    expect(sources.ephemeral).toBe(true);
    expect(sources.content).toContain('Passages cited for **Who led the US delegation?**');
    expect(sources.embeds[0]?.title).toBe('[1] 1. No progress in US-Russian diplomacy in Geneva');
    expect(sources.embeds[0]?.description).toContain('Ryabkov said "unfortunately we have big differences');
  });

  it('records one vote per user per answer; clicking again changes it', async () => {
    const handle = ask(ANSWERABLE);
    const reply = await handle.waitForFinalReply();
    const click = (customId: string, user: EmulatedUser) =>
      harness.emulator.clickButton({ message: reply.message, customId, user }).waitForFinalReply();

    const first = await click(`aq1:vote:${handle.id}:up`, tester);
    expect(first).toMatchObject({ ephemeral: true, content: 'Thanks for the feedback! Recorded your 👍.' });
    expect((await click(`aq1:vote:${handle.id}:up`, tester)).content).toBe(
      'You already voted 👍 on this answer.',
    );
    expect((await click(`aq1:vote:${handle.id}:down`, tester)).content).toBe(
      'Changed your vote to 👎. Thanks!',
    );
    expect((await click(`aq1:vote:${handle.id}:up`, other)).content).toBe(
      'Thanks for the feedback! Recorded your 👍.',
    );
    expect(harness.bot.state.statistics(harness.emulator.guilds[0]?.id ?? '').votes).toMatchObject({
      up: 1,
      down: 1,
    });
  });
});

describe('/about, /stats and unknown commands', () => {
  it('/about shows the article, passages, model, build time and answer mode', async () => {
    const reply = await harness.emulator.sendSlashCommand({ name: 'about' }).waitForFinalReply();
    const embed = reply.embeds[0] as { title: string; fields: Array<{ name: string; value: string }> };
    expect(embed.title).toBe('U.S.-Russia Meets Ukraine Tensions in Geneva');
    const field = (name: string) => embed.fields.find((entry) => entry.name === name)?.value;
    expect(field('Passages')).toBe(String(harness.bot.engine.index.passages.length));
    expect(field('Embedding model')).toBe('`article-qa/glove-sif-100d`');
    expect(field('Index built')).toMatch(/^<t:\d+:f> \(<t:\d+:R>\)$/);
    expect(field('Answers')).toBe('Extractive: sentences quoted from the article');
  });

  it('/stats is registered for Manage Server only, and refused in code to others', async () => {
    const registered = harness.emulator.registeredCommands().find((command) => command.name === 'stats');
    expect(registered?.default_member_permissions).toBe(MANAGE_GUILD);
    const denied = await harness.emulator
      .sendSlashCommand({ name: 'stats', user: tester })
      .waitForFinalReply();
    expect(denied).toMatchObject({
      ephemeral: true,
      content: 'Only members with the Manage Server permission can see statistics.',
    });
  });

  it('/stats shows questions, answered share, top unanswered questions and feedback to admins', async () => {
    await ask(NOT_IN_ARTICLE).waitForFinalReply();
    const reply = await harness.emulator.sendSlashCommand({ name: 'stats', user: admin }).waitForFinalReply();
    expect(reply.ephemeral).toBe(true);
    const fields = (reply.embeds[0] as { fields: Array<{ name: string; value: string }> }).fields;
    const field = (name: string) => fields.find((entry) => entry.name === name)?.value ?? '';
    const stats = harness.bot.state.statistics(harness.emulator.guilds[0]?.id ?? '');
    expect(Number(field('Questions asked'))).toBe(stats.questions);
    expect(stats.questions).toBeGreaterThanOrEqual(10);
    expect(field('Not in the article')).toMatch(/^\d+ \(\d+%\)$/);
    expect(field('Most frequent unanswered questions')).toMatch(
      /^1\. What did China say about the Geneva talks\? \(×\d+\)/,
    );
    expect(field('Feedback')).toBe(`👍 ${stats.votes.up} · 👎 ${stats.votes.down}`);
  });

  it('answers an unknown command helpfully', async () => {
    const reply = await harness.emulator.sendSlashCommand({ name: 'frobnicate' }).waitForFinalReply();
    expect(reply).toMatchObject({ ephemeral: true });
    expect(reply.content).toContain("I don't know /frobnicate");
  });
});

describe('mentions and DMs', () => {
  it('answers "@bot question" in a channel as a reply, without pinging', async () => {
    const question = harness.emulator.sendMessage({
      content: `${harness.emulator.botMention} ${ANSWERABLE}`,
    });
    const reply = await harness.emulator.waitForMessage(
      (message) => message.message_reference?.message_id === question.id,
    );
    expect(reply.author.id).toBe(harness.emulator.botUser.id);
    expect(reply.content).toContain('Wendy Sherman');
    expect(reply.content).not.toContain('**Question:**');
    expect(reply.embeds[0]).toMatchObject({ title: 'Sources' });
    expect(reply.components).toHaveLength(1);
  });

  it('answers a DM, and ignores channel messages that do not mention it', async () => {
    harness.emulator.sendMessage({ content: 'just chatting, not for the bot' });
    const question = harness.emulator.sendMessage({ content: NOT_IN_ARTICLE, dm: true });
    const reply = await harness.emulator.waitForMessage(
      (message) => message.message_reference?.message_id === question.id,
    );
    expect(reply.channel_id).toBe(harness.emulator.dmChannelId());
    expect(reply.content).toContain("The article doesn't say: it never mentions China.");
    const answered = harness.emulator.messages.filter(
      (message) => message.author.id === harness.emulator.botUser.id,
    );
    expect(answered.some((message) => message.content.includes('just chatting'))).toBe(false);
  });

  it('explains how to ask when mentioned without a question', async () => {
    const mention = harness.emulator.sendMessage({ content: harness.emulator.botMention });
    const reply = await harness.emulator.waitForMessage(
      (message) => message.message_reference?.message_id === mention.id,
    );
    expect(reply.content).toMatch(/^Ask me about the article/);
  });
});

describe('/summary', () => {
  it('summarises the article with citations (default medium; short is shorter)', async () => {
    const medium = await harness.emulator.sendSlashCommand({ name: 'summary' }).waitForFinalReply();
    const short = await harness.emulator
      .sendSlashCommand({ name: 'summary', options: { length: 'short' } })
      .waitForFinalReply();
    expect(medium.embeds[0]?.title).toBe('Summary: U.S.-Russia Meets Ukraine Tensions in Geneva');
    expect(String(medium.embeds[0]?.description)).toMatch(/\[1\]/);
    expect(medium.embeds[1]?.title).toBe('Sources');
    expect(String(short.embeds[0]?.description).length).toBeLessThan(
      String(medium.embeds[0]?.description).length,
    );
    const expected = await harness.bot.engine.summarize({ length: 'short' });
    expect(short.embeds[0]?.description).toBe(expected.summary);
  });

  it('offers the real sections by autocomplete and summarises the one picked', async () => {
    const choices = await harness.emulator
      .autocomplete({ name: 'summary', options: { section: 'nato' }, focused: 'section' })
      .waitForAutocompleteChoices();
    expect(choices).toEqual([
      { name: '2. The US cannot make a decision on the acceptance of new NATO members', value: '2' },
    ]);
    const reply = await harness.emulator
      .sendSlashCommand({ name: 'summary', options: { section: '2', length: 'long' } })
      .waitForFinalReply();
    expect(reply.embeds[0]?.title).toBe(
      'Summary: U.S.-Russia Meets Ukraine Tensions in Geneva — 2. The US cannot make a decision on the acceptance of new NATO members',
    );
  });

  it('lists the sections when the one asked for does not exist', async () => {
    const reply = await harness.emulator
      .sendSlashCommand({ name: 'summary', options: { section: 'weather' } })
      .waitForFinalReply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('There is no section "weather". The sections are:');
  });
});
