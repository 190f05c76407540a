import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

const workspace = temporaryWorkspace('article-qa-environment-');
afterAll(() => workspace.cleanup());

describe('misspelt environment variables (real CLI)', () => {
  it('answers as usual, after one warning naming each with the variable it is likely meant to be, never its value', async () => {
    const apiKey = 'sk-test-misspelt-key-0123456789';
    const run = await runCli(['sections', '--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir], {
      env: { ARTICLE_QA_CORPSE: '/srv/private-articles', LLM_APIKEY: apiKey },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No progress in US-Russian diplomacy in Geneva');
    const warnings = run.stderr.split('\n').filter((line) => line.includes('does not read'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      "ignoring environment variables article-qa does not read: ARTICLE_QA_CORPSE (did you mean ARTICLE_QA_CORPUS?), LLM_APIKEY (did you mean LLM_API_KEY?); the known ones are in README.md's configuration reference",
    );
    expect(run.stderr).not.toContain(apiKey);
    expect(run.stderr).not.toContain('/srv/private-articles');
  });
});
