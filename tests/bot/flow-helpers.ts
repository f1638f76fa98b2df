import { randomUUID } from 'node:crypto';
import { isDomainError } from '../../shared/src/domain/errors';
import type { Network } from '../../shared/src/domain/network';
import {
  actor,
  FIXTURE_INPUTS,
  PEOPLE,
  type Persona,
  STAGES,
  stepsTo,
  type TypeCase,
} from '../../shared/src/testing/domain-fixtures';
import { actionsOf, type BotHarness, type Card, cardText, CHANNELS, personalChatOf } from '../support/bot-harness';

/** Where a persona's cards arrive when forums have channels: forum members in their forum's channel. */
export function conversationOf(persona: Persona): string {
  switch (persona) {
    case 'directorsForum':
      return CHANNELS.directorsForum;
    case 'headsForum':
    case 'headsForum2':
      return CHANNELS.headsForum;
    case 'politician':
      return CHANNELS.politicalCommittee;
    case 'centralHead':
      return CHANNELS.centralDepartmentHeads;
    default:
      return personalChatOf(persona);
  }
}

export interface PostedCard {
  conversationId: string;
  activityId: string;
  card: Card;
}

/** The newest card in a conversation whose text contains `title`; fails with what was there instead. */
export function findCard(h: BotHarness, conversationId: string, title: string): PostedCard {
  const sent = h.sentTo(conversationId).filter((s) => cardText(s.activity.attachments?.[0]?.content).includes(title));
  const last = sent.at(-1);
  if (!last) {
    const seen = h.sentTo(conversationId).map((s) => cardText(s.activity.attachments?.[0]?.content).split('\n')[0]);
    throw new Error(`no card "${title}" in ${conversationId}; there were: ${JSON.stringify(seen)}`);
  }
  return { conversationId, activityId: last.activityId, card: last.activity.attachments?.[0]?.content as Card };
}

/**
 * What one person sees of a posted card: a shared card with a refresh section is fetched again as that person
 * (as Teams does for refresh.userIds), otherwise the card as sent.
 */
export async function viewAs(h: BotHarness, persona: Persona, posted: PostedCard): Promise<Card> {
  const refresh = (
    posted.card.refresh as { action?: { verb: string; data: Record<string, unknown> }; userIds?: string[] } | undefined
  )?.action;
  if (!refresh) return posted.card;
  const result = await h.invoke(persona, refresh.verb, refresh.data, {
    conversationId: posted.conversationId,
    replyToId: posted.activityId,
  });
  return result.card;
}

/** Presses the button with a verb (and matching data) on a person's view of a posted card, with inputs. */
export async function press(
  h: BotHarness,
  persona: Persona,
  posted: PostedCard,
  verb: string,
  inputs: Record<string, unknown> = {},
  match: Record<string, unknown> = {},
): Promise<Card> {
  const view = await viewAs(h, persona, posted);
  const action = actionsOf(view).find(
    (a) => a.verb === verb && Object.entries(match).every(([k, v]) => a.data[k] === v),
  );
  if (!action)
    throw new Error(`${persona} sees no ${verb} ${JSON.stringify(match)} on: ${cardText(view).slice(0, 400)}`);
  return (
    await h.invoke(
      persona,
      verb,
      { ...action.data, ...inputs },
      { conversationId: posted.conversationId, replyToId: posted.activityId },
    )
  ).card;
}

export const IDEA = {
  name: 'Fra barn til voksen med hjerneskade',
  purpose: 'Helhed og sammenhæng for den unge',
  background: 'Mange specialister omkring én borger',
  originatorGroup: 'Sundhed og Træning',
};

/** Submits an idea through the form card as the originator; returns the stored network's id. */
export async function submitIdea(
  h: BotHarness,
  tc: TypeCase,
  name = IDEA.name,
): Promise<{ networkId: string; response: Card }> {
  const form = (await h.invoke('originator', 'showIdeaForm', {})).card;
  const submit = actionsOf(form).find((a) => a.verb === 'submitIdea')!;
  const response = (
    await h.invoke('originator', 'submitIdea', {
      ...submit.data,
      ...IDEA,
      name,
      networkType: tc.type,
      track: tc.track ?? '',
    })
  ).card;
  const stored = (await h.server.services.networks.list()).find((n) => n.name === name);
  if (!stored) throw new Error(`idea not stored: ${cardText(response)}`);
  return { networkId: stored.id, response };
}

export const CONTRACT = FIXTURE_INPUTS;
export const leaderKey = () => `${PEOPLE.leader.tenantId}_${PEOPLE.leader.objectId}`;
export const personKeyOf = (p: Persona) => `${PEOPLE[p].tenantId}_${PEOPLE[p].objectId}`;

/** Brings a network to a stage through the real service (fast set-up for tests of one step over HTTP). */
export async function arrange(
  h: BotHarness,
  tc: TypeCase,
  stage: (typeof STAGES)[number],
  networkId: string,
): Promise<Network> {
  let n: Network | null = null;
  for (const step of stepsTo(tc, stage, networkId)) {
    const result = await h.server.services.service.execute(
      { commandId: randomUUID(), networkId, ...step.input(n) },
      actor(step.who),
    );
    if (isDomainError(result)) throw new Error(`arrange: ${step.input(n).type} failed with ${result.code}`);
    n = result.network;
  }
  await h.deliver();
  return n!;
}
