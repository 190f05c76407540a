import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord.js';
import { TENTATIVE_LEAD } from '../../../core/answer/tentative.js';
import type { Answer, Citation, Highlight } from '../../../core/answer/types.js';
import { excerpt } from '../../../core/display.js';
import { summaryLabel } from '../../../core/intent/intent-answers.js';
import { followUpButtonId, sourcesButtonId, voteButtonId } from '../custom-ids.js';
import { escapeArticleText, escapeUserText } from '../escaping.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';
import { replyPayload, type ReplyPayload } from './reply-payload.js';

/** Embed colours: Discord's blurple for answers, grey when the article does not say. */
export const ANSWER_COLOUR = 0x5865f2;
export const NOT_FOUND_COLOUR = 0x99aab5;

/** Longest question echoed above an answer; the full question is in the state store. */
const QUESTION_ECHO_CHARS = 300;
const SECTION_CHARS = 90;
const EXCERPT_CHARS = 160;
/** A summary's note in small print: enough to name the other articles without crowding out the summary. */
const NOTE_CHARS = 400;

/** Options of {@link answerReply}. */
export interface AnswerReplyOptions {
  /** The id the answer's buttons refer to. */
  answerId: string;
  /** Echo the question above the answer (slash commands, whose options Discord does not show). */
  echoQuestion: boolean;
  ephemeral?: boolean;
  /** Offer the Follow up button (public answers in a channel, where a thread can be opened). */
  followUp?: boolean;
}

/** An answer, and what the question was understood as when a conversation changed it. */
export type ReplyAnswer = Answer & { resolvedQuestion?: string };

/** The answer text, Markdown-escaped, with the highlight spans in bold. */
export function emphasiseAnswer(text: string, highlights: readonly Highlight[]): string {
  let result = '';
  let position = 0;
  for (const { start, end } of [...highlights].sort((a, b) => a.start - b.start)) {
    const from = Math.max(start, position);
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    result += escapeArticleText(text.slice(position, from));
    result += `**${escapeArticleText(text.slice(from, to))}**`;
    position = to;
  }
  return result + escapeArticleText(text.slice(position));
}

/**
 * Fits the emphasised text into `budget` characters: shortens the plain text at a word
 * boundary and re-applies the highlights, so bold markers are never cut in half.
 */
export function fittedText(text: string, highlights: readonly Highlight[], budget: number): string {
  const render = (plainBudget: number): string => {
    if (plainBudget >= text.length) return emphasiseAnswer(text, highlights);
    const shortened = truncate(text, Math.max(1, plainBudget));
    const kept = shortened.endsWith('…') ? shortened.length - 1 : shortened.length;
    const keptHighlights = highlights
      .filter((highlight) => highlight.start < kept)
      .map((highlight) => ({ start: highlight.start, end: Math.min(highlight.end, kept) }));
    return emphasiseAnswer(shortened, keptHighlights);
  };
  // Start from the plain text cut to the budget, not from the whole text: a 6,000-character
  // answer would otherwise overshoot by more than the budget and be cut to nothing.
  let plainBudget = Math.min(text.length, budget);
  let rendered = render(plainBudget);
  // Escapes and bold markers add characters; each pass removes at least the overshoot.
  for (let attempt = 0; rendered.length > budget && attempt < 8; attempt += 1) {
    plainBudget -= Math.max(1, rendered.length - budget);
    rendered = render(plainBudget);
  }
  return rendered.length > budget ? truncate(rendered.replace(/\*\*/g, ''), budget) : rendered;
}

/** The question echoed above an answer (or a draft of one): slash commands' options are not shown. */
export function questionHeader(question: string): string {
  return `**Question:** ${escapeUserText(truncate(question, QUESTION_ECHO_CHARS))}\n`;
}

/**
 * "Answering: …" in Discord's small print (`-#`), when the conversation changed the question
 * ("what did he say" → "what did Sergei Ryabkov say") or a typing slip was mended, so the member
 * can see what was understood.
 */
export function understoodLine(resolvedQuestion: string | undefined): string {
  return resolvedQuestion === undefined ? '' : `-# Answering: ${escapeUserText(truncate(resolvedQuestion, QUESTION_ECHO_CHARS))}\n`;
}

/** Where a cited passage comes from, for lists: its section title, else its article's title, else the document id. */
export function citationSource(citation: Pick<Citation, 'section' | 'docId'> & Partial<Pick<Citation, 'title'>>): string {
  return citation.section ?? citation.title ?? citation.docId;
}

/**
 * Each citation's label (see {@link citationSource}), with its file or address added when another
 * citation of the list has the same label from another article: two reports both titled "City
 * Council Meeting" must be told apart.
 */
export function distinctSourceLabels(citations: ReadonlyArray<Pick<Citation, 'section' | 'docId'> & Partial<Pick<Citation, 'title' | 'source'>>>): string[] {
  const labels = citations.map(citationSource);
  return citations.map((citation, index) => {
    const label = labels[index] as string;
    const shared = citations.some((other, at) => at !== index && labels[at] === label && other.docId !== citation.docId);
    return shared ? `${label} (${citation.source ?? citation.docId})` : label;
  });
}

/** The web address a citation links to: its article's URL, for articles added from the web. */
export function citationUrl(citation: Partial<Pick<Citation, 'source'>>): string | undefined {
  return citation.source && /^https?:\/\//.test(citation.source) ? citation.source : undefined;
}

/** `**[n]** section — short excerpt`, one line per cited passage; the section links to the article's URL when it has one. */
export function sourceLines(citations: readonly Citation[]): string[] {
  const labels = distinctSourceLabels(citations);
  return citations.map((citation, index) => {
    const label = escapeArticleText(truncate(labels[index] as string, SECTION_CHARS));
    const url = citationUrl(citation);
    const linked = url ? `[${label.replace(/[[\]]/g, '')}](${url.replace(/[()\s]/g, encodeURIComponent)})` : label;
    return `**[${citation.n}]** ${linked} — ${escapeArticleText(excerpt(citation.text, EXCERPT_CHARS))}`;
  });
}

function sourcesEmbed(answer: Answer): APIEmbed {
  const lines = sourceLines(answer.citations);
  const description = truncate(lines.join('\n'), DISCORD_LIMITS.embedDescription);
  const footer =
    answer.mode === 'generated'
      ? `Generated by ${answer.model ?? 'a language model'} from the passages above; check them with Sources.`
      : 'Quoted from the article. Press Sources for the full passages.';
  return {
    title: answer.abstained ? 'Closest passages (they do not answer the question)' : 'Sources',
    description: description === '' ? 'No passages.' : description,
    color: answer.abstained ? NOT_FOUND_COLOUR : ANSWER_COLOUR,
    footer: { text: truncate(footer, DISCORD_LIMITS.footerText) },
  };
}

/** The Sources, 👍 and 👎 buttons under an answer, and Follow up where a thread can be opened. */
export function answerButtons(answerId: string, followUp = false): APIActionRowComponent<APIButtonComponent> {
  const follow: APIButtonComponent[] = followUp
    ? [{ type: ComponentType.Button, style: ButtonStyle.Primary, label: 'Follow up', emoji: { name: '💬' }, custom_id: followUpButtonId(answerId) }]
    : [];
  return {
    type: ComponentType.ActionRow,
    components: [
      ...follow,
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: 'Sources',
        custom_id: sourcesButtonId(answerId),
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        emoji: { name: '👍' },
        custom_id: voteButtonId(answerId, 1),
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        emoji: { name: '👎' },
        custom_id: voteButtonId(answerId, -1),
      },
    ],
  };
}

/**
 * An answer as a Discord message: the (optional) question, the answer with its [n] markers and
 * bold highlights, an embed listing the sources (or the closest passages, clearly labelled,
 * when the article does not say), and the buttons. Always within Discord's limits.
 */
export function answerReply(answer: ReplyAnswer, options: AnswerReplyOptions): ReplyPayload {
  const header = (options.echoQuestion ? questionHeader(answer.question) : '') + understoodLine(answer.correctedQuestion ?? answer.resolvedQuestion);
  // A bulleted summary starts on a line of its own: Discord shows a "- " line as a list item only at a line's start.
  const afterLead = answer.answer.startsWith('- ') ? '\n' : ' ';
  const lead = answer.abstained
    ? '🔎 '
    : answer.intent === 'summary'
      ? `**In short** (${escapeArticleText(truncate(summaryLabel(answer.summaryOf), SECTION_CHARS + 40))}):${afterLead}`
      : // Quotes the answer model is unsure of are not presented as the answer.
        answer.tentative === true
        ? `*${TENTATIVE_LEAD}*\n`
        : '';
  // A summary's note (which article, when there are several) as small print after it.
  const note = answer.summaryOf?.note ? `\n-# ${escapeArticleText(truncate(answer.summaryOf.note, NOTE_CHARS))}` : '';
  const budget = DISCORD_LIMITS.content - header.length - lead.length - note.length;
  const content = header + lead + fittedText(answer.answer, answer.highlights, budget) + note;
  return replyPayload({
    content,
    embeds: answer.citations.length > 0 ? [sourcesEmbed(answer)] : [],
    // "hi", "thanks", "ok": nothing to check, rate or follow up.
    components: answer.intent === 'help' ? [] : [answerButtons(options.answerId, (options.followUp ?? false) && !(options.ephemeral ?? false))],
    ephemeral: options.ephemeral ?? false,
  });
}
