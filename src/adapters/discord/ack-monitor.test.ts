import { EventEmitter } from 'node:events';
import { RESTEvents } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../test/support/recording-logger.js';
import { AckMonitor, type LateAcknowledgement } from './ack-monitor.js';

function monitor(): {
  acks: AckMonitor;
  late: LateAcknowledgement[];
  lines: Array<Record<string, unknown>>;
  clock: { now: number };
} {
  const clock = { now: 0 };
  const late: LateAcknowledgement[] = [];
  const { logger, lines } = recordingLogger();
  const acks = new AckMonitor({ logger, onLate: (entry) => late.push(entry), now: () => clock.now });
  return { acks, late, lines, clock };
}

const CALLBACK = '/interactions/111/some-token/callback';

describe('AckMonitor', () => {
  it('says nothing about acknowledgements within 3 s', () => {
    const { acks, late, lines, clock } = monitor();
    acks.arrived('111', 'guild');
    clock.now = 2999;
    acks.response('POST', CALLBACK, 204);
    expect(late).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('warns with the interaction id and the delay when a 429 pushed the acknowledgement past 3 s', () => {
    const { acks, late, lines, clock } = monitor();
    acks.arrived('111', 'guild');
    clock.now = 500;
    acks.response('POST', CALLBACK, 429);
    clock.now = 4057;
    acks.response('POST', CALLBACK, 204);
    expect(late).toEqual([{ interactionId: '111', guildId: 'guild', delayMs: 4057, refused: false }]);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 40,
        interactionId: '111',
        delayMs: 4057,
        msg: "acknowledgement later than Discord's 3-second deadline",
      }),
    ]);
    // Settled: a later follow-up to the same interaction is not an acknowledgement.
    acks.response('POST', CALLBACK, 204);
    expect(late).toHaveLength(1);
  });

  it('counts a refused acknowledgement (404 Unknown interaction) whatever the measured delay', () => {
    const { acks, late, lines } = monitor();
    acks.arrived('111', null);
    acks.response('POST', CALLBACK, 404);
    expect(late).toEqual([{ interactionId: '111', guildId: null, delayMs: 0, refused: true }]);
    expect(lines[0]?.msg).toBe("acknowledgement refused: Discord's 3-second deadline had passed");
  });

  it('ignores other routes, other methods and forgotten interactions', () => {
    const { acks, late, clock } = monitor();
    acks.arrived('111', 'guild');
    acks.arrived('222', 'guild');
    acks.forget('222');
    clock.now = 5000;
    acks.response('PATCH', '/webhooks/1/token/messages/@original', 200);
    acks.response('GET', CALLBACK, 200);
    acks.response('POST', '/interactions/222/token/callback', 204);
    expect(late).toEqual([]);
  });

  it('listens to a REST client’s responses', () => {
    const { acks, late, clock } = monitor();
    const rest = new EventEmitter();
    acks.attach(rest as never);
    acks.arrived('111', 'guild');
    clock.now = 3500;
    rest.emit(RESTEvents.Response, { method: 'POST', path: CALLBACK }, { status: 204 });
    expect(late).toHaveLength(1);
  });
});
