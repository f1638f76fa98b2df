import type { DeadlineDecision } from '../domain/body-decision';
import type { Network } from '../domain/network';
import type { DomainEvent } from '../domain/outcome';
import type { OutboxMessage, OutboxTarget, OutboxView } from '../domain/outbox';
import type { NetworkCardKind } from '../cards/kinds/registry';
import type { IdGenerator } from '../domain/ports';
import { openFollowUps } from '../domain/anchoring';
import { missingParties } from '../domain/contract-parties';
import { memberKeysOf } from '../domain/members';
import { continuationDeciderOf, routeFor } from '../domain/routing';
import { type Body, type OrgConfig, personKey } from '../domain/types';

type Draft = Omit<OutboxMessage, 'id'>;

/** Where a body's cards go: a person's chat, a forum (its channel or its members), or the originator. */
export function targetsOf(body: Body, network: Network, config: OrgConfig): OutboxTarget[] {
  switch (body) {
    case 'director':
      return config.director ? [{ kind: 'person', personKey: personKey(config.director) }] : [];
    case 'originator':
      return [{ kind: 'person', personKey: personKey(network.originator) }];
    case 'leader':
      return network.leader ? [{ kind: 'person', personKey: personKey(network.leader) }] : [];
    case 'directorGroup':
      return targetsOf('directorsForum', network, config);
    default:
      // A forum without a channel gets its cards in each member's personal chat.
      return config.channels[body]
        ? [{ kind: 'forum', forum: body }]
        : config.forums[body].members.map((m) => ({ kind: 'person', personKey: personKey(m) }));
  }
}

const send = (targets: OutboxTarget[], view: OutboxView): Draft[] =>
  targets.map((target) => ({ target, view, mode: 'send' }));
const card = (kind: NetworkCardKind, participantId?: string): OutboxView => ({
  type: 'network',
  kind,
  ...(participantId ? { participantId } : {}),
});

/**
 * Who gets which card after a change: the routing table decides (DESIGN.md §3, §7). Pure: the same events give
 * the same messages. Replies to the person who acted are the invoke response, not here.
 */
export function notificationsFor(events: DomainEvent[], network: Network, config: OrgConfig): Draft[] {
  const route = routeFor(network);
  const to = (body: Body | undefined) => (body ? targetsOf(body, network, config) : []);
  const consultants = config.consultants.map((c) => ({ kind: 'person', personKey: personKey(c) }) as OutboxTarget);
  const out: Draft[] = [];
  for (const event of events) {
    switch (event.type) {
      case 'ideaSubmitted':
      case 'trackAssigned':
        // An innovation idea without a track goes to the director to choose one; otherwise to the recommender.
        if (!route) out.push(...send(to('director'), card('track')));
        else if (route.recommender !== 'originator' || event.type === 'trackAssigned')
          out.push(...send(to(route.recommender), card('recommendation')));
        break;
      case 'ideaRecommended':
        out.push(...send(to(route?.decider), card('decision')));
        break;
      case 'ideaNotRecommended':
      case 'ideaRejected':
        out.push(...send(to('originator'), card('outcome')));
        break;
      case 'ideaApproved':
        out.push(...send(to('originator'), card('outcome')));
        out.push(...send([...to('director'), ...consultants], { type: 'contract', phase: 1 }));
        out.push(...send(to('director'), card('nomination')));
        if (config.channels.announcements)
          out.push(...send([{ kind: 'channel', channel: 'announcements' }], card('interest')));
        if (route && route.briefer !== 'leader') out.push(...send(to(route.briefer), card('briefingRequest')));
        break;
      case 'headsForumBriefed':
        out.push(...send(to('headsForum'), card('briefing')));
        break;
      case 'leaderNominated':
        out.push(...send(to('headsForum'), card('leaderDecision')));
        break;
      case 'leaderRejected':
        out.push(...send(to('director'), card('nomination')));
        break;
      case 'leaderAppointed':
        out.push(...send(to('leader'), card('leaderAppointed')));
        // A learning network's leader is a party of contract phase 1, and acknowledges it once appointed.
        if (missingParties(network, 1, config).includes('leader'))
          out.push(...send(to('leader'), { type: 'contract', phase: 1 }));
        if (route?.briefer === 'leader' && !network.briefing) out.push(...send(to('leader'), card('briefingRequest')));
        break;
      case 'participantInvited': {
        const p = network.participants.find((x) => x.id === event.data.participantId);
        if (p?.kind === 'internal')
          out.push(...send([{ kind: 'person', personKey: personKey(p.person) }], card('invitation', p.id)));
        break;
      }
      case 'invitationAccepted':
      case 'invitationDeclined':
        out.push(...send(to('leader'), card('invitationAnswer', event.data.participantId)));
        break;
      case 'compositionInformed':
        out.push(...send(to('headsForum'), card('composition')));
        break;
      case 'contractPhaseFilled':
      case 'contractPhaseCoSigned': {
        // Ask whoever still has to sign the current version.
        const { phase } = event.data;
        for (const body of missingParties(network, phase, config)) {
          for (const target of to(body)) {
            if (target.kind === 'person' && event.actor && target.personKey === personKey(event.actor)) continue;
            out.push({ target, view: { type: 'contract', phase }, mode: 'send' });
          }
        }
        break;
      }
      case 'kickoffHeld':
        out.push(...send(to('leader'), { type: 'contract', phase: 3 }));
        break;
      case 'meetingStarted':
      case 'meetingEnded':
      case 'reflectionStarted': {
        const meeting = network.meetings.find((m) => m.id === event.data.meetingId);
        if (!meeting?.chatId || (event.type === 'meetingStarted' && !event.data.goalReminder)) break;
        // A reflection started in the meeting posted its card then: the end posts no second one.
        if (event.type === 'meetingEnded' && event.data.cardPosted) break;
        const variant = event.type === 'meetingStarted' ? 'start' : 'card';
        out.push(
          ...send([{ kind: 'conversation', conversationId: meeting.chatId }], {
            type: 'reflection',
            meetingId: meeting.id,
            variant,
          }),
        );
        break;
      }
      case 'reflectionRemindersSent':
        // One row for all of them: who gets a reminder is found when it is sent, never stored.
        if (event.data.count > 0)
          out.push(
            ...send([{ kind: 'nonResponders', meetingId: event.data.meetingId }], {
              type: 'reflection',
              meetingId: event.data.meetingId,
              variant: 'reminder',
            }),
          );
        break;
      case 'reflectionClosed':
        out.push(...send(to('leader'), { type: 'reflection', meetingId: event.data.meetingId, variant: 'summary' }));
        break;
      case 'endReminderSent':
        out.push(...send(to('leader'), card('endReminder')));
        break;
      case 'closingReflectionStarted': {
        // The network's channel if it has one; otherwise each participant (and the leader) personally.
        const everyone: OutboxTarget[] = network.settings.channelId
          ? [{ kind: 'conversation', conversationId: network.settings.channelId }]
          : [...to('leader'), ...memberKeysOf(network).map((key) => ({ kind: 'person' as const, personKey: key }))];
        out.push(...send(everyone, card('closingReflection')), ...send(everyone, card('closingStories')));
        out.push(...send(to('leader'), card('closingRecommendation')));
        break;
      }
      case 'closingRecommendationSubmitted':
        // One card per save, to the other party only (never back to the one who saved). The director's submit
        // card goes once, with the leader's first draft; she can then edit the draft and submit it.
        if (event.data.editor === 'director') {
          out.push(...send(to('leader'), card('closingRecommendation')));
        } else {
          out.push(...send(to('director'), card('closingRecommendation')));
          if (event.data.first !== false) out.push(...send(to('director'), card('closingEndorsement')));
        }
        break;
      case 'closingRecommendationEndorsed':
        // To the body the leader and the director chose (never the director herself).
        out.push(...send(to(continuationDeciderOf(network)), card('continuationDecision')));
        break;
      case 'networkExtended':
        out.push(...send(to('leader'), card('continuationDecision')));
        break;
      case 'networkToBeClosed':
        out.push(...send(to('leader'), card('closingMeeting')));
        break;
      case 'closingMeetingRecorded':
        out.push(...send(to('director'), card('publicationApproval')));
        // A recommendation that goes to a deciding body is a task for the director until its outcome is recorded.
        if (openFollowUps(network).length > 0) out.push(...send(to('director'), card('anchoringFollowUp')));
        break;
      case 'publicationApproved':
        out.push(...send(to('headsForum'), card('anchoring')));
        break;
      // Recorded in the history; nobody is sent a card for these.
      case 'ideaWithdrawn':
      case 'decisionVoteCast':
      case 'contractPhaseSigned':
      case 'interestExpressed':
      case 'externalParticipantAdded':
      case 'participantRemoved':
      case 'settingsUpdated':
      case 'meetingLinked':
      case 'meetingNotesWritten':
      case 'attendanceRecorded':
      case 'reflectionAnswered':
      case 'closingReflectionAnswered':
      case 'storyAdded':
      case 'anchoringOutcomeRecorded':
        break;
      case 'decisionReminderSent':
        // The body gets the card it decides on again (for phase 1, the contract, which shows the deadline).
        out.push(...send(to(event.data.body), DECISION_VIEWS[event.data.decision]));
        break;
      case 'decisionEscalated':
        out.push(...send([...to('director'), ...consultants], card('decisionOverdue')));
        break;
      default:
        // Every event type has its case above: a new one without a rule does not compile.
        return unreachable(event);
    }
  }
  return dedupe(out);
}

/** The card on which a body takes each decision that has a deadline. */
const DECISION_VIEWS: Record<DeadlineDecision, OutboxView> = {
  recommendation: card('recommendation'),
  idea: card('decision'),
  leader: card('leaderDecision'),
  continuation: card('continuationDecision'),
  contractAcknowledgement: { type: 'contract', phase: 1 },
};

function unreachable(event: never): never {
  throw new Error(`no notification rule for event ${JSON.stringify(event)}`);
}

/** One message per target and view, even if two events asked for it. */
function dedupe(drafts: Draft[]): Draft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = JSON.stringify([d.target, d.view, d.mode]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function withIds(drafts: Draft[], ids: IdGenerator): OutboxMessage[] {
  return drafts.map((d) => ({ id: ids.next(), ...d }));
}
