import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { REDACTED, redactSecrets, registerSecrets } from './secrets.js';

const KEY = 'sk-unit-"quoted"/9e8d7c6b5a';
const TOKEN = 'MTA1NTU1NTU1NTU1NTU1NTU1NQ.GtEsT1.unit-test-signature-0123456789abcdef';

describe('redactSecrets', () => {
  registerSecrets([KEY, TOKEN, '', undefined, 'abc']);

  it('removes a registered value wherever it appears, raw, URL-encoded or JSON-escaped (nested too)', () => {
    const once = JSON.stringify(KEY).slice(1, -1);
    const twice = JSON.stringify(once).slice(1, -1);
    for (const text of [
      `Bearer ${KEY}`,
      `?key=${encodeURIComponent(KEY)}`,
      `{"a":"${once}"}`,
      `"{\\"a\\":\\"${twice}\\"}"`,
    ]) {
      expect(redactSecrets(text)).toContain(REDACTED);
      expect(redactSecrets(text)).not.toContain('9e8d7c6b5a');
    }
  });

  it('removes a Discord token, and its signature on its own', () => {
    expect(redactSecrets(`Bot ${TOKEN}`)).toBe(`Bot ${REDACTED}`);
    expect(redactSecrets('sig unit-test-signature-0123456789abcdef')).toBe(`sig ${REDACTED}`);
  });

  it('ignores values too short to be secrets, and scrubs extra ones given per call', () => {
    expect(redactSecrets('abc abc')).toBe('abc abc');
    expect(redactSecrets('one-off-secret here', ['one-off-secret'])).toBe(`${REDACTED} here`);
  });
});

describe('createLogger', () => {
  it('writes no secret at any level: not in messages, fields, error messages or stacks', () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'trace',
      pretty: false,
      destination: { write: (line: string) => void lines.push(line) },
    });
    const error = new Error(`server answered 401: invalid key "${KEY}"`);
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const) {
      logger[level](
        { detail: `header Bearer ${KEY}`, err: error, nested: { value: TOKEN } },
        `failed with ${KEY}`,
      );
    }
    expect(lines).toHaveLength(6);
    for (const line of lines) {
      expect(line).not.toContain('9e8d7c6b5a');
      expect(line).not.toContain('unit-test-signature');
      expect(line).toContain(REDACTED);
    }
  });
});
