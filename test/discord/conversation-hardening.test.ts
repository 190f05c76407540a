/**
 * The hardening of /ask and mentions, on the conversation paths too: Discord mentions left out
 * of questions asked in the bot's threads and DMs, DM answers kept private to their asker
 * (Sources and a forged Follow up), a Follow up id forged onto another answer, and questions in
 * a bot thread told the bot is restarting during shutdown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatedMessage, EmulatedUser } from '../support/discord-emulator/types.js';
import { startTestBot, type TestBot } from './support/bot-harness.js';

const ROLE_ID = '222222222222222222';
const RESTART_NOTE = "I'm restarting right now; please ask again in a minute.";

let harness: TestBot;
let tester: EmulatedUser;
let other: EmulatedUser;

beforeAll(async () => {
  harness = await startTestBot({
    emulator: {
      users: [{ username: 'tester' }, { username: 'other' }],
      guilds: [{ name: 'Emulated Guild', roles: [{ id: ROLE_ID, name: 'Moderators' }] }],
    },
    environment: { RATE_LIMIT_PER_MINUTE: '1000' },
  });
  [tester, other] = harness.emulator.users as [EmulatedUser, EmulatedUser];
});
afterAll(async () => harness?.stop());

/** Posts a message and waits for the bot's reply to it. */
async function askByMessage(
  input: Parameters<TestBot['emulator']['sendMessage']>[0],
): Promise<EmulatedMessage> {
  const question = harness.emulator.sendMessage(input);
  return harness.emulator.waitForMessage((message) => message.message_reference?.message_id === question.id);
}

/** Asks with /ask in #general and opens a thread on the answer with Follow up; returns the thread's id. */
async function openFollowUpThread(question: string): Promise<string> {
  const handle = harness.emulator.sendSlashCommand({ name: 'ask', options: { question }, user: tester });
  const reply = await handle.waitForFinalReply();
  await harness.emulator
    .clickButton({ message: reply.message, customId: `aq1:follow:${handle.id}`, user: tester })
    .waitForFinalReply();
  return reply.message.id;
}

const threadRequests = (): number =>
  harness.emulator.requests.filter((request) => request.path.endsWith('/threads')).length;

describe('mentions in conversations', () => {
  it('leaves member and role mentions out of a question in a bot thread, and resolves it in context', async () => {
    const threadId = await openFollowUpThread('Who is Jens Stoltenberg?');
    const answer = await askByMessage({
      channelId: threadId,
      content: `<@${other.id}> <@&${ROLE_ID}> Is he open to dialogue?`,
    });
    expect(answer.content).toMatch(/^-# Answering: Is Jens Stoltenberg open to dialogue\?\n/);
    expect(answer.content).toContain('did not rule out dialogue');
    expect(answer.content).not.toContain(other.id);
    expect(answer.content).not.toContain(ROLE_ID);

    const onlyMentions = await askByMessage({
      channelId: threadId,
      content: `<@${other.id}> <@&${ROLE_ID}>`,
    });
    expect(onlyMentions.content).toMatch(/^Please ask a question in words/);
  });

  it('leaves mentions out of a DM question and its follow-up', async () => {
    const first = await askByMessage({
      dm: true,
      user: other,
      content: `<@${tester.id}> Who is Jens Stoltenberg?`,
    });
    expect(first.content).toContain('Stoltenberg');
    const second = await askByMessage({
      dm: true,
      user: other,
      content: `<@${tester.id}> Is he open to dialogue?`,
    });
    expect(second.content).toMatch(/^-# Answering: Is Jens Stoltenberg open to dialogue\?\n/);
    expect(second.content).not.toContain(tester.id);
  });
});

describe('buttons bound to who may see the answer', () => {
  it('keeps a DM answer to its asker: a forged Sources or Follow up naming it is refused and opens no thread', async () => {
    const dmQuestion = harness.emulator.sendMessage({
      dm: true,
      user: tester,
      content: 'How many troops did Russia amass?',
    });
    await harness.emulator.waitForMessage(
      (message) => message.message_reference?.message_id === dmQuestion.id,
    );
    const publicAnswer = await harness.emulator
      .sendSlashCommand({ name: 'ask', options: { question: 'Who led the US delegation?' }, user: other })
      .waitForFinalReply();
    const before = threadRequests();

    const sources = await harness.emulator
      .clickButton({
        message: publicAnswer.message,
        customId: `aq1:sources:${dmQuestion.id}`,
        user: other,
        forged: true,
      })
      .waitForFinalReply();
    expect(sources.content).toBe('That answer was private: only the member who asked can see its sources.');
    expect(JSON.stringify(sources)).not.toContain('100,000');

    const follow = await harness.emulator
      .clickButton({
        message: publicAnswer.message,
        customId: `aq1:follow:${dmQuestion.id}`,
        user: other,
        forged: true,
      })
      .waitForFinalReply();
    expect(follow.ephemeral).toBe(true);
    expect(follow.content).toMatch(/^A private answer can't be followed up in a public thread\./);
    expect(threadRequests()).toBe(before);
  });

  it("refuses a Follow up id forged onto another answer's message", async () => {
    const first = harness.emulator.sendSlashCommand({
      name: 'ask',
      options: { question: 'What are the three demands?' },
    });
    await first.waitForFinalReply();
    const second = await harness.emulator
      .sendSlashCommand({ name: 'ask', options: { question: 'Who led the US delegation?' } })
      .waitForFinalReply();
    const before = threadRequests();
    const forged = await harness.emulator
      .clickButton({ message: second.message, customId: `aq1:follow:${first.id}`, user: other, forged: true })
      .waitForFinalReply();
    expect(forged.ephemeral).toBe(true);
    expect(forged.content).toMatch(/^That button belongs to another answer/);
    expect(threadRequests()).toBe(before);
  });
});

describe('shutdown', () => {
  it('tells a member asking in a bot thread that it is restarting, and finishes the answer in flight', async () => {
    const threadId = await openFollowUpThread('Who led the Russian delegation?');
    // An answer whose edit is held for 2 s is in flight when shutdown starts; the grace period is
    // long enough for it to finish by itself, so the note goes to the newcomer only.
    harness.emulator.injectRestFault({ method: 'PATCH', path: /\/messages\/@original$/, delayMs: 2000 });
    const held = harness.emulator.waitForEvent('requestHeld');
    const inFlight = harness.emulator.sendSlashCommand({
      name: 'ask',
      options: { question: 'How many troops did Russia amass?' },
    });
    await held;
    // The Discord adapter's own stop: it stops taking questions at once (the harness's full stop
    // closes the index watcher first), so the question below certainly arrives during shutdown.
    const stopping = harness.bot.bot.stop(20_000);

    const note = await askByMessage({
      channelId: threadId,
      content: "What did he say about the two sides' approaches?",
    });
    expect(note.content).toBe(RESTART_NOTE);
    await stopping;
    expect((await inFlight.waitForFinalReply()).content).toContain('100,000 troops');
  });
});
