import { once } from 'node:events';
import { ChannelType, Client, DiscordAPIError, Events, type Message, type ThreadChannel } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { emulatedClientOptions, startEmulatedBot, type EmulatedBot } from './test-client.js';

let bot: EmulatedBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

/** The bot posts a message in the default channel and returns it as discord.js sees it. */
async function botMessage(running: EmulatedBot, content: string): Promise<Message> {
  const channel = await running.client.channels.fetch(running.emulator.defaultChannelId);
  if (!channel?.isSendable()) throw new Error('default channel is not sendable');
  return channel.send(content);
}

describe('Discord emulator threads', () => {
  it('starts a thread from a message: same id as the message, HAS_THREAD, THREAD_CREATE, messages inside', async () => {
    bot = await startEmulatedBot();
    const { emulator, client } = bot;
    const starter = await botMessage(bot, 'an answer');
    const created = once(client, Events.ThreadCreate) as Promise<[ThreadChannel, boolean]>;
    const thread = await starter.startThread({ name: 'Follow-up: an answer', autoArchiveDuration: 1440 });

    expect(thread.id).toBe(starter.id);
    expect(thread.type).toBe(ChannelType.PublicThread);
    expect(thread.ownerId).toBe(emulator.botUser.id);
    expect(thread.parentId).toBe(emulator.defaultChannelId);
    expect(emulator.threads).toEqual([
      { id: starter.id, name: 'Follow-up: an answer', parentId: emulator.defaultChannelId, ownerId: emulator.botUser.id },
    ]);
    const stored = emulator.messages.find((message) => message.id === starter.id);
    expect((stored?.flags ?? 0) & 32).toBe(32);
    const [announced] = await created;
    expect(announced.id).toBe(thread.id);

    const received = once(client, Events.MessageCreate) as Promise<[Message]>;
    emulator.sendMessage({ channelId: thread.id, content: 'a follow-up without a mention' });
    const [message] = await received;
    expect(message.channel.isThread()).toBe(true);
    expect(message.channelId).toBe(thread.id);
    expect(message.content).toBe('a follow-up without a mention');
    await message.reply('answered in the thread');
    const reply = await emulator.waitForMessage((item) => item.content === 'answered in the thread');
    expect(reply.channel_id).toBe(thread.id);
  });

  it('refuses a second thread on one message (160004) and a bad name (50035)', async () => {
    bot = await startEmulatedBot();
    const starter = await botMessage(bot, 'an answer');
    const route = `/channels/${bot.emulator.defaultChannelId}/messages/${starter.id}/threads` as const;
    const badName = await bot.client.rest.post(route, { body: { name: '' } }).catch((error: unknown) => error);
    expect(badName).toBeInstanceOf(DiscordAPIError);
    expect((badName as DiscordAPIError).code).toBe(50035);
    await bot.client.rest.post(route, { body: { name: 'first' } });
    const second = await bot.client.rest.post(route, { body: { name: 'second' } }).catch((error: unknown) => error);
    expect((second as DiscordAPIError).code).toBe(160004);
  });

  it("lets a user start a thread, and lists active threads in GUILD_CREATE after a restart", async () => {
    bot = await startEmulatedBot();
    const { emulator } = bot;
    const created = once(bot.client, Events.ThreadCreate) as Promise<[ThreadChannel]>;
    const thread = emulator.createThread({ name: 'members only' });
    const [announced] = await created;
    expect(announced.ownerId).toBe(emulator.users[0]?.id);
    expect(thread.ownerId).toBe(emulator.users[0]?.id);

    // A second client, as after a restart: it learns of the thread from GUILD_CREATE alone.
    const restarted = new Client(emulatedClientOptions(emulator));
    try {
      const ready = once(restarted, Events.ClientReady);
      await restarted.login(emulator.token);
      await ready;
      expect(restarted.channels.cache.get(thread.id)?.isThread()).toBe(true);
    } finally {
      await restarted.destroy();
    }
  });
});
