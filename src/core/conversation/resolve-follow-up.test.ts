import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

const SUMMIT = conversation([
  { question: 'who chaired the summit', answer: ['The summit was chaired by John Carter and Anna Berg, the two foreign ministers.'], bold: ['John Carter'] },
]);

describe('pronouns', () => {
  it('leaves a pronoun the message\'s own first clause names, and reads one after a clause that opens otherwise', () => {
    // Read from the last exchange, "it" had been Oslo and "they" the talks.
    const talks = conversation([{ question: 'where did the talks take place', answer: ['The talks between Norway and the union took place in Oslo.'] }]);
    expect(resolved('norway is head of the alliance, so can it decide alone?', talks)).toBe('norway is head of the alliance, so can it decide alone?');
    expect(resolved('norway and sweden, do they meet the union together?', talks)).toBe('norway and sweden, do they meet the union together?');
    const turns = conversation([{ question: 'how many soldiers does the army have near the border', answer: ['The army has about 5,000 soldiers near the border.'] }]);
    expect(resolved('after the strike, why are they there?', turns)).toBe('after the strike, why are the soldiers there?');
  });

  it('puts the person an answer named in place of he / she, by gender', () => {
    expect(resolved('what did he propose', SUMMIT)).toBe('what did John Carter propose');
    expect(resolved('what did she say about the budget', SUMMIT)).toBe('what did Anna Berg say about the budget');
  });

  it('takes the name after a title the tagger alone called a person ("President Biden", not "President")', () => {
    const turns = conversation([{ question: 'who is biden', answer: ['But President Biden rejected the red line claim.'] }]);
    expect(resolved('what did he reject', turns)).toBe('what did Biden reject');
  });

  it('reads "they" as what a "how many" or "which" question counted or picked', () => {
    const turns = conversation([{ question: 'how many soldiers does the army have near the border', answer: ['The army has about 5,000 soldiers near the border.'] }]);
    expect(resolved('why are they there', turns)).toBe('why are the soldiers there');
    expect(resolved('who sent them', turns)).toBe('who sent the soldiers');
  });

  it('reads a closing "there" as the place an earlier turn named, with its preposition', () => {
    const turns = conversation([{ question: 'what happened in oslo', answer: ['Ministers from both countries met in Oslo on Monday.'] }]);
    expect(resolved('who was there', turns)).toBe('who was in oslo');
    expect(resolved('what did they sign there', turns)).toBe('what did they sign in oslo');
    // The adverb chat puts before it goes too: not "who was over in oslo".
    expect(resolved('who was over there', turns)).toBe('who was in oslo');
    // A preposition before it: the place's own replaces "in", another keeps its own.
    expect(resolved('what happened in there', turns)).toBe('what happened in oslo');
    expect(resolved('who flew home from there', turns)).toBe('who flew home from oslo');
    // The preposition right before the place, not the first of the sentence.
    const geneva = conversation([{ question: 'where is geneva', answer: ['The envoys spoke at the meeting in Geneva.'] }]);
    expect(resolved('what happened there', geneva)).toBe('what happened in Geneva');
    // Existential "there" stays, and a question that names no place leaves it alone.
    expect(resolveFollowUp('is there a second round', turns)).toMatchObject({ text: 'is there a second round', dependence: 'standalone' });
    const border = conversation([{ question: 'how many soldiers does the army have near the border', answer: ['The army has about 5,000 soldiers near the border.'] }]);
    expect(resolved('why are they there', border)).toBe('why are the soldiers there');
  });

  it('never reads "it" or "they" as a place, body or person when it lasts, starts or ends', () => {
    const turns = conversation([{ question: 'what happened in oslo', answer: ['Ministers from both countries met in Oslo on Monday.'] }]);
    expect(resolveFollowUp('how long did it last', turns).text).toBe('how long did it last');
    const festival = conversation([{ question: 'where did the festival open', answer: ['The festival opened in Lyon on a rainy Friday.'], bold: ['Lyon'] }]);
    expect(resolved('when did it end', festival)).toBe('when did the festival end');
    const talks = conversation([
      { question: 'when did the talks start', answer: ['Reported by the Daily Courier, the talks began at 08:00.'] },
    ]);
    expect(resolved('how long did they last', talks)).toBe('how long did the talks last');
  });

  it('reads "it" as talks or negotiations, which are one event to those who ask', () => {
    const talks = conversation([{ question: 'when did the oslo talks start', answer: ['Reported by the Daily Courier, the talks began at 08:00.'] }]);
    // "start" (a verb the tagger can take for a noun) had been what "it" stood for: "how long did start last".
    expect(resolved('how long did it last', talks)).toBe('how long did the oslo talks last');
    expect(resolved('what came out of it', talks)).toBe('what came out of the oslo talks');
    // The names the tagger cut such a phrase at are inside it: an answer naming them is still about the talks.
    const cut = conversation([{ question: 'where were the us china talks held', answer: ['The United States and China met in Oslo.'] }]);
    expect(resolved('what came out of it', cut)).toBe('what came out of the US china talks');
    const negotiations = conversation([{ question: 'who led the negotiations', answer: ['Anna Berg led them for the union.'] }]);
    expect(resolved('did it go well', negotiations)).toBe('did the negotiations go well');
  });

  it('tells no gender from a name alone ("Sherman" is also a man\'s first name)', () => {
    const turns = conversation([{ question: 'how did sergei ryabkov describe the talks', answer: ['Sherman called the talks frank, and Sergei Ryabkov spoke of big differences.'] }]);
    expect(resolved('did he agree with her', turns)).toBe('did Sergei Ryabkov agree with Sherman');
  });

  it('does not take the source an answer cites ("according to the Daily Courier") for "they"', () => {
    const turns = conversation([{ question: 'what happened at the summit', answer: ['According to the Daily Courier, the ministers met for six hours.'] }]);
    expect(resolveFollowUp('what did they discuss', turns).text).not.toContain('Courier');
    const possessive = conversation([{ question: 'who wrote about the summit', answer: ["According to the BBC's James Landdale, the ministers met for six hours."] }]);
    expect(resolved('what else did he write', possessive)).toBe('what else did James Landdale write');
  });

  it('reads "it" as the question\'s topic, not a name inside it nor the place that answered it', () => {
    const turns = conversation([{ question: "where is norway's fleet", answer: ['The Norwegian ships are anchored near Bergen.'], bold: ['Bergen'] }]);
    expect(resolved('how big is it', turns)).toBe("how big is norway's fleet");
  });

  it('leaves the "it" of "whose red line is it" alone, and cuts a list of places at its commas', () => {
    const turns = conversation([{ question: 'what is the red line', answer: ['For Oslo, Sweden or Finland are red lines that nobody should cross.'] }]);
    expect(resolveFollowUp('whose red line is it?', turns).text).toBe('whose red line is it?');
    expect(resolved('what did they say about oslo', turns)).not.toContain('Oslo, Sweden');
    expect(resolved('did the mayor accept it', turns)).toBe('did the mayor accept the red line');
  });

  it('takes a capitalised word the tagger left untyped, doing something, for a person', () => {
    const turns = conversation([{ question: 'what did stoltvik say about dialogue', answer: ['But Stoltvik did not rule out dialogue.'] }]);
    expect(resolved('does he want war', turns)).toBe('does Stoltvik want war');
    // After an article it is a body or a thing: "the Kremlin put forward …".
    const kremlin = conversation([{ question: 'what did the kremlin propose', answer: ['The demands the Kremlin put forward were rejected.'] }]);
    expect(resolveFollowUp('what did he say', kremlin).text).toBe('what did he say');
  });

  it('reads "they" after two people asked about in turn as the two of them', () => {
    const turns = conversation([
      { question: 'who chaired the summit', answer: ['The summit was chaired by John Carter.'], bold: ['John Carter'] },
      { question: 'who is anna berg', answer: ['Anna Berg is the trade minister.'] },
    ]);
    expect(resolved('which of them spoke first', turns)).toBe('which of John Carter and Anna Berg spoke first');
    // Not when the last exchange was about something else.
    const budget = conversation([
      { question: 'who chaired the summit', answer: ['The summit was chaired by John Carter.'], bold: ['John Carter'] },
      { question: 'what are the budget cuts', answer: ['The budget cuts are deep.'] },
    ]);
    expect(resolved('who opposed them', budget)).toBe('who opposed the budget cuts');
    // Nor when the two are one person, named by surname and then in full.
    const one = conversation([
      { question: 'what did carter say about the budget', answer: ['Carter said the budget was tight.'] },
      { question: 'but did carter not say a deal was near?', answer: ['"A deal is near," John Carter said.'], bold: ['John Carter'] },
    ]);
    expect(resolved('which of them spoke first', one)).not.toMatch(/Carter and John Carter/);
  });

  it('keeps the article an answer gives a body or country, and takes bold words as whole words', () => {
    // "us" is inside the bold "Russia", but the US is not what answered.
    const turns = conversation([{ question: 'what does the union want', answer: ['US officials want a deal, and Russia wants time.'], bold: ['Russia'] }]);
    expect(resolved('why does it want that', turns)).toBe('why does Russia want that (the union wants)');
    const eu = conversation([{ question: 'who proposed the deal', answer: ['The EU proposed the deal to Norway.'] }]);
    expect(resolved('why did they propose it', eu)).toBe('why did the EU propose the deal');
  });

  it('reads "it" after a summary as the article', () => {
    const turns = conversation([{ question: 'give me a summary', answer: ['The summit ended without a deal.'], intent: 'summary' }]);
    expect(resolved('who is the main person in it', turns)).toBe('who is the main person in the article');
  });

  it('reads "him" as someone other than the person the question names', () => {
    const turns = conversation([{ question: 'what does tom reed think about the budget', answer: ['Mayor Tom Reed thinks the budget is tight.'] }]);
    expect(resolved('does anna berg agree with him', turns)).toBe('does anna berg agree with Tom Reed');
    // A subject pronoun still means the person named: "does anna berg think she can win".
    expect(resolveFollowUp('does anna berg think she can win', turns).text).toBe('does anna berg think she can win');
  });

  it('leaves an "it" that acts after a verb of saying as the body or country the question names before it', () => {
    const turns = conversation([{ question: 'who is building the new terminal', answer: ['The Port Authority is building it with the City Council.'] }]);
    expect(resolved('has the Port Authority said what it will do', turns)).toBe('has the Port Authority said what it will do');
    expect(resolved('does the Port Authority say it will decide soon', turns)).toBe('does the Port Authority say it will decide soon');
    // A modal in chat's spelling ("wont", "can't") stands between the pronoun and its verb as "will" does.
    expect(resolved('does the Port Authority say it wont decide soon', turns)).toBe('does the Port Authority say it wont decide soon');
    expect(resolved("has the Port Authority said it can't decide", turns)).toBe("has the Port Authority said it can't decide");
    // When the speaker is someone else, "it" is still read from the exchange.
    expect(resolved('has the mayor said what it will do', turns)).not.toBe('has the mayor said what it will do');
  });

  it('makes possessives possessive: his / her / its / their', () => {
    const turns = conversation([{ question: 'who founded the company', answer: ['The company was founded by Daniel Moore in 1998.'], bold: ['Daniel Moore'] }]);
    expect(resolved('what is his background', turns)).toBe('what is Daniel Moore\'s background');
    expect(resolved("what's his role now", turns)).toBe("what is Daniel Moore's role now");
  });

  it('reads "it" as what the question was about, not the place the answer gave', () => {
    const turns = conversation([{ question: 'where did the festival open', answer: ['The festival opened in Lyon on a rainy Friday.'], bold: ['Lyon'] }]);
    expect(resolved('how long did it run', turns)).toBe('how long did the festival run');
  });

  it('reads "they" / "them" as the plural the exchange was about', () => {
    const turns = conversation([{ question: "what are the union's demands", answer: ['The union demands higher wages and shorter shifts.'] }]);
    expect(resolved('do managers think they are fair', turns)).toBe("do managers think the union's demands are fair");
    expect(resolved('which of them is about wages', turns)).toBe("which of the union's demands is about wages");
  });

  it('gives a surname in a lower-case question the full name and kind the answer gave', () => {
    const turns = conversation([{ question: 'tell me about carter', answer: ['Foreign Minister John Carter chaired the summit.'] }]);
    expect(resolved('what is his view on trade', turns)).toBe("what is John Carter's view on trade");
  });

  it('follows a referent through several turns', () => {
    const turns = conversation([
      { question: 'who chaired the summit', answer: ['The summit was chaired by Anna Berg.'], bold: ['Anna Berg'] },
      { question: 'what did she say about trade', answer: ['Berg said trade would grow.'] },
    ]);
    expect(resolved('how did she describe the talks', turns)).toBe('how did Anna Berg describe the talks');
  });

  it('leaves a pronoun alone when the question itself names its person', () => {
    expect(resolveFollowUp('does Maria Lopez think she can win', SUMMIT)).toMatchObject({ text: 'does Maria Lopez think she can win', dependence: 'continued' });
  });

  it('never resolves a pronoun to something the question already names', () => {
    const turns = conversation([{ question: 'what is the wto', answer: ['The World Trade Organization (WTO) sets trade rules.'] }]);
    expect(resolved('when will france meet with it', turns)).toBe('when will france meet with the WTO');
  });

  it('reads "it" that wants or says as an actor, and "it" that is accepted or rejected as a thing', () => {
    const turns = conversation([{ question: "what is norway's main demand", answer: ['Norway demands a fishing quota.'] }]);
    expect(resolved('why does it want that', turns)).toBe("why does Norway want that (norway's main demand)");
    expect(resolved('will the council accept it', turns)).toBe("will the council accept norway's main demand");
  });

  it('finds the verb of "they" or "it" past modals and adverbs ("they\'d never accept")', () => {
    const turns = conversation([{ question: 'what does norway say about the missiles', answer: ['Norway said the missiles must go.'] }]);
    expect(resolved("anything else they'd accept limits on", turns)).toBe('anything else Norway would accept limits on');
    expect(resolved('would they really ever accept that', turns)).toMatch(/^would Norway really ever accept/);
  });

  it('reads a passive "it" as what the verb is done to, not who does it ("is it feared to …")', () => {
    const turns = conversation([{ question: 'how does the troop buildup affect europe', answer: ['The buildup of troops has raised security concerns for Europe.'] }]);
    expect(resolved('what is it feared to trigger', turns)).toBe('what is the troop buildup feared to trigger');
    const demand = conversation([{ question: 'what does norway think of the fishing quota', answer: ['Norway wants the fishing quota doubled.'] }]);
    expect(resolved('was it rejected', demand)).toBe('was the fishing quota rejected');
  });

  it('reads "it" said or reported as a statement, never the body or country that said it', () => {
    const turns = conversation([{ question: 'what did stoltenberg say', answer: ['NATO Secretary General Jens Stoltenberg insisted that NATO was ready.'] }]);
    expect(resolved('when did he say it', turns)).toBe('when did Jens Stoltenberg say it');
    const demands = conversation([{ question: 'can norway give up its demands', answer: ['Norway says its demands cannot be avoided.'] }]);
    expect(resolved('when was it reported', demands)).not.toMatch(/Norway/);
    // Which outlet carried it asks about the words the answer quoted (source-follow-up.ts).
    expect(resolved('which outlet reported it', demands)).toBe('which outlet reported: its demands cannot be avoided.');
  });

  it('never reads "it" described, put, or spoken or thought of as the body or country the question named', () => {
    const turns = conversation([{ question: 'did norway and sweden agree on anything in oslo', answer: ['Norway and Sweden found no common ground in Oslo.'] }]);
    for (const question of ['how did berg describe it', 'how did berg put it', 'what did berg say about it', 'what does berg think of it'])
      expect(resolved(question, turns), question).not.toMatch(/Norway|Sweden|Oslo/i);
  });

  it('reads "it" in "agree to it" or "any of it" as a thing, never a country', () => {
    const turns = conversation([{ question: 'what did norway demand from sweden', answer: ['Norway demanded a fishing quota from Sweden.'] }]);
    expect(resolveFollowUp('did sweden agree to any of it', turns).text).toBe('did sweden agree to any of it');
  });

  it('asks the previous question again with "to whom" and its kin', () => {
    const turns = conversation([{ question: 'what did the council propose', answer: ['The council proposed a new bridge.'] }]);
    expect(resolved('to whom?', turns)).toBe('to whom did the council propose');
  });

  it('asks the previous question again with any preposition and its question word ("against what?", "between who?")', () => {
    const turns = conversation([{ question: 'what does norway want', answer: ['Norway wants guarantees against the threats posed by its neighbours.'] }]);
    expect(resolved('against what', turns)).toBe('against what does norway want');
    const deal = conversation([{ question: 'does norway think a deal is possible', answer: ['Norway said a balance between the two sides can be found.'] }]);
    expect(resolved('between who', deal)).toBe('between whom does norway think a deal is possible');
    expect(resolved('and about what?', turns)).toBe('about what does norway want');
  });

  it('keeps a verb the tagger read as a noun out of the question\'s phrases ("the US threaten russia")', () => {
    const turns = conversation([{ question: 'what did the us threaten russia with', answer: ['The US threatened Russia with sanctions.'] }]);
    expect(resolved('why', turns)).toBe('why did the US threaten russia');
    // What works or fails is an action, not a country.
    expect(resolveFollowUp('did it work', turns).text).toBe('did it work');
  });

  it('takes an acronym the tagger does not know for a body, so "them" can stand for it', () => {
    const turns = conversation([{ question: 'what is the osce', answer: ['Later rounds will involve Russia with NATO and Russia with the Organization for Security and Co-operation in Europe (OSCE).'] }]);
    expect(resolved('when will russia meet them', turns)).toBe('when will russia meet the OSCE');
    // Not in a question typed in capitals throughout.
    const shouted = conversation([{ question: 'WHO LED THE TALKS', answer: ['The talks were led by Anna Berg.'] }]);
    expect(resolved('what did she say', shouted)).toBe('what did Anna Berg say');
  });

  it('gives two pronouns of different classes two different referents', () => {
    const unions = conversation([{ question: 'what did the unions ask the government for', answer: ['The unions asked the government for a pay rise.'] }]);
    expect(resolved('did it give them one', unions)).toBe('did the government give the unions one');
    // A body can be "they" or "it": once "they" took NATO, "it" is the other one.
    const bodies = conversation([{ question: 'what does nato want from the osce', answer: ['NATO wants the OSCE to host the talks.'] }]);
    expect(resolved('why do they want it', bodies)).toBe('why does NATO want the OSCE');
  });

  it('reads "they" as a country when it acts, and as the question\'s plural otherwise', () => {
    const demands = conversation([{ question: 'what did france demand from spain', answer: ['France demanded that Spain close the border, and NATO backed it.'] }]);
    expect(resolved('did they get it', demands)).toBe('did France get it');
    const troops = conversation([{ question: 'how many soldiers are near poland', answer: ['About 5,000 soldiers are near Poland.'] }]);
    expect(resolved('why are they there', troops)).toBe('why are the soldiers near poland');
  });

  it('gives the subject and the object of one question two different referents', () => {
    const sanctions = conversation([{ question: 'what sanctions did france threaten', answer: ['France threatened to impose severe sanctions on Spain.'] }]);
    expect(resolved('when would they impose them', sanctions)).toBe('when would France impose the sanctions');
  });

  it('leaves the "they" of "whose red lines are they": the thing the question names', () => {
    const turns = conversation([{ question: 'what is a red line', answer: ['For Moscow, Ukraine and Georgia are red lines.'] }]);
    expect(resolved('whose red lines are they', turns)).toBe('whose red lines are they');
  });

  it('reads chat spellings before rewriting ("r", "whats", "russias")', () => {
    const troops = conversation([{ question: 'how many soldiers r near poland', answer: ['About 5,000 soldiers are near Poland.'] }]);
    expect(resolved('why r they there', troops)).toBe('why are the soldiers near poland');
  });

  it('keeps the "it" of "is it true that …"', () => {
    const turns = conversation([{ question: 'what is the wto', answer: ['The WTO sets trade rules.'] }]);
    expect(resolveFollowUp('is it true that the talks failed', turns)).toMatchObject({ text: 'is it true that the talks failed', dependence: 'standalone' });
  });

  it('never reads "it" as a date the conversation named ("in december")', () => {
    const turns = conversation([
      { question: 'when was the plan presented', answer: ['The plan was presented to the council in mid-December 2021.'] },
      { question: 'in december', answer: ['In December the council also met the unions.'] },
    ]);
    expect(resolved('what was in it', turns)).toBe('what was in the plan');
    expect(resolved('who presented it', turns)).toBe('who presented the plan');
  });

  it('reads "its" / "their" as belonging to what the question names before it', () => {
    const turns = conversation([{ question: 'what does iceland want', answer: ['Iceland wants a new fishing deal with Norway.'] }]);
    expect(resolved('what are oslo and its allies doing', turns)).toBe('what are oslo and its allies doing');
    expect(resolved('what does the eu say about its rules', turns)).toBe('what does the eu say about its rules');
    expect(resolved('what are the fishermen saying about their boats', turns)).toBe('what are the fishermen saying about their boats');
    // With nothing named before it, or only a singular country before "their", the context decides.
    expect(resolved('what are its demands', turns)).toBe("what are Iceland's demands");
    expect(resolved('does norway accept their demands', turns)).toBe("does norway accept Iceland's demands");
  });

  it('reads "they" after a who-question as the country or body that answered it', () => {
    const turns = conversation([
      { question: 'who is threatening a fishing ban', answer: ['Norway, a partner of Denmark, threatened to impose a fishing ban on Iceland.'], bold: ['Iceland'] },
    ]);
    expect(resolved('why do they care', turns)).toBe('why does Norway care');
    expect(resolved('what did they say about it', turns)).toBe('what did Norway say about a fishing ban');
  });

  it('reads the "they" of a joint action ("did they agree", "did they get anywhere") as both sides or the talks, never one side', () => {
    const sides = conversation([{ question: 'what did norway and iceland discuss in oslo', answer: ['Norway and Iceland discussed fishing quotas in Oslo.'] }]);
    expect(resolved('did they agree on anything', sides)).toBe('did Norway and Iceland agree on anything');
    expect(resolved('will they reach a deal', sides)).toBe('will Norway and Iceland reach a deal');
    const talks = conversation([
      { question: 'when did the fishing talks start', answer: ['The Norwegian delegation met the Icelandic delegation on Monday.'] },
      { question: 'who hosted', answer: ['Norway hosted the meeting.'] },
    ]);
    expect(resolved('did they get anywhere', talks)).toBe('did the fishing talks get anywhere');
    // Not a joint action: one side, as before.
    expect(resolved('what did they want', sides)).not.toContain(' and ');
    // The other side named after "with" (or what is agreed "to"): "they" is one side.
    const one = conversation([{ question: 'what does norway want', answer: ['Norway wants Denmark to back its demands on Iceland.'] }]);
    expect(resolved('did they agree with iceland', one)).toBe('did Norway agree with iceland');
    expect(resolved('will they meet with iceland', one)).toBe('will Norway meet with iceland');
    // Two people the question named together are "they", not the two countries the answer names.
    const people = conversation([
      { question: 'what did berg and carter discuss', answer: ['Anna Berg of Norway and John Carter of Iceland met on Monday.', 'Norway and Iceland have opposing views on fishing quotas.'] },
    ]);
    expect(resolved('did they come to an agreement', people)).toBe('did berg and carter come to an agreement');
    expect(resolved('did they agree', people)).toBe('did berg and carter agree');
  });

  it('keeps the empty "it" of fixed phrases ("if it comes to that", "it seems"), and only that "it"', () => {
    const turns = conversation([{ question: 'what did norway threaten', answer: ['Norway threatened to impose a fishing ban on Iceland.'] }]);
    // ("that" is what was just said, shown after it in brackets.)
    expect(resolved('what will iceland do if it comes to that', turns)).toMatch(/^what will iceland do if it comes to that\b/);
    expect(resolved('it seems iceland did not agree', turns)).toBe('it seems iceland did not agree');
    // The other pronouns of the question are still read.
    expect(resolved('what would they do if it comes to that', turns)).toMatch(/^what would Norway do if it comes to that\b/);
    expect(resolved('it seems they did not agree', turns)).toBe('it seems Norway did not agree');
    expect(resolved('when it comes to the ban, what did they say', turns)).toBe('when it comes to the ban, what did Norway say');
  });
});

describe('definite references and lists', () => {
  it('resolves "this meeting" to the earlier phrase with the same head noun', () => {
    const turns = conversation([{ question: 'where did the first meeting take place', answer: ['The first meeting took place in Oslo.'] }]);
    expect(resolved('who attended this meeting', turns)).toBe('who attended the first meeting');
    expect(resolved('how long was that meeting', turns)).toBe('how long was the first meeting');
  });

  it('points a bare "that" at the thing the previous question asked for', () => {
    const turns = conversation([{ question: 'how many people came to the festival', answer: ['About 20,000 people came to the festival.'], bold: ['About 20,000'] }]);
    expect(resolved('was that a record', turns)).toBe('was that (the people) a record');
  });

  it('picks "the second one" from the list in the previous answer', () => {
    const turns = conversation([{ question: 'what are the proposals', answer: ['The three proposals are: a tax cut, a new bridge and longer school days.'] }]);
    expect(resolved('tell me more about the second one', turns)).toBe('tell me more about a new bridge');
    expect(resolved('why was the last one rejected', turns)).toBe('why was longer school days rejected');
    expect(resolved('is the second proposal popular', turns)).toBe('is a new bridge popular');
  });

  it('finds items that repeat an opening, and quotes a long item', () => {
    const turns = conversation([
      { question: 'what does the plan require', answer: ['The plan requires that the city builds a new bridge over the river, the city widens the ring road by two lanes and the city plants ten thousand trees.'] },
    ]);
    expect(resolved('how much will the first one cost', turns)).toBe('how much will the first one ("the city builds a new bridge over the river") cost');
  });

  it('reads a bare "that" after a quoted item as that item', () => {
    const turns = conversation([
      { question: 'what does the plan require', answer: ['The plan requires that the city builds a new bridge over the river, the city widens the ring road by two lanes and the city plants ten thousand trees.'] },
      { question: "what's the second one", answer: ['The city widens the ring road by two lanes.'] },
    ]);
    expect(resolved('why does the city want that', turns)).toBe('why does the city want that (the city widens the ring road by two lanes)');
    // "that one" closing the question is the same "that"; not before a verb of its own.
    expect(resolved('is the mayor ok with that one?', turns)).toBe('is the mayor ok with that (the city widens the ring road by two lanes)?');
    expect(resolved('did that one pass', turns)).not.toContain('(the city widens');
  });

  it('reads an "it" nothing named agrees with as the item the last exchanges picked', () => {
    const turns = conversation([
      { question: 'what do the workers want', answer: ['The workers want three things: higher wages, shorter hours and longer holidays.'] },
      { question: "what's the second one", answer: ['Workers want shorter hours.'] },
      { question: 'why do they want that', answer: ['Workers say shifts are too long.'] },
    ]);
    // "it" had been left as it stood, and the answer was about the demands as a whole.
    expect(resolved('what did the managers say to it', turns)).toBe('what did the managers say to it (shorter hours)');
    // An "it" with nothing to stand for is left alone.
    expect(resolved('will it rain', turns)).toBe('will it rain');
  });

  it('falls back on the names an answer gives, in order, for "the second one"', () => {
    expect(resolved('what did the second one say', SUMMIT)).toBe('what did Anna Berg say');
  });

  it('reads "which one" as a pick among the plural things the exchange was about', () => {
    const turns = conversation([{ question: 'what are the three proposals', answer: ['The three proposals are: a tax cut, a new bridge and longer school days.'] }]);
    expect(resolved('which one is about schools', turns)).toBe('which of the three proposals is about schools');
    expect(resolved('and roads?', conversation([{ question: 'which of the three proposals is about schools', answer: ['Longer school days.'] }]))).toBe(
      'which of the three proposals is about roads',
    );
  });

  it('keeps the list being talked about after "which one …": "the second one" is its second, not a name of the answer', () => {
    const turns = conversation([
      { question: 'what are the three proposals', answer: ['The three proposals are: a tax cut, a new bridge and longer school days.'] },
      { question: 'which one is about money', answer: ['Anna Berg said the tax cut is about money, John Carter agreed.'] },
    ]);
    expect(resolved('and the second one?', turns)).toContain('a new bridge');
  });

  it('reads "so" after a verb of saying as what the previous exchange said', () => {
    const turns = conversation([{ question: 'who is the mayor trying to persuade', answer: ['Aides say Mayor Tom Reed aims to persuade the council.'] }]);
    expect(resolved('who said so', turns)).toBe('who said so (the mayor is trying to persuade)');
    expect(resolveFollowUp('so what happened next', turns).text).toBe('so what happened next');
  });

  it('reads "the first" as one of the things counted when no answer listed them', () => {
    const turns = conversation([{ question: 'how many rounds are there', answer: ['The talks are held in three rounds.'] }]);
    expect(resolved('what is the first', turns)).toBe('what is the first round');
    expect(resolved('when is the last one', turns)).toBe('when is the last round');
  });

  it('picks from what a "how many" question counted, by the head of its phrase, and reads "the other two" and "each one" as them', () => {
    const phases = conversation([{ question: 'how many phases are the summits in total', answer: ['The summits come in three stages.'] }]);
    expect(resolved('which one was in oslo?', phases)).toBe('which of the phases was in oslo?');
    expect(resolved('what is the first one', phases)).toBe('what is the first phase');
    expect(resolved('who is in the other two', phases)).toBe('who is in the other two phases');
    expect(resolved('how long does each one last', phases)).toBe('how long does each phase last');
    // A noun after "the other two" names what they are itself.
    expect(resolveFollowUp('who is in the other two cities', phases).text).toBe('who is in the other two cities');
    const rounds = conversation([{ question: 'how many rounds of talks', answer: ['The talks are held in three rounds.'] }]);
    expect(resolved('who is in the second one', rounds)).toBe('who is in the second round');
    // "each" took a noun of its own in the question: "each one" is that.
    const teams = conversation([{ question: 'how many people were in each team', answer: ['Each team had five players.'] }]);
    expect(resolved('who led each one', teams)).toBe('who led each team');
  });

  it('takes names for a list only when the question asked for names', () => {
    const turns = conversation([
      { question: "what are the union's demands", answer: ['The union, led by Maria Lopez, met Mayor Tom Reed and the council on Monday.'] },
    ]);
    expect(resolved('why did they reject the second one', turns)).not.toContain('Tom Reed');
    const who = conversation([{ question: 'who met the union', answer: ['The union, led by Maria Lopez, met Mayor Tom Reed and the council on Monday.'] }]);
    expect(resolved('what did the second one say', who)).toBe('what did Mayor Tom Reed say');
  });

  it('does not read "the second stage" as a list reference when the list is of something else', () => {
    const turns = conversation([{ question: 'what are the proposals', answer: ['The three proposals are: a tax cut, a new bridge and longer school days.'] }]);
    expect(resolveFollowUp('when does the second stage start', turns)).toMatchObject({ text: 'when does the second stage start', dependence: 'standalone' });
  });
});

describe('emoji', () => {
  it('reads a follow-up without the emoji around it', () => {
    const turns = conversation([{ question: 'who led the russian delegation', answer: ['The Russian delegation was led by Sergei Ryabkov.'], bold: ['Sergei Ryabkov'] }]);
    expect(resolved('and the american one? 😅', turns)).toBe('who led the american delegation');
    expect(resolved('why? 🤔', turns)).toBe(resolved('why?', turns));
  });
});

describe("chat's shorthand in a follow-up", () => {
  it('reads the "us" of "did us say …" as the country, and "they" after it as the same speaker', () => {
    const turns = conversation([{ question: 'how many soldiers are near the border', answer: ['About 5,000 soldiers are near the border.'] }]);
    // Read as the pronoun, "us" left "they" to the soldiers.
    expect(resolved("what did us say they'd do", turns)).toBe("what did us say they'd do");
  });

  it('reads "it is going to …" as the question\'s own speaker acting, past "going to"', () => {
    const turns = conversation([{ question: 'why is that a problem', answer: ['The buildup of troops is feared to trigger a deadly war.'] }]);
    expect(resolved("how does Russia respond to claims it's going to invade?", turns)).toBe("how does Russia respond to claims it's going to invade?");
    expect(resolved('did russia say it is about to invade', turns)).toBe('did russia say it is about to invade');
  });

  it('reads "this" after a challenge as the claim the member made, not the challenge', () => {
    const turns = conversation([{ question: 'are you sure? i thought the talks were still going on', answer: ['The talks are still going on.'] }]);
    expect(resolved('did biden say something about this', turns)).toBe('did biden say something about this (the talks were still going on)');
  });

  it('leaves the pronoun of a closing tag to the statement it closes', () => {
    const turns = conversation([{ question: 'does the us get to decide who joins nato', answer: ['NATO does not accept Ukraine as a member.'] }]);
    expect(resolved("come on, the US basically runs NATO doesn't it?", turns)).not.toMatch(/Ukraine/);
    expect(resolved('nobody called it a failure, did they?', turns)).not.toMatch(/NATO|Ukraine/);
  });

  it('reads no place into the last word of a longer name its acronym abbreviates', () => {
    const turns = conversation([{ question: 'what is the osce', answer: ['The last stage involves the Organization for Security and Co-operation in Europe (OSCE).'] }]);
    expect(resolved('who leads the russian side there', turns)).not.toContain('Europe');
  });

  it('leaves "those two stages" to the stages, not the two sides', () => {
    const turns = conversation([{ question: 'who meets in the second and third stage', answer: ['The second and third stage will involve Russia with NATO and Russia with the OSCE.'] }]);
    expect(resolved('where will those two stages take place', turns)).not.toContain('Russia and');
  });

  it('reads chat\'s "wat\'s" as "what\'s" and sets aside a "diff q" opener, so the question stands on its own', () => {
    const turns = conversation([{ question: 'what did okonkwo say about the strike', answer: ['Okonkwo said the strike would go on.'] }]);
    expect(resolved("ok diff q, wat's sherman's quote on nato", turns)).toBe("ok diff q, wat's sherman's quote on nato");
  });

  it('reads a closing "in this" as the article, not the last exchange', () => {
    const turns = conversation([{ question: 'who led the russian delegation', answer: ['The head of the Russian delegation was Sergei Ryabkov.'] }]);
    expect(resolved('btw who is the us president in this', turns)).toBe('btw who is the us president in this');
  });

  it('reads "w/" as with and "the us 1" as the us one', () => {
    const turns = conversation([{ question: 'who led the russian delegation', answer: ['The head of the Russian delegation was Sergei Ryabkov.'] }]);
    expect(resolved('nvm i meant the us 1', turns)).toBe('who led the US delegation');
    expect(resolved('w/ who', turns)).toBe(resolved('with who', turns));
    expect(resolved('w/ who', turns)).not.toBe('w/ who');
  });
});

describe('chat around a follow-up', () => {
  it('reads a bare follow-up inside chat\'s openers, reactions and closings as written alone', () => {
    const turns = conversation([{ question: 'when was the proposal sent', answer: ['The proposal was sent in December.'] }]);
    for (const [wrapped, alone] of [
      ['wait, why?', 'why?'],
      ['why lol', 'why'],
      ['hmm ok, and to who?', 'and to who?'],
      ['one more: to who?', 'to who?'],
      ['interesting, why?', 'why?'],
      ['thanks! and when?', 'and when?'],
      ['why tho', 'why'],
      ['hold on, why?', 'why?'],
      ['ohh and to who', 'and to who'],
      ['and when then?', 'and when?'],
      ['so like why', 'why'],
      ['follow up: to who?', 'to who?'],
      ['can you tell me why?', 'why?'],
    ] as const)
      expect(resolveFollowUp(wrapped, turns)).toEqual(resolveFollowUp(alone, turns));
  });

  it('keeps a fragment\'s "and", and "like what" and "or …", which are not wrapping', () => {
    const turns = conversation([{ question: 'who led the russian delegation', answer: ['The Russian delegation was led by Sergei Ryabkov.'], bold: ['Sergei Ryabkov'] }]);
    expect(resolved('wait, and the american one?', turns)).toBe('who led the american delegation');
    expect(resolveFollowUp('like what exactly', turns)).toEqual(resolveFollowUp('like what', turns));
  });
});

describe('"to who"', () => {
  it('asks the previous question again with "to whom", as chat writes it', () => {
    const turns = conversation([{ question: 'when was the proposal sent', answer: ['The proposal was sent in December.'] }]);
    expect(resolved('to who', turns)).toBe('to whom was the proposal sent');
  });
});

describe('corrections', () => {
  it('reads "no, i meant X" as the fragment X', () => {
    const turns = conversation([{ question: 'who led the russian delegation', answer: ['The Russian delegation was led by Sergei Ryabkov.'], bold: ['Sergei Ryabkov'] }]);
    expect(resolved('no, i meant the american one', turns)).toBe('who led the american delegation');
    expect(resolved('sorry i mean the american one', turns)).toBe('who led the american delegation');
  });

  it('asks a correction that is a whole question instead of the last one, its pronouns read as ever', () => {
    const turns = conversation([{ question: 'who led the russian delegation', answer: ['The Russian delegation was led by Sergei Ryabkov.'], bold: ['Sergei Ryabkov'] }]);
    expect(resolved('no i meant what did sherman say', turns)).toBe('what did sherman say');
    expect(resolved('sorry, i meant what did he want', turns)).toBe('what did Sergei Ryabkov want');
  });

  it('reads a correction followed by a question in one message, its pronouns the one named', () => {
    const turns = conversation([
      { question: 'who led the norwegian delegation', answer: ['The Norwegian delegation was led by John Carter and the Icelandic one by Anna Berg.'], bold: ['John Carter'] },
    ]);
    expect(resolved('no i meant berg, what did she say', turns)).toBe('what did Anna Berg say');
    expect(resolved('no i meant anna berg - what did she want', turns)).toBe('what did Anna Berg want');
  });

  it('reads a correction that names someone no rule knows for a person as the "he" or "she" of its question', () => {
    const turns = conversation([{ question: 'what did carter call the meeting', answer: ['Carter called the meeting "useful".'] }]);
    // "okafor" is no name the tagger knows: the rules alone had read "he" as Carter.
    expect(resolved('no sorry i meant okafor, what did he say about the talks', turns)).toBe('what did okafor say about the talks');
    // "ment", as chat types it, is "meant".
    expect(resolved('no i ment okafor, what did he say', turns)).toBe('what did okafor say');
    // A phrase is no person: its "he" is read as ever.
    expect(resolved('no i meant the other side, what did he say', turns)).toBe('what did Carter say');
  });

  it('reads a correction with "i mean" after what it names, and a correction that names someone by a phrase for a person', () => {
    const minister = conversation([{ question: 'who is deputy foreign minister of norway?', answer: ['The Norwegian deputy foreign minister is John Carter.'], bold: ['John Carter'] }]);
    expect(resolved('sorry, of sweden i mean', minister)).toBe('who is deputy foreign minister of sweden');
    expect(resolved('what do you think i mean', minister)).toBe('what do you think i mean');
    const quoted = conversation([{ question: 'what did carter say', answer: ['Carter said the plan was sound.'] }]);
    expect(resolved('wait no i meant the tass guy, what is his take', quoted)).toBe("what is the tass guy's take");
    expect(resolved('Actually, I meant the UN Secretary General — what was his position?', quoted)).toBe("what was the UN Secretary General's position?");
  });

  it('leaves out what a correction says it did not mean, and its "my bad"', () => {
    const troops = conversation([{ question: 'yo how many soldiers does norway have near the border', answer: ['Norway has about 5,000 soldiers near the border.'] }]);
    expect(resolved('wait no i meant where are they, not how many', troops)).toBe('where are the soldiers');
    const led = conversation([{ question: 'who led the norwegian delegation', answer: ['The Norwegian delegation was led by John Carter.'], bold: ['John Carter'] }]);
    expect(resolved('no i meant the swedish one, not the norwegian', led)).toBe('who led the swedish delegation');
    expect(resolved('wait no i meant the swedish one my bad', led)).toBe('who led the swedish delegation');
  });

  it('puts a phrase a nationality describes in place of the phrase one described, not of the whole subject', () => {
    const turns = conversation([{ question: "who's the head of the norwegian team", answer: ['The Norwegian team is headed by John Carter.'], bold: ['John Carter'] }]);
    expect(resolved('no i meant the french side', turns)).toBe('who is the head of the french side');
    expect(resolved('and the dutch delegation?', turns)).toBe('who is the head of the dutch delegation');
    const us = conversation([{ question: 'who is the head of the us team', answer: ['The US team is headed by Ann Lee.'], bold: ['Ann Lee'] }]);
    expect(resolved('and the russian side?', us)).toBe('who is the head of the russian side');
    // The tagger reads "side" after "US" as a verb: the fragment's own noun still marks the phrase.
    const verb = conversation([{ question: 'who is head of US side in oslo?', answer: ['The US side in Oslo is headed by Ann Lee.'], bold: ['Ann Lee'] }]);
    expect(resolved('no, i mean the french side', verb)).toBe('who is head of the french side in oslo');
  });

  it('reads a correction without "i meant" ("no wait, for the french") as its fragment', () => {
    const turns = conversation([{ question: 'what did the germans demand', answer: ['The Germans demanded a new budget.'] }]);
    expect(resolved('no wait, for the french', turns)).toBe('what did the french demand');
    expect(resolved('no wait for the french', turns)).toBe('what did the french demand');
    // Not set off, "no" is part of the question; a whole question after "no," is asked as it stands.
    expect(resolved('no progress?', turns)).toBe('no progress?');
    const led = conversation([{ question: 'who led the norwegian delegation', answer: ['The Norwegian delegation was led by John Carter.'], bold: ['John Carter'] }]);
    expect(resolved('no, what did anna berg say', led)).toBe('no, what did anna berg say');
  });
});

describe('ellipsis', () => {
  it('asks the previous question again with a bare question word', () => {
    const turns = conversation([{ question: 'where did the summit take place', answer: ['The summit took place in Oslo.'], bold: ['Oslo'] }]);
    expect(resolved('when?', turns)).toBe('when did the summit take place');
    expect(resolved('and why', turns)).toBe('why did the summit take place');
    expect(resolveFollowUp('how come?', turns).text).toBe('why did the summit take place');
  });

  it('puts a question phrase alone where the previous question asked one in place ("… near which country?" … "which border?")', () => {
    const inPlace = conversation([{ question: 'the soldiers are near which country?', answer: ['The soldiers are near the Norwegian border.'] }]);
    expect(resolved('which border?', inPlace)).toBe('the soldiers are near which border?');
    expect(resolved('no, i mean which border exactly?', inPlace)).toBe('the soldiers are near which border?');
  });

  it('asks the previous question again with a question phrase alone ("what time?", "whose troops?")', () => {
    const start = conversation([{ question: 'when did the summit start', answer: ['The summit started on Monday morning.'] }]);
    expect(resolved('what time exactly?', start)).toBe('what time did the summit start');
    const soldiers = conversation([{ question: 'how many soldiers are near the border', answer: ['About 5,000 soldiers are near the border.'] }]);
    expect(resolved('whose soldiers', soldiers)).toBe('whose soldiers are near the border');
    const attended = conversation([{ question: 'who attended the summit', answer: ['Ministers Anna Berg and John Carter attended.'] }]);
    expect(resolved('which countries?', attended)).toBe('which countries attended the summit');
    const held = conversation([
      { question: 'where was the summit held', answer: ['The summit was held in Oslo.'] },
      { question: 'in which city exactly', answer: ['The summit was held in Oslo.'] },
    ]);
    expect(resolved('in which city exactly', held.slice(0, 1))).toBe('in which city was the summit held');
    expect(resolved('on what day', [...held.slice(0, 1), { ...held[1]!, resolvedQuestion: 'in which city was the summit held' }])).toBe('on what day was the summit held');
  });

  it('asks which outlet reported it for "source?" after an answer that names one', () => {
    const reported = conversation([{ question: 'what did okonkwo say about the strike', answer: ['Reported by Reuters, Okonkwo said "the strike will go on."'] }]);
    for (const request of ['source?', 'src?', 'sources'])
      expect(resolveFollowUp(request, reported)).toMatchObject({ text: 'which outlet reported: the strike will go on.', rules: ['source'] });
  });

  it('answers doubt or a request for the source with the previous question again', () => {
    const turns = conversation([{ question: 'how many soldiers are near the border', answer: ['About 5,000 soldiers are near the border.'] }]);
    for (const doubt of ['really?', 'are you sure?', 'source?', 'where does it say that?', 'is that true', 'confirmed?', 'is that confirmed', 'official?', 'source for that number?', 'proof for that claim'])
      expect(resolveFollowUp(doubt, turns)).toMatchObject({ text: 'how many soldiers are near the border', dependence: 'resolved' });
    expect(resolveFollowUp('is that true that the army left', turns).text).not.toBe('how many soldiers are near the border');
  });

  it('reads a question phrase after a verb without its subject as the phrase alone', () => {
    const turns = conversation([{ question: 'when was the summit?', answer: ['The summit was held in Oslo on May 3.'] }]);
    expect(resolved('is in which city?', turns)).toBe('in which city was the summit');
    expect(resolved('was when?', turns)).toBe('when was the summit');
    // A verb with its own subject is a question of its own.
    expect(resolved('is oslo in which country?', turns)).not.toBe('in which country was the summit');
  });

  it('never reads "it" as the kind of answer a question asked for', () => {
    const turns = conversation([{ question: 'is in which city?', answer: ['Delegates met in Oslo.'] }]);
    expect(resolved('how long it take?', turns)).not.toContain('city');
  });

  it("puts a named person in place of a full name in its possessive", () => {
    const turns = conversation([{ question: "what is Sergei Petrov's job", answer: ['Sergei Petrov is a deputy minister.'] }]);
    expect(resolved('and Wendy Sherman?', turns)).toBe("what is Wendy Sherman's job");
  });

  it('asks about a topic named with "thing" or "stuff" alone, not in the last question', () => {
    const turns = conversation([{ question: 'how many soldiers has the army sent', answer: ['The army has sent 5,000 soldiers to the border.'] }]);
    // It had been "how many soldiers has the osce thing sent".
    expect(resolveFollowUp('ok and the osce thing?', turns)).toMatchObject({ text: 'the osce', dependence: 'standalone' });
    expect(resolved('what about that tax stuff', turns)).toBe('the tax');
    // An item picked by its place is left to the list rules.
    expect(resolved('and the second part?', turns)).not.toBe('the second');
    // A thing the last question left open is what it fills.
    const open = conversation([{ question: 'is the union willing to give up something', answer: ['The union may accept shorter hours.'] }]);
    expect(resolved('what about the pay thing', open)).not.toBe('the pay');
  });

  it('reads doubt put in several parts as its request for evidence', () => {
    const turns = conversation([{ question: 'how many soldiers are near the border', answer: ['About 5,000 soldiers are near the border.'] }]);
    for (const doubt of ['are you sure? source?', 'really? says who', 'you sure, proof?', 'really?? really?'])
      expect(resolveFollowUp(doubt, turns)).toMatchObject({ text: 'how many soldiers are near the border', dependence: 'resolved' });
    const reported = conversation([{ question: 'what did okonkwo say about the strike', answer: ['Reported by Reuters, Okonkwo said "the strike will go on."'] }]);
    expect(resolveFollowUp('are you sure? source?', reported)).toMatchObject({ text: 'which outlet reported: the strike will go on.', rules: ['source'] });
    // A part that is no doubt makes it a question of its own.
    expect(resolveFollowUp('are you sure? how many tanks', turns).text).not.toBe('how many soldiers are near the border');
  });

  it('skips small talk to find the exchange a bare question word continues', () => {
    const turns = conversation([
      { question: 'where did the summit take place', answer: ['The summit took place in Oslo.'], bold: ['Oslo'] },
      { question: 'thanks!', answer: ["You're welcome! I answer questions about the article \"Talks in Oslo\"."], intent: 'help' },
    ]);
    expect(resolved('and when?', turns)).toBe('when did the summit take place');
    expect(resolved('why', turns)).toBe('why did the summit take place');
  });

  it('reads "why not?" after a yes/no question as why it did not', () => {
    const turns = conversation([{ question: 'did the mayor sign the treaty', answer: ['The mayor refused to sign the treaty.'] }]);
    expect(resolved('why not?', turns)).toBe('why did the mayor not sign the treaty');
  });

  it('puts the answer in the subject of a who-question asked again', () => {
    const turns = conversation([{ question: 'who cancelled the concert', answer: ['The concert was cancelled by Mayor Tom Reed.'], bold: ['Tom Reed'] }]);
    expect(resolved('why', turns)).toBe('why did Tom Reed cancel the concert');
  });

  it('reads "they" after "who reported that" as the source in bold, and a source not asked for as none', () => {
    const asked = conversation([{ question: 'who reported that the ministers met', answer: ['According to the Associated Press, the ministers met in Oslo.'], bold: ['Associated Press'] }]);
    expect(resolved('what else did they report', asked)).toBe('what else did the Associated Press report');
    const cited = conversation([{ question: 'where did the ministers meet', answer: ['According to the Associated Press, the ministers met in Oslo.'], bold: ['Oslo'] }]);
    expect(resolved('what did they agree on', cited)).not.toContain('Associated Press');
  });

  it('replaces a whole multi-word name with the fragment, not the one word the tagger named', () => {
    const press = conversation([{ question: 'what did the associated press report', answer: ['According to the Associated Press, the ministers met for six hours.'] }]);
    expect(resolved('and the bbc?', press)).toBe('what did the bbc report');
    const nations = conversation([{ question: 'what did the united nations say', answer: ['The United Nations called for calm.'] }]);
    expect(resolved('and nato?', nations)).toBe('what did nato say');
  });

  it('replaces the counterpart of a fragment: a nationality, a person, an ordinal', () => {
    const team = conversation([{ question: 'who led the french team', answer: ['The French team was led by Marc Dubois.'], bold: ['Marc Dubois'] }]);
    expect(resolved('and the german one?', team)).toBe('who led the german team');
    expect(resolved('and the german side?', team)).toBe('who led the german side');
    const speech = conversation([{ question: 'what did carter say about trade', answer: ['Foreign Minister John Carter said trade would grow.'] }]);
    expect(resolved('what about anna berg?', speech)).toBe('what did anna berg say about trade');
    const meeting = conversation([{ question: 'when did the first round start', answer: ['The first round started on Monday.'] }]);
    expect(resolved('and the second one?', meeting)).toBe('when did the second round start');
    // "one" stands for the head noun of the phrase it replaces.
    const summit = conversation([{ question: 'when is the budget meeting', answer: ['The budget meeting is on Friday.'] }]);
    expect(resolved('and the planning one?', summit)).toBe('when is the planning meeting');
  });

  it('changes the ordinal the previous question asked with, before any list its answer gave', () => {
    const turns = conversation([
      { question: "what's the third demand", answer: ['The second and third rounds will involve Norway with the EU and Norway with the UN.'] },
    ]);
    expect(resolved('and the first one?', turns)).toBe('what is the first demand');
    expect(resolved('what about the 2nd', turns)).toBe('what is the 2nd demand');
  });

  it('lets a country and a body stand for each other, with the article they were asked with', () => {
    const turns = conversation([{ question: 'does the EU agree', answer: ['The EU and Norway signed the accord.'] }]);
    expect(resolved('what about nato?', turns)).toBe('does nato agree');
    expect(resolved('and the UN?', turns)).toBe('does the UN agree');
  });

  it('puts a country in place of a place that is no city, or else a nationality, before a city', () => {
    const team = conversation([{ question: 'who was in charge of the french team in oslo', answer: ['The French team in Oslo was led by Marc Dubois.'] }]);
    expect(resolved('and for germany?', team)).toBe('who was in charge of the germany team in oslo');
    expect(resolved('and bergen?', team)).toBe('who was in charge of the french team in bergen');
    const trade = conversation([{ question: 'what did norway say about france in oslo', answer: ['Norway said France would join.'] }]);
    expect(resolved('and germany?', trade)).toBe('what did germany say about france in oslo');
    // "US" is a place the tagger does not call a country: it may be one, and comes first.
    const position = conversation([{ question: "what's the US position on ukraine joining nato", answer: ['The US backs the open door.'] }]);
    expect(resolved("and russia's?", position)).toBe("what is russia's position on ukraine joining nato");
  });

  it('asks the previous question again with a condition that stands alone in place of its own', () => {
    const turns = conversation([{ question: 'what did the eu threaten norway with if it leaves the treaty', answer: ['The EU threatened Norway with tariffs if it left the treaty.'] }]);
    expect(resolved('and if it leaves the union?', turns)).toBe('what did the eu threaten norway with if it leaves the union');
    expect(resolved('what if it stays?', turns)).toBe('what did the eu threaten norway with if it stays');
    expect(resolved('and unless sweden joins?', turns)).toBe('what did the eu threaten norway with unless sweden joins');
    // A pronoun opening the condition is whoever opened the earlier one, and the verb it leaves out is the earlier one's.
    const attack = conversation([{ question: 'what would the eu do if norway leaves', answer: ['The EU would impose tariffs if Norway left.'] }]);
    expect(resolved("what if it doesn't?", attack)).toBe('what would the eu do if norway does not leave');
    // A condition put first is not replaced.
    const first = conversation([{ question: 'if norway leaves, what will the eu do', answer: ['The EU would impose tariffs.'] }]);
    expect(resolved('and if it stays?', first)).not.toMatch(/^if norway leaves/);
  });

  it('replaces what follows the same preposition when the fragment opens with one', () => {
    const turns = conversation([{ question: 'what did the mayor say about the budget', answer: ['The mayor said the budget was tight.'] }]);
    expect(resolved('and about the schools?', turns)).toBe('what did the mayor say about the schools');
    const where = conversation([{ question: 'what did the mayor say about the budget in oslo', answer: ['The mayor said the budget was tight.'] }]);
    expect(resolved('and in bergen?', where)).toBe('what did the mayor say about the budget in bergen');
    // A question of its own that opens with a preposition is left as it is.
    expect(resolveFollowUp('in which city did the mayor speak', where).text).toBe('in which city did the mayor speak');
  });

  it('keeps one possessive when the fragment brings its own ("and russia\'s?")', () => {
    const turns = conversation([{ question: "what are the EU's plans", answer: ['The EU plans a summit.'] }]);
    expect(resolved("and norway's?", turns)).toBe("what are norway's plans");
  });

  it('finds the word a fragment replaces as a whole word ("us" is not inside "russian")', () => {
    const turns = conversation([{ question: 'who led the russian delegation', answer: ['Sergei Ryabkov led the Russian side, and the US was led by Wendy Sherman.'] }]);
    expect(resolved('and the US?', turns)).toBe('who led the US delegation');
  });

  it('marks a reaction with nothing after it as leaning on the previous exchange', () => {
    const turns = conversation([{ question: 'what did the council announce', answer: ['The council announced a tax rise.'] }]);
    expect(resolveFollowUp('how did the union respond', turns)).toMatchObject({ text: 'how did the union respond', dependence: 'continued' });
  });
});

describe('independence', () => {
  it('leaves a question that stands on its own exactly as asked', () => {
    expect(resolveFollowUp('how tall is the Eiffel Tower?', SUMMIT)).toEqual({ text: 'how tall is the Eiffel Tower?', dependence: 'standalone', rules: [], antecedents: [] });
    expect(resolveFollowUp('And what does the treaty say about fishing?', SUMMIT)).toMatchObject({ text: 'And what does the treaty say about fishing?', dependence: 'continued' });
  });

  it('leaves standalone questions alone after a conversation, whatever their "that", "it" or "first"', () => {
    const turns = conversation([
      { question: 'what are the proposals of the council', answer: ['The three proposals are: a tax cut, a new bridge and longer school days.'] },
      { question: 'who proposed the new bridge', answer: ['The bridge was proposed by Mayor Tom Reed of Lyon.'], bold: ['Tom Reed'] },
    ]);
    for (const question of [
      'Why did the council say that the bridge was too expensive?',
      'Did Tom Reed say that bridges cost too much?',
      'What were the proposals that the union made?',
      'Is it likely that the tax cut passes?',
      'What does this article say about schools?',
      'When is the first vote?',
      'How tall is the Eiffel Tower?',
      'What about the weather in Lyon tomorrow, will it rain?',
    ]) {
      expect(resolveFollowUp(question, turns), question).toMatchObject({ text: question, rules: [] });
    }
  });

  it('changes nothing without context', () => {
    expect(resolveFollowUp('what did he say', [])).toMatchObject({ text: 'what did he say', dependence: 'standalone' });
  });

  it('takes nothing from an answer that said the article does not say', () => {
    const turns = conversation([{ question: 'who is the mayor of Oslo', answer: ['Mayor Tom Reed spoke.'], abstained: true }]);
    expect(turns[0]).toMatchObject({ abstained: true, passageIds: [], answerSentences: [] });
    expect(turns[0]?.referents.map((referent) => referent.from)).not.toContain('answer');
    // "he" is the person the member asked about, not the one the unused answer named.
    expect(resolveFollowUp('what did he say', turns).text).toBe('what did the mayor of Oslo say');
    const thing = conversation([{ question: 'what is the tax in Oslo', answer: ['Mayor Tom Reed spoke.'], abstained: true }]);
    expect(resolveFollowUp('what did he say', thing)).toMatchObject({ text: 'what did he say', dependence: 'continued' });
  });
});

describe('"tell me more"', () => {
  const UNION = conversation([{ question: "what are the union's demands", answer: ['The union demands higher wages.', 'It also wants shorter shifts.'] }]);

  it('asks the previous question again, for what its answer did not already say', () => {
    for (const asked of ['tell me more', 'Tell me more please!', 'go on', 'anything else?', 'and what else', 'more details', 'can you elaborate on that', 'elaborate']) {
      expect(resolveFollowUp(asked, UNION), asked).toMatchObject({
        text: "what are the union's demands",
        dependence: 'resolved',
        rules: ['more'],
        alreadyShown: ['The union demands higher wages.', 'It also wants shorter shifts.'],
      });
    }
  });

  it('asks about the person a who-question was answered with', () => {
    expect(resolveFollowUp('tell me more', SUMMIT)).toMatchObject({
      text: 'tell me more about John Carter',
      alreadyShown: ['The summit was chaired by John Carter and Anna Berg, the two foreign ministers.'],
    });
  });

  it('leaves out everything a run of "more" requests has shown', () => {
    const turns = conversation([
      { question: "what are the union's demands", answer: ['The union demands higher wages.'] },
      { question: 'tell me more', answer: ['It also wants shorter shifts.'] },
    ]);
    expect(resolveFollowUp('go on', turns)).toMatchObject({
      text: "what are the union's demands",
      alreadyShown: ['It also wants shorter shifts.', 'The union demands higher wages.'],
    });
  });

  it('leaves out what was already answered from "what else …"', () => {
    const turns = conversation([{ question: 'what did carter say', answer: ['Carter said trade would grow.'] }]);
    expect(resolveFollowUp('what else did he say', turns)).toMatchObject({
      text: 'what else did Carter say',
      alreadyShown: ['Carter said trade would grow.'],
    });
    expect(resolveFollowUp('what did he say', turns).alreadyShown).toBeUndefined();
  });

  it('is a question of its own when it asks for something', () => {
    expect(resolveFollowUp('what else did he say', SUMMIT).rules).not.toContain('more');
    expect(resolveFollowUp('tell me more about the budget', SUMMIT).alreadyShown).toBeUndefined();
    expect(resolveFollowUp('tell me more', []).alreadyShown).toBeUndefined();
  });
});

describe('requests in a conversation (fifty-fourth session)', () => {
  it('asks a request for a topic of its own as it stands, and reads one that points back', () => {
    // Read as "what about Anna Berg?", it had asked the last question again.
    expect(resolveFollowUp('can you tell me about Anna Berg', SUMMIT)).toMatchObject({ text: 'can you tell me about Anna Berg', dependence: 'standalone' });
    expect(resolveFollowUp('explain the budget plan', SUMMIT)).toMatchObject({ text: 'explain the budget plan', dependence: 'standalone' });
    expect(resolved('tell me about her', SUMMIT)).toContain('Anna Berg');
    expect(resolved('what about the budget?', SUMMIT)).not.toBe('what about the budget?');
  });

  it('points "that" at what a request asked, not at the request around it', () => {
    // "Walk" had stayed in the rewrite, and the engine said the article never mentions it.
    const turns = conversation([{ question: 'Walk me through what happened on May 3', answer: ['On May 3, the ministers met in Oslo.'] }]);
    expect(resolved('was that in the same week?', turns)).toBe('was that (happened on May 3) in the same week?');
  });
});

describe('a clause after a noun (fifty-fourth session)', () => {
  it('ends the noun phrase before the clause\'s subject: "they" is the demands, not "the demands Norway"', () => {
    const turns = conversation([{ question: 'What are the two demands Norway put forward?', answer: ['Norway put forward two demands in March.'] }]);
    expect(resolved('when were they submitted?', turns)).toBe('when were the two demands submitted?');
  });
});

describe('going back to an earlier topic (fifty-fourth session)', () => {
  it('reads "back to X, …" as naming X for the question\'s pronoun, as "what about X, …" does', () => {
    const turns = conversation([
      { question: 'When was the Oslo meeting?', answer: ['On Monday, the two delegations met in Oslo.'] },
      { question: 'What does the union think about the strike?', answer: ['The union sees the strike as a threat to the harbour.'] },
    ]);
    // "it" had been read as what the turn before was about: "how long was the union?".
    expect(resolved('Back to the meeting, how long was it?', turns)).toBe('how long was the meeting?');
    expect(resolved('ok back to the oslo meeting: who led it?', turns)).toBe('who led the oslo meeting?');
    // Set off by a dash, as chat writes it (the dash had been read as part of the question).
    expect(resolved('back to the meeting — how long was it?', turns)).toBe('how long was the meeting?');
    expect(resolved('back to the meeting - how long was it?', turns)).toBe('how long was the meeting?');
  });
});

describe('"that" after a claim with a tag (fifty-fourth session)', () => {
  it('points at the claim without its tag', () => {
    const turns = conversation([{ question: "Are you sure? Carter accepted the offer, didn't he?", answer: ['But Carter rejected the offer.'] }]);
    // It had kept the tag: "… that (Carter accepted the offer did not he)".
    expect(resolved("why can't the union just decide that?", turns)).toBe('why cannot the union just decide that (Carter accepted the offer)?');
  });
});

describe('whose view, asked without a verb (fifty-fourth session)', () => {
  it('asks what that person\'s view is, not the last question with the fragment for its subject', () => {
    const turns = conversation([{ question: 'how did Anna Berg describe the summit?', answer: ['Anna Berg called the summit "honest and frank".'] }]);
    // It had been "what did Anna Berg's view on trade say".
    expect(resolved('and her view on trade?', turns)).toBe("what is Anna Berg's view on trade?");
    expect(resolved('her opinion?', turns)).toBe("what is Anna Berg's opinion?");
  });
});
