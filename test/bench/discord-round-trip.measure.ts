/**
 * The Discord round trip for `npm run bench`: 50 `/ask` one after another through the real bot
 * (startBot) against the Discord emulator, from the interaction to the final reply. Writes
 * `{asks, p50Ms, p95Ms, maxMs}` to the file named by BENCH_DISCORD_OUT.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../discord/support/bot-harness.js';
import { percentile } from '../discord/support/requests.js';

const ASKS = 50;
const QUESTIONS = ['Who led the US delegation?', 'What did Stoltenberg say?'];

let harness: TestBot;
beforeAll(async () => {
  // One member per question, so the rate limit (5 a minute) never answers instead of the engine.
  harness = await startTestBot({
    emulator: { users: Array.from({ length: ASKS + 1 }, (_, index) => ({ username: `member${index}` })) },
  });
});
afterAll(async () => harness?.stop());

it(`measures interaction → final reply over ${ASKS} asks`, async () => {
  const out = process.env.BENCH_DISCORD_OUT;
  if (!out) throw new Error('BENCH_DISCORD_OUT must name the result file');
  const latencies: number[] = [];
  for (let count = 0; count < ASKS; count += 1) {
    const handle = harness.emulator.sendSlashCommand({
      name: 'ask',
      options: { question: QUESTIONS[count % QUESTIONS.length] ?? '' },
      user: harness.emulator.users[count + 1] ?? harness.emulator.users[0]!,
    });
    const reply = await handle.waitForFinalReply();
    // A timing of a refusal or an apology would say nothing about answering.
    expect(reply.content).toContain('[1]');
    latencies.push(reply.latencyMs);
  }
  const result = {
    asks: latencies.length,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    maxMs: Math.max(...latencies),
  };
  writeFileSync(out, JSON.stringify(result));
});
