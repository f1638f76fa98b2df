#!/usr/bin/env node
// `npm run meeting:end -- <networkId> [title] [meetingId]`: ends a meeting locally, the way Teams would. The Agents Playground
// has no meetings, so this posts straight to the bot what Teams sends: first the director links a new meeting in
// the Playground's group chat to the network ("tilknyt netværk"), then the meeting-end event. The reflection card
// then appears in the Playground's group chat "Netværksmøde".
// Demo networks: hjerneskade, boernefamilier (active); others refuse politely in the server log. With a meeting id
// (from `npm run meeting:start`), that meeting ends instead of a new one: if its reflection was started in the
// meeting, no second card comes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const [networkId, title = 'Netværksmøde', existing] = process.argv.slice(2);
if (!networkId) {
  console.error('Usage: npm run meeting:end -- <networkId> [title]   (e.g. hjerneskade)');
  process.exit(2);
}
const demo = JSON.parse(readFileSync(join(root, 'local', 'demo-config.json'), 'utf8'));
const director = demo.people.find((p) => p.key === demo.director);
const bot = `http://127.0.0.1:${process.env.PORT ?? 3978}/api/messages`;
const serviceUrl = `http://localhost:${process.env.PLAYGROUND_PORT ?? 56150}/_connector`;
const meetingId = existing ?? `local-${networkId}-${Date.now()}`;
const base = {
  channelId: 'msteams',
  serviceUrl,
  locale: 'da-DK',
  from: { id: director.teamsId, name: director.name, aadObjectId: director.objectId },
  recipient: { id: '28:netvaerk-for-teams', name: 'Netværk for Teams' },
  conversation: {
    id: demo.meetingChat.id,
    conversationType: 'groupChat',
    isGroup: true,
    tenantId: demo.tenantId,
    name: demo.meetingChat.name,
  },
  channelData: { tenant: { id: demo.tenantId }, meeting: { id: meetingId } },
};

async function post(activity) {
  const response = await fetch(bot, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  if (!response.ok) throw new Error(`the bot answered ${response.status}; is \`npm start\` running?`);
  return response.text();
}

const linked = existing
  ? 'Tilknyttet'
  : await post({
      ...base,
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: `link-${meetingId}`,
      replyToId: `link-${meetingId}`,
      value: { action: { type: 'Action.Execute', verb: 'linkNetwork', data: { networkId } } },
    });
if (!linked.includes('Tilknyttet')) {
  console.error(`[netværk] could not link a meeting to "${networkId}": ${linked.slice(0, 300)}`);
  process.exit(1);
}
await post({
  ...base,
  type: 'event',
  name: 'application/vnd.microsoft.meetingEnd',
  id: `end-${meetingId}`,
  value: { Id: meetingId, Title: title, EndTime: new Date().toISOString(), MeetingType: 'Scheduled' },
});
console.log(
  `[netværk] meeting "${title}" (${meetingId}) ended for ${networkId}: the reflection card is in the Playground's group chat "${demo.meetingChat.name}" (posted now, or already while the meeting ran if the leader started the reflection there; then the end only starts the reminder clock).`,
);
