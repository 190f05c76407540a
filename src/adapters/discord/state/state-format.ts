import type Database from 'better-sqlite3';

/**
 * The row of the `about` table that names the version of article-qa that last changed the state
 * file's format (ran a migration). It is the oldest version that can read the file, so an older
 * one that finds a format it does not know can tell the admin which version to run. Later
 * versions keep writing it when they migrate.
 */
const WRITTEN_BY = 'written_by';

/** The migration that creates the `about` table; {@link recordWriter} needs it applied. */
export const ABOUT_TABLE_MIGRATION = `CREATE TABLE about (key TEXT PRIMARY KEY, value TEXT NOT NULL);`;

/**
 * The state file's format is newer than this version knows: it was written by a newer version
 * of article-qa (the admin went back to an older one). Not a bug: the app layer turns it into
 * a message saying which version to run, or what moving the file aside would lose.
 */
export class StateFormatTooNewError extends Error {
  override readonly name = 'StateFormatTooNewError';

  constructor(
    readonly file: string,
    /** The file's format (SQLite's `user_version`: the number of migrations applied). */
    readonly format: number,
    /** The newest format this version reads. */
    readonly supportedFormat: number,
    /** The version that wrote that format, when the file records it. */
    readonly writtenBy: string | undefined,
  ) {
    super(
      `${file} has state format ${format}${writtenBy ? ` (written by article-qa ${writtenBy})` : ''}; this version reads format ${supportedFormat} at most`,
    );
  }
}

/** The version recorded as having written the file's format, if the file has the `about` table and the row. */
function recordedWriter(database: Database.Database): string | undefined {
  const table = database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'about'").get();
  if (!table) return undefined;
  const row = database.prepare('SELECT value FROM about WHERE key = ?').get(WRITTEN_BY) as
    { value: string } | undefined;
  return row?.value;
}

/**
 * Throws {@link StateFormatTooNewError} when the file's format is beyond `supportedFormat`.
 * Without this check an older version found nothing to migrate and went on, failing on the
 * first table the newer one had changed, which was reported as a bug.
 */
export function checkStateFormat(database: Database.Database, file: string, supportedFormat: number): void {
  const format = database.pragma('user_version', { simple: true }) as number;
  if (format > supportedFormat)
    throw new StateFormatTooNewError(file, format, supportedFormat, recordedWriter(database));
}

/** Records `version` as the one that wrote the file's current format (call after migrating). */
export function recordWriter(database: Database.Database, version: string): void {
  database.prepare('INSERT OR REPLACE INTO about (key, value) VALUES (?, ?)').run(WRITTEN_BY, version);
}
