import type { NetworkViewDto } from '../../shared/src/api/api-types';
import { PEOPLE, type Persona, type TypeCase } from '../../shared/src/testing/domain-fixtures';
import { type BotHarness, cardText, personalChatOf } from '../support/bot-harness';
import { arrange, conversationOf, findCard, type PostedCard, press } from './flow-helpers';

export const CLOSING_ANSWER = {
  howWeWorked: 'Tæt og tværfagligt',
  satisfaction: '4',
  ownContribution: 'Jeg bragte sagerne med',
  progress0: 'Planen er lavet',
  progress1: 'Alle blev hørt',
  progress2: 'Ny praksis i brug',
  whatBecameDifferent: 'Færre overdragelser',
  howItWasCreated: 'Fælles sagsgennemgang',
  whereItCanBeSeen: 'I borgerens forløb',
  successAssessment: 'Det lykkedes langt hen ad vejen',
};

export const EVALUATION = {
  stillMakesSense: 'Ja',
  achievingGoals: 'Delvist',
  rightParticipants: 'Ja',
  resourcesUsedWell: 'Ja',
  adjustments: 'Jobcentret kommer med',
};

/** The tab API as a person (the local-dev header names them): status and body. */
export async function tab(
  h: BotHarness,
  persona: Persona,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${h.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-dev-user': PEOPLE[persona].objectId },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

export async function networkAs(h: BotHarness, persona: Persona, id: string): Promise<NetworkViewDto> {
  const r = await tab(h, persona, 'GET', `/api/networks/${encodeURIComponent(id)}`);
  if (r.status !== 200) throw new Error(`GET network as ${persona}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as NetworkViewDto;
}

/**
 * From the closing reflection (already started) to the decider's card: the participant answers, two stories,
 * the leader's recommendation, the director's recommendation. Returns the decider's card.
 */
export async function closingToDecision(
  h: BotHarness,
  tc: TypeCase,
  answer: Record<string, string> = CLOSING_ANSWER,
): Promise<PostedCard> {
  await press(
    h,
    'participant',
    findCard(h, personalChatOf('participant'), 'Afsluttende refleksion: '),
    'answerClosingReflection',
    answer,
  );
  await press(h, 'participant', findCard(h, personalChatOf('participant'), 'Fortællinger'), 'addStory', {
    title: 'Sofies overgang',
    value: 'En samlet plan',
    forWhom: 'Sofie og hendes familie',
  });
  await press(h, 'leader', findCard(h, personalChatOf('leader'), 'Fortællinger'), 'addStory', {
    title: 'Ny praksis',
    value: 'Færre møder for borgeren',
    forWhom: 'Sagsbehandlerne',
  });
  const recommended = await press(
    h,
    'leader',
    findCard(h, personalChatOf('leader'), 'Netværkets anbefaling'),
    'submitClosingRecommendation',
    { continueNetwork: 'true', sameForm: 'true', sameParticipants: 'false', reasoning: 'Vi er halvvejs' },
  );
  if (!cardText(recommended).includes('Anbefaling: fortsæt ja')) throw new Error(cardText(recommended));
  await h.deliver();
  await press(
    h,
    'director',
    findCard(h, personalChatOf('director'), 'Indstilling om forlængelse'),
    'endorseClosingRecommendation',
    { comment: 'Vi indstiller en forlængelse' },
  );
  await h.deliver();
  return findCard(h, conversationOf(tc.continuationDecider), 'Forlæng eller luk');
}

/** An active network whose end date has passed, in its closing reflection (the scheduler started it). */
export async function inClosingReflection(h: BotHarness, tc: TypeCase, networkId: string): Promise<void> {
  await arrange(h, tc, 'active', networkId);
  await h.server.services.scheduler.tick(); // the end date (2026-10-31) has passed
  await h.deliver();
}
