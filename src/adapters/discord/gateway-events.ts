import { Events, Status, type Client } from 'discord.js';
import type { Logger } from '../../logging/logger.js';
import { DiscordRefusedError, isFatalClose } from './gateway-close.js';
import { GatewayOutageLog } from './gateway-outages.js';

/** The gateway's state as the health check reports it. */
export interface GatewayState {
  connected: boolean;
  status: string;
  pingMs: number | null;
}

/** What {@link watchGateway} needs of the bot. */
export interface GatewayWatch {
  /** Whether the bot is shutting down, when losing the gateway is expected. */
  closing: () => boolean;
  /** Told when Discord closes the gateway for good. */
  refuse: (error: DiscordRefusedError) => void;
}

/**
 * Logs the gateway's shards connecting, resuming and losing their connection, and reports a
 * close the bot cannot recover from. Kept apart from the bot's message handling: it is about
 * the connection, not the members.
 */
export function watchGateway(client: Client, logger: Logger, watch: GatewayWatch): void {
  // Destroying the client on shutdown also closes the gateway: only an unexpected close is worth a warning.
  const outages = new GatewayOutageLog(logger);
  client.on(Events.ShardReconnecting, (shardId) => {
    if (!watch.closing()) outages.reconnecting(shardId);
  });
  client.on(Events.ShardResume, (shardId, replayed) => {
    outages.connected(shardId);
    logger.info({ shardId, replayed }, 'gateway session resumed');
  });
  client.on(Events.ShardReady, (shardId) => {
    outages.connected(shardId);
    logger.info({ shardId }, 'gateway shard ready');
  });
  client.on(Events.ShardDisconnect, (event, shardId) => {
    if (!isFatalClose(event.code)) {
      logger.error({ shardId, code: event.code }, 'gateway closed for good');
      return;
    }
    const refusal = new DiscordRefusedError(event.code);
    logger.fatal({ shardId, code: event.code }, `Discord closed the gateway for good: ${refusal.message}`);
    watch.refuse(refusal);
  });
}

/** Connected when every shard of this process is READY (resumed or identified). */
export function gatewayStateOf(client: Client): GatewayState {
  const shards = [...client.ws.shards.values()];
  const connected =
    client.isReady() && shards.length > 0 && shards.every((shard) => shard.status === Status.Ready);
  const status = shards.map((shard) => Status[shard.status]).join(',') || 'idle';
  return { connected, status, pingMs: shards[0]?.ping && shards[0].ping >= 0 ? shards[0].ping : null };
}
