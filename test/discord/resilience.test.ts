import { once } from 'node:events';
import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatedUser } from '../support/discord-emulator/types.js';
import { startTestBot, TEST_TOKEN, type TestBot } from './support/bot-harness.js';

const QUESTION = 'Who led the US delegation?';
/** What a member must see in the answer to each question the load tests ask. */
const EXPECTED: Record<string, string> = {
  [QUESTION]: 'Wendy Sherman',
  'How many troops did Russia amass?': '100,000',
  'What did Stoltenberg say?': 'Stoltenberg did not rule out dialogue',
};

let harness: TestBot;
let users: EmulatedUser[];
let nextUser = 0;
/** A fresh user per question: the default rate limit (5 a minute) stays in force here. */
const freshUser = (): EmulatedUser => users[nextUser++ % users.length] as EmulatedUser;

beforeAll(async () => {
  harness = await startTestBot({
    emulator: { users: Array.from({ length: 150 }, (_, index) => ({ username: `member${index}` })) },
  });
  users = harness.emulator.users.slice(1);
});
afterAll(async () => harness?.stop());

async function askAndWait(question = QUESTION, user = freshUser()) {
  const handle = harness.emulator.sendSlashCommand({ name: 'ask', options: { question }, user });
  return { handle, reply: await handle.waitForFinalReply() };
}

async function health(): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(harness.bot.health.url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('gateway faults', () => {
  it('/healthz is 200 when connected, 503 after a gateway close, and the bot resumes and answers', async () => {
    expect(await health()).toEqual({
      status: 200,
      body: { status: 'ok', gateway: 'Ready', index: 'loaded', passages: 16 },
    });
    const reconnecting = once(harness.bot.client, Events.ShardReconnecting);
    const resumed = once(harness.bot.client, Events.ShardResume);
    const resumesBefore = harness.emulator.resumeCount;
    await harness.emulator.closeGateway(4000);
    await reconnecting;
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'unavailable', index: 'loaded' });
    await resumed;
    expect(harness.emulator.resumeCount).toBe(resumesBefore + 1);
    expect((await health()).status).toBe(200);
    expect((await askAndWait()).reply.content).toContain('Wendy Sherman');
  });

  it('resumes after op 7 RECONNECT and still answers', async () => {
    const resumesBefore = harness.emulator.resumeCount;
    harness.emulator.requestReconnect();
    await harness.emulator.waitForResumeCount(resumesBefore + 1);
    expect((await askAndWait()).reply.content).toContain('Wendy Sherman');
  });

  it('identifies again after op 9 (not resumable), resumes after op 9 (resumable), and still answers', async () => {
    const identifiesBefore = harness.emulator.identifyCount;
    const ready = once(harness.bot.client, Events.ShardReady);
    harness.emulator.invalidateSession(false);
    await harness.emulator.waitForIdentifyCount(identifiesBefore + 1);
    await ready;
    expect((await askAndWait()).reply.content).toContain('Wendy Sherman');

    const resumesBefore = harness.emulator.resumeCount;
    harness.emulator.invalidateSession(true);
    await harness.emulator.waitForResumeCount(resumesBefore + 1);
    expect((await askAndWait()).reply.content).toContain('Wendy Sherman');
  });
});

describe('REST faults', () => {
  it('retries an edit refused with 429 and retry_after', async () => {
    const fault = harness.emulator.injectRestFault({
      method: 'PATCH',
      path: /\/messages\/@original$/,
      status: 429,
      retryAfterMs: 300,
      times: 1,
    });
    const { reply } = await askAndWait();
    expect(fault.hits).toBe(1);
    expect(reply.content).toContain('Wendy Sherman');
  });

  it('logs a 500 on the edit as a bug with an incident id, apologises, and keeps answering', async () => {
    // discord.js retries a 5xx three times: four failures make the edit fail for good.
    const fault = harness.emulator.injectRestFault({
      method: 'PATCH',
      path: /\/messages\/@original$/,
      status: 500,
      times: 4,
    });
    const { handle, reply } = await askAndWait();
    expect(fault.hits).toBe(4);
    const logged = harness.logs.find(
      (line) => line.msg === 'handler failed' && line.interactionId === handle.id,
    );
    expect(logged).toMatchObject({ level: 50, command: 'ask', kind: 'command' });
    expect(reply.content).toContain(`incident \`${String(logged?.incident)}\``);
    const error = logged?.error as { url?: string };
    expect(error.url).toMatch(/\/webhooks\/\d+\/\[token\]\/messages\/(@|%40)original$/);
    expect(harness.logText()).not.toContain(handle.token);
    expect((await askAndWait()).reply.content).toContain('Wendy Sherman');
  });
});

describe('load', () => {
  it('answers 50 concurrent /ask (queued under the concurrency limit, none dropped)', async () => {
    const handles = Array.from({ length: 50 }, (_, index) =>
      harness.emulator.sendSlashCommand({
        name: 'ask',
        options: { question: index % 2 === 0 ? QUESTION : 'How many troops did Russia amass?' },
        user: freshUser(),
      }),
    );
    const replies = await Promise.all(handles.map((handle) => handle.waitForFinalReply()));
    expect(replies.every((reply) => reply.content.includes('[1]'))).toBe(true);
    expect(handles.every((handle) => handle.acknowledgement?.type === 5)).toBe(true);
    // Each member gets the answer to their own question, the same as when asked alone.
    const alone = new Map<string, string>();
    for (const question of [QUESTION, 'How many troops did Russia amass?'])
      alone.set(question, (await askAndWait(question)).reply.content);
    replies.forEach((reply, index) => {
      const question = index % 2 === 0 ? QUESTION : 'How many troops did Russia amass?';
      expect(reply.content, `reply ${index}`).toContain(EXPECTED[question]);
      expect(reply.content, `reply ${index}`).toBe(alone.get(question));
    });
  });

  it('gives a polite private cooldown message past the per-user rate limit (5 a minute)', async () => {
    const user = freshUser();
    for (let count = 0; count < 5; count += 1)
      expect((await askAndWait(QUESTION, user)).reply.content).toContain('Wendy Sherman');
    const { handle, reply } = await askAndWait(QUESTION, user);
    expect(handle.acknowledgement?.type).toBe(4);
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(
      /^You're asking faster than I can keep up with\. Please wait \d+ s and ask again\.$/,
    );
  });

  it('counts questions in a follow-up thread against the same rate limit', async () => {
    const user = freshUser();
    const { handle, reply } = await askAndWait(QUESTION, user);
    await harness.emulator.clickButton({ message: reply.message, customId: `aq1:follow:${handle.id}`, user }).waitForFinalReply();
    const inThread = async (content: string) => {
      const question = harness.emulator.sendMessage({ channelId: reply.message.id, content, user });
      return harness.emulator.waitForMessage((message) => message.message_reference?.message_id === question.id);
    };
    for (let count = 0; count < 4; count += 1) expect((await inThread('What did she tell Russia?')).content).toContain('[1]');
    expect((await inThread('What did she tell Russia?')).content).toMatch(/^You're asking faster than I can keep up with\./);
  });

  it('answers 50 asks in a row, each with its own answer (timings: npm run bench)', async () => {
    for (let count = 0; count < 50; count += 1) {
      const question = count % 2 ? QUESTION : 'What did Stoltenberg say?';
      const { reply } = await askAndWait(question);
      expect(reply.content, `ask ${count}`).toContain(EXPECTED[question]);
      expect(reply.content, `ask ${count}`).toContain('[1]');
    }
  });

  it('never logs the bot token, not even in the URL of a request that failed', async () => {
    const from = harness.logs.length;
    // A failed edit is logged with its request URL, the webhook token's usual hiding place.
    harness.emulator.injectRestFault({ method: 'PATCH', path: /\/messages\/@original$/, status: 500, times: 4 });
    expect((await askAndWait()).reply.content).toContain('incident');
    expect((await askAndWait()).reply.content).toContain('Wendy Sherman');
    const written = harness.logs.slice(from);
    expect(written.some((line) => line.msg === 'handler failed')).toBe(true);
    const text = written.map((line) => JSON.stringify(line)).join('\n');
    for (const secret of [TEST_TOKEN, TEST_TOKEN.split('.')[2] ?? TEST_TOKEN]) {
      expect(text).not.toContain(secret);
      expect(harness.logText()).not.toContain(secret);
    }
  });
});
