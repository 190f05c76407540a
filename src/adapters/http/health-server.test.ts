import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../core/errors.js';
import { startHealthServer, type HealthServer } from './health-server.js';

const servers: HealthServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

const check = (): { ok: boolean; details: Record<string, unknown> } => ({ ok: true, details: {} });

describe('startHealthServer', () => {
  it('says a port already in use is in use, names the address and HEALTH_PORT', async () => {
    const first = await startHealthServer({ host: '127.0.0.1', port: 0, check });
    servers.push(first);
    const second = startHealthServer({ host: '127.0.0.1', port: first.port, check });
    await expect(second).rejects.toBeInstanceOf(UserError);
    await expect(second).rejects.toThrow(`the health endpoint cannot listen on 127.0.0.1:${first.port}: the port is in use`);
    await expect(second).rejects.toThrow('HEALTH_PORT');
  });

  it('blames HEALTH_HOST for a host name that does not resolve (not the Discord API)', async () => {
    const started = startHealthServer({ host: 'no-such-host.invalid', port: 0, check });
    await expect(started).rejects.toBeInstanceOf(UserError);
    await expect(started).rejects.toThrow(/cannot listen on no-such-host\.invalid:0: HEALTH_HOST (is not a known host name|could not be resolved)/);
  });
});
