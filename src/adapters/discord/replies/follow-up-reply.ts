import { escapeUserText } from '../escaping.js';
import { truncate } from '../limits.js';
import { replyPayload, type ReplyPayload } from './reply-payload.js';

/** Discord's longest thread name. */
const THREAD_NAME_CHARS = 100;

/** The name of the thread opened on an answer: its question, shortened. */
export function followUpThreadName(question: string): string {
  const name = truncate(`Follow-up: ${question.replace(/\s+/g, ' ').trim()}`, THREAD_NAME_CHARS);
  return name.trim() === '' ? 'Follow-up' : name;
}

/** The bot's first message in a thread it opened: how to ask in it. */
export function threadIntroReply(readsEveryMessage: boolean, botMention: string): ReplyPayload {
  const how = readsEveryMessage
    ? 'Ask your follow-up questions here, no mention needed: I answer every message in this thread in the light of the answers before it (who "he" is, what "that" was).'
    : `Ask your follow-up questions here and mention me (${botMention} …): I answer them in the light of the answers before.`;
  return replyPayload({ content: `💬 ${how} For a new topic, use \`/ask\` in the channel.` });
}

/** The private reply to Follow up: where the thread is. */
export function threadOpenedReply(threadId: string, opened: boolean): ReplyPayload {
  const content = opened
    ? `Opened a thread for follow-ups: <#${threadId}>. Ask there; no need to mention me.`
    : `Follow-ups on this answer go in <#${threadId}>.`;
  return replyPayload({ content, ephemeral: true });
}

/** The private reply when a private answer's Follow up is pressed (it never opens a public thread). */
export function privateFollowUpMessage(): string {
  return "A private answer can't be followed up in a public thread. Ask again with `/ask` (not private) to discuss it in a thread, or ask me in a DM.";
}

/** The reply when the bot may not open threads in a channel. */
export function threadPermissionMessage(botMention: string): string {
  return `I can't open a thread here, or post in it: I need the Create Public Threads and Send Messages in Threads permissions. You can still reply to my answer and mention me (${escapeUserText(botMention)}) to follow up.`;
}
