/**
 * The language model's API key never reaches a log line or an error, even when the server
 * echoes the Authorization header back in its error bodies: the real CLI at every log level,
 * in JSON and in pretty format.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OpenAiTestServer,
  type RecordedCompletionRequest,
  type ScriptedReply,
} from '../support/openai-test-server.js';
import { jsonLines, runCli, type CliRun } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

/** A key with characters JSON and URLs escape, so escaped copies would be caught too. */
const API_KEY = 'sk-test-"echo"/4f9c2a7e1b+d83=';
const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
const FORMATS = ['json', 'pretty'] as const;

/** Every form in which the key could leak: its distinctive middle part catches any escaping. */
const LEAKS = [API_KEY, JSON.stringify(API_KEY).slice(1, -1), encodeURIComponent(API_KEY), '4f9c2a7e1b'];

/** A careless server: its errors quote the request's Authorization header back. */
function echoingServer(request: RecordedCompletionRequest): ScriptedReply {
  const header = String(request.headers.authorization);
  const question = request.body?.messages?.at(-1)?.content ?? '';
  if (question.includes('troops')) return { kind: 'raw', body: `<html>bad gateway for ${header}</html>` };
  return {
    kind: 'status',
    status: 401,
    body: JSON.stringify({ error: { message: `invalid key in header "${header}"` } }),
  };
}

const workspace = temporaryWorkspace('article-qa-secrets-');
const flags = ['--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir];
let server: OpenAiTestServer;

beforeAll(async () => {
  server = await OpenAiTestServer.start();
  server.respondWith(echoingServer);
  expect((await runCli(['index', ...flags])).code).toBe(0);
});
afterAll(async () => {
  await server?.close();
  workspace.cleanup();
});

function askAt(level: string, format: string): Promise<CliRun> {
  const input = 'Who led the US delegation?\nHow many troops did Russia amass near Ukraine?\n';
  return runCli(['ask', '--batch', ...flags], {
    input,
    env: {
      LLM_BASE_URL: server.baseUrl,
      LLM_MODEL: 'echo-test',
      LLM_API_KEY: API_KEY,
      LOG_LEVEL: level,
      LOG_FORMAT: format,
    },
  });
}

describe('secrets in logs (real CLI, a server that echoes the Authorization header)', () => {
  const outputs: string[] = [];

  it.each(LEVELS)('at %s level, in JSON and in pretty format, the key appears nowhere', async (level) => {
    const before = server.requests.length;
    // Both formats at once: each run is a separate process.
    const runs = await Promise.all(FORMATS.map((format) => askAt(level, format)));
    // The key was sent, and the server did echo it.
    expect(server.requests.slice(before).map((request) => request.headers.authorization)).toContain(
      `Bearer ${API_KEY}`,
    );
    for (const run of runs) {
      expect(run.code).toBe(0);
      // Answers still come (the quoted ones, as the model failed).
      expect(jsonLines(run.stdout).map((line) => line.mode)).toEqual(['extractive', 'extractive']);
      const output = run.stdout + run.stderr;
      outputs.push(output);
      for (const leak of LEAKS) expect(output).not.toContain(leak);
      if (level === 'trace' || level === 'debug') {
        // The fallback's detail, with the echoed header, is logged: scrubbed, not dropped.
        expect(run.stderr).toContain('invalid key in header');
        expect(run.stderr).toContain('[redacted]');
      }
    }
  });

  it('counts secret occurrences across every level and format (reported for the README)', () => {
    const occurrences = outputs.reduce(
      (count, output) => count + LEAKS.filter((leak) => output.includes(leak)).length,
      0,
    );
    const lines = outputs.reduce((count, output) => count + output.split('\n').filter(Boolean).length, 0);
    console.log(
      `secret occurrences: ${occurrences} in ${lines} output lines over ${outputs.length} runs (${LEVELS.length} levels × ${FORMATS.length} formats)`,
    );
    expect(outputs).toHaveLength(LEVELS.length * FORMATS.length);
    expect(occurrences).toBe(0);
  });
});
