/** Helpers shared by every route that creates or edits messages. */
import type { RestRequest } from '../rest-router.js';
import { nextSnowflake } from '../snowflake.js';
import type { EmulatedMessage } from '../types.js';

/** The request body as an object (an absent or non-object body counts as empty). */
export function bodyObject(request: RestRequest): Record<string, unknown> {
  const { body } = request;
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}

/**
 * Turns uploaded files into attachment objects. discord.js sends the bytes as `files[n]` and
 * lists `attachments: [{ id: "n" }]` in the payload; ids of that size are upload indexes,
 * snowflake ids are attachments kept from before.
 */
export function withUploadedAttachments(
  body: Record<string, unknown>,
  files: RestRequest['files'],
): Record<string, unknown> {
  if (files.length === 0) return body;
  const uploads = new Map<string, Record<string, unknown>>();
  files.forEach((file, position) => {
    const index = /^files\[(\d+)\]$/.exec(file.field)?.[1] ?? String(position);
    const id = nextSnowflake();
    const path = `attachments/emulated/${id}/${file.name}`;
    uploads.set(index, {
      id,
      filename: file.name,
      size: file.size,
      content_type: file.contentType,
      url: `https://cdn.discordapp.com/${path}`,
      proxy_url: `https://media.discordapp.net/${path}`,
    });
  });
  const listed = Array.isArray(body.attachments) ? (body.attachments as Array<Record<string, unknown>>) : [];
  const attachments = listed.map((entry) => {
    const upload = uploads.get(String(entry.id));
    if (!upload) return entry;
    uploads.delete(String(entry.id));
    return {
      ...upload,
      ...(typeof entry.description === 'string' ? { description: entry.description } : {}),
    };
  });
  return { ...body, attachments: [...attachments, ...uploads.values()] };
}

/** Whether a message would show nothing at all (Discord refuses those with 50006). */
export function isEmptyMessage(message: EmulatedMessage): boolean {
  return (
    message.content.length === 0 &&
    message.embeds.length === 0 &&
    message.components.length === 0 &&
    message.attachments.length === 0
  );
}

/** A message as REST answers carry it (REST omits `guild_id`; the gateway adds it). */
export function restMessage(message: EmulatedMessage): Record<string, unknown> {
  const { guild_id: _guildId, ...rest } = message;
  return rest;
}
