import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from './answer-resources.js';
import { askedSpeaker, asksOnlyWhatSaid, asksWhatSaidOnTheStory, namingTerms, speakerAsNamed, speakerNamed } from './speaker-evidence.js';
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
    // What someone makes of a thing is told by what they say; what they make, and how they feel, is not.
    expect(askedSpeaker("what did the bbc make of russia's demands")).toEqual(['bbc']);
    expect(askedSpeaker('what did russia make')).toBeUndefined();
    expect(askedSpeaker('how do us allies in europe feel about all this')).toBeUndefined();
  });

  it('reads the speaker of a question in the progressive', () => {
    expect(askedSpeaker("what's the nato chief saying")).toEqual(['nato', 'chief']);
    expect(askedSpeaker('what is ryabkov saying about the talks')).toEqual(['ryabkov']);
    expect(askedSpeaker('what are the russians claiming')).toEqual(['russian']);
    // What something is doing is no saying.
    expect(askedSpeaker("what's russia doing")).toBeUndefined();
  });

  it('reads the speaker of a noun for what was said, and of a yes/no question whether they said anything', () => {
    expect(askedSpeaker("what was ryabkov's take on how the talks went?")).toEqual(['ryabkov']);
    expect(askedSpeaker("what is russia's response to the offer")).toEqual(['russia']);
    expect(askedSpeaker('did sherman say anything about the troops at the border?')).toEqual(['sherman']);
    expect(askedSpeaker('has putin commented on this himself')).toEqual(['putin']);
    // A position or view is stated without anyone speaking, and a position may be a job.
    expect(askedSpeaker("what's his position")).toBeUndefined();
    expect(askedSpeaker("what is russia's position on nato")).toBeUndefined();
    // Saying something is not saying something about it.
    expect(askedSpeaker('did russia say no')).toBeUndefined();
  });

  it('reads the speaker of a question asked inside a request, as a clause', () => {
    expect(askedSpeaker("what Ukraine's government said about the Geneva talks")).toEqual(['ukrain', 'govern']);
    expect(askedSpeaker('how Biden responded to Russia\'s red lines.')).toEqual(['biden']);
    expect(askedSpeaker('what the Secretary General of NATO has said about the alliance')).toEqual(['secretari', 'gener', 'nato']);
    expect(askedSpeaker('what china thinks')).toEqual(['china']);
    // A what-question about who did something, a passive and a measure name no speaker.
    expect(askedSpeaker('What magazine said Beyoncé was the "best-dressed celebrity"?')).toBeUndefined();
    expect(askedSpeaker('What French composer wrote the original opera Carmen?')).toBeUndefined();
    expect(askedSpeaker('what is said about nato')).toBeUndefined();
    expect(askedSpeaker('how much water is the human body made of')).toBeUndefined();
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

describe('asksOnlyWhatSaid', () => {
  it('is true when a question asks what someone said and nothing more', () => {
    expect(asksOnlyWhatSaid('what did stoltenberg say')).toBe(true);
    expect(asksOnlyWhatSaid('how did the americans react?')).toBe(true);
    expect(asksOnlyWhatSaid('what did ryabkov say about the talks')).toBe(false);
    // What the story is itself about (fifty-fourth session); a topic of its own is more.
    expect(asksWhatSaidOnTheStory('what did ryabkov say about the talks')).toBe(true);
    expect(asksWhatSaidOnTheStory('what did sherman say about the meeting?')).toBe(true);
    expect(asksWhatSaidOnTheStory('what did ryabkov say about missiles')).toBe(false);
    expect(asksOnlyWhatSaid('when did the talks start')).toBe(false);
  });
});

describe('speakerAsNamed', () => {
  const sentences = [{ text: 'Even other diplomats believe that President Putin aims to blackmail the alliance.' }, { text: 'Washington and the Kremlin disagree.' }];

  it('names the speaker as the candidates write them inside a sentence, or a known name capitalised', () => {
    expect(speakerAsNamed('what did putin say after the talks', sentences)).toBe('Putin');
    expect(speakerAsNamed('what did the kremlin say', sentences)).toBe('the Kremlin');
    expect(speakerAsNamed('what did obama say about the talks', sentences)).toBe('Obama');
    expect(speakerAsNamed('did Blinken say anything about it', sentences)).toBe('Blinken');
    // What is said of the speaker is no part of their name.
    expect(speakerAsNamed('what did putin himself say after the meeting', sentences)).toBe('Putin');
    expect(speakerAsNamed('what did putin actually say', sentences)).toBe('Putin');
  });

  it('names no one a reply could not name: a lowercase word that is no known name, or no speaker at all', () => {
    expect(speakerAsNamed('did blinked say anything about the talks', sentences)).toBeUndefined();
    expect(speakerAsNamed('when did the talks start', sentences)).toBeUndefined();
  });
});

describe('namingTerms', () => {
  const written = (...texts: string[]) => texts.map((text) => ({ text }));

  it('names a speaker described by a name and a common noun by the name the candidates capitalise', () => {
    const sentences = written('But neither side has offered an option.', 'The head of the Russian delegation was Sergei Ryabkov.');
    expect(namingTerms(['russian', 'side'], sentences)).toEqual(['russian']);
  });

  it('keeps every term when none or all are written as names, or there is one', () => {
    expect(namingTerms(['american', 'negoti'], written('The US is conducting negotiations.'))).toEqual(['american', 'negoti']);
    expect(namingTerms(['pakistani', 'armi'], written('The Pakistani Army said the attack was planned.'))).toEqual(['pakistani', 'armi']);
    expect(namingTerms(['side'], written('Neither side moved.'))).toEqual(['side']);
  });
});

describe('speakerNamed', () => {
  it('counts a sentence that follows one naming the speaker, within its passage', () => {
    const sentences = [
      'Gen. Martin Dempsey expressed his condolences on Wednesday.',
      'He said the crash was a reminder of the risks.',
      'The search went on until dark.',
      'Rescuers found debris.',
    ].map((text) => ({ text, profile: profileText(text) }));
    const dempsey = askedSpeaker('What did Gen. Martin Dempsey say about the crash?')?.slice(-1) ?? [];
    // Two passages: the first holds sentences 0–2, the second 3 alone.
    expect(speakerNamed(dempsey, sentences, [[0, 1, 2], [3]], lexicon)).toEqual([true, true, false, false]);
    // In another passage, sentence 1 follows nothing that names him.
    expect(speakerNamed(dempsey, sentences, [[0], [1, 2, 3]], lexicon)).toEqual([true, false, false, false]);
  });
});

describe('speakerNamed: the speaker speaks, not only appears', () => {
  const passage = (...texts: string[]) => texts.map((text) => ({ text, profile: profileText(text) }));
  const named = (question: string, texts: string[]): boolean[] =>
    speakerNamed(askedSpeaker(question) ?? [], passage(...texts), [texts.map((_, index) => index)], lexicon);

  it("does not count a sentence that names the speaker as someone else's subject", () => {
    // The bundled article's sentence: the diplomats believe; Putin says nothing.
    expect(named('what did putin say', ['Even other diplomats believe that President Putin aims to blackmail Western alliances that are willing to lay the groundwork for avoiding war.'])).toEqual([false]);
    // A "by" after the name, far from it, is someone else's: the name is not what it follows.
    expect(named('what did putin say', ['Putin aims to blackmail Western alliances that are willing to lay the groundwork for peace, a plan long opposed by diplomats.'])).toEqual([false]);
    // Nor a sentence after it that speaks of others.
    expect(
      named('what did putin say', ['Even other diplomats believe that President Putin aims to blackmail Western alliances.', 'The US and NATO are likely to reject Russia\'s demands.']),
    ).toEqual([false, false]);
  });

  it('does not count a name before a verb of saying in the passive', () => {
    // The bundled article's sentence: the US delegation rejects; Ukraine and the Russian delegation say nothing in it.
    const rejected = 'The Russian delegation, which demanded that NATO not accept Ukraine as a member, was rejected by the US delegation.';
    expect(named("what did ukraine's government say", [rejected])).toEqual([false]);
    expect(named('what did the us delegation say', [rejected])).toEqual([true]);
    expect(named('what did the us say', ['Even so, the US is said to be conducting additional negotiations with Russia.'])).toEqual([false]);
    // In the active voice, the name before the verb speaks.
    expect(named('what did ukraine say', ['Ukraine rejected the proposal on Monday.'])).toEqual([true]);
  });

  it('takes the speaker by stem or by a WordNet relative, but not by a word above them', () => {
    // "american" and "US" are one country: WordNet relates them.
    expect(named('what did the americans say', ['The US said it cannot make decisions about Ukraine without Ukraine.'])).toEqual([true]);
    // Obama is a president; "President Putin" still does not name him.
    expect(named('what did obama say', ['President Putin said the talks were useful.'])).toEqual([false]);
  });

  it('does not take a compass word for the US, though WordNet files "the West" and "the North" as its regions', () => {
    const west = 'But neither side has offered the option of easing the stalemate over the buildup of Russian troops, which the West sees as a fundamental threat to European security.';
    expect(named('what did the us side say', [west])).toEqual([false]);
    // Named exactly, the West still speaks.
    expect(named('what does the west think of it', [west])).toEqual([true]);
    // Nor does "North Atlantic" tie Stoltenberg to the US, so that his words would be the US's.
    expect(named('what did the us say', ['Even so, NATO Secretary General Jens Stoltenberg insisted that the North Atlantic alliance was ready.'])).toEqual([false]);
  });

  it('takes a WordNet relative of the speaker only when the sentence writes it as a name', () => {
    // A rare sense relates "main" to the US (a river's name); the sentence's "main" is no name.
    expect(named('what did the us say back', ['There are three main demands the Kremlin put forward in the proposal submitted to the US.'])).toEqual([false]);
    // "American" is written as the name it is, and the American side speaks.
    expect(named('what did the us say', ['An American official said the door stays open.'])).toEqual([true]);
  });

  it('counts a verb of saying or thinking after the speaker, "according to" or "by" before, or a quotation', () => {
    expect(named('what did sherman say', ['According to the Associated Press, Wendy Sherman, head of the US delegation at the meeting in Geneva, told Russia that the door stays open.'])).toEqual([true]);
    expect(named('what did biden say', ['But President Biden rejected the red line claim.'])).toEqual([true]);
    expect(named('what do us officials think of the demands', ['The three demands were deemed unrealistic by some US officials.'])).toEqual([true]);
    expect(named('what did tass say', ['Reported by Tass, Sergei Ryabkov said the demands cannot be avoided.'])).toEqual([true]);
    expect(named('what does the west think of it', ['The buildup, which the West sees as a fundamental threat, went on.'])).toEqual([true]);
    // A relative clause with a subject of its own is someone else's saying or thinking.
    expect(named('what did the russians say', ['Neither side eased the buildup of Russian troops, which the West sees as a threat.'])).toEqual([false]);
    expect(named('what did the russians say', ['The Russian delegation, which demanded that NATO stay out, was rejected.'])).toEqual([true]);
    // Nor does whoever a quotation talks about, also in a sentence that ends a quotation opened before it.
    expect(named('what did the americans say', ['The US and Russia in some ways have opposing views on what needs to be done."'])).toEqual([false]);
    expect(named('what did nato say', ['Wendy Sherman told Russia that "we will not allow anyone to slam NATO\'s open-door policy."'])).toEqual([false]);
    expect(named('what did sherman say', ['Wendy Sherman told Russia that "we will not allow anyone to slam NATO\'s open-door policy."'])).toEqual([true]);
    // Who is spoken to does not speak, though the sentence quotes someone.
    expect(named('what does russia think', ['Wendy Sherman told Russia that "we will not allow anyone to slam the open door."'])).toEqual([false]);
    expect(named('what did russia say', ['The US told the Russians that "the door stays open," and Russia said it would reply.'])).toEqual([true]);
    // A stance in two words: "did not rule out", not the noun "rule".
    expect(named('what did stoltenberg say', ['But Stoltenberg did not rule out dialogue through diplomacy to prevent this.'])).toEqual([true]);
    expect(named('what did stoltenberg say', ['Stoltenberg follows the rule of the alliance.'])).toEqual([false]);
    expect(named('what did the lawyer say', ['According to Hulya Gulbahar, a Turkish activist and women\'s rights lawyer, laws are irregularly applied.'])).toEqual([true]);
  });

  it('counts the name a sentence opens with as whose view it gives ("For Moscow, …"), and only there', () => {
    expect(named('what does moscow call ukraine and georgia', ['For Moscow, Ukraine or Georgia are red lines that the US should not cross.'])).toEqual([true]);
    expect(named('what does the kremlin think', ['For the Kremlin, the talks are a test.'])).toEqual([true]);
    // "for" with no comma after the name, or later in the sentence, is no view.
    expect(named('what did moscow say', ['For Moscow the talks began on Monday and lasted long.'])).toEqual([false]);
    expect(named('what did moscow say', ['The talks were a test for Moscow, which had sent troops.'])).toEqual([false]);
  });

  it('goes on through a pronoun that speaks and a quotation of several sentences', () => {
    expect(
      named('what did herzog say about iran', [
        'Herzog, in a speech, promised to work with the United States.',
        'He echoed that sentiment in an interview with CNN.',
        '"A nuclear-armed Iran is dangerous to world peace.',
        'As leader of Israel, I will never accept a nuclear-armed Iran."',
        'Voters go to the polls on Tuesday.',
      ]),
    ).toEqual([true, true, true, true, false]);
  });

  it('does not go on from a quotation left open by a sentence the candidates leave out', () => {
    const opened = 'Sherman said "we will not allow anyone to slam the door.';
    const at = (text: string, start: number) => ({ text, profile: profileText(text), start, end: start + text.length });
    const speaker = askedSpeaker('what did sherman say') ?? [];
    // Right after it, the quotation goes on: her words.
    expect(speakerNamed(speaker, [at(opened, 0), at('The door stays open."', opened.length + 1)], [[0, 1]], lexicon)).toEqual([true, true]);
    // Further on, with the sentence that closed it left out, it is not.
    expect(speakerNamed(speaker, [at(opened, 0), at('Russia wants guarantees.', opened.length + 200)], [[0, 1]], lexicon)).toEqual([true, false]);
  });

  it('goes on through "according to him" after a sentence in which the speaker speaks, and only there', () => {
    const sherman = 'According to the Associated Press, Wendy Sherman told Russia that the door stays open.';
    const him = 'According to him, the US cannot make decisions about Ukraine without Ukraine.';
    expect(named('what did sherman say about decisions on ukraine', [sherman, him])).toEqual([true, true]);
    expect(named('what did sherman say about decisions on ukraine', ['The talks lasted nearly eight hours.', him])).toEqual([false, false]);
    // "according to" a name is that person's report, not the one before's.
    expect(named('what did sherman say', [sherman, 'According to Ryabkov, the demands cannot be avoided.'])).toEqual([true, false]);
    // Nor does it go on from a sentence that only names the side, inside another's quotation.
    const quoting = 'Wendy Sherman, head of the US delegation, told Russia that "we will not allow anyone to slam NATO\'s open-door policy".';
    expect(named('what did nato say', [quoting, him])).toEqual([false, false]);
  });

  it('does not take a member with a voice of its own for the body it belongs to, and takes a part without one for the whole', () => {
    const sherman = 'Wendy Sherman, head of the US delegation, said the US would not budge.';
    expect(named('what did nato say', [sherman])).toEqual([false]);
    expect(named('what did the us say', [sherman])).toEqual([true]);
    expect(named('what did russia say', ['For Moscow, Ukraine or Georgia are red lines.'])).toEqual([true]);
  });
});
