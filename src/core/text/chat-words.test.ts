import { describe, expect, it } from 'vitest';
import { hasEmojiShortcode, withChatWordsSpelledOut, withoutEmojiShortcodes } from './chat-words.js';

const never = (): boolean => false;

describe('chat shorthand', () => {
  it('is written out: "ppl" is people, "wat" what, "b4" before', () => {
    expect(withChatWordsSpelledOut('how many ppl showed up b4 the talks', never)).toBe('how many people showed up before the talks');
    expect(withChatWordsSpelledOut('wat did the govt say abt it', never)).toBe('what did the government say about it');
    expect(withChatWordsSpelledOut('Wat happened?', never)).toBe('What happened?');
    expect(withChatWordsSpelledOut('wat r the nxt stages of the mtg', never)).toBe('what r the next stages of the meeting');
    expect(withChatWordsSpelledOut('who wz the gov rep, did they say smth tmrw', never)).toBe('who was the government rep, did they say something tomorrow');
    expect(withChatWordsSpelledOut('hw long did the talks go, r there more mtgs, wen', never)).toBe('how long did the talks go, r there more meetings, when');
    expect(withChatWordsSpelledOut('who led rus delegation, how many troops near ukr', never)).toBe('who led russia delegation, how many troops near ukraine');
    // Words of three letters the slip mender leaves alone.
    expect(withChatWordsSpelledOut('ryabkov sed wat exactly', never)).toBe('ryabkov said what exactly');
    expect(withChatWordsSpelledOut('who dat', never)).toBe('who that');
    expect(withChatWordsSpelledOut('wot did he say', never)).toBe('what did he say');
    expect(withChatWordsSpelledOut('is russia gonna invade', never)).toBe('is russia going to invade');
    // "wanna" stays: a song title holds it ("i wanna hold your hand").
    expect(withChatWordsSpelledOut('i wanna hold your hand', never)).toBe('i wanna hold your hand');
    expect(withChatWordsSpelledOut('how many troops does russia hav', never)).toBe('how many troops does russia have');
  });

  it('reads "dose" as "does" where only the verb can stand', () => {
    expect(withChatWordsSpelledOut('what dose sherman mean by that', never)).toBe('what does sherman mean by that');
    expect(withChatWordsSpelledOut('Dose russia want war', never)).toBe('Does russia want war');
    expect(withChatWordsSpelledOut('how dose it end', never)).toBe('how does it end');
    expect(withChatWordsSpelledOut('what was the dose of the vaccine', never)).toBe('what was the dose of the vaccine');
    expect(withChatWordsSpelledOut('a dose', never)).toBe('a dose');
  });

  it('writes out shorthand with a slash: "w/o" without, "w/" with, "b/c" because', () => {
    expect(withChatWordsSpelledOut('making calls about ukraine w/o ukraine in the room', never)).toBe('making calls about ukraine without ukraine in the room');
    expect(withChatWordsSpelledOut('did sherman meet w/ ryabkov b/c of nato', never)).toBe('did sherman meet with ryabkov because of nato');
    // Not inside a path, a date or a word, and "w/" only before a word.
    expect(withChatWordsSpelledOut('what is in /w/o/ or a w/o2 or rw/o', never)).toBe('what is in /w/o/ or a w/o2 or rw/o');
    expect(withChatWordsSpelledOut('is it w/', never)).toBe('is it w/');
  });

  it('leaves whole words alone, and shorthand inside other words, and writes out one before an apostrophe', () => {
    expect(withChatWordsSpelledOut('what happened at the watershed', never)).toBe('what happened at the watershed');
    expect(withChatWordsSpelledOut("how did u and r react", never)).toBe('how did u and r react');
    expect(withChatWordsSpelledOut("wat's ppl's view", never)).toBe("what's people's view");
    expect(withChatWordsSpelledOut("o'wat", never)).toBe("o'wat");
  });

  it('keeps a word the corpus itself uses, and a word in capitals', () => {
    expect(withChatWordsSpelledOut('who won the ppl title', (word) => word === 'ppl')).toBe('who won the ppl title');
    expect(withChatWordsSpelledOut('what is the PPL', never)).toBe('what is the PPL');
    expect(withChatWordsSpelledOut('what did premier wen say', (word) => word === 'wen')).toBe('what did premier wen say');
    expect(withChatWordsSpelledOut('who ruled kievan rus', (word) => word === 'rus')).toBe('who ruled kievan rus');
  });
});

describe('emoji shortcodes', () => {
  it('are left out, as emoji are: they carry no words the article could hold', () => {
    expect(withChatWordsSpelledOut('who led the russian delegation :thinking:', never)).toBe('who led the russian delegation  ');
    expect(withoutEmojiShortcodes(':flag_ru: who led :+1: it :-1:').trim()).toBe('who led   it');
    expect(hasEmojiShortcode(':thumbsup:')).toBe(true);
    expect(hasEmojiShortcode(':thumbsup:')).toBe(true);
  });

  it('are never a time, a ratio or a colon in a sentence', () => {
    for (const text of ['did it start at 08:00:00', 'a ratio of 3:2:1', 'note: the talks: day one', 'http://example.org/a:b:c', 'what is a:b:c'])
      expect(withoutEmojiShortcodes(text)).toBe(text);
  });
});
