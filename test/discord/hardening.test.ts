/**
 * Faults from the hardening audit, end to end through the Discord emulator: questions of
 * invisible characters or Discord mentions, and a corpus paragraph of invisible characters.
 */
import { writeFileSync } from 'node:fs';
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

beforeAll(async () => {
  const emulator = await startDiscordEmulator({
    heartbeatIntervalMs: 1000,
    token: TEST_TOKEN,
    users: [{ username: 'tester' }, { username: 'other' }, { username: 'admin', permissions: MANAGE_GUILD }],
    guilds: [{ name: 'Emulated Guild', roles: [{ id: ROLE_ID, name: 'Moderators' }] }],
  });
  const workspace = temporaryWorkspace('article-qa-hardening-');
  // A document whose only paragraph is invisible: the bot must still start and answer.
  writeFileSync(path.join(workspace.corpusDir, 'invisible.txt'), 'Invisible\n\n\u200b\u200b\u200d\n');
  harness = await startTestBot({ reuse: { emulator, workspace }, environment: { RATE_LIMIT_PER_MINUTE: '1000' } });
  [tester, other] = harness.emulator.users as [EmulatedUser, EmulatedUser];
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
  ])('answers %s at once, privately, with "ask in words" (no defer, no incident)', async (_name, question, isPrivate) => {
    const handle = ask(question, { private: isPrivate });
    const reply = await handle.waitForFinalReply();
    expect(handle.acknowledgement?.type).toBe(4);
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(NO_WORDS);
    expect(harness.logs.filter((line) => line.msg === 'handler failed')).toEqual([]);
  });

  it('answers a mention of only zero-width characters the same way', async () => {
    const message = harness.emulator.sendMessage({ content: `${harness.emulator.botMention} \u200b\u200b` });
    const reply = await harness.emulator.waitForMessage((sent) => sent.message_reference?.message_id === message.id);
    expect(reply.content).toMatch(NO_WORDS);
    expect(harness.logs.filter((line) => line.msg === 'handler failed')).toEqual([]);
  });
});

describe('questions with Discord mentions', () => {
  it('answers /ask with member, role and channel mentions as if they were not there, and echoes them as written', async () => {
    const question = `<@${other.id}> <@&${ROLE_ID}> <#${harness.emulator.defaultChannelId}> who led the US delegation?`;
    const reply = await ask(question).waitForFinalReply();
    expect(reply.content).toContain(`**Question:** <@${other.id}> <@&${ROLE_ID}> <#${harness.emulator.defaultChannelId}> who led the US delegation?`);
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
    const reply = await harness.emulator.waitForMessage((sent) => sent.message_reference?.message_id === message.id);
    expect(reply.content).toContain('100,000 troops');
  });

  it('asks for words when a question is only mentions', async () => {
    const reply = await ask(`<@${other.id}> <@&${ROLE_ID}>`).waitForFinalReply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/^Please ask a question in words: mentions of members, roles and channels/);
  });
});
