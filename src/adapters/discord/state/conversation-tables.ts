/**
 * The conversations and conversation_messages tables: each conversation's recent turns, kept as
 * JSON (at most a few turns each) and read and written whole per question, and which messages
 * belong to which conversation.
 */
import type Database from 'better-sqlite3';
import type { Conversation } from '../../../core/conversation/types.js';

/** A conversation (its recent turns) by id. */
export function selectConversation(database: Database.Database, id: string): Conversation | undefined {
  const row = database
    .prepare('SELECT updated_at, turns FROM conversations WHERE conversation_id = ?')
    .get(id) as { updated_at: number; turns: string } | undefined;
  return row ? { id, updatedAt: row.updated_at, turns: JSON.parse(row.turns) as Conversation['turns'] } : undefined;
}

/** Creates or replaces a conversation. */
export function upsertConversation(database: Database.Database, conversation: Conversation): void {
  database
    .prepare('INSERT OR REPLACE INTO conversations (conversation_id, updated_at, turns) VALUES (?, ?, ?)')
    .run(conversation.id, conversation.updatedAt, JSON.stringify(conversation.turns));
}

/** Remembers which conversation a message belongs to (a later link replaces an earlier one). */
export function insertMessageLink(database: Database.Database, messageId: string, conversationId: string, at: Date): void {
  database
    .prepare('INSERT OR REPLACE INTO conversation_messages (message_id, conversation_id, linked_at) VALUES (?, ?, ?)')
    .run(messageId, conversationId, at.getTime());
}

/** The conversation a message belongs to, if it was linked and not pruned. */
export function selectConversationOfMessage(database: Database.Database, messageId: string): string | undefined {
  const row = database
    .prepare('SELECT conversation_id FROM conversation_messages WHERE message_id = ?')
    .get(messageId) as { conversation_id: string } | undefined;
  return row?.conversation_id;
}
