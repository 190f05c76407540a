/** The dispatches that open a session: READY, then one GUILD_CREATE per guild. */
import { guildCreateJson } from './api-objects.js';
import type { EmulatorCore } from './core.js';

/**
 * READY with the fields discord.js reads (`user`, `application`, `guilds`, `session_id`,
 * `resume_gateway_url`), followed by GUILD_CREATE for every guild it lists as unavailable:
 * discord.js holds its `ready` event until each of them arrived (or 15 s passed).
 */
export function sessionStartEvents(
  core: EmulatorCore,
  sessionId: string,
  resumeGatewayUrl: string,
): Array<[string, unknown]> {
  const guilds = [...core.guilds.values()];
  const ready = {
    v: 10,
    user: { ...core.botUser, verified: true, mfa_enabled: false, flags: 0 },
    guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: sessionId,
    session_type: 'normal',
    resume_gateway_url: resumeGatewayUrl,
    shard: [0, 1],
    application: { id: core.options.applicationId, flags: core.options.applicationFlags },
    private_channels: [],
    relationships: [],
    presences: [],
    guild_join_requests: [],
    geo_ordered_rtc_regions: [],
    user_settings: {},
    auth: {},
    _trace: ['emulator'],
  };
  const members = [...core.users.values()];
  const ownerId = core.humans[0]?.id ?? core.botUser.id;
  const guildCreates = guilds.map((guild): [string, unknown] => {
    const channels = guild.channelIds.flatMap((id) => core.channels.get(id) ?? []);
    return ['GUILD_CREATE', guildCreateJson(guild, channels, members, ownerId, core.threadsOf(guild.id))];
  });
  return [['READY', ready], ...guildCreates];
}
