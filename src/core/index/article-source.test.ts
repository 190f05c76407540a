import { describe, expect, it } from 'vitest';
import type { AddedDocument } from './added-articles.js';
import { ArticleSourceConflictError, sourceConflict } from './article-source.js';
import type { IndexManifest } from './manifest.js';

/** Only the fields the comparison reads: the recorded folder and articles. */
function manifest(articleSource: string | undefined, articles: IndexManifest['articles']): IndexManifest {
  return { articles, ...(articleSource === undefined ? {} : { articleSource }) } as IndexManifest;
}

function held(...items: Array<[string, string]>): AddedDocument[] {
  return items.map(([id, hash]) => ({
    id,
    hash,
    load: () => {
      throw new Error('not loaded by the comparison');
    },
  }));
}

const BOT = '/srv/article-qa/state';
const ELSEWHERE = '/home/admin/state';

describe('sourceConflict', () => {
  it('is none for the folder the index was built from, whatever changed in it (add, remove)', () => {
    expect(sourceConflict(manifest(BOT, [{ docId: 'a', hash: '1' }]), BOT, held())).toBeUndefined();
    expect(sourceConflict(manifest(BOT, []), BOT, held(['b', '2']))).toBeUndefined();
  });

  it('names what another folder would drop and add', () => {
    const conflict = sourceConflict(
      manifest(BOT, [
        { docId: 'a', hash: '1' },
        { docId: 'b', hash: '2' },
      ]),
      ELSEWHERE,
      held(['c', '3']),
    );
    expect(conflict).toEqual({ recorded: BOT, current: ELSEWHERE, dropped: ['a', 'b'], gained: ['c'] });
  });

  it('is a conflict for another folder without a state file, when the index has added articles', () => {
    expect(sourceConflict(manifest(BOT, [{ docId: 'a', hash: '1' }]), ELSEWHERE, held())).toMatchObject({
      dropped: ['a'],
      gained: [],
    });
  });

  it('is none when the index answers from no added articles (the Docker image pre-built it with another folder)', () => {
    expect(sourceConflict(manifest(BOT, []), ELSEWHERE, held())).toBeUndefined();
    expect(sourceConflict(manifest(BOT, []), ELSEWHERE, held(['c', '3']))).toBeUndefined();
  });

  it('is none when the other folder holds all of the index articles (it was moved), with or without more', () => {
    expect(
      sourceConflict(manifest(BOT, [{ docId: 'a', hash: '1' }]), ELSEWHERE, held(['a', '1'])),
    ).toBeUndefined();
    expect(
      sourceConflict(manifest(BOT, [{ docId: 'a', hash: '1' }]), ELSEWHERE, held(['a', '1'], ['c', '3'])),
    ).toBeUndefined();
  });

  it('counts an article changed in the other folder as lost (its indexed version is not there)', () => {
    expect(
      sourceConflict(manifest(BOT, [{ docId: 'a', hash: '1' }]), ELSEWHERE, held(['a', '2'])),
    ).toMatchObject({ dropped: ['a'], gained: [] });
  });

  it('does not count an article set aside (not answered) as lost', () => {
    const recorded = [{ docId: 'a', hash: '1', setAside: true }];
    expect(sourceConflict(manifest(BOT, recorded), ELSEWHERE, held(['a', '1']))).toBeUndefined();
    expect(sourceConflict(manifest(BOT, recorded), ELSEWHERE, held())).toBeUndefined();
  });

  it('is none without a state folder (benchmarks build their own index)', () => {
    expect(sourceConflict(manifest(BOT, [{ docId: 'a', hash: '1' }]), undefined, held())).toBeUndefined();
  });

  describe('for an index that does not record its folder (built before it was recorded)', () => {
    it('is a conflict whenever this folder lacks one of its articles: never stripped in silence', () => {
      const recorded = [
        { docId: 'a', hash: '1' },
        { docId: 'b', hash: '2' },
      ];
      expect(sourceConflict(manifest(undefined, recorded), ELSEWHERE, held(['c', '3']))).toEqual({
        recorded: undefined,
        current: ELSEWHERE,
        dropped: ['a', 'b'],
        gained: ['c'],
      });
      // An old copy of the bot's folder, say: before, holding one of them let the other go unsaid.
      expect(sourceConflict(manifest(undefined, recorded), ELSEWHERE, held(['b', '2']))).toEqual({
        recorded: undefined,
        current: ELSEWHERE,
        dropped: ['a'],
        gained: [],
      });
      expect(sourceConflict(manifest(undefined, recorded), ELSEWHERE, held(['a', '1'], ['b', '2']))).toBeUndefined();
      expect(sourceConflict(manifest(undefined, []), ELSEWHERE, held(['c', '3']))).toBeUndefined();
    });
  });
});

describe('ArticleSourceConflictError', () => {
  it('says which folder holds the articles, what would change, and the three ways on', () => {
    const error = new ArticleSourceConflictError('/srv/index', {
      recorded: BOT,
      current: ELSEWHERE,
      dropped: ['a', 'b', 'c', 'd'],
      gained: ['e'],
    });
    expect(error.code).toBe('index-other-state-folder');
    expect(error.message).toBe(
      `The index in /srv/index answers from the added articles of the state folder ${BOT}, but this command uses the state folder ${ELSEWHERE}: ` +
        'going on would change what the bot answers: the index would lose 4 added articles (a, b, c, and 1 more) and gain 1 added article (e). ' +
        `Run this command with ARTICLE_QA_STATE_DIR=${BOT} (the bot's state folder), or give it an index folder of its own with --index-dir; ` +
        `if ${ELSEWHERE} is the right state folder now, rebuild the index from it with article-qa index --force.`,
    );
  });

  it('says the folder is not recorded when an earlier version built the index', () => {
    const error = new ArticleSourceConflictError('/srv/index', {
      recorded: undefined,
      current: ELSEWHERE,
      dropped: ['a'],
      gained: [],
    });
    expect(error.message).toContain(
      `The index in /srv/index was built by an earlier article-qa, which did not record the state folder its added articles come from, and this command's state folder ${ELSEWHERE} does not hold all of them: `,
    );
    expect(error.message).toContain("Run this command with the bot's state folder (ARTICLE_QA_STATE_DIR)");
  });
});
