import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ENVIRONMENT_SETTINGS,
  KNOWN_VARIABLES,
  unknownEnvironmentVariables,
  unknownVariablesWarning,
} from './environment-variables.js';
import { PROJECT_ROOT } from './load-config.js';

const SECRET = 'MTA1NTU1NTU1NTU1NTU1NTU1NQ.GtEsT1.a-secret-value-0123456789abcdef';

describe('unknown environment variables', () => {
  it('names misspelt settings with the one meant, and never a value', () => {
    const environment = {
      DISCORD_TOKNE: SECRET,
      LLM_BASEURL: 'http://127.0.0.1:1/v1',
      ARTICLE_QA_CORPSE: '/srv/articles',
    };
    expect(unknownEnvironmentVariables(environment)).toEqual([
      { name: 'ARTICLE_QA_CORPSE', suggestion: 'ARTICLE_QA_CORPUS' },
      { name: 'DISCORD_TOKNE', suggestion: 'DISCORD_TOKEN' },
      { name: 'LLM_BASEURL', suggestion: 'LLM_BASE_URL' },
    ]);
    const warning = unknownVariablesWarning(environment) ?? '';
    expect(warning).toBe(
      'ignoring environment variables article-qa does not read: ARTICLE_QA_CORPSE (did you mean ARTICLE_QA_CORPUS?), ' +
        'DISCORD_TOKNE (did you mean DISCORD_TOKEN?), LLM_BASEURL (did you mean LLM_BASE_URL?); ' +
        "the known ones are in README.md's configuration reference",
    );
    expect(warning).not.toContain(SECRET);
    expect(warning).not.toContain('/srv/articles');
  });

  it('flags any other name with a project prefix, and names close to a known one without it', () => {
    expect(
      unknownEnvironmentVariables({
        ARTICLE_QA_EXTRA: '1',
        DISCORD_BOT_TOKEN: '1',
        discord_token: '1',
        LOG_LEVLE: '1',
        MAX_CONCURENCY: '1',
      }),
    ).toEqual([
      { name: 'ARTICLE_QA_EXTRA' },
      { name: 'DISCORD_BOT_TOKEN', suggestion: 'DISCORD_TOKEN' },
      { name: 'LOG_LEVLE', suggestion: 'LOG_LEVEL' },
      { name: 'MAX_CONCURENCY', suggestion: 'MAX_CONCURRENCY' },
      { name: 'discord_token', suggestion: 'DISCORD_TOKEN' },
    ]);
  });

  it("leaves known variables, the shell's, Node's, the image's and Hugging Face's own alone", () => {
    const environment = Object.fromEntries(
      [
        ...KNOWN_VARIABLES,
        ...['PATH', 'HOME', 'HOSTNAME', 'LOGNAME', 'SHLVL', 'TERM', 'LANG', 'PWD', 'USER', 'TZ', 'CI'],
        ...[
          'NODE_VERSION',
          'YARN_VERSION',
          'NODE_OPTIONS',
          'NODE_EXTRA_CA_CERTS',
          'npm_config_cache',
          'npm_lifecycle_event',
        ],
        ...['HF_HOME', 'HF_TOKEN', 'HF_HUB_OFFLINE', 'HTTPS_PROXY', 'NO_PROXY', 'VITEST', 'VITEST_POOL_ID'],
      ].map((name) => [name, 'value']),
    );
    expect(unknownEnvironmentVariables(environment)).toEqual([]);
    expect(unknownVariablesWarning(environment)).toBeUndefined();
  });

  it('knows every ARTICLE_QA_ variable the project and its tests read, so setting one for the image tests warns of nothing', () => {
    // Before, ARTICLE_QA_TEST_IMAGE set in the shell for `npm run test:docker` made every CLI run
    // of the main suite warn of it, and the tests that read stderr failed.
    const sources = ['src', 'test', 'bin'].flatMap((folder) =>
      (readdirSync(path.join(PROJECT_ROOT, folder), { recursive: true }) as string[])
        .filter((file) => /\.(ts|js)$/.test(file))
        .map((file) => readFileSync(path.join(PROJECT_ROOT, folder, file), 'utf8')),
    );
    const read = new Set(sources.flatMap((text) => [...text.matchAll(/process\.env\.(ARTICLE_QA_\w+)/g)].map((match) => match[1])));
    expect(read.size).toBeGreaterThan(3);
    expect([...read].filter((name) => name !== undefined && !KNOWN_VARIABLES.has(name))).toEqual([]);
  });

  it("are told to look in the README's configuration reference, which lists every setting's variable", () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const reference = readme.slice(
      readme.indexOf('## Configuration reference'),
      readme.indexOf('## Generated answers'),
    );
    for (const variable of Object.keys(ENVIRONMENT_SETTINGS))
      expect(reference, variable).toContain(`\`${variable}\``);
  });
});
