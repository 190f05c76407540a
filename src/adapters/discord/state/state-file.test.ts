import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { restrictAccess, STATE_FILE } from './state-file.js';

const root = mkdtempSync(path.join(tmpdir(), 'state-file-'));
afterAll(() => {
  chmodSync(root, 0o700);
  rmSync(root, { recursive: true, force: true });
});
const mode = (target: string): number => statSync(target).mode & 0o777;

describe('restrictAccess', () => {
  it('tightens a folder and file left readable by others', () => {
    const folder = path.join(root, 'open');
    mkdirSync(folder, { mode: 0o755 });
    chmodSync(folder, 0o755);
    writeFileSync(path.join(folder, STATE_FILE), '', { mode: 0o644 });
    restrictAccess(folder, path.join(folder, STATE_FILE));
    expect([mode(folder), mode(path.join(folder, STATE_FILE))]).toEqual([0o700, 0o600]);
  });

  // Root may write anywhere: the refusal is only seen by another user (see test/cli/read-only-state.test.ts).
  it.skipIf(process.getuid?.() === 0)('refuses a read-only folder of its own before changing its mode', () => {
    const folder = path.join(root, 'read-only');
    mkdirSync(folder);
    writeFileSync(path.join(folder, STATE_FILE), '', { mode: 0o644 });
    chmodSync(folder, 0o555);
    expect(() => restrictAccess(folder, path.join(folder, STATE_FILE))).toThrow(expect.objectContaining({ code: 'EACCES' }));
    expect([mode(folder), mode(path.join(folder, STATE_FILE))]).toEqual([0o555, 0o644]);
    chmodSync(folder, 0o700);
  });
});
