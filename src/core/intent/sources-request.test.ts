import { describe, expect, it } from 'vitest';
import { detectIntent } from './intent.js';
import { asksForSources } from './sources-request.js';

describe('asksForSources', () => {
  it('hears a request for the article’s sources however it is put', () => {
    for (const message of [
      'which news outlets does the article cite',
      'which news outlets does the piece rely on for its quotes?',
      'Which news outlets does the article cite?',
      'what are the sources',
      'what are the sources the article cites',
      'what are the outlets that it quotes',
      'what are the article’s sources?',
      'sources?',
      'who are the sources for this article',
      'what sources does it use',
      'who does the article quote',
      'what sources are cited in the article',
      'where does the article get its information from?',
      'where did they get this info',
      "where's this info from",
      'where does this information come from?',
      'does the article cite any sources?',
      'hey bot, what media outlets does the story mention',
      'can you tell me what the sources are',
      'list the sources please',
      // Wording classes found by a helper session's probe of 63 requests written blind (59 now heard).
      'can you tell me where this info comes from',
      'does the story say where its info comes from',
      'where does the reporting come from',
      'where does the info in the article come from',
      'where did they get this from lol',
      'where did the article find this information',
      'what outlets is this based on',
      'what is this article based on',
      "what's the source of this info",
      'can you list the outlets the article cites',
      'what does the article cite as sources',
      'which newspapers are mentioned as sources',
      'which agencies does the article quote',
      'any sources?',
      // After an opener that sets the question apart.
      'side question: which news agencies does the article cite?',
      'unrelated but what are the sources',
      'which news sites did this article get its stuff from lol 📰',
      'what outlets did they take their info from',
      'cite your sources lol',
      // And the classes a second blind probe (50 requests) missed: 30 heard before, 44 after.
      'i wanna know the sources',
      'list the sources mentioned in the article',
      'is there a source for any of this',
      'got a source for that?',
      "what's the source on this lol",
      "yo where'd they get this info from",
      "hey bot, where's the article getting all this from",
      'where did u get this from',
      'who are they citing',
      'name the sources pls',
      'Which sources is this article based on?',
      'what agencies are cited',
      'what outlets does the article mention as sources',
      // A third blind probe's (forty-seventh session): news sites, and "in this thing" after it.
      'which news sites did they quote in this thing',
      'what news sites are cited',
      'which websites does the article cite',
    ]) {
      expect(asksForSources(message), message).toBe(true);
    }
  });

  it('leaves questions about what the article reports alone', () => {
    for (const message of [
      'who reported that ryabkov said it',
      'which outlet reported it',
      'what did the sources say about the troops',
      'according to who',
      'where did the talks take place',
      'who led the russian delegation',
      'what is the source of the tension',
      'what are the sources of tension',
      'which government agencies are mentioned',
      'which agencies are mentioned in the article',
      'where did they get the tanks from',
      'where does russia get its gas from',
      'what is the deal based on',
      'what papers were signed',
      'tell me where the talks were',
      'does the article say where the talks were',
      'who reported the first case',
      'what law did the judge cite',
      'is there a source of funding for the project',
      'which sites were hit',
      'which websites were blocked in russia',
    ]) {
      expect(asksForSources(message), message).toBe(false);
    }
  });

  it('makes such a message a sources request, not a question', () => {
    expect(detectIntent('which news outlets does the article cite?')).toBe('sources');
    expect(detectIntent('who reported that')).toBe('question');
  });
});
