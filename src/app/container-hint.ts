/**
 * Where a file given to `add` must be when the CLI runs in the Docker image: in the container,
 * not on the host that typed `docker compose exec article-qa article-qa add ./report.pdf`; and
 * readable there by the user the image runs as. The image sets {@link IN_CONTAINER_VARIABLE};
 * outside it there is no hint.
 */
import path from 'node:path';

/** Set to 1 by the Dockerfile: the CLI runs inside the article-qa image. */
export const IN_CONTAINER_VARIABLE = 'ARTICLE_QA_IN_CONTAINER';

/** A word for the shell: quoted unless it needs no quotes. */
function shellWord(word: string): string {
  return /^[\w./~:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The hint for a file that does not exist, in the image: copy it into the data volume from the
 * host, then add the copy. Undefined outside the image.
 */
export function missingFileHint(env: NodeJS.ProcessEnv = process.env): ((file: string) => string) | undefined {
  if (env[IN_CONTAINER_VARIABLE] !== '1') return undefined;
  return (file) => {
    const copy = shellWord(`/data/${path.basename(file)}`);
    return `The file must be inside the container: copy it in from the host with docker compose cp ${shellWord(file)} article-qa:/data/ and add ${copy}.`;
  };
}

/**
 * The hint for a file that exists but cannot be read, in the image: `docker compose cp` keeps a
 * file's owner and mode, so a host file readable by its owner only (0600) arrives unreadable by
 * the image's `node` user (uid 1000), and root in the container cannot change that either (the
 * compose file drops every capability). Undefined outside the image.
 */
export function unreadableFileHint(env: NodeJS.ProcessEnv = process.env): ((file: string) => string) | undefined {
  if (env[IN_CONTAINER_VARIABLE] !== '1') return undefined;
  return (file) =>
    `article-qa runs as uid 1000 in the container, and docker compose cp keeps a file's owner and mode: make the file readable by others on the host (chmod a+r ${shellWord(path.basename(file))}), then copy it in again.`;
}
