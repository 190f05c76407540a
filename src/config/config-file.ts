import { readFileSync, statSync } from 'node:fs';

/** Why a config file path cannot be read as JSON text, or undefined when it is a regular file. */
function configFileProblem(file: string): { missing: boolean; problem: string } | undefined {
  try {
    const info = statSync(file);
    if (info.isFile()) return undefined;
    const kind = info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a named pipe' : 'not a regular file';
    return { missing: false, problem: `config file ${file} is ${kind}; give a JSON file` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true, problem: `config file ${file} does not exist` };
    return { missing: false, problem: `config file ${file} cannot be read (${code ?? (error as Error).message})` };
  }
}

/**
 * Reads the config file. The default one may be missing (defaults apply); one the user named
 * (`--config`, `$ARTICLE_QA_CONFIG`) must be a readable regular file: a typo must not silently
 * fall back to defaults, and a named pipe must not hang the start.
 */
export function readConfigFile(file: string, named: boolean, problems: string[]): Record<string, unknown> {
  const unusable = configFileProblem(file);
  if (unusable) {
    if (named || !unusable.missing) problems.push(unusable.problem);
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    problems.push(`${file}: must hold a JSON object`);
  } catch (error) {
    problems.push(`${file}: ${(error as Error).message}`);
  }
  return {};
}
