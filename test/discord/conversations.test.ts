import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatedMessage, EmulatedUser } from '../support/discord-emulator/types.js';
import { startTestBot, type TestBot } from './support/bot-harness.js';

let harness: TestBot;
let tester: EmulatedUser;
let other: EmulatedUser;

beforeAll(async () => {
  harness = await startTestBot({
    emulator: { users: [{ username: 'tester' }, { username: 'other' }] },
    environment: { RATE_LIMIT_PER_MINUTE: '1000' },
  });
  [tester, other] = harness.emulator.users as [EmulatedUser, EmulatedUser];
});
afterAll(async () => harness?.stop());

type ButtonComponent = { custom_id: string; label?: string };
const buttonsOf = (message: Pick<EmulatedMessage, 'components'>): ButtonComponent[] =>
  message.components.flatMap((row) => (row as { components?: ButtonComponent[] }).components ?? []);

/** Posts a message and waits for the bot's reply to it. */
async function askByMessage(input: Parameters<TestBot['emulator']['sendMessage']>[0]): Promise<EmulatedMessage> {
  const question = harness.emulator.sendMessage(input);
  return harness.emulator.waitForMessage((message) => message.message_reference?.message_id === question.id);
}

/** Asks with /ask in #general and opens a thread on the answer with Follow up. */
async function openFollowUpThread(question: string): Promise<{ answer: EmulatedMessage; threadId: string }> {
  const handle = harness.emulator.sendSlashCommand({ name: 'ask', options: { question } });
  const reply = await handle.waitForFinalReply();
  const follow = buttonsOf(reply.message).find((button) => button.label === 'Follow up');
  expect(follow?.custom_id).toBe(`aq1:follow:${handle.id}`);
  const opened = await harness.emulator.clickButton({ message: reply.message, customId: follow?.custom_id ?? '' }).waitForFinalReply();
  expect(opened.ephemeral).toBe(true);
  expect(opened.content).toBe(`Opened a thread for follow-ups: <#${reply.message.id}>. Ask there; no need to mention me.`);
  return { answer: reply.message, threadId: reply.message.id };
}

describe('follow-up threads', () => {
  it('opens a public thread on an /ask answer and answers two follow-ups there in context, without a mention', async () => {
    const { threadId } = await openFollowUpThread('Who led the Russian delegation?');
    const thread = harness.emulator.threads.find((item) => item.id === threadId);
    expect(thread).toMatchObject({ name: 'Follow-up: Who led the Russian delegation?', ownerId: harness.emulator.botUser.id });
    const intro = await harness.emulator.waitForMessage((message) => message.channel_id === threadId && message.author.bot === true);
    expect(intro.content).toContain('no mention needed');

    const first = await askByMessage({ channelId: threadId, content: "What did he say about the two sides' approaches?" });
    expect(first.channel_id).toBe(threadId);
    expect(first.content).toMatch(/^-# Answering: What did Sergei Ryabkov say about the two sides' approaches\?\n/);
    expect(first.content).toContain('big differences');

    const second = await askByMessage({ channelId: threadId, content: 'Which agency reported his comments on the demands?', user: other });
    expect(second.content).toMatch(/^-# Answering: Which agency reported Sergei Ryabkov's comments on the demands\?\n/);
    expect(second.content).toContain('Tass');
    expect(second.message_reference?.message_id).toBeDefined();
  });

  it('continues the existing thread when Follow up is pressed again', async () => {
    const handle = harness.emulator.sendSlashCommand({ name: 'ask', options: { question: 'What are the three demands?' } });
    const reply = await handle.waitForFinalReply();
    const customId = `aq1:follow:${handle.id}`;
    await harness.emulator.clickButton({ message: reply.message, customId }).waitForFinalReply();
    const again = await harness.emulator.clickButton({ message: reply.message, customId, user: other }).waitForFinalReply();
    expect(again.content).toBe(`Follow-ups on this answer go in <#${reply.message.id}>.`);
    expect(harness.emulator.threads.filter((thread) => thread.id === reply.message.id)).toHaveLength(1);
  });

  it('names the missing permissions when Discord refuses to open the thread or to let the bot post in it', async () => {
    const refused = { status: 403, body: { message: 'Missing Permissions', code: 50013 } };
    for (const path of [/\/messages\/\d+\/threads$/, /^\/channels\/\d+\/messages$/]) {
      const handle = harness.emulator.sendSlashCommand({ name: 'ask', options: { question: 'Who led the US delegation?' } });
      const reply = await handle.waitForFinalReply();
      const fault = harness.emulator.injectRestFault({ method: 'POST', path, ...refused });
      const answer = await harness.emulator.clickButton({ message: reply.message, customId: `aq1:follow:${handle.id}` }).waitForFinalReply();
      expect(fault.hits).toBe(1);
      expect(answer.ephemeral).toBe(true);
      expect(answer.content).toMatch(/I need the Create Public Threads and Send Messages in Threads permissions/);
      expect(answer.content).not.toMatch(/incident/i);
    }
  });

  it("ignores Discord's system messages in its threads: a rename, a pin, a member joining", async () => {
    const { threadId } = await openFollowUpThread('What are the three demands?');
    await harness.emulator.waitForMessage((message) => message.channel_id === threadId && message.author.bot === true);
    harness.emulator.sendMessage({ channelId: threadId, content: 'Who led the US delegation', systemType: 4 });
    harness.emulator.sendMessage({ channelId: threadId, content: '', systemType: 6 });
    harness.emulator.sendMessage({ channelId: threadId, content: '', systemType: 7, user: other });
    // Handled in order: once this question is answered, the system messages above were seen and ignored.
    const answered = await askByMessage({ channelId: threadId, content: 'Who rejected them?' });
    const botMessages = harness.emulator.messages.filter((message) => message.channel_id === threadId && message.author.bot === true);
    expect(botMessages.slice(1)).toEqual([answered]);
  });

  it('ignores threads it did not start, unless mentioned there', async () => {
    const thread = harness.emulator.createThread({ name: 'members talking', user: tester });
    harness.emulator.sendMessage({ channelId: thread.id, content: 'Who led the US delegation?' });
    // Messages are handled in order, and an ignored one is dropped before anything is awaited:
    // once the mention below is answered, the plain message above has been seen and ignored.
    const answered = await askByMessage({ channelId: thread.id, content: `${harness.emulator.botMention} Who led the US delegation?` });
    expect(answered.content).toContain('Wendy Sherman');
    const botMessages = harness.emulator.messages.filter((message) => message.channel_id === thread.id && message.author.bot === true);
    expect(botMessages).toEqual([answered]);
  });

  it('never opens a thread for a private /ask', async () => {
    const threadRequests = (): number => harness.emulator.requests.filter((request) => request.path.endsWith('/threads')).length;
    const before = threadRequests();
    const reply = await harness.emulator
      .sendSlashCommand({ name: 'ask', options: { question: 'Who led the US delegation?', private: true } })
      .waitForFinalReply();
    expect(reply.ephemeral).toBe(true);
    expect(buttonsOf(reply.message).map((button) => button.custom_id)).not.toContainEqual(expect.stringMatching(/^aq1:follow:/));
    expect(threadRequests()).toBe(before);
  });
});

describe('conversations outside threads', () => {
  it('keeps one conversation per member in DMs', async () => {
    const first = await askByMessage({ dm: true, content: 'Who is Jens Stoltenberg?' });
    expect(first.content).toContain('Stoltenberg');
    const second = await askByMessage({ dm: true, content: 'Is he open to dialogue?' });
    expect(second.content).toMatch(/^-# Answering: Is Jens Stoltenberg open to dialogue\?\n/);
    expect(second.content).toContain('did not rule out dialogue');
    // The article says no more about him than the two sentences already given.
    const more = await askByMessage({ dm: true, content: 'tell me more' });
    expect(more.content).toMatch(/^-# Answering: Is Jens Stoltenberg open to dialogue\?\n/);
    expect(more.content).toContain('That is all the article says about it.');
    expect(more.embeds).toEqual([]);
    // Another member's DMs are a conversation of their own.
    const elsewhere = await askByMessage({ dm: true, user: other, content: 'Is he open to dialogue?' });
    expect(elsewhere.content).not.toContain('Answering:');
  });

  it('reads a line quoted with Discord\'s "> " as the context of the question after it, in a DM conversation', async () => {
    await askByMessage({ dm: true, user: other, content: 'Who led the US delegation?' });
    // "that" is the quoted line, not the answer before it, and the quoted sentence is not given back.
    const reply = await askByMessage({ dm: true, user: other, content: '> For Moscow, Ukraine or Georgia are red lines\nand what did biden say to that' });
    expect(reply.content).toContain('But President Biden rejected the red line claim.');
    expect(reply.content).not.toContain('red lines that the US should not cross');
    expect(reply.content).not.toContain('Answering:');
  });

  it('continues the conversation of the message a mention replies to', async () => {
    const { botMention } = harness.emulator;
    const first = await askByMessage({ content: `${botMention} When was the security proposal presented to the US?` });
    expect(first.content).toContain('mid-December');
    const followUp = await askByMessage({ content: `${botMention} In how many stages will it be discussed?`, replyTo: first });
    expect(followUp.content).toMatch(/^-# Answering: In how many stages will the security proposal be discussed\?\n/);
    expect(followUp.content).toContain('stages of meeting');
    // A mention that replies to nothing starts afresh.
    const fresh = await askByMessage({ content: `${botMention} In how many stages will it be discussed?` });
    expect(fresh.content).not.toContain('Answering:');
  });
});

describe('restart', () => {
  it('remembers thread and DM conversations across a restart', async () => {
    const { threadId } = await openFollowUpThread('Who is Jens Stoltenberg?');
    await askByMessage({ dm: true, user: other, content: 'When was the security proposal presented to the US?' });
    await harness.stopBot();
    harness = await startTestBot({ reuse: harness, environment: { RATE_LIMIT_PER_MINUTE: '1000' } });

    const inThread = await askByMessage({ channelId: threadId, content: 'Is he open to dialogue?' });
    expect(inThread.content).toMatch(/^-# Answering: Is Jens Stoltenberg open to dialogue\?\n/);
    const inDm = await askByMessage({ dm: true, user: other, content: 'In how many stages will it be discussed?' });
    expect(inDm.content).toMatch(/^-# Answering: In how many stages will the security proposal be discussed\?\n/);
  });
});

describe('the Message Content intent', () => {
  it('stops start-up with what to do when the Developer Portal has the intent off', async () => {
    await expect(startTestBot({ emulator: { allowedPrivilegedIntents: 0 } })).rejects.toThrow(
      /Message Content intent \(close code 4014\).*DISCORD_MESSAGE_CONTENT=false/,
    );
  });

  it('runs without it when told to: follow-ups in its threads then need a mention', async () => {
    const plain = await startTestBot({
      emulator: { allowedPrivilegedIntents: 0 },
      environment: { DISCORD_MESSAGE_CONTENT: 'false', RATE_LIMIT_PER_MINUTE: '1000' },
    });
    try {
      const { emulator } = plain;
      const handle = emulator.sendSlashCommand({ name: 'ask', options: { question: 'Who is Jens Stoltenberg?' } });
      const reply = await handle.waitForFinalReply();
      await emulator.clickButton({ message: reply.message, customId: `aq1:follow:${handle.id}` }).waitForFinalReply();
      const intro = await emulator.waitForMessage((message) => message.channel_id === reply.message.id && message.author.bot === true);
      expect(intro.content).toContain(`mention me (${emulator.botMention} …)`);
      emulator.sendMessage({ channelId: reply.message.id, content: 'Is he open to dialogue?' });
      const question = emulator.sendMessage({ channelId: reply.message.id, content: `${emulator.botMention} Is he open to dialogue?` });
      const answer = await emulator.waitForMessage((message) => message.message_reference?.message_id === question.id);
      expect(answer.content).toMatch(/^-# Answering: Is Jens Stoltenberg open to dialogue\?\n/);
      expect(emulator.messages.filter((message) => message.channel_id === reply.message.id && message.author.bot === true)).toEqual([intro, answer]);
    } finally {
      await plain.stop();
    }
  });
});
