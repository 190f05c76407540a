import type { ButtonInteraction } from 'discord.js';
import type { AnswerRecord } from '../state/state-store.js';

/**
 * Whether a member may use an answer's buttons. A button id names the answer it belongs to, and
 * anyone can send any id (a modified client forges it), so the id alone proves nothing: the
 * asker may always; others only when the answer was public. Answers recorded before the asker
 * was kept are allowed from their own message only, which the clicker can see already.
 */
export function mayUseAnswer(record: AnswerRecord, clickerId: string, onAnswerMessage: boolean): boolean {
  if (record.askerId !== null && record.askerId === clickerId) return true;
  if (record.isPrivate !== null) return !record.isPrivate;
  return onAnswerMessage;
}

/** Whether the clicked button is on the answer's own message (the reply to that slash command or mention). */
export function isOnAnswerMessage(interaction: ButtonInteraction, answerId: string): boolean {
  const { message } = interaction;
  return message.interactionMetadata?.id === answerId || message.reference?.messageId === answerId;
}
