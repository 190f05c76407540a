import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../config/load-config.js';
import { COMMAND_NAME, LAUNCHER, linkCommand } from './link-command.js';

const roots: string[] = [];

/** A project folder with a launcher and no node_modules yet. */
function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'article-qa-link-'));
  roots.push(root);
  mkdirSync(path.join(root, 'bin'));
  writeFileSync(path.join(root, LAUNCHER), '#!/usr/bin/env node\n');
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('linking the article-qa command into node_modules/.bin', () => {
  it('links the launcher by a relative path, so a moved project keeps a working link', () => {
    const root = project();
    expect(linkCommand(root, 'linux')).toBe('created');
    const link = path.join(root, 'node_modules', '.bin', COMMAND_NAME);
    expect(readlinkSync(link)).toBe(path.join('..', '..', 'bin', 'article-qa.js'));
    expect(realpathSync(link)).toBe(realpathSync(path.join(root, LAUNCHER)));
  });

  it('changes nothing when run again, and replaces a link that points elsewhere', () => {
    const root = project();
    linkCommand(root, 'linux');
    expect(linkCommand(root, 'linux')).toBe('unchanged');
    const link = path.join(root, 'node_modules', '.bin', COMMAND_NAME);
    rmSync(link);
    symlinkSync('../somewhere-else.js', link);
    expect(linkCommand(root, 'linux')).toBe('replaced');
    expect(realpathSync(link)).toBe(realpathSync(path.join(root, LAUNCHER)));
  });

  it('replaces a plain file of that name', () => {
    const root = project();
    mkdirSync(path.join(root, 'node_modules', '.bin'), { recursive: true });
    writeFileSync(path.join(root, 'node_modules', '.bin', COMMAND_NAME), 'stale');
    expect(linkCommand(root, 'linux')).toBe('replaced');
    expect(realpathSync(path.join(root, 'node_modules', '.bin', COMMAND_NAME))).toBe(
      realpathSync(path.join(root, LAUNCHER)),
    );
  });

  it('writes sh and cmd shims on Windows, as npm does', () => {
    const root = project();
    linkCommand(root, 'win32');
    const shim = path.join(root, 'node_modules', '.bin', COMMAND_NAME);
    expect(readFileSync(shim, 'utf8')).toContain(`"$(dirname "$0")/../../bin/article-qa.js"`);
    expect(statSync(shim).mode & 0o111).not.toBe(0);
    expect(readFileSync(`${shim}.cmd`, 'utf8')).toMatch(
      /^@node "%~dp0\\\.\.[\\/]\.\.[\\/]bin[\\/]article-qa\.js" %\*/,
    );
  });
});

describe('the project as installed', () => {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    bin?: unknown;
    version: string;
    scripts: Record<string, string>;
  };

  it('has the command in node_modules/.bin (npm ci ran prepare) and declares no bin of that name', () => {
    // A `bin` entry named article-qa would send `npx article-qa` down npm's install path (link-command.ts).
    expect(manifest.bin).toBeUndefined();
    expect(manifest.scripts.prepare).toContain('link-command');
    expect(realpathSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', COMMAND_NAME))).toBe(
      realpathSync(path.join(PROJECT_ROOT, LAUNCHER)),
    );
  });

  it('npx --no-install article-qa runs the project launcher', () => {
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    const printed = execFileSync(npx, ['--no-install', COMMAND_NAME, '--version'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(printed.trim()).toBe(manifest.version);
  });
});
