#!/usr/bin/env node
// `npm run decide -- <network name or id> [approve|reject] [person]`: another forum member presses the decision card,
// the way Teams would send it. The Agents Playground is always Dorthe Direktør, and nobody decides on their own
// recommendation: when Dorthe recommended a welfare idea, the heads' forum's other member, Claus Chef, decides.
// The press comes from the decision card's thread in the Playground's channel *General* and names that card, as
// Teams sends it; so the app updates that card for everyone, as it would in Teams.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const [wanted, outcome = 'approve', who = 'claus'] = process.argv.slice(2);
if (!wanted || !['approve', 'reject'].includes(outcome)) {
  console.error('Usage: npm run decide -- "<network name or id>" [approve|reject] [person]   (e.g. "Tryg overgang")');
  process.exit(2);
}
const demo = JSON.parse(readFileSync(join(root, 'local', 'demo-config.json'), 'utf8'));
const person = demo.people.find((p) => p.key === who);
if (!person?.teamsId) {
  console.error(`[netværk] "${who}" is not one of the Playground's users in local/demo-config.json`);
  process.exit(2);
}
const server = `http://127.0.0.1:${process.env.PORT ?? 3978}`;
const serviceUrl = `http://localhost:${process.env.PLAYGROUND_PORT ?? 56150}/_connector`;

// The network by id or by (part of) its name, as the person sees it in the tab's list.
const listed = await fetch(`${server}/api/networks`, { headers: { 'x-dev-user': person.objectId } });
if (!listed.ok) throw new Error(`the server answered ${listed.status}; is \`npm start\` running?`);
const { networks } = await listed.json();
const matches = networks.filter((n) => n.id === wanted || n.name.toLowerCase().includes(wanted.toLowerCase()));
if (matches.length !== 1) {
  console.error(
    `[netværk] ${matches.length === 0 ? 'no network' : 'more than one network'} matches "${wanted}": ${networks.map((n) => n.name).join(', ')}`,
  );
  process.exit(1);
}
const network = matches[0];
const channel = demo.channels.headsForum.id;
// Teams sends a press from the card itself: from its thread (`<channel>;messageid=<post>`) with the post's id as
// replyToId. Without them the app answers the presser but cannot know which shared card to update; the newest
// decision card the app posted in the channel is the one in front of the forum.
const posted = await fetch(`${server}/api/dev/networks/${encodeURIComponent(network.id)}/posted-cards`, {
  headers: { 'x-dev-user': person.objectId },
});
if (!posted.ok) throw new Error(`the server answered ${posted.status} for the posted cards of "${network.name}"`);
const card = (await posted.json()).cards.find(
  (c) => c.view.type === 'network' && c.view.kind === 'decision' && c.conversationId.split(';')[0] === channel,
);
if (!card) {
  console.error(
    `[netværk] "${network.name}" has no decision card in the channel ${demo.channels.headsForum.name ?? channel}`,
  );
  process.exit(1);
}
const thread = card.conversationId.includes(';messageid=')
  ? card.conversationId
  : `${channel};messageid=${card.activityId}`;
const response = await fetch(`${server}/api/messages`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `decide-${network.id}-${Date.now()}`,
    channelId: 'msteams',
    serviceUrl,
    locale: 'da-DK',
    from: { id: person.teamsId, name: person.name, aadObjectId: person.objectId },
    recipient: { id: '28:netvaerk-for-teams', name: 'Netværk for Teams' },
    conversation: { id: thread, conversationType: 'channel', tenantId: demo.tenantId },
    replyToId: card.activityId,
    channelData: { tenant: { id: demo.tenantId }, channel: { id: channel } },
    value: {
      action: {
        type: 'Action.Execute',
        verb: 'decideIdea',
        data: { networkId: network.id, kind: 'decision', outcome },
      },
    },
  }),
});
if (!response.ok) throw new Error(`the bot answered ${response.status}; is \`npm start\` running?`);
// The card the bot answers with says what happened (in Danish, the channel's locale): its first highlighted line.
const answer = (await response.json()).value;
const said = JSON.stringify(answer).match(
  /"style":"(?:good|attention|warning)","items":\[\{"type":"TextBlock","text":"([^"]+)"/,
);
console.log(`[netværk] ${person.name} on "${network.name}": ${said ? said[1] : 'see the card in the channel'}`);
console.log(`[netværk] the decision card in the channel is updated for everyone (the outbox sends it in a moment).`);
