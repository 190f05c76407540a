import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from './answer-resources.js';
import { askedSpeaker, namesSpeaker, speakerNamed } from './speaker-evidence.js';
import { profileText } from './text-profile.js';

const lexicon = await loadLexicon(fileURLToPath(new URL('../../../embeddings/models', import.meta.url)));

describe('askedSpeaker', () => {
  it('reads who is asked about when a question asks what someone said, thought or answered', () => {
    expect(askedSpeaker('What did Ryabkov say about the differences?')).toEqual(['ryabkov']);
    expect(askedSpeaker('what did the pakistani army say about the lahore attack')).toEqual(['pakistani', 'armi']);
    expect(askedSpeaker('What has the FBI said about the disappearance?')).toEqual(['fbi']);
    expect(askedSpeaker('how did Iran respond to the letter')).toEqual(['iran']);
    expect(askedSpeaker('what does the mayor think should be done')).toEqual(['mayor']);
    expect(askedSpeaker('What did Dietmar Hamann call the incident?')).toEqual(['dietmar', 'hamann']);
  });

  it('asks nothing of a pronoun, of the article or its writer, or of questions about words', () => {
    expect(askedSpeaker('what did he say about it')).toBeUndefined();
    expect(askedSpeaker('what does the article say about georgia')).toBeUndefined();
    expect(askedSpeaker('what did the reporter think of them')).toBeUndefined();
    expect(askedSpeaker('What is the Rhine called in French?')).toBeUndefined();
    expect(askedSpeaker('what does NATO mean')).toBeUndefined();
    expect(askedSpeaker('who said the talks failed')).toBeUndefined();
  });
});

describe('namesSpeaker', () => {
  it('takes the speaker by stem or by a WordNet relative', () => {
    expect(namesSpeaker(['sherman'], profileText('Sherman called the conversation honest and frank.'), lexicon)).toBe(true);
    // "american" and "US" are one country: WordNet relates them.
    expect(namesSpeaker(['american'], profileText('The US cannot make decisions about Ukraine without Ukraine.'), lexicon)).toBe(true);
  });

  it('does not take a word above the speaker for the speaker', () => {
    // Obama is a president; "President Putin" still does not name him.
    expect(namesSpeaker(['obama'], profileText('President Putin aims to blackmail Western alliances.'), lexicon)).toBe(false);
    expect(namesSpeaker(['obama'], profileText('The talks lasted nearly eight hours.'), lexicon)).toBe(false);
  });
});

describe('speakerNamed', () => {
  it('counts a sentence that follows one naming the speaker, within its passage', () => {
    const sentences = [
      'Gen. Martin Dempsey expressed his condolences on Wednesday.',
      'He said the crash was a reminder of the risks.',
      'The search went on until dark.',
      'Rescuers found debris.',
    ].map(profileText);
    const dempsey = askedSpeaker('What did Gen. Martin Dempsey say about the crash?')?.slice(-1) ?? [];
    // Two passages: the first holds sentences 0–2, the second 3 alone.
    expect(speakerNamed(dempsey, sentences, [[0, 1, 2], [3]], lexicon)).toEqual([true, true, false, false]);
    // In another passage, sentence 1 follows nothing that names him.
    expect(speakerNamed(dempsey, sentences, [[0], [1, 2, 3]], lexicon)).toEqual([true, false, false, false]);
  });
});
