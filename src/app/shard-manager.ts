/**
 * `npm run start:sharded`: runs the bot as several shard processes under discord.js's
 * ShardingManager, for bots in more than ~2,500 servers. Each shard is the ordinary entry
 * (start.js), which reads its shard ids from the environment the manager sets; shard 0
 * registers the commands, and shard N serves health on HEALTH_PORT + N.
 *
 * SHARD_COUNT sets the number of shards (default: Discord's recommendation, asked for at
 * DISCORD_API_BASE, so a proxy or a test emulator is honoured; discord.js's own "auto" always
 * asks discord.com).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import { loadConfig } from '../config/load-config.js';
import { ConfigError } from '../core/errors.js';
import { EXIT_DISCORD_REFUSED } from '../adapters/discord/gateway-close.js';
import { describeError } from '../adapters/discord/safe-error.js';

/** Discord's recommended shard count for this bot (`GET /gateway/bot`). */
async function recommendedShards(apiBase: string, token: string): Promise<number> {
  const rest = new REST({ api: apiBase }).setToken(token);
  const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return shards;
}

const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'start.js');

try {
  const config = loadConfig({ requireDiscord: true });
  const token = (config.discord.token ?? '').trim();
  const count =
    process.env.SHARD_COUNT === undefined
      ? await recommendedShards(config.discord.apiBase, token)
      : Number(process.env.SHARD_COUNT);
  if (!Number.isInteger(count) || count < 1)
    throw new ConfigError(['SHARD_COUNT must be a positive whole number']);
  const manager = new ShardingManager(entry, { token, totalShards: count, respawn: true });
  const stopAll = (exitCode: number): void => {
    // Each shard stops gracefully on SIGTERM; the manager exits once they have (no respawn).
    manager.respawn = false;
    for (const shard of manager.shards.values()) shard.process?.kill('SIGTERM');
    process.exitCode = exitCode;
  };
  manager.on('shardCreate', (shard) => {
    process.stderr.write(`article-qa: launched shard ${shard.id}\n`);
    // Discord refused the bot (e.g. its token): respawning cannot help, so stop and say so.
    shard.on('death', (child) => {
      if ('exitCode' in child && child.exitCode === EXIT_DISCORD_REFUSED) stopAll(EXIT_DISCORD_REFUSED);
    });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stopAll(0));
  // Orphaned (npm run start:sharded killed: npm does not pass SIGTERM on): stop the shards too.
  const parent = process.ppid;
  if (parent > 1) {
    const watch = setInterval(() => {
      if (process.ppid === parent) return;
      clearInterval(watch);
      stopAll(0);
    }, 500);
    watch.unref();
  }
  await manager.spawn();
} catch (error) {
  const message =
    error instanceof ConfigError
      ? error.message
      : `Sharding failed: ${describeError(error, [process.env.DISCORD_TOKEN ?? '']).message}`;
  process.stderr.write(`${message}\n`);
  // A shard that Discord refused has already said why; keep its distinct exit code.
  process.exit(process.exitCode === EXIT_DISCORD_REFUSED ? EXIT_DISCORD_REFUSED : 1);
}
