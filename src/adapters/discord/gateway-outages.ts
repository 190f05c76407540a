import type { Logger } from '../../logging/logger.js';

/** How often, at most, a long outage is warned about again. */
const REPEAT_WARNING_MS = 60_000;

interface Outage {
  since: number;
  attempts: number;
  lastWarned: number;
}

/**
 * Logs gateway outages once each, not once per reconnect attempt. When Discord (or the network)
 * refuses connections outright, discord.js retries every half second or so: a warning per
 * attempt would be thousands of lines an hour. The first loss is a warning, later attempts are
 * debug lines with a warning again every minute while it lasts, and the end of the outage says
 * how long it took.
 */
export class GatewayOutageLog {
  private readonly outages = new Map<number, Outage>();

  constructor(
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
    private readonly repeatWarningMs = REPEAT_WARNING_MS,
  ) {}

  /** A shard lost its connection and is trying again. */
  reconnecting(shardId: number): void {
    const time = this.now();
    const outage = this.outages.get(shardId);
    if (!outage) {
      this.outages.set(shardId, { since: time, attempts: 1, lastWarned: time });
      this.logger.warn({ shardId }, 'gateway connection lost; reconnecting');
      return;
    }
    outage.attempts += 1;
    const fields = { shardId, attempts: outage.attempts, seconds: Math.round((time - outage.since) / 1000) };
    if (time - outage.lastWarned >= this.repeatWarningMs) {
      outage.lastWarned = time;
      this.logger.warn(fields, 'gateway still reconnecting');
    } else {
      this.logger.debug(fields, 'gateway reconnecting');
    }
  }

  /** A shard is connected again (ready or resumed); the end of an outage, if there was one. */
  connected(shardId: number): void {
    const outage = this.outages.get(shardId);
    if (!outage) return;
    this.outages.delete(shardId);
    this.logger.info(
      { shardId, attempts: outage.attempts, seconds: Math.round((this.now() - outage.since) / 1000) },
      'gateway connection back',
    );
  }
}
