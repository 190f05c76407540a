/**
 * Finds a Docker engine for the image tests: the one the environment points at (DOCKER_HOST or
 * the default socket), else, when running as root next to a `../shared/docker/local-engine.sh`
 * helper (this machine's stand-in for a Docker host), one started with it. Nothing else in the
 * project depends on that helper.
 */
import { execFile, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const LOCAL_ENGINE = path.resolve(PROJECT_ROOT, '..', 'shared', 'docker', 'local-engine.sh');

export interface DockerEngine {
  /** The docker client binary. */
  client: string;
  /** Environment for every docker command (DOCKER_HOST, DOCKER_BUILDKIT). */
  env: NodeJS.ProcessEnv;
  /** Where the engine came from, for the log. */
  description: string;
}

export interface CommandResult {
  stdout: string;
  stderr: string;
  code: number;
}

async function works(client: string, args: string[], env: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    await run(client, args, { env, timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

/** BuildKit when the client can drive it (buildx, or the built-in one of clients before 23). */
async function withBuildKitSetting(client: string, env: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
  if (env.DOCKER_BUILDKIT !== undefined) return env;
  if (await works(client, ['buildx', 'version'], env)) return { ...env, DOCKER_BUILDKIT: '1' };
  const { stdout } = await run(client, ['version', '--format', '{{.Client.Version}}'], { env }).catch(() => ({
    stdout: '',
  }));
  const major = Number.parseInt(stdout.trim(), 10);
  // The Dockerfile needs no BuildKit-only syntax, so the legacy builder works too (just slower).
  return { ...env, DOCKER_BUILDKIT: Number.isInteger(major) && major < 23 ? '1' : '0' };
}

/** An engine to test with, or the reason there is none. */
export async function findDockerEngine(): Promise<DockerEngine | { missing: string }> {
  const client = process.env.DOCKER_CLI ?? 'docker';
  if (await works(client, ['info'], process.env)) {
    return {
      client,
      env: await withBuildKitSetting(client, process.env),
      description: `existing engine (${process.env.DOCKER_HOST ?? 'default socket'})`,
    };
  }
  if (!existsSync(LOCAL_ENGINE))
    return { missing: 'no Docker engine is reachable (set DOCKER_HOST) and no local engine helper exists' };
  if (process.getuid?.() !== 0) return { missing: `starting a local engine with ${LOCAL_ENGINE} needs root` };
  const state = process.env.ARTICLE_QA_DOCKER_STATE ?? '/var/tmp/local-docker';
  let output: string;
  try {
    output = (
      await run('bash', [LOCAL_ENGINE, 'start', state], { timeout: 15 * 60_000, maxBuffer: 16 << 20 })
    ).stdout;
  } catch (error) {
    const failure = error as Error & { stderr?: string };
    return {
      missing: `the local engine helper failed: ${(failure.stderr ?? failure.message).trim().split('\n').slice(-5).join(' | ')}`,
    };
  }
  const host = /export DOCKER_HOST=(\S+)/.exec(output)?.[1];
  if (!host) return { missing: `the local engine helper printed no DOCKER_HOST line: ${output.trim()}` };
  // The helper's engine is driven with Debian's client (it has BuildKit built in).
  const helperClient =
    process.env.DOCKER_CLI ?? (existsSync('/usr/bin/docker') ? '/usr/bin/docker' : 'docker');
  const env = { ...process.env, DOCKER_HOST: host };
  if (!(await works(helperClient, ['info'], env)))
    return { missing: `the local engine at ${host} does not answer` };
  return {
    client: helperClient,
    env: await withBuildKitSetting(helperClient, env),
    description: `local engine started by ${LOCAL_ENGINE} (${host})`,
  };
}

/** Runs a docker command; resolves with its output and exit code (never rejects on a non-zero exit). */
export function docker(
  engine: DockerEngine,
  args: string[],
  options: { timeoutMs?: number; logFile?: string } = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(engine.client, args, { env: engine.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = options.logFile ? createWriteStream(options.logFile) : undefined;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      log?.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      log?.write(chunk);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      log?.end();
      resolve({ stdout, stderr, code: code ?? -1 });
    });
  });
}

/** Like {@link docker}, but throws with the command's output when it fails. */
export async function dockerOk(
  engine: DockerEngine,
  args: string[],
  options: { timeoutMs?: number; logFile?: string } = {},
): Promise<string> {
  const result = await docker(engine, args, options);
  if (result.code !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`docker ${args.slice(0, 3).join(' ')}… exited with ${result.code}:\n${output}`);
  }
  return result.stdout;
}
