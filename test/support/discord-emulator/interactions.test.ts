import { ActionRowBuilder, ButtonBuilder, ButtonStyle, MessageFlags } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { onInteraction, startEmulatedBot, type EmulatedBot } from './test-client.js';

let bot: EmulatedBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

describe('Discord emulator interactions', () => {
  it('answers a slash command via deferReply + editReply', async () => {
    bot = await startEmulatedBot();
    const { emulator, client } = bot;
    await client.application?.commands.set([
      {
        name: 'ask',
        description: 'Ask',
        options: [
          { name: 'question', description: 'Q', type: 3, required: true },
          { name: 'top', description: 'k', type: 4 },
        ],
      },
    ]);
    onInteraction(bot, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      const question = interaction.options.getString('question', true);
      const top = interaction.options.getInteger('top');
      await interaction.editReply(`You asked: ${question} (top ${top})`);
    });

    const ask = emulator.sendSlashCommand({ name: 'ask', options: { question: 'What is RAG?', top: 3 } });
    const reply = await ask.waitForFinalReply();

    expect(reply.content).toBe('You asked: What is RAG? (top 3)');
    expect(reply.source).toBe('edit');
    expect(reply.ephemeral).toBe(false);
    expect(ask.acknowledgement?.type).toBe(5);
    expect(ask.ackLatencyMs).toBeLessThan(reply.latencyMs);
    expect(ask.original?.content).toBe(reply.content);
    const callback = emulator.requests.find((request) => request.path.endsWith('/callback'));
    expect(callback?.authorization).toBeUndefined();
  });
  it('delivers a button click and records an ephemeral follow-up', async () => {
    bot = await startEmulatedBot();
    const { emulator } = bot;
    onInteraction(bot, async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('sources').setLabel('Sources').setStyle(ButtonStyle.Secondary),
        );
        await interaction.reply({ content: 'Answer [1]', components: [row] });
      } else if (interaction.isButton()) {
        await interaction.deferUpdate();
        await interaction.followUp({
          content: `[1] ${interaction.customId}: §2`,
          flags: MessageFlags.Ephemeral,
        });
      }
    });

    const answer = await emulator.sendSlashCommand({ name: 'ask' }).waitForFinalReply();
    const click = emulator.clickButton({ message: answer.message, customId: 'sources' });
    const followUp = await click.waitForFollowUp();

    expect(followUp.content).toBe('[1] sources: §2');
    expect(followUp.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(click.acknowledgement?.type).toBe(6);
    expect(() => emulator.clickButton({ message: answer.message, customId: 'missing' })).toThrow(
      /no component/,
    );
  });
  it('returns autocomplete choices', async () => {
    bot = await startEmulatedBot();
    onInteraction(bot, async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = interaction.options.getFocused();
      await interaction.respond([{ name: `${typed} (section 1)`, value: 'section-1' }]);
    });
    const choices = await bot.emulator
      .autocomplete({ name: 'ask', options: { question: 'intro' }, focused: 'question' })
      .waitForAutocompleteChoices();
    expect(choices).toEqual([{ name: 'intro (section 1)', value: 'section-1' }]);
  });

  it('supports with_response, fetchReply and multipart uploads (payload_json + files)', async () => {
    bot = await startEmulatedBot();
    const { emulator } = bot;
    let reportSeen: (seen: { responseMessageId?: string; fetchedId: string }) => void = () => {};
    const seen = new Promise<{ responseMessageId?: string; fetchedId: string }>((resolve) => {
      reportSeen = resolve;
    });
    onInteraction(bot, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const response = await interaction.reply({
        content: 'see attachment',
        files: [{ attachment: Buffer.from('cited passage'), name: 'passage.txt' }],
        withResponse: true,
      });
      const fetched = await interaction.fetchReply();
      const responseMessageId = response.resource?.message?.id;
      reportSeen({ fetchedId: fetched.id, ...(responseMessageId ? { responseMessageId } : {}) });
    });

    const ask = emulator.sendSlashCommand({ name: 'ask' });
    const reply = await ask.waitForFinalReply();

    expect(reply.message.attachments).toMatchObject([{ filename: 'passage.txt', size: 13 }]);
    const callback = emulator.requests.find((request) => request.path.endsWith('/callback'));
    expect(callback?.files).toMatchObject([{ name: 'passage.txt' }]);
    expect(callback?.query).toEqual({ with_response: 'true' });
    expect(await seen).toEqual({ responseMessageId: reply.message.id, fetchedId: reply.message.id });
  });

  it('dispatches a slash command in a DM (user instead of member)', async () => {
    bot = await startEmulatedBot();
    const { emulator } = bot;
    onInteraction(bot, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({
        content: `guild=${String(interaction.guildId)} user=${interaction.user.username}`,
        flags: MessageFlags.Ephemeral,
      });
    });
    const reply = await emulator.sendSlashCommand({ name: 'ask', dm: true }).waitForFinalReply();
    expect(reply.content).toBe('guild=null user=tester');
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.channel_id).toBe(emulator.dmChannelId());
  });
});
