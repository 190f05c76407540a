import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../limits.js';
import { DRAFT_NOTE, draftReply } from './draft-reply.js';

describe('draftReply', () => {
  it('shows the question, the escaped text so far and the draft note, with no sources or buttons', () => {
    const reply = draftReply('Who *led* it?', 'Wendy Sherman_ led', { echoQuestion: true, ephemeral: true });
    expect(reply.content).toBe(`**Question:** Who \\*led\\* it?\nWendy Sherman\\_ led …\n\n${DRAFT_NOTE}`);
    expect(reply).toMatchObject({
      embeds: [],
      components: [],
      ephemeral: true,
      allowedMentions: { parse: [] },
    });
  });

  it('stays within Discord’s message limit however long the draft, keeping the note', () => {
    const long = 'Sherman_*led* the delegation. '.repeat(200);
    const reply = draftReply('Q?', long, { echoQuestion: false });
    expect(reply.content?.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(reply.content?.endsWith(DRAFT_NOTE)).toBe(true);
  });
});
