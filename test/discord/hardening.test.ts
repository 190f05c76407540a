/**
 * Faults from the hardening audit, end to end through the Discord emulator: questions of
 * invisible characters or Discord mentions, a corpus paragraph of invisible characters, forged
 * button ids, an acknowledgement pushed past Discord's deadline, and the state files' modes.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordEmulator } from '../support/discord-emulator/index.js';
import type { EmulatedUser } from '../support/discord-emulator/types.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';
import { MANAGE_GUILD, startTestBot, TEST_TOKEN, type TestBot } from './support/bot-harness.js';

const ROLE_ID = '222222222222222222';
const NO_WORDS = /^Please ask a question in words/;

let harness: TestBot;
let tester: EmulatedUser;
let other: EmulatedUser;
let admin: EmulatedUser;

beforeAll(async () => {
  const emulator = await startDiscordEmulator({
    heartbeatIntervalMs: 1000,
    token: TEST_TOKEN,
    users: [{ username: 'tester' }, { username: 'other' }, { username: 'admin', permissions: MANAGE_GUILD }],
    guilds: [{ name: 'Emulated Guild', roles: [{ id: ROLE_ID, name: 'Moderators' }] }],
    // Discord refuses acknowledgements after 3 s; a longer limit here lets a late one land, as
    // the audit saw (4,057 ms), so the bot's own warning is what is tested.
    ackDeadlineMs: 10_000,
  });
  const workspace = temporaryWorkspace('article-qa-hardening-');
  // A document whose only paragraph is invisible: the bot must still start and answer.
  writeFileSync(path.join(workspace.corpusDir, 'invisible.txt'), 'Invisible\n\n\u200b\u200b\u200d\n');
  harness = await startTestBot({
    reuse: { emulator, workspace },
    environment: { RATE_LIMIT_PER_MINUTE: '1000' },
  });
  [tester, other, admin] = harness.emulator.users as [EmulatedUser, EmulatedUser, EmulatedUser];
});
afterAll(async () => harness?.stop());

function ask(question: string, options: { private?: boolean; user?: EmulatedUser } = {}) {
  return harness.emulator.sendSlashCommand({
    name: 'ask',
    options: { question, ...(options.private === undefined ? {} : { private: options.private }) },
    ...(options.user ? { user: options.user } : {}),
  });
}

describe('questions of invisible characters', () => {
  it('started with a corpus paragraph of zero-width characters', () => {
    expect(harness.bot.engine.index.documents.map((document) => document.id)).toContain('invisible');
  });

  it.each([
    ['a zero-width space', '\u200b', false],
    ['zero-width joiners, privately', '\u200d\u2060', true],
    ['combining marks', '\u0301\u0308', false],
  ])(
    'answers %s at once, privately, with "ask in words" (no defer, no incident)',
    async (_name, question, isPrivate) => {
      const handle = ask(question, { private: isPrivate });
      const reply = await handle.waitForFinalReply();
      expect(handle.acknowledgement?.type).toBe(4);
      expect(reply.ephemeral).toBe(true);
      expect(reply.content).toMatch(NO_WORDS);
      expect(harness.logs.filter((line) => line.msg === 'handler failed')).toEqual([]);
    },
  );

  it('answers a mention of only zero-width characters the same way', async () => {
    const message = harness.emulator.sendMessage({ content: `${harness.emulator.botMention} \u200b\u200b` });
    const reply = await harness.emulator.waitForMessage(
      (sent) => sent.message_reference?.message_id === message.id,
    );
    expect(reply.content).toMatch(NO_WORDS);
    expect(harness.logs.filter((line) => line.msg === 'handler failed')).toEqual([]);
  });
});

describe('questions with Discord mentions', () => {
  it('answers /ask with member, role and channel mentions as if they were not there, and echoes them as written', async () => {
    const question = `<@${other.id}> <@&${ROLE_ID}> <#${harness.emulator.defaultChannelId}> who led the US delegation?`;
    const reply = await ask(question).waitForFinalReply();
    expect(reply.content).toContain(
      `**Question:** <@${other.id}> <@&${ROLE_ID}> <#${harness.emulator.defaultChannelId}> who led the US delegation?`,
    );
    expect(reply.content).toContain('Wendy Sherman');
    expect(reply.content).not.toContain("The article doesn't say");
    expect(reply.message.mention_everyone).toBe(false);
  });

  it('answers a mention of the bot that also mentions a member and a role', async () => {
    const message = harness.emulator.sendMessage({
      content: `${harness.emulator.botMention} <@&${ROLE_ID}> <@!${tester.id}> how many troops did Russia amass?`,
      user: other,
    });
    expect(message.mention_roles).toEqual([ROLE_ID]);
    const reply = await harness.emulator.waitForMessage(
      (sent) => sent.message_reference?.message_id === message.id,
    );
    expect(reply.content).toContain('100,000 troops');
  });

  it('asks for words when a question is only mentions', async () => {
    const reply = await ask(`<@${other.id}> <@&${ROLE_ID}>`).waitForFinalReply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/^Please ask a question in words: mentions of members, roles and channels/);
  });
});

describe('button ids bound to who may see the answer', () => {
  const PRIVATE_QUESTION = 'How many troops did Russia amass?';

  it("shows a private answer's sources to the asker only, even to a forged button", async () => {
    const asked = ask(PRIVATE_QUESTION, { private: true, user: tester });
    const answer = await asked.waitForFinalReply();
    expect(answer.ephemeral).toBe(true);
    const sourcesId = `aq1:sources:${asked.id}`;

    const own = await harness.emulator
      .clickButton({ message: answer.message, customId: sourcesId, user: tester })
      .waitForFinalReply();
    expect(own.embeds[0]?.description).toContain('100,000');

    // Another member: clicking the private message itself, or the id forged onto a public answer.
    const publicAnswer = await ask('Who led the US delegation?', { user: other }).waitForFinalReply();
    const attempts = [
      harness.emulator.clickButton({ message: answer.message, customId: sourcesId, user: other }),
      harness.emulator.clickButton({
        message: publicAnswer.message,
        customId: sourcesId,
        user: other,
        forged: true,
      }),
    ];
    for (const attempt of attempts) {
      const refused = await attempt.waitForFinalReply();
      expect(refused.ephemeral).toBe(true);
      expect(refused.content).toBe('That answer was private: only the member who asked can see its sources.');
      expect(refused.embeds).toEqual([]);
      expect(JSON.stringify(attempt.replies)).not.toContain('troops');
    }
  });

  it('refuses a forged vote on a private answer, and still takes votes on public ones from anyone', async () => {
    const asked = ask(PRIVATE_QUESTION, { private: true, user: tester });
    await asked.waitForFinalReply();
    const publicAsk = ask('Who led the US delegation?', { user: tester });
    const publicAnswer = await publicAsk.waitForFinalReply();
    const forged = await harness.emulator
      .clickButton({
        message: publicAnswer.message,
        customId: `aq1:vote:${asked.id}:down`,
        user: other,
        forged: true,
      })
      .waitForFinalReply();
    expect(forged.content).toBe('That answer was private: only the member who asked can rate it.');
    const vote = await harness.emulator
      .clickButton({ message: publicAnswer.message, customId: `aq1:vote:${publicAsk.id}:up`, user: other })
      .waitForFinalReply();
    expect(vote.content).toBe('Thanks for the feedback! Recorded your 👍.');
    const sources = await harness.emulator
      .clickButton({ message: publicAnswer.message, customId: `aq1:sources:${publicAsk.id}`, user: other })
      .waitForFinalReply();
    expect(sources.embeds[0]?.description).toContain('Wendy Sherman');
  });

  it('allows an answer recorded before the asker was kept only from its own message', async () => {
    const asked = ask('Who led the US delegation?', { user: tester });
    const answer = await asked.waitForFinalReply();
    const record = harness.bot.state.findAnswer(asked.id);
    if (!record) throw new Error('the answer was not recorded');
    harness.bot.state.recordAnswer({ ...record, askerId: null, isPrivate: null });
    const fromItsMessage = await harness.emulator
      .clickButton({ message: answer.message, customId: `aq1:sources:${asked.id}`, user: other })
      .waitForFinalReply();
    expect(fromItsMessage.embeds[0]?.description).toContain('Wendy Sherman');
    const unrelated = await ask('What did Stoltenberg say?', { user: other }).waitForFinalReply();
    const forged = await harness.emulator
      .clickButton({
        message: unrelated.message,
        customId: `aq1:sources:${asked.id}`,
        user: other,
        forged: true,
      })
      .waitForFinalReply();
    expect(forged.content).toMatch(/^That answer was private/);
  });
});

describe("Discord's 3-second acknowledgement deadline", () => {
  it('warns with the interaction id and the delay when a 429 pushes the acknowledgement past 3 s, and counts it in /stats', async () => {
    const limited = harness.emulator.injectRestFault({
      method: 'POST',
      path: /^\/interactions\/\d+\/[^/]+\/callback$/,
      status: 429,
      retryAfterMs: 3200,
    });
    const handle = ask('Who led the US delegation?', { user: tester });
    const reply = await handle.waitForFinalReply();
    expect(limited.hits).toBe(1);
    expect(reply.content).toContain('Wendy Sherman');
    const warning = harness.logs.find(
      (line) => line.msg === "acknowledgement later than Discord's 3-second deadline",
    );
    expect(warning).toMatchObject({ level: 40, interactionId: handle.id, deadlineMs: 3000 });
    expect(Number(warning?.delayMs)).toBeGreaterThan(3000);
    console.log(
      `acknowledgement delayed by a 429: ${String(warning?.delayMs)} ms (emulator saw ${handle.ackLatencyMs?.toFixed(0)} ms)`,
    );

    const stats = await harness.emulator.sendSlashCommand({ name: 'stats', user: admin }).waitForFinalReply();
    const fields = (stats.embeds[0] as { fields: Array<{ name: string; value: string }> }).fields;
    expect(fields.find((field) => field.name === 'Late acknowledgements (over 3 s)')?.value).toMatch(
      /^1; slowest 3\.\d s$/,
    );
  });
});

describe('state files', () => {
  it("are readable by the bot's user only: 0600 files in a 0700 folder", () => {
    const stateDir = path.join(harness.workspace.root, 'state');
    expect(statSync(stateDir).mode & 0o777).toBe(0o700);
    const files = readdirSync(stateDir);
    expect(files).toContain('bot-state.sqlite');
    for (const name of files)
      expect([name, statSync(path.join(stateDir, name)).mode & 0o777]).toEqual([name, 0o600]);
  });
});
