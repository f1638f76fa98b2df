import { randomUUID } from 'node:crypto';
import type { CommandType } from '../../shared/src/domain/commands';
import { isDomainError } from '../../shared/src/domain/errors';
import type { Network } from '../../shared/src/domain/network';
import type { OutboxView } from '../../shared/src/domain/outbox';
import {
  actor,
  FIXTURE_INPUTS,
  MEETING_DATE,
  PEOPLE,
  type Persona,
  type STAGES,
  type TestCommandInput,
  type TypeCase,
} from '../../shared/src/testing/domain-fixtures';
import { NETWORK_CARD_KINDS, specOf } from '../../shared/src/cards/kinds/registry';
import { MAIN_LINE, PHASE_SPECS } from '../../shared/src/domain/lifecycle';
import type { BotHarness } from '../support/bot-harness';
import { arrange, personKeyOf } from './flow-helpers';

/** A command a card is for, with what canIssue needs besides the command (a contract phase, an invitation). */
export interface CardCommand {
  type: CommandType;
  extra?: Record<string, unknown>;
}

/**
 * One card in the state where its step is open: how to get the network there, which view to post, and the
 * commands the card is for, restated here (the oracle's side), not taken from the views.
 */
export interface CardCase {
  label: string;
  tc: TypeCase;
  setup: (h: BotHarness, networkId: string) => Promise<void>;
  view: (n: Network) => OutboxView;
  commands: (n: Network) => CardCommand[];
}

type Stage = (typeof STAGES)[number];

/** Runs one command through the real service as a persona (set-up beyond the lifecycle script). */
export async function run(h: BotHarness, who: Persona, networkId: string, input: TestCommandInput): Promise<Network> {
  const result = await h.server.services.service.execute({ commandId: randomUUID(), networkId, ...input }, actor(who));
  if (isDomainError(result)) throw new Error(`${input.type} by ${who} failed with ${result.code}`);
  return result.network;
}

const at =
  (tc: TypeCase, stage: Stage, then?: (h: BotHarness, id: string) => Promise<unknown>) =>
  async (h: BotHarness, id: string) => {
    await arrange(h, tc, stage, id, { overrideLeaderLimit: true, deliver: !then });
    if (then) {
      await then(h, id);
      await h.deliver();
    }
  };

const network = (kind: Extract<OutboxView, { type: 'network' }>['kind'], participantId?: string) => (): OutboxView => ({
  type: 'network',
  kind,
  ...(participantId ? { participantId } : {}),
});
const only =
  (...types: CommandType[]) =>
  () =>
    types.map((type) => ({ type }));
const invitationOf = (n: Network) => n.participants.find((p) => p.kind === 'internal' && p.status === 'invited')!.id;
const invite = (who: Persona) => (h: BotHarness, id: string) =>
  run(h, 'leader', id, { type: 'inviteParticipant', person: PEOPLE[who], role: 'participant' });
const contract = (phase: 1 | 2 | 3) => (): CardCommand[] => [
  { type: `fillContractPhase${phase}` },
  { type: 'signContractPhase', extra: { phase } },
];
const MEETING = 'MCMxOTptZWV0aW5nX3Zpc25pbmc=';

/** The steps whose card depends on the routing table, for one type of network. */
export function routedCases(tc: TypeCase): CardCase[] {
  const label = (what: string) => `${what} (${tc.track ? `${tc.type}/${tc.track}` : tc.type})`;
  return [
    {
      label: label('recommendation'),
      tc,
      setup: at(tc, 'idea'),
      view: network('recommendation'),
      commands: only('recommendIdea'),
    },
    {
      label: label('decision'),
      tc,
      setup: at(tc, 'recommended'),
      view: network('decision'),
      commands: only('decideIdea'),
    },
    {
      label: label('briefingRequest'),
      tc,
      setup: at(tc, tc.briefer === 'leaderPersona' ? 'leaderAppointed' : 'approved'),
      view: network('briefingRequest'),
      commands: only('briefHeadsForum'),
    },
    {
      label: label('continuationDecision'),
      tc,
      setup: at(tc, 'awaitingContinuationDecision'),
      view: network('continuationDecision'),
      commands: only('decideContinuation'),
    },
  ];
}

/** Every other card of the app, on a welfare network. */
export function otherCases(tc: TypeCase): CardCase[] {
  const stories = async (h: BotHarness, id: string) => {
    await run(h, 'participant', id, { type: 'addStory', title: 'Sofie', value: 'En plan', forWhom: 'Sofie' });
    await run(h, 'leader', id, { type: 'addStory', title: 'Praksis', value: 'Færre møder', forWhom: 'Os' });
  };
  const acceptedParticipant = async (h: BotHarness, id: string) => {
    const n = await invite('participant')(h, id);
    await run(h, 'participant', id, { type: 'respondToInvitation', participantId: invitationOf(n), accept: true });
  };
  const meetingEnded = async (h: BotHarness, id: string) => {
    await run(h, 'leader', id, { type: 'linkMeeting', meetingId: MEETING, title: 'Visningsmøde', chatId: '' });
    await run(h, 'leader', id, { type: 'endMeeting', meetingId: MEETING });
  };
  const base = (kind: Extract<OutboxView, { type: 'network' }>['kind'], stage: Stage, commands: CommandType[]) => ({
    label: kind,
    tc,
    setup: at(tc, stage),
    view: network(kind),
    commands: only(...commands),
  });
  return [
    {
      label: 'track',
      tc,
      setup: async (h, id) => {
        await run(h, 'originator', id, {
          type: 'submitIdea',
          name: 'Idé uden spor',
          networkType: 'innovation',
          purpose: 'Et formål',
          background: 'En baggrund',
        });
        await h.deliver();
      },
      view: network('track'),
      commands: only('assignTrack'),
    },
    // interest, nomination and leaderDecision: their cases come from their specs (`defaultCases`).
    base('outcome', 'approved', []),
    base('status', 'approved', []),
    {
      ...base('briefing', 'approved', []),
      setup: at(tc, 'approved', (h, id) => run(h, 'centralHead', id, { type: 'briefHeadsForum' })),
    },
    base('leaderAppointed', 'leaderAppointed', []),
    {
      label: 'invitation',
      tc,
      setup: at(tc, 'leaderAppointed', invite('participant2')),
      view: (n) => network('invitation', invitationOf(n))(),
      commands: (n) => [{ type: 'respondToInvitation', extra: { participantId: invitationOf(n) } }],
    },
    {
      label: 'invitationAnswer',
      tc,
      setup: at(tc, 'leaderAppointed', acceptedParticipant),
      view: (n) => network('invitationAnswer', n.participants[0]!.id)(),
      commands: only(),
    },
    base('composition', 'participantsRecruited', []),
    {
      label: 'contract 1',
      tc,
      setup: at(tc, 'approved', (h, id) =>
        run(h, 'consultant', id, { type: 'fillContractPhase1', fields: FIXTURE_INPUTS.PHASE1 }),
      ),
      view: () => ({ type: 'contract', phase: 1 }),
      commands: contract(1),
    },
    {
      label: 'contract 2',
      tc,
      setup: at(tc, 'leaderAppointed', async (h, id) => {
        await run(h, 'director', id, { type: 'fillContractPhase1', fields: FIXTURE_INPUTS.PHASE1 });
        for (const party of tc.contractParties)
          await run(h, party, id, { type: 'signContractPhase', phase: 1, meetingDate: MEETING_DATE });
        await run(h, 'leader', id, { type: 'fillContractPhase2', fields: FIXTURE_INPUTS.PHASE2 });
      }),
      view: () => ({ type: 'contract', phase: 2 }),
      commands: contract(2),
    },
    {
      label: 'contract 3',
      tc,
      setup: at(tc, 'kickoffHeld', (h, id) =>
        run(h, 'leader', id, { type: 'fillContractPhase3', fields: FIXTURE_INPUTS.PHASE3 }),
      ),
      view: () => ({ type: 'contract', phase: 3 }),
      commands: contract(3),
    },
    {
      label: 'participants (recruiting)',
      tc,
      setup: at(tc, 'leaderAppointed', acceptedParticipant),
      view: () => ({ type: 'participants' }),
      commands: only('inviteParticipant', 'addExternalParticipant', 'informHeadsForumOfComposition', 'holdKickoff'),
    },
    {
      label: 'participants (kick-off)',
      tc,
      setup: at(tc, 'participantsRecruited'),
      view: () => ({ type: 'participants' }),
      commands: only('inviteParticipant', 'addExternalParticipant', 'informHeadsForumOfComposition', 'holdKickoff'),
    },
    {
      label: 'reflection',
      tc,
      setup: at(tc, 'active', meetingEnded),
      view: () => ({ type: 'reflection', meetingId: MEETING, variant: 'card' }),
      commands: only('answerReflection'),
    },
    base('endReminder', 'active', ['startClosingReflection']),
    base('closingReflection', 'closingReflection', ['answerClosingReflection']),
    base('closingStories', 'closingReflection', ['addStory']),
    {
      ...base('closingRecommendation', 'closingReflection', ['submitClosingRecommendation']),
      setup: at(tc, 'closingReflection', stories),
    },
    base('closingEndorsement', 'closingWithDirector', ['endorseClosingRecommendation']),
    base('closingMeeting', 'closingMeeting', ['recordClosingMeeting']),
    base('publicationApproval', 'awaitingPublication', ['approvePublication']),
    base('anchoring', 'closed', []),
    // A body's decision past its deadline, to the director and the consultants (no command: it informs).
    base('decisionOverdue', 'recommended', []),
    {
      // A recommendation that goes to a deciding body: the director records its outcome (issue 13, point 6).
      ...base('anchoringFollowUp', 'closingMeeting', ['recordAnchoringOutcome']),
      setup: at(tc, 'closingMeeting', (h, id) =>
        run(h, 'leader', id, {
          type: 'recordClosingMeeting',
          experiences: 'Vi lærte meget',
          recommendations: [
            { text: 'En koordinatorstilling', path: { kind: 'decidingBody', body: 'municipalCouncil' } },
          ],
        }),
      ),
    },
  ];
}

const CLOSING_ANSWER = {
  howWeWorked: 'Tæt',
  satisfaction: '4',
  ownContribution: 'Sager',
  progress0: 'Nået',
  progress1: 'Alle hørt',
  progress2: 'I brug',
  whatBecameDifferent: 'Færre overdragelser',
  howItWasCreated: 'Sammen',
  whereItCanBeSeen: 'I forløbene',
  successAssessment: 'God',
};
const EVALUATION = {
  stillMakesSense: 'Ja',
  achievingGoals: 'Delvist',
  rightParticipants: 'Ja',
  resourcesUsedWell: 'Ja',
  adjustments: 'Ingen',
};

/** What a person types into a card before pressing a button with this verb. */
export const INPUTS: Record<string, (n: Network, data: Record<string, unknown>) => Record<string, unknown>> = {
  recommendIdea: () => ({ reason: 'Stort behov' }),
  // A secretary records a meeting's decision with its date; under the votes rule the date is not asked for.
  decideIdea: () => ({ meetingDate: MEETING_DATE }),
  decideLeader: () => ({ meetingDate: MEETING_DATE }),
  signContractPhase: () => ({ meetingDate: MEETING_DATE }),
  nominateLeader: () => ({ person: personKeyOf('participant2') }),
  fillContractPhase1: () => FIXTURE_INPUTS.PHASE1,
  fillContractPhase2: () => FIXTURE_INPUTS.PHASE2,
  fillContractPhase3: () => FIXTURE_INPUTS.PHASE3,
  inviteParticipant: () => ({ person: personKeyOf('participant2'), role: 'participant' }),
  addExternalParticipant: () => ({
    extName: 'Eva Ekstern',
    extOrganisation: 'Region H',
    extEmail: 'eva@regionh.dk',
    extRole: 'participant',
  }),
  holdKickoff: () => ({ heldOn: '2026-02-10' }),
  answerReflection: () => ({ value: '4', workingWell: '3', changeForm: 'false' }),
  answerClosingReflection: () => CLOSING_ANSWER,
  addStory: () => ({ title: 'Tredje', value: 'Mere værdi', forWhom: 'Borgerne' }),
  submitClosingRecommendation: () => ({
    continueNetwork: 'false',
    sameForm: 'false',
    sameParticipants: 'true',
    reasoning: 'Målet er nået',
  }),
  endorseClosingRecommendation: () => ({ comment: 'Enig' }),
  decideContinuation: (_n, data) => ({
    meetingDate: MEETING_DATE,
    ...(data.outcome === 'extend' ? { newEndDate: '2027-06-30', ...EVALUATION } : {}),
  }),
  recordClosingMeeting: () => ({
    experiences: 'Vi lærte meget',
    recommendation1: 'Fast møde',
    path1: 'lineOrganisation',
  }),
  approvePublication: (n) => ({ approved: n.anchoring?.recommendations[0]?.id ?? '' }),
  // The outcome field of the recommendation the button is for (ids differ between copies of a case).
  recordAnchoringOutcome: (n) => {
    const open = n.anchoring?.recommendations.find((r) => r.path.kind === 'decidingBody' && !r.followUp);
    return open
      ? { recommendationId: open.id, [`outcome_${open.id}`]: 'Vedtaget i byrådet', meetingDate: '2026-01-04' }
      : {};
  },
};

/**
 * A case for each card kind that has no hand-written one, derived from its spec: posted in the first phase of the
 * main line whose commands include the kind's command (a kind asking for none: once approved), for that command.
 * So a new card on an existing command is covered without a line here; a case written above takes precedence
 * where a step needs more set-up than its phase.
 */
export function defaultCases(tc: TypeCase, written: readonly CardCase[]): CardCase[] {
  const labelled = new Set(written.map((c) => c.label.split(' (')[0]));
  return NETWORK_CARD_KINDS.filter((kind) => !labelled.has(kind)).map((kind) => {
    const command = specOf(kind).command;
    const stage = command ? MAIN_LINE.find((p) => PHASE_SPECS[p].commands.includes(command)) : 'approved';
    return {
      label: `${kind} (from its spec)`,
      tc,
      setup: at(tc, (stage ?? 'approved') as Stage),
      view: network(kind),
      commands: only(...(command ? [command] : [])),
    };
  });
}
