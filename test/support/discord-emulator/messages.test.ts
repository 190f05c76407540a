import { once } from 'node:events';
import {
  ChannelType,
  Events,
  GatewayIntentBits,
  type GatewayDispatchPayload,
  type Message,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulatedBot, type EmulatedBot } from './test-client.js';

let bot: EmulatedBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

/** A throwaway Q&A bot: replies to DMs and to guild messages that mention it. */
function replyToMentionsAndDirectMessages(running: EmulatedBot): void {
  const { client } = running;
  client.on(Events.MessageCreate, (message) => {
    if (message.author.bot) return;
    const mentioned = client.user !== null && message.mentions.users.has(client.user.id);
    if (!message.channel.isDMBased() && !mentioned) return;
    void (async () => {
      if ('sendTyping' in message.channel) await message.channel.sendTyping();
      await message.reply(`answer to: ${message.content.replace(/<@!?\d+>/g, '').trim()}`);
    })();
  });
}

describe('Discord emulator messages', () => {
  it('delivers a mention as messageCreate; the reply carries message_reference', async () => {
    bot = await startEmulatedBot();
    const { emulator } = bot;
    replyToMentionsAndDirectMessages(bot);

    const typing = emulator.waitForEvent('typing');
    const question = emulator.sendMessage({ content: `${emulator.botMention} what is chunking?` });
    const reply = await emulator.waitForMessage(
      (message) => message.message_reference?.message_id === question.id,
    );

    expect(question.mentions.map((user) => user.id)).toEqual([emulator.botUser.id]);
    expect(reply.content).toBe('answer to: what is chunking?');
    expect(reply.type).toBe(19);
    expect(reply.channel_id).toBe(emulator.defaultChannelId);
    expect(reply.referenced_message?.id).toBe(question.id);
    expect((await typing)[0].channelId).toBe(emulator.defaultChannelId);
  });

  it('delivers a DM (uncached channel, Partials.Channel) and the reply lands in the DM', async () => {
    bot = await startEmulatedBot();
    const { emulator, client } = bot;
    replyToMentionsAndDirectMessages(bot);
    const seen = once(client, Events.MessageCreate) as Promise<[Message]>;

    const question = emulator.sendMessage({ dm: true, content: 'how long is the article?' });
    const [received] = await seen;
    const reply = await emulator.waitForMessage(
      (message) => message.message_reference?.message_id === question.id,
    );

    expect(received.channel.type).toBe(ChannelType.DM);
    expect(received.guildId).toBeNull();
    expect(reply.channel_id).toBe(emulator.dmChannelId());
    expect(reply.content).toBe('answer to: how long is the article?');
  });

  it('shows the discord.js quirk: without Partials.Channel a DM never reaches messageCreate', async () => {
    bot = await startEmulatedBot({}, { partials: [] });
    const { emulator, client } = bot;
    let delivered = false;
    client.on(Events.MessageCreate, () => {
      delivered = true;
    });
    // `raw` fires right before discord.js handles the packet synchronously, so by the next
    // macrotask after it, messageCreate would have fired if it ever will.
    const raw = new Promise<void>((resolve) => {
      client.on(Events.Raw, (packet: GatewayDispatchPayload) => {
        if (packet.t === 'MESSAGE_CREATE') setImmediate(resolve);
      });
    });
    emulator.sendMessage({ dm: true, content: 'hello?' });
    await raw;
    expect(delivered).toBe(false);
  });

  it('blanks guild message content without the MessageContent intent unless the bot is mentioned', async () => {
    bot = await startEmulatedBot(
      {},
      { intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] },
    );
    const { emulator, client } = bot;
    const contents: string[] = [];
    const both = new Promise<void>((resolve) => {
      client.on(Events.MessageCreate, (message) => {
        contents.push(message.content);
        if (contents.length === 2) resolve();
      });
    });
    emulator.sendMessage({ content: 'chatter not for the bot' });
    emulator.sendMessage({ content: `${emulator.botMention} a question` });
    await both;
    expect(contents).toEqual(['', `${emulator.botMention} a question`]);
  });
});
