import { DiscordAPIError, HTTPError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../core/errors.js';
import { recordingLogger } from '../../../test/support/recording-logger.js';
import { MISSING_PERMISSION_MESSAGE, withErrorBoundary, type FailureKind } from './error-boundary.js';
import type { ReplyPayload } from './replies/reply-payload.js';
import { describeError, discordFailureMessage, scrubSecrets } from './safe-error.js';

const TOKEN = 'MTA1NTU1NTU1NTU1NTU1NTU1NQ.GtEsT1.secret-token-part-0123456789';

function recorder() {
  const { logger, lines } = recordingLogger();
  const sent: ReplyPayload[] = [];
  const kinds: FailureKind[] = [];
  return {
    lines,
    logger,
    sent,
    kinds,
    respond: async (payload: ReplyPayload, kind: FailureKind) => {
      sent.push(payload);
      kinds.push(kind);
    },
  };
}

describe('withErrorBoundary', () => {
  it('shows a user error as it is, privately, and logs it as info', async () => {
    const { lines, logger, sent, kinds, respond } = recorder();
    await withErrorBoundary(
      { logger, secrets: [TOKEN] },
      { command: 'ask' },
      () => Promise.reject(new UserError('question-empty', 'Please ask a question.')),
      respond,
    );
    expect(sent).toEqual([expect.objectContaining({ content: 'Please ask a question.', ephemeral: true })]);
    // The front end is told it is the member's error, so it can keep it private after a public deferral.
    expect(kinds).toEqual(['user-error']);
    expect(lines.at(-1)).toMatchObject({
      level: 30,
      msg: 'user error',
      code: 'question-empty',
      command: 'ask',
    });
  });

  it('logs a bug with context and an incident id, scrubbed of secrets, and apologises quoting the id', async () => {
    const { lines, logger, sent, respond } = recorder();
    const bug = Object.assign(new Error(`boom with ${TOKEN}`), {
      url: 'https://discord.com/api/v10/webhooks/123/aW50ZXJhY3Rpb24.secret/messages/@original',
      status: 500,
    });
    await withErrorBoundary(
      { logger, secrets: [TOKEN] },
      { command: 'ask', userId: '42' },
      () => Promise.reject(bug),
      respond,
    );
    const logged = lines.find((line) => line.msg === 'handler failed');
    expect(logged).toMatchObject({
      level: 50,
      command: 'ask',
      userId: '42',
      error: { type: 'Error', status: 500, message: 'boom with [redacted]' },
    });
    expect((logged?.error as { url: string }).url).toBe(
      'https://discord.com/api/v10/webhooks/123/[token]/messages/@original',
    );
    expect(JSON.stringify(lines)).not.toContain('secret');
    expect(sent[0]?.content).toContain(`incident \`${String(logged?.incident)}\``);
    expect(sent[0]?.ephemeral).toBe(true);
  });

  it('shows a user error with its formatting, but no live link or mass mention from what it echoes', async () => {
    const { logger, sent, respond } = recorder();
    const echoed = 'There is no section "[free nitro](https://evil.example) @everyone". Try `/summary`.';
    await withErrorBoundary({ logger, secrets: [] }, {}, () => Promise.reject(new UserError('section-unknown', echoed)), respond);
    expect(sent[0]?.content).toBe('There is no section "[free nitro]\u200b(https://evil.example) @\u200beveryone". Try `/summary`.');
  });

  it('tells of a permission Discord refused, as a warning and not as a bug with an incident id', async () => {
    const { lines, logger, sent, respond } = recorder();
    const refused = new DiscordAPIError({ message: 'Missing Permissions', code: 50013 }, 50013, 403, 'POST', 'https://discord.com/api/v10/channels/1/messages', {});
    await withErrorBoundary({ logger, secrets: [] }, { kind: 'message', channelId: '1' }, () => Promise.reject(refused), respond);
    expect(lines.find((line) => line.msg === 'handler failed')).toBeUndefined();
    expect(lines.at(-1)).toMatchObject({ level: 40, channelId: '1', error: { code: 50013, status: 403 } });
    expect(String(lines.at(-1)?.msg)).toMatch(/refused the bot a permission: it needs View Channel, Send Messages/);
    expect(sent).toEqual([expect.objectContaining({ content: MISSING_PERMISSION_MESSAGE, ephemeral: true })]);
  });

  it('logs, and swallows, a failure to send the error reply', async () => {
    const { lines, logger } = recorder();
    await withErrorBoundary(
      { logger, secrets: [] },
      {},
      () => Promise.reject(new Error('bug')),
      () => Promise.reject(new Error('REST down')),
    );
    expect(lines.at(-1)).toMatchObject({
      level: 40,
      msg: 'could not send the error reply',
      error: { message: 'REST down' },
    });
  });
});

describe('scrubSecrets and describeError', () => {
  it('removes tokens from interaction and webhook URLs and known secrets anywhere', () => {
    expect(scrubSecrets(`/interactions/1/abc.DEF-1/callback and ${TOKEN}`, [TOKEN])).toBe(
      '/interactions/1/[token]/callback and [redacted]',
    );
  });

  it('describes non-errors too', () => {
    expect(describeError('plain')).toEqual({ type: 'string', message: 'plain' });
  });
});

describe('discordFailureMessage', () => {
  const check = 'Check DISCORD_API_BASE and that this host can reach Discord.';

  it('names the status and the address when the API answered with an error', () => {
    const notFound = new HTTPError(404, 'No Description', 'GET', 'http://10.255.255.1:9/api/v10/gateway/bot', { body: undefined, files: undefined });
    expect(discordFailureMessage(notFound)).toBe(`the Discord API answered 404 (No Description) to GET http://10.255.255.1:9/api/v10/gateway/bot. ${check}`);
  });

  it('says when the API did not answer in time, or could not be reached, and keeps other messages', () => {
    expect(discordFailureMessage(new DOMException('This operation was aborted', 'AbortError'))).toBe(`the Discord API did not answer in time. ${check}`);
    const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) });
    expect(discordFailureMessage(refused)).toBe(`cannot reach the Discord API (ECONNREFUSED). ${check}`);
    expect(discordFailureMessage(new Error(`boom ${TOKEN}`), [TOKEN])).toBe('boom [redacted]');
  });
});
