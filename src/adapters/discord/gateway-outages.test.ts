import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../test/support/recording-logger.js';
import { GatewayOutageLog } from './gateway-outages.js';

describe('GatewayOutageLog', () => {
  it('warns once per outage, then every minute while it lasts, and says when the connection is back', () => {
    const { logger, lines } = recordingLogger();
    let time = 0;
    const outages = new GatewayOutageLog(logger, () => time);
    // Two hours of attempts every half second: 14,400 attempts.
    for (let attempt = 0; attempt < 14_400; attempt += 1) {
      outages.reconnecting(0);
      time += 500;
    }
    outages.connected(0);
    const warnings = lines.filter((line) => line.level === 40);
    expect(warnings[0]).toMatchObject({ shardId: 0, msg: 'gateway connection lost; reconnecting' });
    expect(warnings.slice(1).every((line) => line.msg === 'gateway still reconnecting')).toBe(true);
    expect(warnings).toHaveLength(120);
    expect(warnings[1]).toMatchObject({ attempts: 121, seconds: 60 });
    expect(lines.at(-1)).toMatchObject({ level: 30, msg: 'gateway connection back', attempts: 14_400, seconds: 7200 });
  });

  it('keeps shards apart, and starts a new outage after a reconnection', () => {
    const { logger, lines } = recordingLogger();
    const outages = new GatewayOutageLog(logger, () => 0);
    outages.reconnecting(0);
    outages.reconnecting(1);
    outages.connected(0);
    outages.connected(0);
    outages.reconnecting(0);
    expect(lines.map((line) => [line.msg, line.shardId])).toEqual([
      ['gateway connection lost; reconnecting', 0],
      ['gateway connection lost; reconnecting', 1],
      ['gateway connection back', 0],
      ['gateway connection lost; reconnecting', 0],
    ]);
  });
});
