import { once } from 'node:events';
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from './support/bot-harness.js';

let harness: TestBot;
beforeAll(async () => {
  harness = await startTestBot({ reloadDebounceMs: 200 });
});
afterAll(async () => harness?.stop());

const NEW_FACT =
  '\n\nThe talks were catered by a bakery called Zumbrunnen Patisserie, which served 400 croissants.\n';

describe('corpus hot reload', () => {
  it('rebuilds the index in the background when the corpus changes and answers from the new one', async () => {
    const before = await harness.emulator
      .sendSlashCommand({ name: 'ask', options: { question: 'Which bakery catered the talks?' } })
      .waitForFinalReply();
    expect(before.content).toContain("The article doesn't say.");
    const generationBefore = harness.bot.engine.index.manifest.generation;

    const reloaded = once(harness.bot.reloader, 'reloaded');
    // Questions keep coming while the index is rebuilt and swapped: none may be dropped.
    const during = ['Who led the US delegation?', 'How many troops did Russia amass?'].map((question) =>
      harness.emulator.sendSlashCommand({ name: 'ask', options: { question } }),
    );
    // A burst of writes, as an editor or a copy makes: one rebuild after it settles.
    const file = path.join(harness.workspace.corpusDir, 'geneva-talks-2022.txt');
    for (const part of NEW_FACT.match(/.{1,30}/gs) ?? []) appendFileSync(file, part);
    expect(await reloaded).toEqual([true]);
    for (const handle of during) expect((await handle.waitForFinalReply()).content).toContain('[1]');
    expect(harness.bot.engine.index.manifest.generation).not.toBe(generationBefore);
    expect(harness.logs.filter((line) => line.msg === 'index swapped in')).toHaveLength(1);

    const after = await harness.emulator
      .sendSlashCommand({ name: 'ask', options: { question: 'Which bakery catered the talks?' } })
      .waitForFinalReply();
    expect(after.content).toContain('Zumbrunnen Patisserie');
  });
});

describe('restart', () => {
  it('keeps buttons working after a restart (what they need is in the state store)', async () => {
    const handle = harness.emulator.sendSlashCommand({
      name: 'ask',
      options: { question: 'Who led the US delegation?' },
    });
    const reply = await handle.waitForFinalReply();
    await harness.stopBot();

    harness = await startTestBot({ reuse: harness });
    const sources = await harness.emulator
      .clickButton({ message: reply.message, customId: `aq1:sources:${handle.id}` })
      .waitForFinalReply();
    expect(sources.embeds[0]?.description).toContain('Wendy Sherman');
    const vote = await harness.emulator
      .clickButton({ message: reply.message, customId: `aq1:vote:${handle.id}:up` })
      .waitForFinalReply();
    expect(vote.content).toBe('Thanks for the feedback! Recorded your 👍.');
  });

  it('answers /healthz with 503 until the gateway is ready, then 200', async () => {
    await harness.stopBot();
    const port = await freePort();
    // Holding the gateway lookup for a moment keeps the bot "starting" long enough to look.
    const held = harness.emulator.injectRestFault({
      method: 'GET',
      path: /^\/gateway\/bot$/,
      status: 429,
      retryAfterMs: 1000,
      times: 1,
    });
    const starting = startTestBot({ reuse: harness, environment: { HEALTH_PORT: String(port) } });
    await harness.emulator.waitForRequest(
      (request) => request.path === '/gateway/bot' && request.fault !== undefined,
    );
    const before = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toMatchObject({
      status: 'unavailable',
      index: 'loaded',
      gateway: expect.not.stringMatching(/^Ready$/),
    });
    harness = await starting;
    expect(held.hits).toBe(1);
    const after = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(after.status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
  });
});

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
