import { DiscordAPIError, Routes } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { onInteraction, startEmulatedBot, type EmulatedBot } from './test-client.js';

let bot: EmulatedBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

describe('Discord emulator interaction rules (as enforced by Discord)', () => {
  it('rejects a reply over 2000 characters with 50035', async () => {
    bot = await startEmulatedBot();
    const { firstError } = onInteraction(bot, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await interaction.editReply('x'.repeat(2001));
    });

    const ask = bot.emulator.sendSlashCommand({ name: 'ask' });
    const rejection = await ask.waitForRejection();

    expect(rejection).toMatchObject({ route: 'editMessage', status: 400, code: 50035 });
    expect(rejection.errors?.content).toEqual({
      _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }],
    });
    const error = await firstError;
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
  });
  it('checks embed limits too (description ≤ 4096, total ≤ 6000)', async () => {
    bot = await startEmulatedBot();
    onInteraction(bot, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({
        embeds: [{ description: 'd'.repeat(4097) }, { title: 't', description: 'd'.repeat(3000) }],
      });
    });
    const rejection = await bot.emulator.sendSlashCommand({ name: 'ask' }).waitForRejection();
    expect(rejection.code).toBe(50035);
    expect(rejection.errors).toMatchObject({
      data: {
        embeds: {
          _errors: [{ code: 'MAX_EMBED_SIZE_EXCEEDED' }],
          0: { description: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } },
        },
      },
    });
  });
  it('rejects an acknowledgement after the deadline with 10062 Unknown interaction', async () => {
    bot = await startEmulatedBot({ ackDeadlineMs: 150 });
    const { emulator } = bot;
    const { firstError } = onInteraction(bot, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const handle = emulator.interactions.find((candidate) => candidate.id === interaction.id);
      await handle?.waitForExpiry();
      await interaction.deferReply();
    });

    const ask = emulator.sendSlashCommand({ name: 'ask' });
    const rejection = await ask.waitForRejection();

    expect(rejection).toMatchObject({
      route: 'callback',
      status: 404,
      code: 10062,
      message: 'Unknown interaction',
    });
    const error = await firstError;
    expect((error as DiscordAPIError).code).toBe(10062);
    expect(ask.acknowledged).toBe(false);
  });
  it('answers a second callback with 40060 already acknowledged', async () => {
    bot = await startEmulatedBot();
    const { client } = bot;
    const { firstError } = onInteraction(bot, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply('first');
      // discord.js refuses a second reply locally, so go to the API directly (as a second process would).
      await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: { type: 4, data: { content: 'second' } },
        auth: false,
      });
    });

    const ask = bot.emulator.sendSlashCommand({ name: 'ask' });
    expect((await ask.waitForFinalReply()).content).toBe('first');
    expect(await ask.waitForRejection()).toMatchObject({ status: 400, code: 40060 });
    const error = await firstError;
    expect((error as DiscordAPIError).code).toBe(40060);
  });
  it('refuses to edit @original before any callback with 10015', async () => {
    bot = await startEmulatedBot();
    const { firstError } = onInteraction(bot, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      // interaction.editReply() would throw locally; the webhook goes to the API.
      await interaction.webhook.editMessage('@original', { content: 'too early' });
    });
    const rejection = await bot.emulator.sendSlashCommand({ name: 'ask' }).waitForRejection();
    expect(rejection).toMatchObject({ route: 'editMessage', status: 404, code: 10015 });
    const error = await firstError;
    expect((error as DiscordAPIError).code).toBe(10015);
  });
});
