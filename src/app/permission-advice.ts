import { readFileSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';

/** Who owns the path a permission error is about, and its mode. */
export interface PathOwnership {
  path: string;
  uid: number;
  gid: number;
  /** The permission bits (e.g. 0o700). */
  mode: number;
  isDirectory: boolean;
  /** The owner's user name, when the system lists it. */
  ownerName?: string;
}

/** The user this process runs as. */
export interface CurrentUser {
  uid: number;
  /** Every group the user is in (the primary one too). */
  gids: readonly number[];
  name?: string;
}

/** A permission failure at or above a configured folder, with what is known of the path that refused. */
export interface PermissionFailure {
  /** EACCES (no access by the mode) or EPERM (only the owner may, such as chmod). */
  code: 'EACCES' | 'EPERM';
  /** The configured folder (absolute). */
  directory: string;
  /** The nearest path that could be inspected: the one that failed, or a folder above it. */
  blocked: PathOwnership;
  user: CurrentUser;
}

/** Whether `candidate` is `directory` or inside it (both absolute). */
export function within(candidate: string, directory: string): boolean {
  const relative = path.relative(directory, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** "root (uid 0)", or "uid 1234" for a uid the system does not name. */
function describeOwner(uid: number, name: string | undefined): string {
  return name ? `${name} (uid ${uid})` : `uid ${uid}`;
}

/**
 * Whether the group or other bits give the user what the owner bits would: then the owner is
 * not why access was refused (an ACL, SELinux or the mount is), and saying so would mislead.
 */
function grantedAnyway(failure: PermissionFailure): boolean {
  const { blocked, user } = failure;
  const needs = blocked.isDirectory ? 0o7 : 0o6;
  const byGroup = user.gids.includes(blocked.gid) && ((blocked.mode >> 3) & needs) === needs;
  return byGroup || (blocked.mode & needs) === needs;
}

/**
 * What to do about a permission failure, in words, when its cause is clear from who owns the
 * path and its mode; undefined otherwise (root, or the mode allows access), for the caller's
 * general advice. The usual cause is a file or folder created by `sudo article-qa …` or by the
 * bot's own user: "Choose a folder this user can write to" then sent admins the wrong way.
 */
export function permissionAdvice(failure: PermissionFailure): string | undefined {
  const { blocked, user, directory } = failure;
  // Root is refused for other reasons (a read-only or network mount, an immutable file).
  if (user.uid === 0) return undefined;
  const mode = `0${(blocked.mode & 0o777).toString(8).padStart(3, '0')}`;
  if (blocked.uid === user.uid) {
    // This user's own path: only its mode can be in the way, and only if it leaves the owner out.
    const needs = blocked.isDirectory ? 0o7 : 0o6;
    if (failure.code === 'EPERM' || ((blocked.mode >> 6) & needs) === needs) return undefined;
    // A folder made read-only (chmod -R a-w) has a read-only file in it too: one chmod for both,
    // where a chmod of the path alone only led to the next refusal.
    if (within(blocked.path, directory)) {
      return `${blocked.path} belongs to this user but is read-only (mode ${mode}). To let article-qa write there: chmod -R u+rwX ${directory}`;
    }
    return `${blocked.path} belongs to this user, but its mode (${mode}) does not let it write there: chmod u+rwx ${blocked.path}`;
  }
  // Only the owner may change a mode (EPERM); EACCES is the owner's doing only if no other bits let the user in.
  if (failure.code === 'EACCES' && grantedAnyway(failure)) return undefined;
  const owner = describeOwner(blocked.uid, blocked.ownerName);
  const me = user.name ? `${user.name}, uid ${user.uid}` : `uid ${user.uid}`;
  // Another user's name is likely the bot's (a system user); root is never the one to run as.
  const sudoAs = blocked.uid !== 0 && blocked.ownerName ? ` (sudo -u ${blocked.ownerName} article-qa …)` : '';
  if (!within(blocked.path, directory)) {
    // A folder above the configured one (often the system's, such as /var/lib): not ours to give away.
    const orRunAs = sudoAs ? `, or run article-qa as ${blocked.ownerName}${sudoAs}` : '';
    return `${blocked.path} belongs to ${owner}, not to this user (${me}), and its mode (${mode}) keeps this user out. Choose a folder this user can write to${orRunAs}.`;
  }
  // Root owning what the bot's user should is the mark of an earlier `sudo article-qa …`.
  const how = blocked.uid === 0 ? ', as when article-qa was run with sudo' : '';
  return (
    `${blocked.path} belongs to ${owner}, not to this user (${me})${how}. ` +
    `Run article-qa as the user the bot runs as${sudoAs}, or, if that is this user, give it the folder: sudo chown -R ${user.name ?? user.uid} ${directory}`
  );
}

/** The user name for a uid from /etc/passwd; undefined where there is none (a container's bare uid). */
function userName(uid: number): string | undefined {
  try {
    const entry = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .map((line) => line.split(':'))
      .find((fields) => fields[2] === String(uid));
    return entry?.[0] || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Who owns `failedPath`, or the nearest folder above it that can be inspected: a path that does
 * not exist yet, or sits in a folder this user may not enter, is refused by that folder.
 */
export function inspectBlockedPath(failedPath: string): PathOwnership | undefined {
  let candidate = path.resolve(failedPath);
  for (;;) {
    try {
      const stats = statSync(candidate);
      const ownerName = userName(stats.uid);
      return {
        path: candidate,
        uid: stats.uid,
        gid: stats.gid,
        mode: stats.mode & 0o7777,
        isDirectory: stats.isDirectory(),
        ...(ownerName ? { ownerName } : {}),
      };
    } catch {
      const parent = path.dirname(candidate);
      if (parent === candidate) return undefined;
      candidate = parent;
    }
  }
}

/** This process's user; undefined where there are no uids (Windows). */
export function currentUser(): CurrentUser | undefined {
  if (typeof process.getuid !== 'function' || typeof process.getgroups !== 'function') return undefined;
  let name: string | undefined;
  try {
    name = userInfo().username;
  } catch {
    // A uid without a passwd entry (docker run --user 1234): the chown advice uses the number.
  }
  const gids = [...new Set([process.getgid?.() ?? -1, ...process.getgroups()])];
  return { uid: process.getuid(), gids, ...(name ? { name } : {}) };
}

/** The advice for a permission failure at `failedPath` in or above `directory`, from the file system as it is now. */
export function adviceFor(
  code: 'EACCES' | 'EPERM',
  failedPath: string,
  directory: string,
): string | undefined {
  const user = currentUser();
  const blocked = inspectBlockedPath(failedPath);
  return user && blocked ? permissionAdvice({ code, directory, blocked, user }) : undefined;
}
