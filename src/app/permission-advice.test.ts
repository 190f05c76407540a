import { describe, expect, it } from 'vitest';
import {
  permissionAdvice,
  type CurrentUser,
  type PathOwnership,
  type PermissionFailure,
} from './permission-advice.js';

const STATE = '/srv/article-qa/state';
const FILE = `${STATE}/bot-state.sqlite`;
const ALICE: CurrentUser = { uid: 1000, gids: [1000], name: 'alice' };

/** A failure at `blocked`, by default a file of root's (the system names uid 0 root). */
function failure(
  code: PermissionFailure['code'],
  blocked: Partial<PathOwnership> & { path: string },
  user: CurrentUser = ALICE,
): PermissionFailure {
  const owned = { uid: 0, gid: 0, mode: 0o600, isDirectory: false, ...blocked };
  return { code, directory: STATE, user, blocked: owned.uid === 0 ? { ownerName: 'root', ...owned } : owned };
}

describe('permissionAdvice', () => {
  it('names root as the owner of a file left by sudo article-qa, and the chown that gives the folder back', () => {
    expect(permissionAdvice(failure('EPERM', { path: FILE }))).toBe(
      `${FILE} belongs to root (uid 0), not to this user (alice, uid 1000), as when article-qa was run with sudo. ` +
        `Run article-qa as the user the bot runs as, or, if that is this user, give it the folder: sudo chown -R alice ${STATE}`,
    );
  });

  it("names the bot's own user when it owns the folder, with the sudo -u that runs as it", () => {
    const bots = failure('EACCES', {
      path: STATE,
      uid: 998,
      gid: 998,
      mode: 0o700,
      isDirectory: true,
      ownerName: 'article-qa',
    });
    expect(permissionAdvice(bots)).toBe(
      `${STATE} belongs to article-qa (uid 998), not to this user (alice, uid 1000). ` +
        `Run article-qa as the user the bot runs as (sudo -u article-qa article-qa …), or, if that is this user, give it the folder: sudo chown -R alice ${STATE}`,
    );
  });

  it('uses uids where the system names no user (a container run with --user 1234)', () => {
    const bare = failure(
      'EPERM',
      { path: STATE, uid: 1234, gid: 1234, mode: 0o755, isDirectory: true },
      { uid: 1000, gids: [1000] },
    );
    expect(permissionAdvice(bare)).toBe(
      `${STATE} belongs to uid 1234, not to this user (uid 1000). Run article-qa as the user the bot runs as, or, if that is this user, give it the folder: sudo chown -R 1000 ${STATE}`,
    );
  });

  it('gives no chown of a folder above the configured one (often the system’s), only the facts and another folder', () => {
    const above = failure('EACCES', { path: '/var/lib', mode: 0o755, isDirectory: true });
    expect(permissionAdvice({ ...above, directory: '/var/lib/article-qa' })).toBe(
      '/var/lib belongs to root (uid 0), not to this user (alice, uid 1000), and its mode (0755) keeps this user out. Choose a folder this user can write to.',
    );
    const botsHome = failure('EACCES', {
      path: '/home/article-qa',
      uid: 998,
      gid: 998,
      mode: 0o700,
      isDirectory: true,
      ownerName: 'article-qa',
    });
    expect(permissionAdvice({ ...botsHome, directory: '/home/article-qa/state' })).toMatch(
      /keeps this user out\. Choose a folder this user can write to, or run article-qa as article-qa \(sudo -u article-qa article-qa …\)\.$/,
    );
  });

  it("says it is the mode, not the owner, for this user's own folder made read-only, with one chmod for all of it", () => {
    // Before, the file's refusal gave `chmod u+rw FILE`, and the folder's then `chmod u+rwx STATE`.
    const fix = `To let article-qa write there: chmod -R u+rwX ${STATE}`;
    expect(
      permissionAdvice(
        failure('EACCES', { path: STATE, uid: 1000, gid: 1000, mode: 0o500, isDirectory: true }),
      ),
    ).toBe(`${STATE} belongs to this user but is read-only (mode 0500). ${fix}`);
    expect(permissionAdvice(failure('EACCES', { path: FILE, uid: 1000, gid: 1000, mode: 0o400 }))).toBe(
      `${FILE} belongs to this user but is read-only (mode 0400). ${fix}`,
    );
    // A folder of this user's above the configured one is changed alone, never recursively.
    const above = failure('EACCES', { path: '/srv/article-qa', uid: 1000, gid: 1000, mode: 0o555, isDirectory: true });
    expect(permissionAdvice(above)).toBe(
      '/srv/article-qa belongs to this user, but its mode (0555) does not let it write there: chmod u+rwx /srv/article-qa',
    );
  });

  describe('does not guess when owner and mode do not explain the failure', () => {
    it.each([
      [
        "this user's folder with a mode that lets it in (an ACL, SELinux or the mount refused)",
        failure('EACCES', { path: STATE, uid: 1000, gid: 1000, mode: 0o700, isDirectory: true }),
      ],
      [
        "another user's folder whose group lets this user in",
        failure('EACCES', { path: STATE, uid: 998, gid: 1000, mode: 0o770, isDirectory: true }),
      ],
      ["another user's file that everyone may write", failure('EACCES', { path: FILE, mode: 0o666 })],
      [
        "EPERM on this user's own file (an immutable file)",
        failure('EPERM', { path: FILE, uid: 1000, gid: 1000 }),
      ],
      [
        'root, who is refused for other reasons',
        failure('EPERM', { path: FILE, uid: 998 }, { uid: 0, gids: [0], name: 'root' }),
      ],
    ])('%s', (_case, input) => {
      expect(permissionAdvice(input)).toBeUndefined();
    });
  });
});
