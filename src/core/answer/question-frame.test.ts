import { describe, expect, it } from 'vitest';
import {
  asksAboutTopic,
  asksWhetherMentioned,
  isBareTopic,
  expansionAsked,
  mentionedTopic,
  requestedTopic,
  withContractionsOpened,
  withoutChatClosings,
  withoutChatOpeners,
  withoutFrameWords,
  withoutRequestAround,
} from './question-frame.js';

describe('withoutFrameWords', () => {
  it('sets aside the article as the subject of a verb that only says it holds the answer', () => {
    expect(withoutFrameWords('What figure does the piece give for Russian troops massed near the Ukrainian border?')).toBe(
      'What figure for Russian troops massed near the Ukrainian border?',
    );
    expect(withoutFrameWords('What official titles does the piece give for the two delegation heads?')).toBe('What official titles for the two delegation heads?');
    expect(withoutFrameWords('which reason does the story state')).toBe('which reason');
    expect(withoutFrameWords('which reason does the story state?')).toBe('which reason?');
    // "what does the article say about X" names no thing asked for, and is read by its own rule.
    expect(withoutFrameWords('what does the article give')).toBe('what does the article give');
  });

  it('asks for the consequence of a condition without its "happen"', () => {
    expect(withoutFrameWords('what happens if russia invades?')).toBe('what if russia invades?');
    expect(withoutFrameWords('What would happen if NATO refused?')).toBe('What if NATO refused?');
    expect(withoutFrameWords("what's going to happen if the talks fail")).toBe('what if the talks fail');
    expect(withoutFrameWords('if russia invades, what happens?')).toBe('if russia invades, what?');
    expect(withoutFrameWords('if ukraine joins anyway, what happens next')).toBe('if ukraine joins anyway, what');
    // What happened asks for the event itself.
    expect(withoutFrameWords('what happened in geneva?')).toBe('what happened in geneva?');
    expect(withoutFrameWords('what happens to ukraine if russia invades')).toBe('what happens to ukraine if russia invades');
  });

  it('asks what an abbreviation stands for as what it is', () => {
    expect(withoutFrameWords('what does OSCE stand for?')).toBe('what is OSCE?');
    expect(withoutFrameWords('What do the letters OSCE stand for?')).toBe('what is OSCE?');
    expect(withoutFrameWords('what did SPECTRE originally stand for')).toBe('what is SPECTRE?');
    expect(withoutFrameWords("what's nato short for")).toBe('what is nato?');
    expect(withoutFrameWords('what is the full name of the OSCE?')).toBe('what is OSCE?');
    expect(withoutFrameWords('osce stands for what')).toBe('what is osce?');
    expect(withoutFrameWords('Pardon my ignorance, but what do the letters OSCE stand for?')).toBe('Pardon my ignorance, but what is OSCE?');
    // What someone stands for is no abbreviation's meaning, and is asked as written.
    expect(withoutFrameWords('what does the party stand for on taxes')).toBe('what does the party stand for on taxes');
    expect(withoutFrameWords('what does the ruling party stand for')).toBe('what does the ruling party stand for');
  });

  it('reads the abbreviation a question asks the full form of', () => {
    expect(expansionAsked('what does the acronym NATO actually stand for')).toBe('NATO');
    expect(expansionAsked('can you tell me what osce stands for?')).toBe('OSCE');
    expect(expansionAsked('What does B.I.C. stand for?')).toBe('BIC');
    // A word longer than an abbreviation, and any other question, ask no full form.
    expect(expansionAsked('what does the ruling party stand for')).toBeUndefined();
    expect(expansionAsked('what is nato')).toBeUndefined();
  });

  it('drops the kind word of "what kind of X" and its kin', () => {
    expect(withoutFrameWords('what kind of guarantees is russia after')).toBe(
      'what guarantees is russia after',
    );
    expect(withoutFrameWords('Which type of school was Parker Elementary?')).toBe(
      'Which school was Parker Elementary?',
    );
    expect(withoutFrameWords('what other sorts of weapons were discussed')).toBe(
      'what other weapons were discussed',
    );
    expect(withoutFrameWords('What forms of government did they have')).toBe('What government did they have');
  });

  it('drops "the name of" after what is / was', () => {
    expect(withoutFrameWords("What was the name of Beyoncé's first solo album?")).toBe(
      "What was Beyoncé's first solo album?",
    );
    expect(withoutFrameWords("what's the name of the russian negotiator")).toBe(
      "what's the russian negotiator",
    );
  });

  it('drops what a terse request, with no question word, closes on: its politeness, or a word for a list or more of it', () => {
    expect(withoutFrameWords("russia's demands please")).toBe("russia's demands");
    expect(withoutFrameWords('russias demands pls')).toBe('russias demands');
    expect(withoutFrameWords('russia demands list')).toBe('russia demands');
    expect(withoutFrameWords('osce meeting details?')).toBe('osce meeting?');
    // Never the whole request.
    expect(withoutFrameWords('details')).toBe('details');
    expect(withoutFrameWords('please')).toBe('please');
  });

  it('drops greetings, addressing and requests around a question', () => {
    expect(withoutFrameWords('can you tell me who led the russian delegation')).toBe(
      'who led the russian delegation',
    );
    expect(withoutFrameWords('hey bot, who led the russian delegation?')).toBe(
      'who led the russian delegation?',
    );
    expect(withoutFrameWords('Do you know where the talks were held?')).toBe('where the talks were held?');
    expect(withoutFrameWords('i want to know how many troops russia has')).toBe('how many troops russia has');
    expect(withoutFrameWords("I'm wondering why the talks failed")).toBe('why the talks failed');
    expect(withoutFrameWords("I'd like to know who the BBC journalist is")).toBe('who the BBC journalist is');
    expect(withoutFrameWords('please tell me when the talks began, thanks!')).toBe('when the talks began!');
    expect(withoutFrameWords('any idea what kind of guarantees russia wants')).toBe(
      'what guarantees russia wants',
    );
  });

  it('drops openers and requests before a yes/no question too', () => {
    expect(withoutFrameWords('so are they still talking')).toBe('are they still talking');
    expect(withoutFrameWords('hey bot, did russia invade?')).toBe('did russia invade?');
    expect(withoutFrameWords('ok is that true lol')).toBe('is that true');
    expect(withoutFrameWords("wait so didn't they agree on anything")).toBe("didn't they agree on anything");
    expect(withoutFrameWords('so is georgia mentioned')).toBe('georgia');
    // "can you …" asks the bot, not about the article: it stays as asked when nothing is left to strip.
    expect(withoutFrameWords('Can you give me the gist')).toBe('Can you give me the gist');
    expect(withoutFrameWords('Will aircraft be used in the search?')).toBe('Will aircraft be used in the search?');
    // A message that opens with neither a question word nor a verb keeps its opener.
    expect(withoutFrameWords('so the talks failed')).toBe('so the talks failed');
    // "and", "but" before a follow-up: a yes/no question still opens with its verb.
    expect(withoutFrameWords('hmm and does the us want limits on drills')).toBe('does the us want limits on drills');
    expect(withoutFrameWords('but did they agree?')).toBe('did they agree?');
    expect(withoutFrameWords('and who was there')).toBe('who was there');
    expect(withoutFrameWords('and the americans?')).toBe('and the americans?');
  });

  it('drops "or no", "or not" and "yes or no" after a yes/no question', () => {
    expect(withoutFrameWords('does the us want limits on drills or no')).toBe('does the us want limits on drills');
    expect(withoutFrameWords('is it true or not?')).toBe('is it true?');
    expect(withoutFrameWords('did they agree, yes or no?')).toBe('did they agree?');
    // A statement asked as a question is one too.
    expect(withoutFrameWords('and the us is leader of nato or no')).toBe('the us is leader of nato');
    // Not words that are the question.
    expect(withoutFrameWords('is that right')).toBe('is that right');
    expect(withoutFrameWords('why did they say no')).toBe('why did they say no');
    expect(withoutFrameWords('yes or no')).toBe('yes or no');
    expect(withoutFrameWords('america say yes or no?')).toBe('america say yes or no?');
  });

  it('reads a claim put up to be checked as the statement it checks', () => {
    expect(withoutFrameWords('true or false: the talks were in geneva')).toBe('the talks were in geneva');
    expect(withoutFrameWords('fact check: the talks lasted eight hours')).toBe('the talks lasted eight hours');
    expect(withoutFrameWords('is this true: the talks lasted eight hours')).toBe('the talks lasted eight hours');
    expect(withoutFrameWords('the talks were in geneva, true?')).toBe('the talks were in geneva?');
    expect(withoutFrameWords('the talks lasted 8 hours, is that right?')).toBe('the talks lasted 8 hours?');
    expect(withoutFrameWords('russia wants guarantees, right?')).toBe('russia wants guarantees?');
    expect(withoutFrameWords('did they meet in geneva, right?')).toBe('did they meet in geneva?');
    expect(withoutFrameWords('true or false: did they meet in geneva')).toBe('did they meet in geneva');
    // Not where the words are what is asked, nor without the mark that sets the claim apart.
    expect(withoutFrameWords('is this true')).toBe('is this true');
    expect(withoutFrameWords('is the us right')).toBe('is the us right');
    expect(withoutFrameWords('who has the right to decide')).toBe('who has the right to decide');
    expect(withoutFrameWords('true or false?')).toBe('true or false?');
    expect(withoutFrameWords('us right?')).toBe('us right?');
  });

  it('reads "is it true that …" and its kin as the claim they ask about', () => {
    expect(withoutFrameWords('is it true that the talks failed')).toBe('the talks failed');
    expect(withoutFrameWords("isn't it true the americans told russia no on ukraine joining nato?")).toBe(
      'the americans told russia no on ukraine joining nato?',
    );
    expect(withoutFrameWords('so is it really the case that russia has 100,000 troops there?')).toBe('russia has 100,000 troops there?');
    expect(withoutFrameWords('am i right in thinking the talks lasted eight hours')).toBe('the talks lasted eight hours');
    expect(withoutFrameWords('am i right that the talks lasted eight hours')).toBe('the talks lasted eight hours');
    expect(withoutFrameWords('was i wrong to think the talks failed?')).toBe('the talks failed?');
    expect(withoutFrameWords('would it be fair to say that neither side gave ground?')).toBe('neither side gave ground?');
    expect(withoutFrameWords('I thought the us and russia were still negotiating')).toBe('the us and russia were still negotiating');
    expect(withoutFrameWords('but i heard that sherman led the us side?')).toBe('sherman led the us side?');
    expect(withoutFrameWords('Confirm: the article puts the Russian troop figure at roughly 100,000 — is that right?')).toBe(
      'the Russian troop figure at roughly 100,000?',
    );
    expect(withoutFrameWords('can you confirm that russia has 100,000 troops at the border')).toBe('russia has 100,000 troops at the border');
    expect(withoutFrameWords('the talks lasted 8 hours - is that true?')).toBe('the talks lasted 8 hours?');
    // A request to confirm what is asked by a question word is that question.
    expect(withoutFrameWords('can you confirm who led the talks')).toBe('who led the talks');
    expect(withoutFrameWords('can you confirm?')).toBe('can you confirm?');
    // A claim of fewer than three words, or none, is left as written.
    expect(withoutFrameWords('is it true?')).toBe('is it true?');
    expect(withoutFrameWords('is it true that they met?')).toBe('is it true that they met?');
    // Not where "right" or "true" is what is asked about.
    expect(withoutFrameWords('is it right for nato to expand')).toBe('is it right for nato to expand');
    expect(withoutFrameWords('was the us right to reject the demands')).toBe('was the us right to reject the demands');
  });

  it('drops an imperative request for information, leaving what it asks about', () => {
    expect(withoutFrameWords('explain the three demands')).toBe('the three demands');
    expect(withoutFrameWords('can you explain why russia wants security guarantees?')).toBe(
      'why russia wants security guarantees?',
    );
    expect(withoutFrameWords('Describe how the talks ended')).toBe('how the talks ended');
    expect(withoutFrameWords('please explain to me what the osce is')).toBe('what the osce is');
    expect(withoutFrameWords('can you tell me about ryabkov')).toBe('ryabkov');
    expect(withoutFrameWords('tell me more about the sanctions, thanks')).toBe('the sanctions');
    expect(withoutFrameWords('give me some details on the osce')).toBe('the osce');
    expect(withoutFrameWords("give me a summary of russia's demands")).toBe("russia's demands");
    expect(withoutFrameWords('key points about the sanctions')).toBe('the sanctions');
    // Chat's "explain like I'm five".
    expect(withoutFrameWords('eli5 the nato thing')).toBe('the nato');
    expect(withoutFrameWords('can you give me the gist of what sherman said')).toBe('what sherman said');
    // Chat's "what's the deal with X" asks about X: "deal" is no content ("NATO is ready to deal with it" had come first).
    expect(withoutFrameWords("what's the deal with georgia")).toBe('georgia');
    expect(withoutFrameWords('whats up with the sanctions')).toBe('the sanctions');
    expect(withoutFrameWords('what is the situation with the troops at the border')).toBe('the troops at the border');
    expect(withoutFrameWords('what is the deal they offered')).toBe('what is the deal they offered');
    // Chat's "what's the tldr on X", "what's the rundown on X" ask about X too.
    expect(withoutFrameWords('whats the tldr on ryabkov')).toBe('ryabkov');
    expect(withoutFrameWords("what's the rundown on the sanctions")).toBe('the sanctions');
    expect(withoutFrameWords('what is the gist of what sherman said')).toBe('what sherman said');
    // A question about a summary keeps its question word.
    expect(withoutFrameWords('what is the summary of the talks')).toBe('what is the summary of the talks');
    expect(withoutFrameWords("hey bot, list russia's demands pls")).toBe("russia's demands");
    expect(withoutFrameWords('summarize what ryabkov said about the differences')).toBe(
      'what ryabkov said about the differences',
    );
    // Asked of the channel rather than the bot, and chat's other verbs for "explain".
    expect(withoutFrameWords('can someone sum up what russia is demanding from nato')).toBe(
      'what russia is demanding from nato',
    );
    expect(withoutFrameWords('could anybody please explain why nato said no')).toBe('why nato said no');
    expect(withoutFrameWords('can someone break down the three demands')).toBe('the three demands');
    expect(withoutFrameWords('walk me through what happened in geneva')).toBe('what happened in geneva');
    expect(withoutFrameWords('go over what sherman said')).toBe('what sherman said');
    // A yes/no question asked inside a request is read as the statement it asks about.
    for (const asked of [
      'does anyone know if the us will accept the demands',
      'can you tell me whether the us will accept the demands',
      'i wonder if the us will accept the demands',
      'any idea if the us will accept the demands or not',
    ])
      expect(withoutFrameWords(asked)).toBe('the us will accept the demands');
    // Not without a request before it, nor with too little after "if".
    expect(withoutFrameWords('if the us accepts, what then')).toBe('if the us accepts, what then');
    expect(withoutFrameWords('does anyone know if so')).toBe('does anyone know if so');
    // A yes/no question about someone keeps its verb: only a request is taken off.
    expect(withoutFrameWords('can someone join nato without a vote')).toBe('can someone join nato without a vote');
  });

  it('drops the lead-ins and closings chat puts around a question', () => {
    for (const asked of [
      'just curious, who led the us side',
      'real quick, who led the us side',
      'quick q: who led the us side',
      'question: who led the us side',
      'i have a question, who led the us side',
      'lemme ask, who led the us side',
      'can someone tell me who led the us side',
      'anyone know who led the us side',
      'any clue who led the us side',
      'could you let me know who led the us side',
      'so like who led the us side',
      'per the article, who led the us side',
      'who led the us side btw',
      'who led the us side, if you know',
      'who led the us side exactly',
      'who led the us side anyway',
      'who led the us side i think',
      'who led the us side pls explain',
      'who led the us side in a few words',
      'can i ask who led the us side',
      'may i ask you, who led the us side',
      'does anyone remember who led the us side',
      'do you recall who led the us side',
      "i'm trying to figure out who led the us side",
      'im just trying to understand who led the us side',
      'what i want to know is who led the us side',
      'who led the us side, anyone',
      'who led the us side, anybody',
      'who led the us side, asking for a friend',
      'who led the us side just wondering',
      'do you happen to know who led the us side',
      'would anyone happen to know who led the us side',
      "i'm a bit confused about who led the us side",
      'im not sure who led the us side',
      'who led the us side, do you know',
      'who led the us side, anyone know',
      'who led the us side, can you tell me',
      'who led the us side, i forgot',
      'who led the us side, remind me',
      'who led the us side, any idea',
      'who led the us side thx in advance',
      'never mind, who led the us side',
      'honest question, who led the us side',
      'stupid question but who led the us side',
      'out of interest, who led the us side',
      "i'm new here, who led the us side",
      'nvm who led the us side',
      'need to know who led the us side',
      'can you check who led the us side',
      'check for me who led the us side',
      'does the article say who led the us side',
      'does it mention who led the us side',
      'who led the us side tho',
      'who led the us side again',
      'who led the us side in detail',
      'who led the us side, quickly',
      'who led the us side according to you',
      'who led the us side in one word',
      "who led the us side if that's in there",
      'who led the us side if it says',
      'who led the us side, im curious',
      'who led the us side please and thank you',
      'who led the us side no cap',
      'who led the us side for my essay',
      'who led the us side, for a quiz answer key',
      'who led the us side for our debate club',
      'who led the us side, right',
      'who led the us side, is that right',
      'who led the us side, you think',
      'who led the us side, do you think',
      'who led the us side roughly',
      'who led the us side approximately',
      'who led the us side more or less',
      'who led the us side in short',
      'who led the us side in a nutshell',
      'one more: who led the us side',
      'one more question, who led the us side',
      'interesting, who led the us side',
      'thanks! who led the us side',
      'got it. who led the us side',
      'cool, who led the us side',
      'hold on, who led the us side',
      'ohh who led the us side',
      'omg who led the us side',
      'follow up: who led the us side',
    ])
      expect(withoutFrameWords(asked)).toBe('who led the us side');
    // A request after the question mark goes, and the mark stays.
    expect(withoutFrameWords('who led the us side? do u know')).toBe('who led the us side?');
    // Words that are the question stay.
    for (const asked of [
      'what is a question',
      'is the question answered',
      'question',
      'who knows',
      'what did people like about it',
      'what did sherman explain',
      // "anyone" as what is asked about, not the people addressed.
      'does russia trust anyone',
      'who remembers the cold war',
      'what is ryabkov trying to understand',
      // Without a comma, a closing "do you know" or "remind me" is what is asked.
      'what do you know',
      'what does anyone know',
      // Without a comma, "quickly" may be what is asked.
      'how quickly did russia move troops',
      'what does the talks remind me of',
      // A request to check or to say is taken off only before a question word.
      'check the dates',
      'does the article say that russia invaded',
      // Without a mark after it, a reaction word may be what is asked about.
      'interesting facts about geneva',
      'one more time',
      // Without a comma, "right" and "you think" may be what is asked.
      'who is right',
      'what do you think',
      'why do you think',
    ])
      expect(withoutFrameWords(asked)).toBe(asked);
  });

  it('takes chat openers and closings off a message whatever is left, so long as a word is', () => {
    expect(withoutChatOpeners('wait, why?')).toBe('why?');
    expect(withoutChatOpeners('interesting, and when')).toBe('when');
    expect(withoutChatOpeners('hey bot, and russia?', (opening) => /^and\b/.test(opening))).toBe('and russia?');
    expect(withoutChatOpeners('lol')).toBe('lol');
    expect(withoutChatClosings('and when lol')).toBe('and when');
    expect(withoutChatClosings('why tho?')).toBe('why?');
    expect(withoutChatClosings('and russia then?')).toBe('and russia?');
    expect(withoutChatClosings('will they meet again?')).toBe('will they meet again?');
    expect(withoutChatClosings('thanks')).toBe('thanks');
  });

  it("drops chat's asides and the people addressed around a question", () => {
    expect(withoutFrameWords('ngl what does russia want')).toBe('what does russia want');
    expect(withoutFrameWords('guys, who led the us side tbh?')).toBe('who led the us side?');
    expect(withoutFrameWords('bro did they agree on anything fr')).toBe('did they agree on anything');
    // Not a word of the question.
    expect(withoutFrameWords('who are the guys who arrested him')).toBe('who are the guys who arrested him');
  });

  it('drops formal requests around a question', () => {
    const asked: Array<[string, string]> = [
      ['Could you kindly tell me in which city the delegations met?', 'in which city the delegations met?'],
      ['Would you be so kind as to explain how long the discussions went on?', 'how long the discussions?'],
      ['Might you tell me approximately how many soldiers Russia has gathered?', 'approximately how many soldiers Russia has gathered?'],
      ['Could you please inform me who led the Russian delegation?', 'who led the Russian delegation?'],
      ['I should very much like to know who headed the American side.', 'who headed the American side.'],
      ['I would be most grateful if you could tell me with which organisations Russia is to meet.', 'with which organisations Russia is to meet.'],
      ['I wonder whether you might tell me how Sherman described the talks.', 'how Sherman described the talks.'],
      ['Could you tell me, please, which other republic Russia does not wish to see join NATO?', 'which other republic Russia does not wish to see join NATO?'],
      // A yes/no question asked inside the request is the claim it asks about.
      ['I would appreciate knowing whether the Russian government admits any plan to invade.', 'the Russian government admits any plan to invade.'],
      ['would be great if someone could remind me when moscow first sent its proposal', 'when moscow first sent its proposal'],
      ["It'd be really helpful if you could tell me who led the talks?", 'who led the talks?'],
    ];
    for (const [question, expected] of asked) expect(withoutFrameWords(question), question).toBe(expected);
    // Not a request: the words are the question.
    expect(withoutFrameWords('would you like to know more')).toBe('would you like to know more');
    expect(withoutFrameWords('what would russia like to know')).toBe('what would russia like to know');
  });

  it('drops chat openers, laughter and links around a question', () => {
    expect(withoutFrameWords('ok different question, how many troops does russia have')).toBe('how many troops does russia have');
    // Openers that leave the conversation's topic.
    expect(withoutFrameWords('unrelated but who is ryabkov')).toBe('who is ryabkov');
    expect(withoutFrameWords('new topic - how many troops does russia have')).toBe('how many troops does russia have');
    expect(withoutFrameWords('off-topic, who is ryabkov')).toBe('who is ryabkov');
    expect(withoutFrameWords('changing the subject: who is ryabkov')).toBe('who is ryabkov');
    expect(withoutFrameWords('side question: who is ryabkov')).toBe('who is ryabkov');
    expect(withoutFrameWords('on a side note, who is ryabkov')).toBe('who is ryabkov');
    expect(withoutFrameWords('wait so what is the osce')).toBe('what is the osce');
    expect(withoutFrameWords('actually, who is ryabkov')).toBe('who is ryabkov');
    expect(withoutFrameWords('sorry, what did sherman say')).toBe('what did sherman say');
    expect(withoutFrameWords('lmaooo who is ryabkov')).toBe('who is ryabkov');
    expect(withoutFrameWords("who's sherman lol")).toBe("who's sherman");
    expect(withoutFrameWords('who led the us delegation? thanks in advance')).toBe('who led the us delegation?');
    expect(withoutFrameWords('who led the us delegation? https://www.aljazeera.com/news/2022/1/10/us-russia')).toBe('who led the us delegation?');
    expect(withoutFrameWords('<https://example.com/story> who led the us delegation')).toBe('who led the us delegation');
    expect(withoutFrameWords('what does [this report](https://example.com/a) say about georgia')).toBe('what does this report say about georgia');
    expect(withoutFrameWords('https://example.com/a')).toBe('https://example.com/a');
  });

  it('drops hedges and intensifiers anywhere in a question, but not one that is the whole message', () => {
    expect(withoutFrameWords('what does russia actually want')).toBe('what does russia want');
    expect(withoutFrameWords('what exactly did ryabkov say?')).toBe('what did ryabkov say?');
    expect(withoutFrameWords('honestly, what does russia want')).toBe('what does russia want');
    expect(withoutFrameWords('did the talks really fail')).toBe('did the talks fail');
    expect(withoutFrameWords('is china actually mentioned?')).toBe('china');
    expect(withoutFrameWords('really?')).toBe('really?');
    // A word that only holds one is left alone.
    expect(withoutFrameWords('what is the reality on the ground')).toBe('what is the reality on the ground');
  });

  it('asks "does the article mention X" or "is X mentioned" as X itself', () => {
    expect(withoutFrameWords('does the article mention china?')).toBe('china');
    expect(withoutFrameWords('is china mentioned?')).toBe('china');
    expect(withoutFrameWords('is the EU mentioned in the article')).toBe('the EU');
    expect(withoutFrameWords('was Crimea discussed?')).toBe('Crimea');
    expect(withoutFrameWords('does it talk about crimea')).toBe('crimea');
    expect(withoutFrameWords('is there anything about sanctions in the story?')).toBe('sanctions');
    expect(withoutFrameWords('who is mentioned in the article')).toBe('who is mentioned in the article');
    expect(withoutFrameWords('what did ryabkov mention')).toBe('what did ryabkov mention');
  });

  it('keeps a request that asks nothing, and words that are the question', () => {
    // A request around a yes/no question is taken off, the question read as the statement it asks about.
    expect(withoutFrameWords('do you know if the talks failed')).toBe('the talks failed');
    expect(withoutFrameWords('explain')).toBe('explain');
    expect(withoutFrameWords('explaining the talks is hard?')).toBe('explaining the talks is hard?');
    expect(withoutFrameWords('who described the talks as frank')).toBe('who described the talks as frank');
    expect(withoutFrameWords('who told the press the talks failed')).toBe(
      'who told the press the talks failed',
    );
    expect(withoutFrameWords('how did they show their support')).toBe('how did they show their support');
    // What something was for is the question when it is not the member's own ("the", not "my").
    expect(withoutFrameWords('what did the ministry pay for the report')).toBe('what did the ministry pay for the report');
    expect(withoutFrameWords('what did the ministry pay for a report')).toBe('what did the ministry pay for a report');
  });

  it('drops "take place", "happen" and "occur" from a question of when or where, when words are left', () => {
    expect(withoutFrameWords('When did the talks take place?')).toBe('When did the talks?');
    expect(withoutFrameWords('where did the meeting happen')).toBe('where did the meeting');
    expect(withoutFrameWords('what day did the first meeting happen')).toBe('what day did the first meeting');
    expect(withoutFrameWords('at what time did the diplomacy take place')).toBe('at what time did the diplomacy');
    // The event itself is asked for, or nothing would be left but "it".
    expect(withoutFrameWords('what happened in geneva')).toBe('what happened in geneva');
    expect(withoutFrameWords('when did it happen')).toBe('when did it happen');
    expect(withoutFrameWords('why did the war happen')).toBe('why did the war happen');
    // "place" as a noun stays.
    expect(withoutFrameWords('where is the place of the talks')).toBe('where is the place of the talks');
  });

  it('drops "go on (for)" and "drag on" after "how long", but not "last" or "take"', () => {
    expect(withoutFrameWords('How long did the meeting go on for?')).toBe('How long did the meeting?');
    expect(withoutFrameWords('how long did the talks drag on')).toBe('how long did the talks');
    expect(withoutFrameWords('how long did the geneva talks go for')).toBe('how long did the geneva talks');
    expect(withoutFrameWords('how long did the talks last')).toBe('how long did the talks last');
    expect(withoutFrameWords('how long did the trip take')).toBe('how long did the trip take');
    // Nothing but a pronoun would be left: "last", the word an answer repeats.
    expect(withoutFrameWords('how long did it go on for')).toBe('how long did it last');
    expect(withoutFrameWords('how long did they drag on?')).toBe('how long did they last?');
    expect(withoutFrameWords('what went on for hours')).toBe('what went on for hours');
  });

  it('drops the support verb "make" of a noun the question asks about, in the active only', () => {
    expect(withoutFrameWords('what demands did russia make')).toBe('what demands did russia');
    expect(withoutFrameWords('what kind of threat did washington make?')).toBe('what threat did washington?');
    expect(withoutFrameWords('what offer did the us make in geneva?')).toBe('what offer did the us in geneva?');
    expect(withoutFrameWords('how many demands has the kremlin made')).toBe('how many demands has the kremlin');
    // No noun to carry, a passive, "how much" (made is earned), or a verb with more after it.
    expect(withoutFrameWords('what did they make')).toBe('what did they make');
    expect(withoutFrameWords('which film was the most expensive ever made')).toBe('which film was the most expensive ever made');
    expect(withoutFrameWords('how much money did he make')).toBe('how much money did he make');
    expect(withoutFrameWords('what changes did the talks make possible')).toBe('what changes did the talks make possible');
    // After when, where or why, in the passive or before its noun.
    expect(withoutFrameWords('when were the demands made?')).toBe('when were the demands?');
    expect(withoutFrameWords('where was the final decision made')).toBe('where was the final decision');
    expect(withoutFrameWords('when did russia make its demands')).toBe('when did russia its demands');
    expect(withoutFrameWords('why did moscow make such big demands in december?')).toBe('why did moscow such big demands in december?');
    expect(withoutFrameWords('when was the film made')).toBe('when was the film made');
    expect(withoutFrameWords('when did toyota make its first car')).toBe('when did toyota make its first car');
    expect(withoutFrameWords('when did they make a decision possible')).toBe('when did they make a decision possible');
    // After the noun, with its maker in a relative clause or the passive.
    expect(withoutFrameWords('what were the three demands russia made')).toBe('what were the three demands russia');
    expect(withoutFrameWords('what were the demands made by russia in december?')).toBe('what were the demands by russia in december?');
    expect(withoutFrameWords('what offer that the us has made in geneva?')).toBe('what offer that the us in geneva?');
    // A verb phrase between is no maker, and "make" right after the noun no clause.
    expect(withoutFrameWords('What encoding decision needs to be made in order to determine it?')).toBe('What encoding decision needs to be made in order to determine it?');
    expect(withoutFrameWords('which demands make sense')).toBe('which demands make sense');
    expect(withoutFrameWords('who said the concessions the us made were enough')).toBe('who said the concessions the us made were enough');
    expect(withoutFrameWords('the cars toyota made')).toBe('the cars toyota made');
    // With a noun for what is made, "make" says what the question asks.
    expect(withoutFrameWords('what cars does toyota make')).toBe('what cars does toyota make');
    expect(withoutFrameWords('what type of sound does a rooster make?')).toBe('what sound does a rooster make?');
  });

  it('reads a headline-terse request for a length or a start time as the question it stands for', () => {
    expect(withoutFrameWords('length of meeting')).toBe('how long was the meeting?');
    expect(withoutFrameWords('meeting length')).toBe('how long was the meeting?');
    expect(withoutFrameWords('duration of the geneva talks?')).toBe('how long was the geneva talks?');
    expect(withoutFrameWords('start time geneva talks')).toBe('what time did the geneva talks start?');
    expect(withoutFrameWords('geneva talks start time')).toBe('what time did the geneva talks start?');
    expect(withoutFrameWords('meeting location')).toBe('where was the meeting?');
    expect(withoutFrameWords('venue of the talks?')).toBe('where was the talks?');
    expect(withoutFrameWords('proposal date')).toBe('when was the proposal?');
    expect(withoutFrameWords('date of the first meeting')).toBe('when was the first meeting?');
    // A question word, or more words than a headline, leaves it alone.
    expect(withoutFrameWords('what is the length of the nile')).toBe('what is the length of the nile');
    expect(withoutFrameWords('the talks went on for a length of time that surprised everyone who was there')).toBe(
      'the talks went on for a length of time that surprised everyone who was there',
    );
  });

  it('drops "in this article", "according to the story" and their kin, where the article is where to look', () => {
    expect(withoutFrameWords('What is the name of the NATO boss in this article?')).toBe('What is the NATO boss?');
    expect(withoutFrameWords('Who is the president of US in the article?')).toBe('Who is the president of US?');
    expect(withoutFrameWords('according to the article, who led the us side')).toBe('who led the us side');
    expect(withoutFrameWords('in the text, how many troops are near ukraine')).toBe('how many troops are near ukraine');
    expect(withoutFrameWords('what does russia, according to the story, want')).toBe('what does russia want');
    expect(withoutFrameWords('who led the us side (from the article)?')).toBe('who led the us side?');
    expect(withoutFrameWords('what does russia ( in this story ) want')).toBe('what does russia want');
    expect(withoutFrameWords('What does the abbreviation OSCE stand for, as given in the text?')).toBe('what is OSCE?');
    expect(withoutFrameWords('who led the us side, as stated in the article?')).toBe('who led the us side?');
    // A text of something is asked about; the article as the thing asked about stays; nothing left to ask keeps it all.
    expect(withoutFrameWords('what is in the text of the treaty')).toBe('what is in the text of the treaty');
    expect(withoutFrameWords('who wrote the article')).toBe('who wrote the article');
    expect(withoutFrameWords('who is in the article')).toBe('who is in the article');
    // A question that names no document is left exactly as written.
    expect(withoutFrameWords('what is a .PAC file ?')).toBe('what is a .PAC file ?');
    expect(withoutFrameWords('what was said in the articles')).toBe('what was said in the articles');
    expect(withoutFrameWords('which countries are named in this article')).toBe('which countries are named');
  });

  it('drops "thing" and "stuff" after the words that name a topic', () => {
    expect(withoutFrameWords("what's the sanctions thing about")).toBe("what's the sanctions about");
    expect(withoutFrameWords('did biden accept the red line thing')).toBe('did biden accept the red line');
    expect(withoutFrameWords('why will nato say no on the membership stuff')).toBe('why will nato say no on the membership');
    expect(withoutFrameWords('what was tammy doing when the road rage thing started')).toBe(
      'what was tammy doing when the road rage started',
    );
    // With a request or a hedge before it, as members write.
    expect(withoutFrameWords('ok so when did the geneva thing actually happen')).toBe('when did the geneva');
  });

  it('keeps "thing" when it is counted, ordered or ranked, or stands alone', () => {
    for (const question of [
      'what two things does she come up with for producers',
      'what are the ten things god cursed pharaoh with',
      'what was the first thing they agreed on',
      'what did she describe as the hardest thing she had to endure',
      'what is the best thing about it',
      'what are the thing in a stapler',
      'what year did aerosmith i dont want to miss a thing',
      'what stuff does fatiya make',
      'is there any stuff about sanctions',
      'the thing',
    ])
      expect(withoutFrameWords(question)).toBe(question);
  });

  it('leaves questions about kinds, types and names themselves alone', () => {
    expect(withoutFrameWords('how many kinds of missiles are there')).toBe(
      'how many kinds of missiles are there',
    );
    expect(withoutFrameWords('where did she get her name from')).toBe('where did she get her name from');
    expect(withoutFrameWords('what type is it')).toBe('what type is it');
  });
});

describe('withContractionsOpened', () => {
  it("opens a question word's contracted verb, and nothing else", () => {
    expect(withContractionsOpened("who'd the us meet in geneva")).toBe('who did the us meet in geneva');
    expect(withContractionsOpened("What’re Russia's demands?")).toBe("What are Russia's demands?");
    expect(withContractionsOpened("how'll they decide, and who've they asked")).toBe('how will they decide, and who have they asked');
    expect(withContractionsOpened("who's ryabkov, and what'd he say")).toBe("who's ryabkov, and what did he say");
    expect(withContractionsOpened("they'd agreed")).toBe("they'd agreed");
  });
});

describe('mentionedTopic', () => {
  it('reads what the article is asked to say of a topic', () => {
    expect(mentionedTopic('does the article mention china?')).toBe('china');
    expect(mentionedTopic('is georgia mentioned')).toBe('georgia');
    expect(mentionedTopic('How does Georgia come into this story?')).toBe('Georgia');
    expect(mentionedTopic('where does the osce fit in')).toBe('the osce');
    expect(mentionedTopic('what does georgia have to do with this')).toBe('georgia');
    expect(mentionedTopic("what's the bbc got to do with it?")).toBe('the bbc');
    expect(mentionedTopic('what role does tass play here')).toBe('tass');
    expect(asksWhetherMentioned('so how does georgia come into it?')).toBe(true);
    // Why it is in the story, which the sentences naming it say.
    expect(mentionedTopic('why is georgia even mentioned?')).toBe('georgia');
    expect(mentionedTopic('why does the article mention georgia')).toBe('georgia');
    expect(mentionedTopic('why does georgia keep coming up')).toBe('georgia');
    expect(mentionedTopic('why is nato in the article')).toBe('nato');
  });

  it('leaves a question about the role something plays in an event', () => {
    expect(mentionedTopic('what role does the us play in the talks')).toBeUndefined();
    expect(mentionedTopic('how did russia come into possession of crimea')).toBeUndefined();
    expect(mentionedTopic('why is russia in ukraine')).toBeUndefined();
    expect(mentionedTopic('why did russia mention nato')).toBeUndefined();
  });
});

describe('requestedTopic and withoutRequestAround', () => {
  it('reads the topic a request names, and no question as one', () => {
    expect(requestedTopic('can you tell me about ryabkov')).toBe('ryabkov');
    expect(requestedTopic('explain the three demands pls')).toBe('the three demands');
    expect(requestedTopic('walk me through the talks?')).toBe('the talks');
    expect(requestedTopic('explain why russia wants guarantees')).toBeUndefined();
    expect(requestedTopic('what about ryabkov')).toBeUndefined();
    expect(requestedTopic('who led the us side')).toBeUndefined();
  });

  it('takes the request off a question and leaves the rest of its frame', () => {
    expect(withoutRequestAround('Walk me through what happened on January 10')).toBe('what happened on January 10');
    expect(withoutRequestAround('what kind of weapons are meant')).toBe('what kind of weapons are meant');
    expect(withoutRequestAround('explain')).toBe('explain');
  });
});

describe('a job asked by its noun', () => {
  it('is asked as who the person is: an article gives the title beside the name, never "job"', () => {
    expect(withoutFrameWords("what's ryabkov's job")).toBe('who is ryabkov?');
    expect(withoutFrameWords('What was Peter Stuyvesant\'s title?')).toBe('who was Peter Stuyvesant?');
    expect(withoutFrameWords('whats ryabkovs actual job title')).toBe('who is ryabkov?');
    expect(withoutFrameWords("what's james' job")).toBe('who is james?');
    expect(withoutFrameWords('what title does ryabkov have')).toBe('who is ryabkov?');
  });

  it('leaves a stance, a role at something, a pronoun and a name that ends in "es"', () => {
    for (const question of ['what is the us position on ukraine', 'what was her role at the meeting', "what's his title", 'what is sherlock holmes job', "what was rousseff's job at petrobras"])
      expect(withoutFrameWords(question), question).toBe(question);
  });
});

describe('a terse yes/no question with its tail', () => {
  it('reads "any X or nah" as whether there is any X, and leaves two words that say too little', () => {
    expect(withoutFrameWords('any progress or nah')).toBe('any progress');
    expect(withoutFrameWords('any deal or no?')).toBe('any deal?');
    expect(withoutFrameWords('america say yes or no')).toBe('america say yes or no');
  });
});

describe('a topic named alone', () => {
  it('is a topic: a noun phrase of up to three words, with a closing "thing"', () => {
    for (const message of ['troops', 'the missiles thing', 'red lines?', 'georgia??', 'nord stream 2']) expect(isBareTopic(message), message).toBe(true);
    expect(asksWhetherMentioned('what does the article say about missiles')).toBe(true);
    expect(asksAboutTopic('tell me about the missiles thing')).toBe(true);
    expect(asksAboutTopic('wats osce')).toBe(false);
    expect(asksAboutTopic('whats the deal with georgia')).toBe(true);
  });

  it('is not a clause, a follow-up fragment, a pronoun, a kind of answer or a possessive', () => {
    for (const message of ['russia invaded', 'and nato?', 'the third?', 'her age', 'exact date?', "sherman's?", 'whos he again', 'they reach agreement?', 'who led it', 'any deal?'])
      expect(isBareTopic(message), message).toBe(false);
    // "what does it say on the doll" asks what is written on it.
    expect(asksWhetherMentioned('what does it say on the doll sgt. peppers')).toBe(false);
  });
});
