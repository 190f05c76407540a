import { once } from 'node:events';
import { Events, type Client } from 'discord.js';
import type { Logger } from '../../logging/logger.js';
import { refusalOf, type DiscordRefusedError } from './gateway-close.js';

/**
 * Logs the client in and waits for READY, then logs the connection. Rejects with the
 * DiscordRefusedError when Discord refuses the bot for good first (`refused` settles: a fatal
 * gateway close), or when REST rejects the token at login.
 */
export async function logInAndWaitForReady(
  client: Client,
  token: string,
  refused: Promise<DiscordRefusedError>,
  logger: Logger,
): Promise<void> {
  const ready = once(client, Events.ClientReady);
  ready.catch(() => undefined);
  try {
    await client.login(token);
    await Promise.race([
      ready,
      refused.then((refusal) => {
        throw refusal;
      }),
    ]);
  } catch (error) {
    // A token refused by REST at login is the same failure as close 4004 on the gateway.
    throw refusalOf(error) ?? error;
  }
  logger.info(
    {
      user: client.user?.tag,
      guilds: client.guilds.cache.size,
      shards: client.ws.shards.map((shard) => shard.id),
    },
    'connected to Discord',
  );
}
