/**
 * Where an added article's bytes come from: a download (a web page or a Discord upload) or a
 * local file. Failures become ArticleRejectedErrors that say what to do, in the user's terms.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { readRegularFile } from '../corpus/list-corpus.js';
import { UserError } from '../errors.js';
import { ExtractionError } from '../ingest/types.js';
import { ArticleRejectedError, type ArticleInput } from './added-article.js';
import type { ArticleFetcher, FetchPolicy } from './fetch-policy.js';
import { looksLikeHostWithoutScheme } from './written-address.js';

/**
 * Downloads a web page (or PDF, text, Word file) with the policy. `file` names an upload (a
 * Discord attachment): it is cited by its file name, not by the CDN's URL.
 */
export async function downloadArticle(
  fetch: ArticleFetcher,
  url: string,
  policy: FetchPolicy,
  file?: { name: string; contentType?: string },
): Promise<ArticleInput> {
  let fetched;
  try {
    fetched = await fetch(url, policy);
  } catch (error) {
    // An upload is named by its file, not by the CDN address it was fetched from.
    if (file && error instanceof UserError && error.code === 'fetch-type') {
      throw new ArticleRejectedError(
        'unsupported type',
        `${file.name}: unsupported type (${file.contentType ?? 'that'} content is not an article; supported: text, Markdown, HTML, PDF, Word .docx).`,
      );
    }
    throw error;
  }
  const name = file?.name ?? safeDecode(new URL(fetched.url).pathname);
  const contentType =
    generic(fetched.contentType) && file?.contentType ? file.contentType : fetched.contentType;
  return { bytes: fetched.bytes, name, contentType, source: file?.name ?? fetched.url };
}

/**
 * Reads a local file (the command line), cited by its file name. `missingHint` adds a word on
 * where the file must be when it does not exist (inside the container, for the Docker image),
 * `unreadableHint` one on how to make it readable when reading it is refused.
 */
export async function readArticleFile(
  file: string,
  maxBytes: number,
  missingHint?: (file: string) => string,
  unreadableHint?: (file: string) => string,
): Promise<ArticleInput> {
  // A folder opens like a file on Linux and was refused as "not a regular file", with no word
  // of what to do: an article is one file, and a folder of them is what a corpus is.
  const folder = `${file}: a folder; add its files one at a time, or answer from all of them with --corpus ${file}.`;
  if ((await stat(file).catch(() => undefined))?.isDirectory()) throw new ArticleRejectedError('unreadable', folder);
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path.resolve(file), maxBytes);
  } catch (error) {
    if (error instanceof ExtractionError)
      throw new ArticleRejectedError(error.reason, `${file}: ${error.message}.`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new ArticleRejectedError('unreadable', folder);
    // "www.example.com/story" is looked for as a file (only a scheme makes an address): say how to fetch it.
    const hint = looksLikeHostWithoutScheme(file) ? ' (to fetch a web page, write its address with https://)' : '';
    const why = code === 'ENOENT' ? `no such file${hint}` : `cannot be read (${code ?? (error as Error).message})`;
    const advice = code === 'ENOENT' ? missingHint : code === 'EACCES' || code === 'EPERM' ? unreadableHint : undefined;
    const where = advice ? ` ${advice(file)}` : '';
    throw new ArticleRejectedError('unreadable', `${file}: ${why}.${where}`);
  }
  return { bytes, name: path.basename(file), source: path.basename(file) };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A content type that says nothing (the name or another source decides). */
const generic = (contentType: string): boolean =>
  /^(application\/octet-stream|binary\/octet-stream)?\s*(;|$)/i.test(contentType.trim());
