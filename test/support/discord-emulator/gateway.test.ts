import { once } from 'node:events';
import { Events, type Message } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulatedBot, type EmulatedBot } from './test-client.js';

let bot: EmulatedBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

/** Resolves with the next message the client sees whose content includes `text`. */
function nextMessage(running: EmulatedBot, text: string): Promise<Message> {
  return new Promise((resolve) => {
    const listener = (message: Message): void => {
      if (!message.content.includes(text)) return;
      running.client.off(Events.MessageCreate, listener);
      resolve(message);
    };
    running.client.on(Events.MessageCreate, listener);
  });
}

describe('Discord emulator gateway', () => {
  it('logs a discord.js client in: READY, guilds, heartbeats', async () => {
    bot = await startEmulatedBot({
      heartbeatIntervalMs: 200,
      guilds: [{ name: 'Readers', channels: [{ name: 'questions' }, { name: 'general' }] }],
    });
    const { emulator, client } = bot;
    expect(client.user?.id).toBe(emulator.botUser.id);
    expect(client.application?.id).toBe(emulator.applicationId);
    const guild = client.guilds.cache.first();
    expect(guild?.name).toBe('Readers');
    expect(guild?.channels.cache.map((channel) => channel.name).sort()).toEqual(['general', 'questions']);
    expect(emulator.identifyCount).toBe(1);
    expect(emulator.identifies[0]?.intents).toBe(client.options.intents.bitfield);
    await emulator.waitForEvent('heartbeat');
    expect(emulator.requests.map((request) => `${request.method} ${request.path}`)).toContain(
      'GET /gateway/bot',
    );
  });

  it('records bulk-overwritten commands and keeps their ids (idempotent)', async () => {
    bot = await startEmulatedBot();
    const { emulator, client } = bot;
    const commands = [
      {
        name: 'ask',
        description: 'Ask about the article',
        options: [{ name: 'question', description: 'Your question', type: 3, required: true }],
      },
    ];
    const first = await client.application?.commands.set(commands);
    const second = await client.application?.commands.set(commands);
    expect([...(second?.keys() ?? [])]).toEqual([...(first?.keys() ?? [])]);
    expect(emulator.registeredCommands().map((command) => command.name)).toEqual(['ask']);
    const guildId = emulator.guilds[0]?.id ?? '';
    await client.application?.commands.set([{ name: 'cite', description: 'Show a citation' }], guildId);
    expect(emulator.registeredCommands({ guildId })[0]?.guild_id).toBe(guildId);
    await expect(
      client.application?.commands.set([{ name: 'Bad Name', description: 'x' }]),
    ).rejects.toMatchObject({ code: 50035 });
  });

  it('close 4000: discord.js resumes and the events missed meanwhile are replayed', async () => {
    bot = await startEmulatedBot();
    const { emulator } = bot;
    await emulator.closeGateway(4000);
    // Sent while no connection is open: logged on the session, replayed on RESUME.
    const received = nextMessage(bot, 'while you were away');
    const sent = emulator.sendMessage({ content: `${emulator.botMention} while you were away` });
    const [resume] = await emulator.waitForEvent('resume');
    expect((await received).id).toBe(sent.id);
    expect(resume.replayed).toBeGreaterThanOrEqual(1);
    expect(emulator.identifyCount).toBe(1);
    expect(emulator.resumeCount).toBe(1);
  });

  it('op 7 RECONNECT: discord.js reconnects to resume_gateway_url and resumes', async () => {
    bot = await startEmulatedBot();
    const { emulator } = bot;
    const reconnected = emulator.waitForEvent('gatewayConnect', ({ url }) => url.startsWith('/resume'));
    emulator.requestReconnect();
    await reconnected;
    await emulator.waitForResumeCount(1);
    const received = nextMessage(bot, 'after reconnect');
    emulator.sendMessage({ content: `${emulator.botMention} after reconnect` });
    await received;
    expect(emulator.identifyCount).toBe(1);
  });

  it('op 9 non-resumable: discord.js identifies afresh', async () => {
    bot = await startEmulatedBot();
    const { emulator } = bot;
    const closed = emulator.waitForEvent('gatewayClose');
    emulator.invalidateSession(false);
    expect((await closed)[0]).toEqual({ code: 1000, initiatedBy: 'client' });
    await emulator.waitForIdentifyCount(2);
    await emulator.waitForReady();
    const received = nextMessage(bot, 'new session');
    emulator.sendMessage({ content: `${emulator.botMention} new session` });
    await received;
    expect(emulator.resumeCount).toBe(0);
  });

  it('op 9 resumable: discord.js resumes on the same connection', async () => {
    bot = await startEmulatedBot();
    const { emulator, client } = bot;
    const resumed = once(client.ws.shards.first() ?? client, 'resumed');
    emulator.invalidateSession(true);
    await emulator.waitForResumeCount(1);
    await resumed;
    expect(emulator.identifyCount).toBe(1);
  });
});
