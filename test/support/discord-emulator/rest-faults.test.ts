import { performance } from 'node:perf_hooks';
import { HTTPError, RESTEvents, Status, type RateLimitData } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { onInteraction, startEmulatedBot, type EmulatedBot } from './test-client.js';

let bot: EmulatedBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const EDIT_ORIGINAL = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/;

/** A throwaway bot that defers and then edits; `firstError` resolves with what editReply throws. */
function deferThenEdit(running: EmulatedBot): { firstError: Promise<unknown> } {
  return onInteraction(running, async (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    await interaction.deferReply();
    await interaction.editReply('done');
  });
}

describe('Discord emulator REST faults', () => {
  it('429 with retry_after: discord.js waits, retries and succeeds', async () => {
    bot = await startEmulatedBot();
    const { emulator, client } = bot;
    deferThenEdit(bot);
    const rateLimits: RateLimitData[] = [];
    client.rest.on(RESTEvents.RateLimited, (data) => rateLimits.push(data));
    const fault = emulator.injectRestFault({
      method: 'PATCH',
      path: EDIT_ORIGINAL,
      status: 429,
      retryAfterMs: 200,
    });

    const reply = await emulator.sendSlashCommand({ name: 'ask' }).waitForFinalReply();

    expect(reply.content).toBe('done');
    expect(fault.hits).toBe(1);
    const edits = emulator.requests.filter((request) => request.method === 'PATCH');
    expect(edits.map((request) => request.status)).toEqual([429, 200]);
    const [limited, retried] = edits;
    expect((retried?.receivedAt ?? 0) - (limited?.receivedAt ?? 0)).toBeGreaterThanOrEqual(200);
    expect(rateLimits[0]).toMatchObject({ global: false, method: 'PATCH' });
  });

  it('delayMs holds a request, then routes it; a held request whose client hangs up is dropped unapplied', async () => {
    bot = await startEmulatedBot();
    const { emulator } = bot;
    deferThenEdit(bot);
    const held = emulator.waitForEvent('requestHeld');
    emulator.injectRestFault({ method: 'PATCH', path: EDIT_ORIGINAL, delayMs: 150 });
    const slow = emulator.sendSlashCommand({ name: 'ask' });
    expect((await held)[0]).toMatchObject({ method: 'PATCH' });
    expect((await slow.waitForFinalReply()).content).toBe('done');
    const edit = emulator.requests.find((request) => request.method === 'PATCH');
    expect(edit).toMatchObject({ status: 200, fault: expect.stringContaining('held 150 ms') });

    // A client that gives up (its process exits) while the request is held.
    const base = `${emulator.restBase}/v10`;
    const cut = new AbortController();
    emulator.injectRestFault({ method: 'GET', path: /^\/gateway\/bot$/, delayMs: 300 });
    const giveUp = emulator.waitForEvent('requestHeld');
    const request = fetch(`${base}/gateway/bot`, { headers: { authorization: `Bot ${emulator.token}` }, signal: cut.signal });
    await giveUp;
    cut.abort();
    await expect(request).rejects.toThrow();
    const [dropped] = await emulator.waitForEvent('request', (recorded) => recorded.path === '/gateway/bot' && recorded.status === 0);
    expect(dropped.response).toBeUndefined();
  });

  it('a single 500 is retried transparently by discord.js', async () => {
    bot = await startEmulatedBot();
    deferThenEdit(bot);
    const fault = bot.emulator.injectRestFault({ method: 'PATCH', path: EDIT_ORIGINAL, status: 500 });
    expect((await bot.emulator.sendSlashCommand({ name: 'ask' }).waitForFinalReply()).content).toBe('done');
    expect(fault.hits).toBe(1);
  });

  it('persistent 500 on PATCH: discord.js surfaces HTTPError after 3 retries and stays connected', async () => {
    bot = await startEmulatedBot();
    const { emulator, client } = bot;
    const { firstError } = deferThenEdit(bot);
    // One attempt plus @discordjs/rest's default 3 retries, sent back to back.
    const fault = emulator.injectRestFault({ method: 'PATCH', path: EDIT_ORIGINAL, status: 500, times: 4 });
    const started = performance.now();

    emulator.sendSlashCommand({ name: 'ask' });
    const error = await firstError;

    expect(error).toBeInstanceOf(HTTPError);
    expect((error as HTTPError).status).toBe(500);
    expect(fault.hits).toBe(4);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(client.ws.status).toBe(Status.Ready);
    const next = await emulator.sendSlashCommand({ name: 'ask' }).waitForFinalReply();
    expect(next.content).toBe('done');
  });

  it('demands Bot authorization on bot routes but not on interaction webhooks', async () => {
    bot = await startEmulatedBot();
    const { emulator } = bot;
    const unauthenticated = await fetch(
      `${emulator.restBase}/v10/channels/${emulator.defaultChannelId}/messages`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ content: 'hi' }),
      },
    );
    expect(unauthenticated.status).toBe(401);
    expect(await unauthenticated.json()).toEqual({ code: 0, message: '401: Unauthorized' });
    const gateway = await fetch(`${emulator.restBase}/v10/gateway/bot`, {
      headers: { authorization: `Bot ${emulator.token}` },
    });
    expect(await gateway.json()).toMatchObject({
      url: emulator.gatewayUrl,
      shards: 1,
      session_start_limit: { max_concurrency: 1 },
    });
  });
});
