#!/usr/bin/env node
// `npm run meeting:start -- <networkId> [title]`: starts a meeting locally, the way Teams would. The Agents
// Playground has no meetings, so this posts straight to the bot what Teams sends: the director links a new meeting
// in the Playground's group chat to the network ("tilknyt netværk"), then the meeting-start event and a participant
// join event for every demo person (the app keeps only the network's own people). It prints the meeting preview:
// the side panel at 320 px beside the shared stage. `npm run meeting:end -- <networkId> [title] <meetingId>` ends
// this same meeting afterwards.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const [networkId, title = 'Netværksmøde'] = process.argv.slice(2);
if (!networkId) {
  console.error('Usage: npm run meeting:start -- <networkId> [title]   (e.g. hjerneskade)');
  process.exit(2);
}
const demo = JSON.parse(readFileSync(join(root, 'local', 'demo-config.json'), 'utf8'));
const director = demo.people.find((p) => p.key === demo.director);
const port = process.env.PORT ?? 3978;
const bot = `http://127.0.0.1:${port}/api/messages`;
const meetingId = `local-${networkId}-${Date.now()}`;
const base = {
  channelId: 'msteams',
  serviceUrl: `http://localhost:${process.env.PLAYGROUND_PORT ?? 56150}/_connector`,
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

const linked = await post({
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
  name: 'application/vnd.microsoft.meetingStart',
  id: `start-${meetingId}`,
  value: { Id: meetingId, Title: title, StartTime: new Date().toISOString(), MeetingType: 'Scheduled' },
});
// Teams reports who joins (RSC OnlineMeetingParticipant.Read.Chat): botframework-schema's MeetingParticipantsEventDetails.
await post({
  ...base,
  type: 'event',
  name: 'application/vnd.microsoft.meetingParticipantJoin',
  id: `join-${meetingId}`,
  value: {
    members: demo.people.map((p) => ({
      user: { id: p.teamsId, name: p.name, aadObjectId: p.objectId, tenantId: demo.tenantId },
      meeting: { inMeeting: true, role: 'Attendee' },
    })),
  },
});
const preview = `http://127.0.0.1:${port}/tab/preview/${encodeURIComponent(networkId)}?meeting=${encodeURIComponent(meetingId)}`;
console.log(`[netværk] meeting "${title}" (${meetingId}) started for ${networkId}.`);
console.log(`[netværk] the side panel and the shared stage: ${preview}  (choose Lene Leder)`);
console.log(`[netværk] end it: npm run meeting:end -- ${networkId} "${title}" ${meetingId}`);
