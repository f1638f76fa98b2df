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
import {
  actionsOf,
  type BotHarness,
  type Card,
  cardText,
  CHANNELS,
  personalChatOf,
  personalChatOwner,
} from '../support/bot-harness';

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

/**
 * The newest card in a conversation whose text contains `title`, as a person sees it (`as`, or the owner of a
 * personal chat, or else the base card everyone sees); fails with what was there instead.
 */
export function findCard(h: BotHarness, conversationId: string, title: string, as?: Persona): PostedCard {
  const viewer = as ?? personalChatOwner(conversationId);
  const seen = h.teams.cardsIn(conversationId).map((m) => ({
    activityId: m.activityId,
    card: (viewer && h.cardSeenBy(viewer, conversationId, m.activityId)) || m.base,
  }));
  const last = seen.filter((m) => cardText(m.card).includes(title)).at(-1);
  if (!last) {
    const titles = seen.map((m) => cardText(m.card).split('\n')[0]);
    throw new Error(`no card "${title}" in ${conversationId}; there were: ${JSON.stringify(titles)}`);
  }
  return { conversationId, ...last };
}

/** What one person sees of a posted card: their refreshed or answered view, or the base card (Teams decides). */
export function viewAs(h: BotHarness, persona: Persona, posted: PostedCard): Card {
  const card = h.cardSeenBy(persona, posted.conversationId, posted.activityId);
  if (!card) throw new Error(`${persona} sees no card ${posted.activityId} in ${posted.conversationId}`);
  return card;
}

/** Presses the button with a verb (and matching data) on the card as the person sees it, with inputs. */
export async function press(
  h: BotHarness,
  persona: Persona,
  posted: PostedCard,
  verb: string,
  inputs: Record<string, unknown> = {},
  match: Record<string, unknown> = {},
): Promise<Card> {
  const view = viewAs(h, persona, posted);
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

/**
 * Brings a network to a stage through the real service (fast set-up for tests of one step over HTTP). With
 * `overrideLeaderLimit`, the director's nomination carries a logged override, so one server can hold more than
 * two networks led by the same test leader.
 */
export async function arrange(
  h: BotHarness,
  tc: TypeCase,
  stage: (typeof STAGES)[number],
  networkId: string,
  options: { overrideLeaderLimit?: boolean; deliver?: boolean } = {},
): Promise<Network> {
  let n: Network | null = null;
  for (const step of stepsTo(tc, stage, networkId)) {
    const input = step.input(n);
    const result = await h.server.services.service.execute(
      {
        commandId: randomUUID(),
        networkId,
        ...input,
        ...(options.overrideLeaderLimit && input.type === 'nominateLeader' ? { overrideReason: 'Testnetværk' } : {}),
      },
      actor(step.who),
    );
    if (isDomainError(result)) throw new Error(`arrange: ${step.input(n).type} failed with ${result.code}`);
    n = result.network;
  }
  if (options.deliver !== false) await h.deliver();
  return n!;
}
