import type { DiscordBot } from '../adapters/discord/bot.js';
import { startHealthServer, type HealthServer } from '../adapters/http/health-server.js';
import type { AppConfig } from '../config/schema.js';
import type { QaEngine } from '../core/engine.js';

/** The parts the health check reports on, each undefined until it has started. */
export interface HealthView {
  engine: () => QaEngine | undefined;
  bot: () => DiscordBot | undefined;
}

/**
 * Starts the bot's health endpoint, before anything else, so an orchestrator sees the bot
 * loading: healthy once the engine is loaded and every shard of the gateway is connected.
 */
export function startBotHealth(config: AppConfig, shards: number[] | undefined, view: HealthView): Promise<HealthServer> {
  // Under sharding every process serves its own health port: the configured one plus its first shard id.
  const healthPort = config.health.port === 0 ? 0 : config.health.port + (shards?.[0] ?? 0);
  return startHealthServer({
    host: config.health.host,
    port: healthPort,
    check: () => {
      const gateway = view.bot()?.gatewayState();
      const engine = view.engine();
      return {
        ok: engine !== undefined && gateway?.connected === true,
        details: {
          gateway: gateway?.status ?? 'not started',
          index: engine ? 'loaded' : 'loading',
          passages: engine?.index.passages.length ?? 0,
        },
      };
    },
  });
}
