/** Milliseconds between the Unix epoch and Discord's epoch (2015-01-01T00:00:00Z). */
const DISCORD_EPOCH = 1_420_070_400_000n;

let lastSnowflake = 0n;

/**
 * Returns a new, strictly increasing Discord snowflake for the current time.
 *
 * Real-looking snowflakes matter: @discordjs/rest only treats 17–19 digit ids as
 * rate-limit "major parameters", and discord.js derives `createdTimestamp` from them.
 */
export function nextSnowflake(): string {
  const fromClock = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
  // Within one millisecond the clock part repeats, so fall back to "previous + 1".
  lastSnowflake = fromClock > lastSnowflake ? fromClock : lastSnowflake + 1n;
  return lastSnowflake.toString();
}

/** The creation time (ms since the Unix epoch) encoded in a snowflake. */
export function snowflakeTimestamp(snowflake: string): number {
  return Number((BigInt(snowflake) >> 22n) + DISCORD_EPOCH);
}
