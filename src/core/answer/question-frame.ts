import { CHAT_ASIDES } from '../text/chat-asides.js';
import { STOPWORDS } from '../text/stopwords.js';
import { withoutFillerNoun, withoutHedges } from './filler-words.js';

/**
 * "what kind of guarantees …", "which type of school …": the kind word frames the question; the
 * question is about guarantees and schools. Left in, "kind" or "type" counts as a content word
 * that no answer holds, and in a corpus that never uses it, it weighs most of all.
 */
const KIND_OF =
  /\b(what|which)\s+((?:other|different|main|specific|particular)\s+)?(?:kinds?|types?|sorts?|forms?|variet(?:y|ies)|categor(?:y|ies))\s+of\s+/gi;

/** "what was the name of her first album" asks what her first album was. */
const NAME_OF = /\b((?:what|which)(?:['’]?s|\s+(?:is|was|are|were)))\s+(?:the\s+)?names?\s+of\s+/gi;

/**
 * Greetings, addressing and requests around a question ("hey bot, who led …", "can you tell me
 * who led …", "do you know where …", "i want to know how many …", "just curious, …", "real quick,
 * …", "anyone know …", "i have a question, …", "one more: …", "follow up: …", and a reaction to the last answer
 * set off by a mark: "interesting, …", "thanks! …", "got it. …"): each would count as content
 * that no answer holds ("know", "want", "bot"), and "can you …" would type the question as
 * yes/no. One unit at a time, and only when a question word follows.
 */
const REQUEST_UNIT = new RegExp(
  String.raw`^(?:(?:hey|hi|hello|yo|ok|okay|kk|um|uh|hmm+|so|like|and|but|or|wait|hold\s+on|hang\s+on|well|also|actually|sorry|anyway|alright|btw|oh+|ah+|omg|whoa|woah|lol|lmao+|(?:ha){2,}|bot|article-qa|please|pls|plz|kindly|nvm|never\s*mind|forget\s+(?:it|that)|${CHAT_ASIDES})\b[\s,!:;.-]*|(?:(?:a|an|one|another|different|quick|other|random|dumb|silly|stupid|noob|newbie|basic|simple|honest|serious|genuine|real|last|follow-up|side|small|little|separate|bonus)\s+)+question\b[\s,!:;.-]*|(?:on\s+a\s+)?side\s*note\b[\s,!:;.-]*|out\s+of\s+(?:interest|curiosity)\b[\s,!:;.-]*|(?:i['’]?m|im|i\s+am)\s+new\s+(?:here|to\s+(?:this|the\s+(?:server|channel|bot)))\b[\s,!:;.-]*|(?:(?:can|could|would|will|might|may)\s+(?:you|u|someone|somebody|anyone|anybody)\s+(?:(?:please|kindly|possibly|perhaps|just)\s+|be\s+(?:so\s+kind\s+as|kind\s+enough|good\s+enough)\s+to\s+)*)?(?:tell|show|remind|explain\s+to|inform|advise)\s+(?:me|us)\b[\s,]*(?:please\b[\s,]*)?|(?:can|could|would|will|might|may)\s+(?:you|u|someone|somebody|anyone|anybody)\s+(?:(?:please|kindly|possibly|perhaps|just)\s+|be\s+(?:so\s+kind\s+as|kind\s+enough|good\s+enough)\s+to\s+)+(?=(?:explain|describe|clarify|outline|confirm|summari[sz]e|list|let)\b)|(?:i|we)\s+(?:would|should|['’]d)\s+(?:(?:very\s+much|really|most|so|be|very|truly|also)\s+)*(?:like|love|appreciate|grateful|glad|thankful|interested|keen)\s+(?:to\s+(?:know|learn|hear|find\s+out|understand)|knowing|learning|hearing|(?:it\s+)?if\s+(?:you|u|someone|anyone)\s+(?:could|would|can|might)\s+(?:(?:please|kindly)\s+)?(?:tell|explain\s+to|inform|show|let)\s+(?:me|us)(?:\s+know)?)\b[\s,]*|(?:if|whether)\s+(?:you|u|someone|anyone)\s+(?:could|might|would|can)\s+(?:(?:please|kindly|possibly)\s+)?(?:tell|explain\s+to|inform|show)\s+(?:me|us)\b[\s,]*|(?:it\s*)?(?:would|['’]d)\s+be\s+(?:(?:really|so|very|super)\s+)?(?:great|nice|helpful|awesome|cool|good|lovely|wonderful|amazing|appreciated)\s+if\s+(?:you|u|someone|somebody|anyone|anybody)\s+(?:could|would|can)\s+(?:(?:please|kindly|just)\s+)?(?:tell|remind|explain\s+to|inform|show|let)\s+(?:me|us)(?:\s+know)?\b[\s,]*|(?:(?:can|could|would)\s+(?:you|u)\s+)?let\s+(?:me|us)\s+know\b\s*|(?:(?:do|does|would|will)\s+)?(?:you|u|anyone|anybody|someone|somebody)\s+(?:(?:happen|happens)\s+to\s+)?(?:know|remember|recall)\b\s*|(?:i['’]?m|im|i\s+am)\s+(?:a\s+(?:bit|little)\s+|so\s+|kinda\s+|really\s+|still\s+)?(?:confused|unsure|unclear|not\s+sure)\s+(?:about|on|as\s+to|of)?\b[\s,:]*|(?:can|could|may|might)\s+i\s+ask(?:\s+(?:you|u))?\b[\s,!:;.-]*|(?:i['’]?m|im|i\s+am)\s+(?:just\s+)?(?:trying|tryna)\s+to\s+(?:figure\s+out|understand|work\s+out|find\s+out|remember)\b[\s,:]*|what\s+(?:i|we)\s+(?:want|need|would\s+like|wanna)\s+(?:to\s+)?know\s+is\b[\s,:]*|any\s+(?:idea|clue)s?\b\s*|(?:just\s+)?curious\b[\s,!:;.-]*|(?:real|very|super)\s+quick\b[\s,!:;.-]*|quick\s+q\b[\s,!:;.-]*|diff\s+q(?:uestion)?\b[\s,!:;.-]*|(?:(?:a\s+)?(?:new|different|separate)\s+(?:topic|subject)|changing\s+(?:the\s+)?(?:topic|subject)|(?:unrelated|off[\s-]topic)(?:\s+but)?)\b[\s,!:;.-]*|question\b[\s,!:;.-]*|(?:lemme|let\s+me)\s+ask(?:\s+(?:you|u))?\b[\s,!:;.-]*|(?:i|we)\s+(?:have|got|had)\s+a\s+(?:quick\s+)?(?:question|q)\b[\s,!:;.-]*|(?:one|1)\s+more(?:\s+(?:thing|question|q))?\s*[,:;-][\s,!:;.-]*|follow[\s-]?up(?:\s+(?:question|q))?\s*[,:;-][\s,!:;.-]*|(?:interesting|cool|nice|great|awesome|perfect|thanks|thank\s+you|thx|ty|got\s+it|gotcha|i\s+see|noted|wow|huh|damn|makes\s+sense|fair\s+enough|good\s+to\s+know)\s*[,.!:;-][\s,!:;.-]*|(?:(?:i|we)\s+)?(?:want|need|would\s+like|wanna)\s+(?:to\s+)?know\b\s*|(?:i|we)['’]d\s+like\s+(?:to\s+)?know\b\s*|(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|anybody)\s+(?:please\s+)?)?(?:check|find\s+out|look\s+up|figure\s+out|confirm|verify)(?:\s+for\s+(?:me|us))?\b(?:\s*[:,-]\s*|\s+that\s+|\s*)|(?:does|did|do)\s+(?:it|the\s+(?:article|story|text|piece|report))\s+(?:say|mention|tell\s+(?:me|us)|explain)\b\s*|i(?:\s+(?:wonder|am\s+wondering|was\s+wondering)|['’]m\s+wondering)\b\s*)`,
  'i',
);
/** A question word, or one after its preposition or a hedge ("in which city …", "roughly how many …"). */
const QUESTION_WORD =
  /^(?:(?:approximately|roughly|precisely|exactly|about|in|on|at|from|to|for|with|by|during|since|until|after|before|of|under|into)\s+)?(?:who|whom|whose|what|which|when|where|why|how)\b/i;
/**
 * The verb a yes/no question opens with ("so are they still talking", "hey bot, did russia
 * invade", "ok is that true lol"): a question as much as one with a question word, and its
 * openers frame it the same way.
 */
const YES_NO_OPENING =
  /^(?:is|are|was|were|am|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must)(?:n['’]?t)?\b(?!\s+(?:you|u|someone|somebody|anyone|anybody)\s+(?:please\s+)?(?:tell|show|remind|explain|describe|list|outline|summari[sz]e|sum\s+up|break\s+down|walk\s+(?:me|us)\s+through|go\s+over|give|know)\b)/i;

/**
 * A request for information about a topic, in the imperative ("explain the three demands",
 * "describe how the talks ended", "tell me about ryabkov", "give me some details on the osce",
 * "give me a summary of russia's demands", "key points about the sanctions", and chat's "eli5 …", "what's the
 * deal with georgia", "what's up with the sanctions", "what's the tldr on ryabkov"):
 * what follows it is what is asked about, with a question word or without. Left in, "explain"
 * or "describe" counts as content that no answer holds, as "kind" did.
 */
/** A yes/no question asked inside a request: "(does anyone know) if X", "(i wonder) whether X". */
const EMBEDDED_YES_NO = /^(?:if|whether)\s+(?!(?:or\s+not|not)\b)(.+)$/i;

/** What is left of "tell me (more) about X" once "tell me" is taken off. */
const ABOUT = /^(?:(?:a\s+bit|a\s+little|more|something|anything|everything)\s+)*about\b[\s,:]*/i;
const TOPIC_REQUEST =
  /^(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|anybody)\s+(?:please\s+)?)?(?:explain|eli5|describe|outline|list|summari[sz]e|sum\s+up|break\s+down|walk\s+(?:me|us)\s+through|go\s+over|elaborate\s+on|(?:tell|teach|inform)\s+(?:me|us)\s+(?:(?:a\s+bit|a\s+little|more|something|anything|everything)\s+)*about|talk\s+(?:to\s+(?:me|us)\s+)?about|(?:give|show|send)\s+(?:me|us)\s+(?:(?:some|more|any|the)\s+)?(?:details|detail|info|information|facts|background|an\s+explanation|an\s+overview)\s+(?:on|about|of|regarding)|(?:(?:give|show|send|tell)\s+(?:me|us)\s+)?(?:(?:a|an|the|some)\s+)?(?:(?:quick|short|brief)\s+)?(?:summary|gist|rundown|overview|recap|key\s+points|main\s+points|highlights|tl;?dr)\s+(?:on|about|of|regarding)|what(?:'s|’s|s|\s+is)\s+(?:the\s+(?:deal|story|situation)|going\s+on|up)\s+with|what(?:'s|’s|s|\s+is)\s+the\s+(?:(?:quick|short|brief)\s+)?(?:gist|rundown|recap|lowdown|tl;?dr)\s+(?:on|about|of|regarding|for))\b(?:\s+(?:to\s+)?(?:me|us)\b)?[\s,:]*/i;
/**
 * "… or no", "… or not", "… yes or no" after a yes/no question ("does the us want limits on drills
 * or no", "the us is leader of nato or no"): it says the question is one of yes or no. Left in,
 * "no" read as a negation the answer should hold, and the top sentence changed.
 */
const YES_NO_TAIL =
  /(?:,?\s+(?:or\s+(?:not|no|nah|nope|what)|yes\s+or\s+no)|(?:\s*[,—–]\s*|\s+-\s+|\s+)(?:is\s+(?:that|it|this)|isn['’]?t\s+(?:that|it)|that['’]?s|thats)\s+(?:true|right|correct|accurate|so)|\s*(?:,|\s[—–-])\s*(?:true|right|correct|no|yes))+(?=[\s?!.]*$)/i;
/**
 * A claim put up to be checked ("true or false: the talks were in geneva", "fact check: …",
 * "is this true: …"): what is asked is whether the article says what follows, a yes/no question
 * as "… , true?" and "… , is that right?" after a statement are (above). Left in, "true",
 * "false" and "fact" counted as content no passage holds: "true or false: the talks were in
 * geneva" heard "doesn't say" at 0.08. Only with the mark that sets the claim apart ("is this
 * true" with no mark is itself the question); "is it true that …" is read below.
 */
const CLAIM_CHECK =
  /^(?:true\s+or\s+false|false\s+or\s+true|fact[\s-]?check|real\s+or\s+fake|(?:is|was)\s+(?:this|it|that)\s+(?:true|right|correct|accurate))\s*[:?!.,-]+\s*/i;
/**
 * "is it true that X", "isn't it true X", "am i right that X", "would it be fair to say X", what
 * the article is said to say ("the article says X", "the story puts X"), and a member's own claim
 * after a challenge, "i thought X", "i heard X": the claim X is what is asked about, a yes/no
 * question as the claim checks above are. Left in, "true", "right" or "fair" counted as content
 * no passage holds: "is it true that sherman led the us
 * delegation" scored 0.35 where "sherman led the us delegation?" scores 0.66, and the skeptic's
 * "isn't it true the americans told russia no on ukraine joining nato" heard "doesn't say" (0.08).
 * Only before a claim of three words or more (see withoutRequest), so "is it true?" and "is it
 * right that they did?" stay as written.
 */
const TRUTH_QUESTION =
  /^(?:(?:is|was|isn['’]?t|wasn['’]?t|isnt|wasnt)\s+it\s+(?:really\s+|actually\s+|also\s+)?(?:true|right|correct|accurate|the\s+case|a\s+fact)|(?:am|was)\s+i\s+(?:right|correct|wrong)(?:\s+(?:in\s+(?:thinking|saying|understanding)|to\s+(?:think|say)))?|(?:would|is)\s+it\s+(?:be\s+)?(?:fair|right|correct|accurate|safe)\s+to\s+say|(?:but\s+)?i\s+(?:thought|heard|read|assumed|was\s+told)|(?:the|this)\s+(?:news\s+)?(?:article|story|text|piece|report)\s+(?:says|said|states|stated|claims|claimed|reports|reported|mentions|puts|gives|writes|wrote))(?:\s+that)?\s+(?!(?:or|and|but|for|to|of|in|on|about|with|if|because|when|so)\b)(?=\p{L})/iu;
/** A claim without the words that ask whether it holds ("i thought X", "is it true that X" → X), when three words or more are left. */
export function withoutTruthFrame(text: string): string {
  const frame = TRUTH_QUESTION.exec(text.trimStart());
  const claim = frame ? text.trimStart().slice(frame[0].length) : text;
  return frame && claim.trim().split(/\s+/).length >= 3 ? claim : text;
}

/**
 * Chat's noise after a message, which says nothing of what is asked: laughter, thanks, "please",
 * "tho" and the asides ("… lol", "… thanks", "… tbh"). Both the question's frame (below) and a
 * follow-up's reading (CHAT_CLOSING) take it off.
 */
const CHAT_NOISE = String.raw`please|pls|plz|my\s+bad|thanks(?:\s+in\s+advance)?|no\s+cap|lol|lmao+|rofl|(?:ha){2,}h?|xd|:\)|:d|btw|(?:just\s+)?asking\s+for\s+a\s+friend|tho|though|just\s+(?:asking|wondering|curious)|${CHAT_ASIDES}`;
/**
 * What the answer is for, after the question ("list the demands for my essay", "… for a quiz answer
 * key", "… for our debate"): the member's own plans, which no passage holds. Left in, "essay" and
 * "quiz" counted as content, and a blind probe's "list them for a quiz answer key" heard "doesn't
 * say" ("list the demands for my essay" 0.06, without it 0.13). Only after "my" or "our", or
 * after "a" or "an" for a school's work ("for a quiz"): "the report" or "a report" may be what a
 * question asks about ("what did the ministry pay for a report").
 */
const PURPOSE = String.raw`for\s+(?:(?:my|our)\s+(?:[a-z'’-]+\s+){0,2}?(?:essay|class|quiz|test|exam|homework|assignment|report|presentation|paper|project|thesis|course|lesson|seminar|debate|notes|newsletter|podcast|blog|answer\s+key|study\s+guide|worksheet|club|group\s+chat|students|kids)|(?:a|an)\s+(?:[a-z'’-]+\s+){0,2}?(?:quiz|essay|homework|assignment|presentation|worksheet|answer\s+key|study\s+guide))`;
/**
 * Thanks, "please" and laughter after the question ("who's sherman lol", "… thanks in advance"),
 * and, as before it, chat's asides and the people addressed ("… tbh", "… ngl", "… guys"), and a
 * closing hedge or request ("… exactly", "… roughly", "… anyway", "… i think", "…, you think?",
 * "… pls explain", "… briefly", "… in a nutshell"): each
 * had counted as content no passage holds, and halved the answer's confidence ("what does russia
 * want" 0.22, "… tbh" 0.11, "guys what does russia want" 0.07).
 */
const TRAILING_POLITENESS = new RegExp(
  String.raw`(?:[\s,]+(?:${CHAT_NOISE}|thank\s+you(?:\s+in\s+advance)?|(?:thx|ty)(?:\s+in\s+advance)?|(?<=[,?]\s*)(?:(?:(?:do|does)\s+)?(?:you|u|anyone|anybody|any1)\s+know|(?:can|could)\s+(?:you|u|anyone|anybody|someone|somebody)\s+(?:tell|remind)\s+me|remind\s+me|i\s+forg[eo]t|any\s+(?:idea|clue)s?|quickly|(?:i['’]?m|im)\s+(?:just\s+)?curious|(?:do\s+)?(?:you|u)\s+think)|in\s+(?:more\s+)?(?:detail|depth)|in\s+(?:one|a)\s+(?:word|sentence|line)|according\s+to\s+(?:you|u)|if\s+(?:that|it)['’]?s\s+(?:in\s+(?:there|it|the\s+(?:article|story|text))|mentioned)|if\s+(?:it|the\s+(?:article|story|text))\s+(?:says|mentions\s+it)|please\s+and\s+thank\s+(?:you|u)|lmk|asap|if\s+(?:you|u|anyone|anybody|someone)\s+knows?|if\s+that\s+makes\s+sense|(?<=[,?]\s*)(?:anyone|anybody|any1|someone|somebody)|again|i\s+think|anyway|anyways|exactly|actually|really|basically|(?:please|pls|plz)\s+explain|briefly|in\s+(?:short|brief|a\s+nutshell)|roughly|approximately|more\s+or\s+less|in\s+(?:a\s+few|simple|plain)\s+(?:words|terms|english)|${PURPOSE}))+(?=[\s?!.]*$)`,
  'i',
);

/**
 * Links in a question: a member pastes the story's address with it ("who led the us delegation?
 * https://…"), and its words ("www", "com", "news") are content no passage holds. A Markdown link
 * keeps its text.
 */
const MARKDOWN_LINK = /\[([^\]]*)\]\(\s*<?https?:\/\/[^)\s]*>?\s*\)/gi;
const LINK = /<?\bhttps?:\/\/[^\s<>]+>?|\bwww\.[^\s<>]+/gi;

/**
 * Where the answer is to be found, when that is the article itself ("who is the nato boss in this
 * article", "according to the story, who …", "in the text, how many …"): every question is about
 * the article, so the phrase says nothing of what is asked, and left in, "article" or "story"
 * counted as content no passage holds ("what is the name of the nato boss in this article" scored
 * 0.18 with a sentence about Wendy Sherman, where without the phrase it hears "doesn't say").
 * Not "in the text of the treaty": a text of something is a thing asked about. In parentheses
 * too ("who led the us side (from the article)?"), where the marks had been left behind. And as
 * a quiz writes it: "what does OSCE stand for, as given in the text?" had heard "doesn't say"
 * (0.07) where "what does OSCE stand for?" is answered (0.53).
 */
const DOCUMENT_REFERENCE =
  /\s*\(\s*(?:in|from|per|according\s+to|based\s+on)\s+(?:the|this|that)\s+(?:news\s+)?(?:article|story|text|passage|piece)\s*\)|(?:^|,?\s+)(?:(?:as\s+(?:it\s+is\s+|is\s+)?(?:given|stated|said|written|mentioned|described|reported|put|told|explained|noted|set\s+out|laid\s+out|shown)\s+)?(?:in|from|by)|per|according\s+to|based\s+on)\s+(?:the|this|that)\s+(?:news\s+)?(?:article|story|text|passage|piece)(?!\s+of\b)(?![\p{L}-])\s*,?/giu;

/**
 * The article as the subject of a verb that only says it holds the answer, after the thing asked
 * for: "what figure does the piece give for russian troops", "what titles does the article give
 * the two heads", "which reason does the story state". The thing asked for and what follows are
 * the question ("what figure for russian troops …"); left in, "piece" and "give" weighed more
 * than the troops, and the sentence with the number came second (0.63 for one without it).
 */
const ARTICLE_GIVES =
  /\b((?:what|which)\s+(?:[\p{L}'’-]+\s+){1,3}?)(?:does|did|do)\s+(?:the|this)\s+(?:news\s+)?(?:article|story|text|piece|report|author|writer)\s+(?:give|state|cite|report|quote|put|list|use|mention|say|provide|offer)s?\b\s*/giu;

/** What an article does with what it holds: "who is mentioned", "what is discussed". */
const SAYING_WORD = /^(?:mention|discuss|cover|name|talk|report|describ|writ|wrote|said|say|tell|told|featur|list)\p{L}*$/u;

function withoutDocumentReference(asked: string): string {
  const question = asked.search(ARTICLE_GIVES) < 0 ? asked : asked.replace(ARTICLE_GIVES, (_match, thing: string) => thing).replace(/\s+([?!.,]|$)/g, '$1');
  // Most questions name no document: they are left exactly as written, spaces and all.
  if (question.search(DOCUMENT_REFERENCE) < 0) return question;
  const rest = question.replace(DOCUMENT_REFERENCE, ' ').replace(/\s+([?!.,])/g, '$1').replace(/\s+/g, ' ').trim();
  // "who is in the article" and "who is mentioned in the article" are left whole: without the
  // phrase nothing is asked but what the article says.
  const asksSomething = (rest.toLowerCase().match(/\p{L}[\p{L}'’]*/gu) ?? []).some(
    (word) => !STOPWORDS.has(word) && !QUESTION_WORD.test(word) && !SAYING_WORD.test(word),
  );
  return asksSomething ? rest : question;
}

/**
 * Whether a message is links and nothing else ("https://…", "<https://…> 👀"): no question is
 * asked, and it had been answered "The article doesn't say. Nothing in it is about this question."
 */
export function isOnlyLinks(message: string): boolean {
  return /https?:\/\/|www\./i.test(message) && !/[\p{L}\p{N}]/u.test(message.replace(MARKDOWN_LINK, '$1').replace(LINK, ' '));
}

/** The question without links (see {@link LINK}), or as it was when nothing else is left. */
export function withoutLinks(question: string): string {
  if (!/https?:\/\/|www\./i.test(question)) return question;
  const rest = question.replace(MARKDOWN_LINK, '$1').replace(LINK, ' ').replace(/\s+([?!.,])/g, '$1').replace(/\s+/g, ' ').trim();
  return /\p{L}/u.test(rest) ? rest : question;
}

/**
 * "does the article mention china", "is georgia mentioned", "was crimea discussed", "does it
 * talk about crimea": the question is whether the article says anything about the topic, and its
 * answer is what the article says about it. Left in, "mention" matched "the three areas that I
 * have mentioned" and answered "is china mentioned" with a quote that never names China.
 */
const ARTICLE_WORDS = '(?:the\\s+)?(?:article|story|text|report|piece|news|it|this)';
const MENTION_BEFORE = new RegExp(
  `^(?:(?:does|did|do)\\s+${ARTICLE_WORDS}\\s+(?:mention|cover|discuss|say\\s+anything\\s+about|talk\\s+about|bring\\s+up|refer\\s+to|name)|is\\s+there\\s+(?:anything|something|any\\s+mention)\\s+(?:about|on|of|regarding)|what\\s+(?:does|did|do)\\s+${ARTICLE_WORDS}\\s+(?:say|tell\\s+(?:us|me)|write|report)\\s+(?:about|regarding)|anything\\s+(?:about|regarding))\\s+(.+?)(?:\\s+(?:in|from)\\s+${ARTICLE_WORDS})?[\\s?!.]*$`,
  'i',
);
const MENTION_AFTER = new RegExp(`^(?:is|are|was|were)\\s+(.+?)\\s+(?:(?:ever|even|also)\\s+)?(?:mentioned|discussed|covered|named|brought\\s+up|talked\\s+about|referred\\s+to)(?:\\s+(?:in|by)\\s+${ARTICLE_WORDS}|\\s+at\\s+all)*[\\s?!.]*$`, 'i');

/**
 * "how does georgia come into this story", "where does the osce fit in", "what does georgia
 * have to do with this", "what's the bbc got to do with it", "what role does tass play here":
 * the question is what the article says of X, as "is X mentioned" asks. Not "what role does
 * the US play in the talks", which asks something of the talks.
 */
const IN_THE_STORY = '(?:(?:the|this)\\s+(?:article|story|text|report|piece|news|whole\\s+thing|thing|situation)|it|this|all\\s+(?:this|that)|any\\s+of\\s+this|the\\s+picture|here)';
const MENTION_ROLE = new RegExp(
  `^(?:how\\s+(?:does|do|did)\\s+(.+?)\\s+(?:come|fit)\\s+(?:into|in)(?:\\s+(?:to\\s+)?${IN_THE_STORY})?|where\\s+(?:does|do|did)\\s+(.+?)\\s+(?:come|fit)\\s+in(?:\\s+(?:to\\s+)?${IN_THE_STORY})?|what\\s+(?:does|do|did)\\s+(.+?)\\s+have\\s+to\\s+do\\s+with\\s+${IN_THE_STORY}|what(?:['’]s|\\s+has|\\s+is)\\s+(.+?)\\s+got\\s+to\\s+do\\s+with\\s+${IN_THE_STORY}|what\\s+(?:role|part)\\s+(?:does|do|did)\\s+(.+?)\\s+play(?:\\s+(?:in\\s+)?${IN_THE_STORY})?` +
    // "why is georgia mentioned", "why does the article mention georgia", "why does georgia keep
    // coming up": why it is in the story, which the sentences naming it say ("why is georgia
    // mentioned" had been answered with Ryabkov's "the three areas that I have mentioned").
    `|why\\s+(?:is|was|are|were)\\s+(.+?)\\s+(?:(?:even\\s+)?mentioned|brought\\s+up|in\\s+${IN_THE_STORY})(?:\\s+(?:at\\s+all|here|in\\s+${IN_THE_STORY}))?` +
    `|why\\s+(?:does|do|did)\\s+${IN_THE_STORY}\\s+(?:(?:even|keep|keeps)\\s+)?(?:mention(?:ing)?|bring(?:ing)?\\s+up|talk(?:ing)?\\s+about)\\s+(.+?)` +
    `|why\\s+(?:does|do)\\s+(.+?)\\s+keep\\s+(?:coming|popping|showing)\\s+up(?:\\s+in\\s+${IN_THE_STORY})?)[\\s?!.]*$`,
  'i',
);

/**
 * Whether a question asks if the article mentions something ("is georgia mentioned?"): what it
 * wants is what the article says about the topic, as "tell me more" does, not one fact.
 */
export function asksWhetherMentioned(question: string): boolean {
  return mentionedTopic(withoutRequest(withoutHedges(withoutLinks(question)))) !== undefined;
}

/**
 * Whether a message names a topic alone, perhaps inside a request ("troops", "tell me about the
 * missiles thing"; see {@link isBareTopic}): what it wants is what the article says on it, when
 * the article holds its words (question-answerer.ts checks that: "wats osce" is chat, not a topic).
 */
export function asksAboutTopic(question: string): boolean {
  return isBareTopic(withoutRequest(withoutHedges(withoutLinks(question))));
}

/** A word that makes a message a clause, not a topic: a question word, a form of "be" or "have", a modal. */
const NOT_A_TOPIC =
  /\b(?:who|whom|whose|whos|what|whats|wat|wats|wut|wuts|which|when|whens|where|wheres|why|y|how|hows|is|are|was|were|be|been|am|isn['’]?t|aren['’]?t|wasn['’]?t|do|does|did|don['’]?t|doesn['’]?t|didn['’]?t|has|have|had|will|would|could|should|can|can['’]?t|may|might|must|not|no|yes|yeah|nah|i|you|u|we|me|my|he|she|it|its|they|them|their|his|her|this|that|these|those|and|or|but|so|just|only|also|else|too|again|then|first|second|third|last|next|other|age|date|day|month|year|time|name|title|job|words?|view|views|capital|location|place|number|size|cost|price|exact|exactly|high|low|vs|versus|any|anything|some|something)\b/i;

/**
 * A message that only names a topic: "troops", "the missiles thing", "red lines?", "georgia??".
 * One to three words, none of which makes a clause, points back, joins it to an earlier question
 * ("and nato?", "the third?"), asks whether there is any ("any deal?") or names a kind of answer ("her age", "exact date?"; see
 * {@link NOT_A_TOPIC}), none ending in a past tense ("russia invaded") and none a possessive
 * ("sherman's?"). What a member wants is what the article says about it, as for
 * "is X mentioned?": asked as a question, a topic the article names in several sentences ("missiles",
 * "troops") scored under the bar (0.05–0.10) against every one of them.
 */
export function isBareTopic(message: string): boolean {
  const words = message
    .trim()
    .replace(/[?!.,]+/g, ' ')
    .replace(/\s+(?:thing|things|stuff|situation|issue|part)\s*$/i, '')
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0 || words.length > 3 || !words.every((word) => /^[\p{L}\d'’-]+$/u.test(word))) return false;
  const text = words.join(' ');
  return !NOT_A_TOPIC.test(text) && !words.some((word) => /\p{L}{3,}ed$|['’]s?$/iu.test(word)) && /\p{L}{3}/u.test(text);
}

/** The topic of "does the article mention X", "is X mentioned" or "how does X come into this", or undefined. */
export function mentionedTopic(question: string): string | undefined {
  const match = MENTION_BEFORE.exec(question) ?? MENTION_AFTER.exec(question) ?? MENTION_ROLE.exec(question);
  const topic = match?.slice(1).find((group) => group !== undefined)?.trim();
  return topic && /\p{L}/u.test(topic) ? topic : undefined;
}

/**
 * The question without the request around it ("walk me through what happened on january 10" →
 * "what happened on january 10", "can you tell me about ryabkov" → "ryabkov"), and nothing else
 * of its frame: what a later "that" points back to.
 */
export function withoutRequestAround(question: string): string {
  const rest = withoutRequest(question);
  return /\p{L}/u.test(rest) ? rest : question;
}

/**
 * The topic a request names, when the message is one and names no question: "can you tell me
 * about ryabkov" → "ryabkov", "explain the three demands" → "the three demands"; undefined for
 * "explain why russia wants guarantees", which asks why, and for any other message.
 */
export function requestedTopic(question: string): string | undefined {
  const { rest, opened } = withoutRequestUnits(question);
  const core = rest.replace(TRAILING_POLITENESS, '');
  const topic = topicRequest(core, opened);
  if (!topic) return undefined;
  const named = core.slice(topic.length).replace(/[\s?!.]+$/, '');
  return /\p{L}/u.test(named) && !QUESTION_WORD.test(named) ? named : undefined;
}

/**
 * The question after the request units that open it ("can you tell me", "hey bot, "), whether any
 * did, and whether one asked to confirm ("can you confirm the talks were in geneva": a claim put up
 * to be checked, as "fact check: …" is).
 */
function withoutRequestUnits(question: string): { rest: string; opened: boolean; confirming: boolean } {
  const start = question.trimStart();
  let rest = start;
  let confirming = false;
  for (let unit = REQUEST_UNIT.exec(rest); unit && unit[0] !== ''; unit = REQUEST_UNIT.exec(rest)) {
    confirming ||= /\b(?:confirm|verify)\b/i.test(unit[0]);
    rest = rest.slice(unit[0].length);
  }
  return { rest, opened: rest !== start, confirming };
}

/**
 * The words that ask for a topic at the start of `core` ("explain ", "tell me about "), or "about "
 * when request units came before it ("can you tell me" is one, leaving "about ryabkov");
 * undefined when none do.
 */
function topicRequest(core: string, opened: boolean): string | undefined {
  const topic = TOPIC_REQUEST.exec(core) ?? (opened ? ABOUT.exec(core) : null);
  return topic && topic[0] !== '' ? topic[0] : undefined;
}

/** The question with the request around it taken off, when a question word or a requested topic is left. */
function withoutRequest(question: string): string {
  const units = withoutRequestUnits(question);
  let { rest } = units;
  const claimCheck = CLAIM_CHECK.exec(rest) ?? TRUTH_QUESTION.exec(rest);
  const claim = (claimCheck !== null && /\p{L}/u.test(rest.slice(claimCheck[0].length))) || (units.confirming && !QUESTION_WORD.test(rest));
  if (claim && claimCheck) rest = rest.slice(claimCheck[0].length);
  const core = rest.replace(TRAILING_POLITENESS, '');
  const topic = topicRequest(core, rest !== question.trimStart());
  if (topic !== undefined && /\p{L}/u.test(core.slice(topic.length))) return core.slice(topic.length);
  if (YES_NO_OPENING.test(core)) return core.replace(YES_NO_TAIL, '');
  // A wh-question may close with a tag too ("who led the us side, right?"), which asks nothing more.
  if (QUESTION_WORD.test(core)) return core.replace(YES_NO_TAIL, '');
  // "does anyone know if the us will accept …", "i wonder whether …": the question is whether what
  // follows holds, read as the statement asked about ("the us will accept …?"). Left whole, "know"
  // and "anyone" counted as content, and it scored half what the statement does.
  const embedded = rest !== question.trimStart() ? EMBEDDED_YES_NO.exec(core) : null;
  if (embedded?.[1] !== undefined && embedded[1].trim().split(/\s+/).length >= 3) return embedded[1].replace(YES_NO_TAIL, '');
  // A statement asked as a question is one of yes or no too: "and the us is leader of nato or no".
  const statement = core.replace(YES_NO_TAIL, '');
  // (Three words at least: "america say yes or no" says too little without its "yes or no"; but
  // "any progress or nah" asks whether there was any, which "any" says: it had heard "doesn't
  // say" at 0.09, "any progress?" is answered at 0.31.)
  // A claim set out to be checked is one whatever its tail.
  if ((statement !== core || claim) && (statement.trim().split(/\s+/).length >= 3 || /^\s*any\s+\p{L}/iu.test(statement))) return statement;
  // A terse request, with no question word, closes on what it wants done or on its politeness:
  // "russia's demands please" and "russia demands list" ask for "russia's demands" (0.07 and 0.06
  // with the word left in, as content no passage holds; 0.24 without).
  if (!TERSE.test(core) || ANY_QUESTION_WORD.test(core)) return question;
  const terse = core.replace(REQUEST_NOUN_TAIL, '');
  return terse !== rest && /\p{L}{2}/u.test(terse) ? terse : question;
}

/** A terse request: up to five words ("russia demands list pls"), none a question word. */
const TERSE = /^\s*(?:\S+\s+){0,4}\S+\s*$/u;
const ANY_QUESTION_WORD = /\b(?:who|whom|whose|what|whats|which|when|where|why|how)\b/i;

/** What a terse request closes on to say it wants a list or more of it: "… list", "… details", "… info". */
const REQUEST_NOUN_TAIL = /\s+(?:list|details|info|information|rundown)(?=[\s?!.]*$)/i;

/**
 * A message's chat openers taken off, one at a time: a greeting, request, aside or reaction before
 * it ("wait, …", "hey bot, …", "one more: …", "interesting, …"), whatever is left after them, so
 * long as a word is. For a follow-up, whose bare question word or fragment ("why?", "and when?",
 * "and russia?") the conversation's rules know only as written alone: "wait, why?" was read as a
 * new question, and heard "doesn't say". `keep` says which openings to leave for the caller ("and",
 * "so", which mark a continuation).
 */
export function withoutChatOpeners(message: string, keep: (opening: string) => boolean = () => false): string {
  let rest = message.trimStart();
  for (let unit = REQUEST_UNIT.exec(rest); unit && unit[0] !== '' && !keep(rest); unit = REQUEST_UNIT.exec(rest)) {
    const after = rest.slice(unit[0].length);
    if (!/\p{L}/u.test(after)) break;
    rest = after;
  }
  return rest;
}

/**
 * Chat's noise after a follow-up (CHAT_NOISE, and "then": "why then?"). Not the closing hedges the
 * question frame also sets aside ("… again", "… exactly"), which a follow-up may mean ("will they
 * meet again", "what exactly?").
 */
const CHAT_CLOSING = new RegExp(
  String.raw`(?:[\s,]+(?:${CHAT_NOISE}|then|thank\s+you|thx|ty))+(?=[\s?!.]*$)`,
  'i',
);

/** A message's chat noise after it taken off ("… lol", "… tho", "… thanks"; see CHAT_CLOSING), so long as a word is left. */
export function withoutChatClosings(message: string): string {
  const closed = message.replace(CHAT_CLOSING, '');
  return /\p{L}/u.test(closed) ? closed : message;
}

/**
 * The question without the words that only frame what it asks for ("can you tell me who …" →
 * "who …", "what kind of X" → "what X", "what is the name of X" → "what is X"): what retrieval, the question's type and the answer
 * features read, so "what kind of organisation" is typed as "what organisation" is.
 */
export function withoutFrameWords(question: string): string {
  const request = requestRead(question);
  return withoutSupportVerb(
    withoutEventVerb(
      withTerseMeasureAsked(
      withRoleAsked(withExpansionAsked(withoutFillerNoun(mentionedTopic(request) ?? request)))
        .replace(KIND_OF, (_match, wh: string, modifier: string | undefined) => `${wh} ${modifier ?? ''}`)
        .replace(NAME_OF, (_match, asked: string) => `${asked} `),
      ),
    ),
  );
}

/**
 * What an abbreviation stands for, asked as what it is: "what does osce stand for", "what do the
 * letters OSCE stand for", "what is OSCE short for", "what's the full name of the OSCE", "osce
 * stands for what" → "what is osce?". "stand" and "letters" are words no answer holds ("the
 * Organization for Security and Co-operation in Europe (OSCE)"), and "what do the letters OSCE
 * stand for?" heard "doesn't say" (0.09), where "what is the OSCE?" is answered (0.52). One word
 * only: "what does the ruling party stand for" asks about its views.
 */
const EXPANSION_ASKED: readonly RegExp[] = [
  /\bwhat\s+(?:does|do|did)\s+(?:the\s+)?(?:(?:letters?|acronym|abbreviation|initials|initialism)\s+)?([\p{L}\d.&-]+)\s+(?:originally\s+|actually\s+|even\s+)?stand\s+for[\s?!.]*$/iu,
  /\bwhat(?:['’]?s|\s+is|\s+was)\s+(?:the\s+)?(?:(?:letters?|acronym|abbreviation|initials)\s+)?([\p{L}\d.&-]+)\s+short\s+for[\s?!.]*$/iu,
  /\bwhat(?:['’]?s|\s+is)\s+the\s+(?:full\s+(?:form|name)|long\s+form|expansion)\s+of\s+(?:the\s+)?(?:(?:acronym|abbreviation)\s+)?([\p{L}\d.&-]+)[\s?!.]*$/iu,
  /^(?:the\s+)?(?:(?:letters?|acronym|abbreviation)\s+)?([\p{L}\d.&-]+)\s+stands?\s+for\s+what[\s?!.]*$/iu,
  // Asked inside a request: "(can you tell me) what osce stands for".
  /\bwhat\s+(?:the\s+)?(?:(?:letters?|acronym|abbreviation|initials)\s+)?([\p{L}\d.&-]+)\s+(?:stands|stood)\s+for[\s?!.]*$/iu,
];

/** The question without its links, hedges, the article as where to look, and the request around it. */
function requestRead(question: string): string {
  return withoutRequest(withoutDocumentReference(withoutHedges(withoutLinks(withContractionsOpened(question)))));
}

/**
 * The abbreviation a question asks the full form of ("what does the acronym NATO stand for" →
 * "NATO"), in capitals; undefined for any other question, and for a word longer than an
 * abbreviation ("what does the ruling party stand for" is no such question). What it is asked as,
 * "what is NATO?", is answered by any sentence about NATO, but only one that spells it out
 * answers this.
 */
export function expansionAsked(question: string): string | undefined {
  const text = requestRead(question).trim();
  for (const pattern of EXPANSION_ASKED) {
    const word = pattern.exec(text)?.[1]?.replace(/\./g, '');
    if (word !== undefined && /^\p{L}{2,6}$/u.test(word)) return word.toUpperCase();
  }
  return undefined;
}

/** A question for what an abbreviation stands for as what it is (see {@link EXPANSION_ASKED}). */
function withExpansionAsked(question: string): string {
  const text = question.trim();
  for (const pattern of EXPANSION_ASKED) {
    const match = pattern.exec(text);
    // What comes before the question ("pardon my ignorance, but …") is left to the lead-in's rules.
    if (match?.[1] !== undefined) return `${text.slice(0, match.index)}what is ${match[1]}?`;
  }
  return question;
}

/**
 * "what demands did russia make", "what threat did washington make": with a noun of this kind,
 * "make" only carries the noun the question asks about (a demand made is a demand), and an answer
 * rarely repeats it ("The three demands are …"), while sentences that "make decisions" hold it:
 * "what demands did russia make" heard "doesn't say" (0.06) where "what demands did russia" is
 * answered (0.18). The nouns that take "make" as a support verb (an act, a statement or a change);
 * with others "make" says what was made ("what cars does toyota make").
 */
const SUPPORT_NOUNS = new Set(
  (
    'demand demands threat threats offer offers proposal proposals concession concessions decision decisions statement statements ' +
    'comment comments claim claims promise promises progress mistake mistakes change changes deal deals agreement agreements ' +
    'compromise compromises move moves attempt attempts effort efforts request requests argument arguments announcement ' +
    'announcements commitment commitments accusation accusations appeal appeals plea pleas remark remarks gesture gestures ' +
    'pledge pledges warning warnings suggestion suggestions point points case contribution contributions'
  ).split(' '),
);

/** The question word and its noun, an active verb, and "make" closing the question (or before a closing phrase). */
const SUPPORT_VERB =
  /^((?:what|which|how\s+many)\s+(?:[\p{L}\d'’-]+\s+){0,2}([\p{L}'’-]+)\s+(?:did|does|do|has|have|had|will|would|could|can|should|might)\s+.+?)\s+(?:make|makes|made|making)(?=(?:\s+(?:in|during|at|on|to|for|about|after|before|with|over|since)\b[^?!.]*)?[\s?!.]*$)/iu;

/**
 * Headline-terse requests for a measure, a place or a date, with no question word: "length of
 * meeting", "talks duration", "start time geneva talks", "meeting location", "proposal date". Read
 * as the question they stand for ("how long was the meeting", "what time did the geneva talks
 * start", "where was the meeting", "when was the proposal"): "length", "location" and "date" are
 * words no answer holds ("lasted nearly eight hours", "in Geneva"), and "length of meeting" heard
 * "doesn't say" (0.09) where "how long was the meeting" is answered (0.39), "meeting location"
 * 0.07 against 0.31. At most six words; no training or dev question is written so.
 */
const TERSE_MEASURES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:the\s+)?(?:length|duration)\s+of\s+(?:the\s+)?(.+?)[\s?!.]*$/iu, 'how long was the $1?'],
  [/^(?:the\s+)?(.+?)\s+(?:length|duration)[\s?!.]*$/iu, 'how long was the $1?'],
  [/^(?:the\s+)?start(?:ing)?\s+time\s+(?:of\s+)?(?:the\s+)?(.+?)[\s?!.]*$/iu, 'what time did the $1 start?'],
  [/^(?:the\s+)?(.+?)\s+start(?:ing)?\s+time[\s?!.]*$/iu, 'what time did the $1 start?'],
  [/^(?:the\s+)?(?:location|venue|place|site)\s+of\s+(?:the\s+)?(.+?)[\s?!.]*$/iu, 'where was the $1?'],
  [/^(?:the\s+)?(.+?)\s+(?:location|venue|place|site)[\s?!.]*$/iu, 'where was the $1?'],
  [/^(?:the\s+)?date\s+of\s+(?:the\s+)?(.+?)[\s?!.]*$/iu, 'when was the $1?'],
  [/^(?:the\s+)?(.+?)\s+date[\s?!.]*$/iu, 'when was the $1?'],
];

/**
 * A person's job asked by its noun: "what's ryabkov's job", "what is his official title", "what
 * was her occupation", "what title does ryabkov hold". It asks who they are, which an article
 * answers with the title beside the name ("Deputy Foreign Minister Sergei Ryabkov") and never
 * with "job" or "title": "what's ryabkov's job" heard "doesn't say" (0.098) where "who is ryabkov"
 * is answered. Nothing may follow the noun ("what was her role at the meeting" asks more), and
 * "position" and "role" are left alone ("the us position on ukraine" is a stance). No training or
 * dev question is written so; members ask it ("what's his title", "wait what's his actual job tho"),
 * in chat without the apostrophe ("whats ryabkovs job"; not after "e", where the "s" is more often
 * the name's own: "what is sherlock holmes job").
 */
const ROLE_ASKED: ReadonlyArray<[RegExp, (match: RegExpExecArray) => string]> = [
  [
    /^what(?:['’]?s|\s+(is|was))\s+(?!(?:the|a|an|his|her|its|their|my|your|our)\b)((?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+?)(?:['’]s|(?<=s)['’]|(?<![es])s)\s+(?:(?:actual|official|current|exact|real|full|main)\s+)?(?:job(?:\s+title)?|title|occupation|profession)[\s?!.]*$/iu,
    (match) => `who ${match[1]?.toLowerCase() ?? 'is'} ${match[2] ?? ''}?`,
  ],
  [/^what\s+(?:(?:official|job)\s+)?(?:title|job|occupation|profession)\s+(?:does|did)\s+((?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+)\s+(?:have|hold|had|do)[\s?!.]*$/iu, (match) => `who is ${match[1] ?? ''}?`],
];

/** A person's job asked by its noun as who they are (see {@link ROLE_ASKED}). */
function withRoleAsked(question: string): string {
  const text = question.trim();
  for (const [pattern, asked] of ROLE_ASKED) {
    const match = pattern.exec(text);
    if (match) return asked(match);
  }
  return question;
}

/** A headline-terse request for a measure as the question it stands for (see {@link TERSE_MEASURES}). */
function withTerseMeasureAsked(question: string): string {
  const text = question.trim();
  if (ANY_QUESTION_WORD.test(text) || text.split(/\s+/).length > 6) return question;
  for (const [pattern, asked] of TERSE_MEASURES) if (pattern.test(text)) return text.replace(pattern, asked);
  return question;
}

/**
 * "when were the demands made", "where was the decision made": the passive of the same support
 * verb, after when, where or why. "when were the demands made" heard "doesn't say" (0.003) where
 * "when were the demands" is answered (0.23): the article says when they were "put forward".
 */
const SUPPORT_VERB_PASSIVE =
  /^((?:when|where|why)\s+(?:was|were|is|are|will\s+be|has\s+been|have\s+been|had\s+been)\s+(?:[\p{L}\d'’-]+\s+){0,3}?([\p{L}'’-]+))\s+made(?=(?:\s+(?:in|during|at|on|to|for|about|after|before|with|over|since)\b[^?!.]*)?[\s?!.]*$)/iu;
/**
 * "when did russia make its demands", "why did moscow make these demands": the active, with the
 * noun after the verb. "when did russia make its demands" heard "doesn't say" (0.006); without
 * "make", 0.16.
 */
const SUPPORT_VERB_BEFORE_NOUN =
  /^((?:when|where|why)\s+(?:did|does|do|will|would|could|can|has|have|had)\s+.+?)\s+(?:make|makes|made|making)\s+((?:(?:the|its|their|his|her|our|a|an|any|these|those|such|this|that|all)\s+)?(?:[\p{L}'’-]+\s+)?([\p{L}'’-]+))(?=(?:\s+(?:in|during|at|on|to|for|about|after|before|with|over|since)\b[^?!.]*)?[\s?!.]*$)/iu;

/**
 * The noun with its maker after it, in a relative clause ("the three demands russia made", "the
 * offer that the us has made") or the passive ("the demands made by russia"). "list the three
 * demands russia made" heard "doesn't say" (0.04) where "list the three demands russia" is
 * answered (0.50), "what were the demands made by russia" 0.04 against 0.19. Only at the end of
 * the question or before a closing phrase, as above.
 */
const SUPPORT_VERB_AFTER_NOUN = new RegExp(
  `\\b(${[...SUPPORT_NOUNS].join('|')})(\\s+(?:that\\s+|which\\s+)?(?:[\\p{L}\\d'’-]+\\s+){1,3}?(?:has\\s+|have\\s+|had\\s+)?|\\s+)(?:made|makes|make)` +
    `(\\s+by\\s+[^?!.]+?)?(?=(?:\\s+(?:in|during|at|on|to|for|about|after|before|with|over|since)\\b[^?!.]*)?[\\s?!.]*$)`,
  'iu',
);

/** The question without its support verb "make" (see {@link SUPPORT_NOUNS}). */
function withoutSupportVerb(question: string): string {
  const supports = (noun: string): boolean => SUPPORT_NOUNS.has(noun.toLowerCase());
  return question
    .replace(SUPPORT_VERB, (whole, kept: string, noun: string) => (supports(noun) ? kept : whole))
    .replace(SUPPORT_VERB_PASSIVE, (whole, kept: string, noun: string) => (supports(noun) ? kept : whole))
    .replace(SUPPORT_VERB_BEFORE_NOUN, (whole, before: string, made: string, noun: string) => (supports(noun) ? `${before} ${made}` : whole))
    .replace(SUPPORT_VERB_AFTER_NOUN, (whole: string, noun: string, maker: string, byMaker: string | undefined) => {
      // Right after the noun only in the passive ("demands made by russia"; "demands make sense" is no clause).
      const passive = byMaker !== undefined && maker.trim() === '';
      // The words between are the maker, not a verb phrase ("decision needs to be made", "statement is not made").
      const relative = maker.trim() !== '' && !/\b(?:did|does|do|will|would|could|can|should|might|must|is|are|was|were|be|been|being|to|not|needs?)\b/i.test(maker);
      return passive || relative ? `${noun}${passive ? '' : maker.replace(/\s+(?:has|have|had)\s+$|\s+$/i, '')}${byMaker ?? ''}` : whole;
    });
}

/** What a question word's contracted verb stands for; "'d" is most often "did" in a question ("who'd they meet"). */
const CONTRACTED_VERB: Readonly<Record<string, string>> = { d: 'did', re: 'are', ve: 'have', ll: 'will' };
const CONTRACTED_QUESTION_WORD = /\b(who|what|which|where|when|why|how)['’](d|re|ve|ll)\b/gi;

/**
 * "who'd the us meet", "what're the demands", "how'd she put it": the question word and its verb
 * written as one. The stopword list knows "who's" and "what's" but not these, so "who'd" counted as
 * content no passage holds: "who'd the us meet in geneva" heard "doesn't say" (0.09) where "who did
 * the us meet in geneva" is answered (0.45).
 */
export function withContractionsOpened(question: string): string {
  return question.replace(CONTRACTED_QUESTION_WORD, (_match, word: string, verb: string) => `${word} ${CONTRACTED_VERB[verb.toLowerCase()] ?? verb}`);
}

/** A question that asks when or where something was: "when did the talks take place", "where did the meeting happen". */
const WHEN_OR_WHERE =
  /^(?:when|where|(?:at|on|in)\s+(?:what|which)\s+(?:time|day|date|year|month|city|country|place)|(?:what|which)\s+(?:time|day|date|year|month|city|country)|how\s+long)\b/i;
/** "take place", "happen", "occur": verbs that only say the thing asked about was. */
const EVENT_VERB = /\s+(?:(?:take|takes|took|taken|taking)\s+place|happen(?:s|ed|ing)?|occur(?:s|red|ring)?)\b/gi;
/** "go on (for)", "drag on", "go for": after "how long", verbs that only say the thing lasted. */
const DURATION_VERB = /\s+(?:(?:go|goes|went|gone|going|drag|drags|dragged|dragging)\s+on(?:\s+for)?|(?:go|goes|went|gone|going)\s+for)\b/gi;

/**
 * "when did the talks take place" asks when the talks were: the verb says only that they were,
 * and an answer never repeats it ("On Monday, the delegations met in Geneva"). Left in, "take"
 * and "place" counted as content no answer holds, and "place" even reads as a where-question's
 * word. Only after when, where and their kin, and only when words are left: "what happened?"
 * asks for the event itself. After "how long", "go on (for)" and "drag on" too: "How long did
 * the meeting go on for?" heard "doesn't say" (0.067) where "how long did the meeting" is
 * answered (0.41); "last" and "take" stay, as the words an answer may repeat ("lasted").
 */
/**
 * "what happens if russia invades", "what would happen if nato refused", "if ukraine joins
 * anyway, what happens then?": the question asks for the consequence of its condition, and
 * "happen" is a word the answer never repeats ("… threatened to impose severe sanctions on Russia
 * if it invaded Ukraine"); left in, it weighed a third of "what happens if russia invades" (0.05,
 * "doesn't say"). Read as "what if …" and "if …, what?".
 */
const HAPPENS_IF = /^(what|so\s+what)(?:['’]s\s+going\s+to\s+|\s+(?:(?:will|would|could|might|may|can|is\s+going\s+to)\s+)?)happens?\s+(?=(?:if|when|once|in\s+case|after)\b)/i;
const IF_THEN_WHAT_HAPPENS = /(,\s*|\s+)what\s+(?:(?:will|would|could|might|is\s+going\s+to)\s+)?happens?(?:\s+(?:next|then|afterwards|after\s+that))?(?=[\s?!.]*$)/i;

/** A question for the consequence of a condition without its "happen" (see {@link HAPPENS_IF}). */
function withoutHappening(question: string): string {
  const text = question.trimStart();
  if (HAPPENS_IF.test(text)) return text.replace(HAPPENS_IF, (_match, what: string) => `${what} `);
  if (/^(?:if|when|once|should|suppose|say)\b/i.test(text) && IF_THEN_WHAT_HAPPENS.test(text)) return text.replace(IF_THEN_WHAT_HAPPENS, (_match, gap: string) => `${gap}what`);
  return question;
}

function withoutEventVerb(asked: string): string {
  const question = withoutHappening(asked);
  if (!WHEN_OR_WHERE.test(question.trimStart())) return question;
  const lasting = /^how\s+long\b/i.test(question.trimStart()) ? question.replace(DURATION_VERB, '') : question;
  const rest = lasting.replace(EVENT_VERB, '');
  if (rest !== question && /\p{L}{3,}/u.test(rest.replace(WHEN_OR_WHERE, '').replace(/\b(?:did|does|do|was|were|is|are|will|would|has|have|had|it|they|that|this|the)\b/gi, ''))) return rest;
  // Nothing but a pronoun left ("how long did it go on for"): "last", the word an answer repeats
  // ("lasted nearly eight hours"). Kept as typed, it heard "doesn't say" (0.006; "how long did it last" 0.61).
  return lasting === question ? question : question.replace(DURATION_VERB, ' last');
}
