import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './temporary-corpus.js';

/** What a CLI run printed and how it ended. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link runCli}. */
export interface CliOptions {
  input?: string;
  env?: NodeJS.ProcessEnv;
  /** Run as this user (needs root), e.g. {@link UNPRIVILEGED_USER} for permission tests. */
  user?: { uid: number; gid: number };
}

/** `nobody`: root writes anywhere, so tests of unwritable folders run the CLI as this user when root. */
export const UNPRIVILEGED_USER = { uid: 65534, gid: 65534 };

/** Runs the real `article-qa` entry point (bin/article-qa.js → dist/) with optional stdin. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'article-qa.js'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...options.env },
      ...(options.user ?? {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** Parses one JSON object per non-empty line. */
export function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
