import { describe, expect, it } from 'vitest';
import { detectIntent } from './intent.js';
import { peopleRequest } from './people-request.js';

describe('peopleRequest', () => {
  it('reads a request for the people the article names, in many wordings', () => {
    for (const message of [
      'who is mentioned in the article?',
      "who's quoted",
      'which people are named in the story?',
      'what people does the article mention',
      'who does it talk about?',
      'who is in this article',
      'who are the key players?',
      'who are the main people mentioned in the article',
      'list the people mentioned',
      'can you name all the people in the article?',
      'Who gets mentioned?',
    ]) {
      expect(peopleRequest(message), message).toEqual(/quoted/.test(message) ? { quoted: true } : {});
      expect(detectIntent(message), message).toBe('people');
    }
  });

  it('reads the side a kind of person is asked from', () => {
    expect(peopleRequest('Which NATO official is mentioned in the article?')).toEqual({ side: 'nato' });
    expect(peopleRequest('which russian officials are quoted')).toEqual({ side: 'russian', quoted: true });
    expect(peopleRequest('what BBC correspondent does the article quote?')).toEqual({ side: 'bbc', quoted: true });
    expect(peopleRequest('which nato officials are named')).toEqual({ side: 'nato' });
    expect(peopleRequest('which other officials are mentioned?')).toEqual({});
  });

  it('leaves questions about what someone did or said to the answer engine', () => {
    for (const message of [
      'who is quoted saying there are big differences in principled approach?',
      'who led the russian side',
      'which officials met in geneva',
      'who is mentioned as the head of the us delegation',
      'what did the officials say',
    ]) {
      expect(peopleRequest(message), message).toBeUndefined();
      expect(detectIntent(message), message).toBe('question');
    }
    // Where the article gets its information is its sources, asked as before.
    expect(detectIntent('who does the article quote')).toBe('sources');
  });
});
