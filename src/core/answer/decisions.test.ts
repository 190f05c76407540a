import { describe, expect, it } from 'vitest';
import type { Passage } from '../corpus/types.js';
import type { RetrievalResult, ScoredSentence } from '../retrieval/hybrid-retriever.js';
import { decideAbstention } from './abstention.js';
import { ExtractiveAnswerer, mentionedThing } from './extractive-answerer.js';
import { analyzeQuestion } from './question-analysis.js';
import { answerOrder, antecedentOf, attributionBefore, continuationOf, readingOrder, selectSentences } from './select-sentences.js';
import { TermStatistics } from './term-statistics.js';
import { DEFAULT_ANSWER_TUNING } from './tuning.js';

const passage: Passage = { id: 'p', docId: 'doc', docTitle: 'Doc', docSource: 'doc.txt', section: null, sectionNumber: 0, text: '', start: 0, end: 1000, ordinal: 0 };

function sentence(text: string, probability: number, start: number, vector = [1, 0], from: Passage = passage): ScoredSentence {
  return {
    candidate: { key: `${from.docId}:${start}`, text, start, end: start + text.length, passage: from, passageScore: 0.5 },
    vector: Float32Array.from(vector),
    probability,
  };
}

const question = analyzeQuestion('Who led the delegation?', new Float32Array(2));

describe('decideAbstention', () => {
  const tuning = { minConfidence: 0.4 };

  it('answers from the threshold up, and abstains just below it', () => {
    expect(decideAbstention(question, sentence('A.', 0.4, 0), tuning)).toEqual({ abstain: false, reason: 'answerable', confidence: 0.4 });
    expect(decideAbstention(question, sentence('A.', 0.3999, 0), tuning)).toEqual({ abstain: true, reason: 'low-confidence', confidence: 0.3999 });
  });

  it('abstains when there is nothing to look for, or nothing was found', () => {
    expect(decideAbstention(analyzeQuestion('Who is it?', new Float32Array(2)), sentence('A.', 0.9, 0), tuning)).toMatchObject({ abstain: true, reason: 'no-terms' });
    expect(decideAbstention(question, undefined, tuning)).toEqual({ abstain: true, reason: 'no-candidates', confidence: 0 });
  });
});

describe('selectSentences', () => {
  const options = { ...DEFAULT_ANSWER_TUNING, companionRatio: 0.5, maxChars: 200 };

  it('adds companions at least companionRatio as probable, and no more than maxSentences', () => {
    const ranked = [sentence('Best.', 0.8, 50, [1, 0]), sentence('Close.', 0.4, 10, [0, 1]), sentence('Also.', 0.41, 90, [0.6, 0.8]), sentence('Weak.', 0.39, 5, [0.8, -0.6])];
    ranked.sort((a, b) => b.probability - a.probability);
    expect(selectSentences(ranked, options).map((chosen) => chosen.candidate.text)).toEqual(['Best.', 'Also.', 'Close.']);
    expect(selectSentences(ranked, { ...options, maxSentences: 1 })).toHaveLength(1);
  });

  it('skips a companion that repeats a chosen sentence, or would make the answer too long', () => {
    const repeat = [sentence('Best.', 0.8, 0, [1, 0]), sentence('Same thing.', 0.7, 20, [1, 0.01])];
    expect(selectSentences(repeat, options)).toHaveLength(1);
    const long = [sentence('Best.', 0.8, 0, [1, 0]), sentence('x'.repeat(300), 0.7, 20, [0, 1])];
    expect(selectSentences(long, options)).toHaveLength(1);
  });

  it('takes companions only from the best sentence\'s own article', () => {
    const other: Passage = { ...passage, id: 'q', docId: 'other-story' };
    const ranked = [sentence('Best.', 0.8, 0, [1, 0]), sentence('Another story.', 0.7, 0, [0, 1], other), sentence('Same story.', 0.5, 40, [0.6, 0.8])];
    expect(selectSentences(ranked, options).map((chosen) => chosen.candidate.text)).toEqual(['Best.', 'Same story.']);
  });

  it('reads the best sentence first, then the companions after it, then the ones before, each in source order', () => {
    const chosen = [
      sentence('Best.', 0.8, 50),
      sentence('Much later.', 0.4, 200),
      sentence('Earlier.', 0.6, 10),
      sentence('Next.', 0.5, 60),
    ];
    expect(readingOrder(chosen).map((item) => item.candidate.text)).toEqual(['Best.', 'Next.', 'Much later.', 'Earlier.']);
  });
});

describe('antecedentOf', () => {
  const named = sentence('Edward the Confessor returned from exile.', 0.1, 0);
  const appointed = sentence('He appointed Robert archbishop.', 0.6, named.candidate.end + 1);

  it('is the sentence just before a best sentence that opens with a pronoun for a person', () => {
    expect(antecedentOf([appointed], [appointed, named], 400)?.candidate.text).toBe('Edward the Confessor returned from exile.');
    const accordingToHim = sentence('According to him, the door stays open.', 0.6, named.candidate.end + 2);
    expect(antecedentOf([accordingToHim], [accordingToHim, named], 400)).toBe(named);
  });

  it('is the sentence just before one that opens by pointing at what that sentence says', () => {
    const reject = sentence('The US and NATO are likely to reject the demands.', 0.1, 0);
    for (const opening of ["That's because NATO will not be dictated to.", 'This is why the talks stalled.', 'This means the door stays open.', 'As a result, the talks stalled.']) {
      const pointing = sentence(opening, 0.6, reject.candidate.end + 1);
      expect(antecedentOf([pointing], [pointing, reject], 400), opening).toBe(reject);
    }
    // A demonstrative before a noun of its own says what it is about, and "as a result of" names its cause.
    for (const opening of ['That plan failed in the end.', 'As a result of the clearance, the load rose.', 'Heavy rain fell.', 'Theirs was a long war.']) {
      const own = sentence(opening, 0.6, reject.candidate.end + 1);
      expect(antecedentOf([own], [own, reject], 400), opening).toBeUndefined();
    }
  });

  it('is nothing when the best names its subject, the sentence before is not next to it, or it would not fit', () => {
    const named2 = sentence('Edward appointed Robert archbishop.', 0.6, named.candidate.end + 1);
    expect(antecedentOf([named2], [named2, named], 400)).toBeUndefined();
    const later = sentence('He appointed Robert archbishop.', 0.6, named.candidate.end + 40);
    expect(antecedentOf([later], [later, named], 400)).toBeUndefined();
    expect(antecedentOf([appointed], [appointed, named], 60)).toBeUndefined();
  });

  it('comes first in the answer, also when it was chosen as a companion', () => {
    const other = sentence('Robert later fell out with Godwin.', 0.3, appointed.candidate.end + 50);
    expect(answerOrder([appointed], [appointed, named], 400)).toEqual([named, appointed]);
    expect(answerOrder([appointed, other, named], [appointed, other, named], 400)).toEqual([named, appointed, other]);
    expect(answerOrder([other, appointed], [other, appointed, named], 400)).toEqual([other, appointed]);
  });
});

describe('a clause cut off from its sentence by a full stop', () => {
  const fear = sentence('There is some fear from US allies in Europe.', 0.8, 0);
  const clause = sentence('That the current tensions would cost Moscow too big a prize.', 0.05, fear.candidate.end + 1);

  it('follows the best sentence it belongs to, and is preceded by it when it is the best', () => {
    expect(continuationOf([fear], [fear, clause], 400)).toBe(clause);
    expect(antecedentOf([clause], [clause, fear], 400)).toBe(fear);
    const later = sentence('NATO is ready.', 0.4, clause.candidate.end + 30);
    expect(answerOrder([fear, later], [fear, later, clause], 400)).toEqual([fear, clause, later]);
  });

  it('is nothing when the next sentence points back with a sentence of its own, is not next to it, is chosen already or would not fit', () => {
    for (const text of ["That's because NATO will not allow it.", 'That plan failed.', 'That Monday, the talks began.']) {
      expect(continuationOf([fear], [fear, sentence(text, 0.05, fear.candidate.end + 1)], 400)).toBeUndefined();
    }
    const later = sentence('That the current tensions would cost Moscow too big a prize.', 0.05, fear.candidate.end + 40);
    expect(continuationOf([fear], [fear, later], 400)).toBeUndefined();
    expect(continuationOf([fear, clause], [fear, clause], 400)).toBeUndefined();
    expect(continuationOf([fear], [fear, clause], 90)).toBeUndefined();
  });
});

describe('the list of what the best sentence counts', () => {
  const announced = sentence('There are three main demands the Kremlin put forward in December.', 0.7, 0);
  const list = sentence('The three demands are, NATO does not expand, NATO does not place missiles and NATO does not mobilize troops.', 0.05, announced.candidate.end + 1);

  it('follows the sentence that counts what it lists', () => {
    expect(continuationOf([announced], [announced, list], 400)).toBe(list);
    const men = sentence('Police arrested 4 young men on Monday.', 0.6, 0);
    const names = sentence('The men are Ali, Ben, Carl and Dan.', 0.05, men.candidate.end + 1);
    expect(continuationOf([men], [men, names], 400)).toBe(names);
  });

  it('is nothing when the question asks when, where, who or why, or the list is of something else', () => {
    expect(continuationOf([announced], [announced, list], 400, false)).toBeUndefined();
    const other = sentence('The allies are France, Germany and Poland.', 0.05, announced.candidate.end + 1);
    expect(continuationOf([announced], [announced, other], 400)).toBeUndefined();
    const uncounted = sentence('Russia made demands in December.', 0.7, 0);
    expect(continuationOf([uncounted], [uncounted, sentence(list.candidate.text, 0.05, uncounted.candidate.end + 1)], 400)).toBeUndefined();
  });
});

describe('the sentence that names where the next one\'s words were carried', () => {
  const reported = sentence('Reported by Reuters, the strike began at dawn.', 0.2, 0);
  const lasted = sentence('The strike lasted nearly eight hours.', 0.8, reported.candidate.end + 1);

  it('comes first for "who reported …" when the best sentence names no outlet', () => {
    expect(attributionBefore([lasted], [lasted, reported], 'who reported that the strike lasted eight hours', 400)).toBe(reported);
    expect(attributionBefore([lasted, reported], [lasted, reported], 'who reported the strike lasted 8 hours', 400)).toBe(reported);
  });

  it('is nothing for another question, a best sentence that names its outlet, or one that does not open with its source', () => {
    expect(attributionBefore([lasted], [lasted, reported], 'how long did the strike last', 400)).toBeUndefined();
    const own = sentence('According to the AP, the strike lasted nearly eight hours.', 0.8, reported.candidate.end + 1);
    expect(attributionBefore([own], [own, reported], 'who reported that the strike lasted eight hours', 400)).toBeUndefined();
    const plain = sentence('The strike began at dawn, Reuters reported.', 0.2, 0);
    expect(attributionBefore([lasted], [lasted, plain], 'who reported that the strike lasted eight hours', 400)).toBeUndefined();
  });
});

describe('what counts as related when the article does not say', () => {
  const retrieved = (score: number, termShare: number | undefined, id: string) => ({
    passage: { ...passage, id, text: `Passage ${id}.` },
    label: 0,
    score,
    vectorScore: 0,
    keywordScore: 0,
    firstStageScore: 0,
    ...(termShare === undefined ? {} : { termShare }),
  });
  const retrieval = (results: ReturnType<typeof retrieved>[]): RetrievalResult => ({
    question,
    results,
    sentences: [sentence('Weak.', 0.01, 0)],
    statistics: TermStatistics.fromDocumentFrequencies(new Map(), 1),
  });
  const answerer = new ExtractiveAnswerer({ ...DEFAULT_ANSWER_TUNING, relatedFloor: 0.05, relatedTermShare: 0.5 });

  it('lists a passage whose best sentence reaches the related floor, or that holds half the question\'s terms', () => {
    const result = answerer.answer(retrieval([retrieved(0.05, 0, 'probable'), retrieved(0.01, 0.5, 'on-topic'), retrieved(0.0499, 0.4999, 'neither')]));
    expect(result).toMatchObject({ abstained: true, related: true });
    expect(result.citations.map((citation) => citation.text)).toEqual(['Passage probable.', 'Passage on-topic.']);
  });

  it('calls nothing related when no passage does either', () => {
    const result = answerer.answer(retrieval([retrieved(0.0499, 0.4999, 'neither'), retrieved(0.01, undefined, 'unscored')]));
    expect(result).toMatchObject({ abstained: true, related: false, citations: [] });
    expect(result.answer).toBe("The article doesn't say. Nothing in it is about this question.");
  });
});

describe('a question about a name the corpus never mentions', () => {
  const confident = (unmentioned?: string[]): RetrievalResult => ({
    question,
    results: [{ passage: { ...passage, text: 'Passage.' }, label: 0, score: 0.9, vectorScore: 0, keywordScore: 0, firstStageScore: 0, termShare: 1 }],
    sentences: [sentence('The US delegation was led by Sherman.', 0.9, 0)],
    statistics: TermStatistics.fromDocumentFrequencies(new Map(), 1),
    ...(unmentioned ? { unmentioned } : {}),
  });
  const answerer = new ExtractiveAnswerer(DEFAULT_ANSWER_TUNING);

  it('is not answered, however probable the best sentence, and the reply names what is never mentioned', () => {
    const result = answerer.answer(confident(['Tokyo']));
    expect(result).toMatchObject({ abstained: true, decision: { abstain: true, reason: 'unmentioned-name', confidence: 0.9 } });
    expect(result.answer).toBe("The article doesn't say: it never mentions Tokyo. The closest passages are listed below.");
    expect(answerer.answer(confident(['China', 'Japan', 'Korea'])).answer).toMatch(/^The article doesn't say: it never mentions China, Japan or Korea\./);
    expect(answerer.answer(confident(['Tokyo']), 'mention').decision.reason).toBe('unmentioned-name');
  });

  it('is answered as before when every name is mentioned, and after "tell me more", whose topic was just answered', () => {
    expect(answerer.answer(confident())).toMatchObject({ abstained: false, decision: { reason: 'answerable' } });
    expect(answerer.answer(confident([]))).toMatchObject({ abstained: false });
    expect(answerer.answer(confident(['Tokyo']), 'related')).toMatchObject({ abstained: false });
  });
});

describe('a question about what someone said', () => {
  const asked = (speakerNamedIn?: ReadonlySet<string>): RetrievalResult => ({
    question,
    results: [{ passage: { ...passage, text: 'Passage.' }, label: 0, score: 0.9, vectorScore: 0, keywordScore: 0, firstStageScore: 0, termShare: 1 }],
    sentences: [sentence('President Putin aims to blackmail Western alliances.', 0.6, 0), sentence('The talks lasted eight hours.', 0.3, 60, [0, 1])],
    statistics: TermStatistics.fromDocumentFrequencies(new Map(), 1),
    ...(speakerNamedIn ? { speakerNamedIn } : {}),
  });
  const answerer = new ExtractiveAnswerer(DEFAULT_ANSWER_TUNING);

  it('is not answered when no quoted sentence names the speaker or follows one that does', () => {
    expect(answerer.answer(asked(new Set()))).toMatchObject({ abstained: true, decision: { abstain: true, reason: 'speaker-not-named', confidence: 0.6 } });
    // The reply says whose words the article does not give, when the retriever could name them.
    expect(answerer.answer({ ...asked(new Set()), speaker: 'Putin' }).answer).toBe("The article doesn't say: it quotes nothing from Putin on this. The closest passages are listed below.");
    expect(answerer.answer(asked(new Set())).answer).toMatch(/^The article doesn't say\. The closest passages are listed below, but none/);
    // Only an answer is held to it: "tell me more" and "is X mentioned?" are not.
    expect(answerer.answer(asked(new Set()), 'related')).toMatchObject({ abstained: false });
  });

  it('is answered from the sentences in which the speaker speaks, and as before for any other question', () => {
    const spoken = answerer.answer(asked(new Set(['doc:60'])));
    expect(spoken).toMatchObject({ abstained: false, decision: { reason: 'answerable', confidence: 0.3 } });
    expect(spoken.chosen.map((chosen) => chosen.candidate.text)).toEqual(['The talks lasted eight hours.']);
    expect(answerer.answer(asked())).toMatchObject({ abstained: false });
    expect(answerer.answer(asked()).chosen[0]?.candidate.text).toBe('President Putin aims to blackmail Western alliances.');
  });

  /** "what did Ryabkov say about the talks": his quote shares none of "about the talks" and scores low. */
  const quotedLow = (probability: number): RetrievalResult => ({
    ...asked(new Set(['doc:60', 'doc:120'])),
    sentences: [
      sentence('The head of the delegation was Sergei Ryabkov.', 0.3, 0),
      sentence('Ryabkov said "we have big differences."', probability, 60, [0, 1]),
      sentence('"A balance can be found," Ryabkov said.', probability / 2, 120, [0.6, 0.8]),
    ],
  });

  it('needs only the related floor for what the speaker said, not the answer threshold', () => {
    const floor = DEFAULT_ANSWER_TUNING.relatedFloor;
    expect(floor).toBeLessThan(DEFAULT_ANSWER_TUNING.minConfidence);
    const answered = answerer.answer(quotedLow(floor));
    expect(answered).toMatchObject({ abstained: false, decision: { confidence: floor } });
    // Companions come from the speaker's words too: the sentence that only names him is left out.
    expect(answered.chosen.map((chosen) => chosen.candidate.text)).toEqual(['Ryabkov said "we have big differences."', '"A balance can be found," Ryabkov said.']);
    expect(answerer.answer(quotedLow(floor * 0.99))).toMatchObject({ abstained: true, decision: { reason: 'low-confidence' } });
  });

  it('answers "what did X say" alone from any of their words, however unlikely', () => {
    const alone = { ...quotedLow(0.01), speakerOnly: true };
    expect(answerer.answer(alone)).toMatchObject({ abstained: false, decision: { confidence: 0.01 } });
    expect(answerer.answer(quotedLow(0.01))).toMatchObject({ abstained: true, decision: { reason: 'low-confidence' } });
  });

  it('keeps the answer threshold after "tell me more", where the speaker is not what is asked', () => {
    expect(answerer.answer(quotedLow(0.07), 'related').chosen[0]?.candidate.text).toBe('The head of the delegation was Sergei Ryabkov.');
  });
});

describe('a when-question whose time is only in a companion', () => {
  const when = analyzeQuestion('When will the second stage happen?', new Float32Array(2));
  /** The best says nothing about time; the companion does, and the ranker admitted it (0.2 of the best). */
  const asked = (companionPointwise: number): RetrievalResult => ({
    question: when,
    results: [{ passage: { ...passage, text: 'Passage.' }, label: 0, score: 0.5, vectorScore: 0, keywordScore: 0, firstStageScore: 0, termShare: 1 }],
    sentences: [
      { ...sentence('The second stage will involve the alliance.', 0.5, 0, [1, 0]), pointwise: 0.5 },
      { ...sentence('The first phase began on Monday.', 0.1, 100, [0, 1]), pointwise: companionPointwise },
    ],
    statistics: TermStatistics.fromDocumentFrequencies(new Map(), 1),
  });
  const answerer = new ExtractiveAnswerer(DEFAULT_ANSWER_TUNING);

  it('is not answered when the companion is unlikely on its own (under companionRatio of the best)', () => {
    expect(answerer.answer(asked(0.5 * DEFAULT_ANSWER_TUNING.companionRatio * 0.99))).toMatchObject({ abstained: true, decision: { reason: 'no-time' } });
  });

  it('is answered when the companion is likely enough on its own to vouch for the answer', () => {
    const result = answerer.answer(asked(0.5 * DEFAULT_ANSWER_TUNING.companionRatio));
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain('Monday');
  });
});

describe('mentionedThing', () => {
  it('is what "is X mentioned?" asks about, without an opening "anything (about)"', () => {
    expect(mentionedThing('zelensky?')).toBe('zelensky');
    expect(mentionedThing('anything about the world cup')).toBe('the world cup');
    expect(mentionedThing('the prime minister of ukraine')).toBe('the prime minister of ukraine');
  });

  it('is nothing for a clause, which a reply would misquote as a name', () => {
    expect(mentionedThing('anything the Americans might be open to')).toBeUndefined();
    expect(mentionedThing('?')).toBeUndefined();
  });
});
