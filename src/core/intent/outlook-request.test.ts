import { describe, expect, it } from 'vitest';
import { detectIntent } from './intent.js';
import { outlookRequest } from './outlook-request.js';

describe('outlookRequest', () => {
  it('reads a request for what comes next, in many wordings', () => {
    for (const message of [
      "what's next?",
      'whats next',
      'What happens next?',
      'ok so what now',
      'now what?',
      'what are the next steps',
      "what's the next step?",
      'where do things go from here?',
      'what should we expect next',
      'what lies ahead',
      "what's coming up?",
      'what will happen next?',
      "what's next for the talks?",
      // In a conversation, after a turn about what happened.
      'what happened next?',
      'So what came next?',
      'then what?',
      'and then what happened',
      'and then?',
      'and after that?',
      'what about after that?',
      "what's after that",
      'Next?',
      'and next?',
      'next step?',
    ]) {
      expect(outlookRequest(message), message).toEqual({});
      expect(detectIntent(message), message).toBe('outlook');
    }
  });

  it('reads a topic that narrows it, but not the story itself', () => {
    expect(outlookRequest("what's next for NATO?")).toEqual({ topic: 'nato' });
    expect(outlookRequest('what happens next with ukraine')).toEqual({ topic: 'ukraine' });
    expect(outlookRequest('what happens next in the negotiations')).toEqual({});
  });

  it('reads what it comes after, when that is a meeting', () => {
    expect(outlookRequest('what comes after the geneva meeting?')).toEqual({ after: 'geneva' });
    expect(outlookRequest('what happens after these talks')).toEqual({});
    expect(outlookRequest("what's next after the first round")).toEqual({ after: 'first' });
    expect(outlookRequest('what happened after the geneva talks?')).toEqual({ after: 'geneva' });
    expect(outlookRequest('what came after that')).toEqual({});
    expect(outlookRequest('whats next after geneva')).toEqual({ after: 'geneva' });
    expect(outlookRequest('what comes next after january 10?')).toEqual({ after: 'january 10' });
    // One word after "after" is what it comes after, never a clause.
    expect(outlookRequest('what happens after geneva')).toEqual({ after: 'geneva' });
  });

  it('reads whether the story goes on as asking what comes next', () => {
    for (const message of ['are there more meetings', 'r there more meetings?', 'will there be more talks', 'any more meetings planned?', 'is there another meeting planned', 'are there other rounds of talks']) {
      expect(outlookRequest(message), message).toEqual({});
    }
    expect(outlookRequest('are there more meetings with nato')).toEqual({ topic: 'nato' });
    for (const message of ['are there more troops', 'any more questions', 'were there more meetings before geneva']) expect(outlookRequest(message), message).toBeUndefined();
  });

  it('leaves questions about the content to the answer engine', () => {
    for (const message of [
      "what's the next meeting after geneva",
      'what happens if russia invades',
      'what happens after russia invades',
      'what happens now that the talks failed',
      'is the us going to keep talking to russia',
      'what did nato say next',
      'what happened in geneva',
      'what happened after russia massed troops',
      'then what are they after',
      'and then what did sherman say',
    ]) {
      expect(outlookRequest(message), message).toBeUndefined();
      expect(detectIntent(message), message).toBe('question');
    }
  });
});
