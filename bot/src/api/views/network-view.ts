import { decisionLog } from '@netvaerk/shared/domain/decision-log';
import { isTerminal } from '@netvaerk/shared/domain/lifecycle';
import { canIssue } from '@netvaerk/shared/domain/can-issue';
import type { Network, Participant } from '@netvaerk/shared/domain/network';
import { daysBetween } from '@netvaerk/shared/domain/period';
import { type Actor, type OrgConfig } from '@netvaerk/shared/domain/types';
import type { OutboxEntry } from '@netvaerk/shared/domain/outbox';
import type {
  DecisionDto,
  FailedMessageDto,
  NetworkViewDto,
  ParticipantDto,
  PersonDto,
} from '@netvaerk/shared/api/api-types';
import type { NetworkBundle } from '../network-data';
import { contractView } from './contract-view';
import { meetingView } from './meeting-view';
import { currentClosingView, roundsView } from './closing-view';
import { READ_PERMISSIONS } from '@netvaerk/shared/domain/read-permissions';
import { pendingOf } from './pending';
import { timelineOf } from './timeline';

export const personDto = (p: PersonDto): PersonDto => ({ tenantId: p.tenantId, objectId: p.objectId, name: p.name });

/** Days to the end date for a network still running; null otherwise. */
export function daysLeft(n: Pick<Network, 'period' | 'phase'>, today: string): number | null {
  return n.period && !isTerminal(n.phase) ? daysBetween(today, n.period.endDate) : null;
}

function participantDto(p: Participant): ParticipantDto {
  const common = {
    id: p.id,
    kind: p.kind,
    role: p.role,
    status: p.status,
    guestUntil: p.guestUntil ?? null,
    addedBy: p.addedBy.by.name,
    addedAt: p.addedBy.at,
  };
  return p.kind === 'internal'
    ? { ...common, name: p.person.name, organisation: null, email: null, respondedAt: p.respondedAt ?? null }
    : { ...common, name: p.name, organisation: p.organisation, email: p.email, respondedAt: null };
}

/** A decision's or dispensation's reason as its event recorded it (never any other field of the event). */
function reasonOf(data: object | undefined): string | null {
  const fields = data as { overrideReason?: unknown; reason?: unknown } | undefined;
  const reason = fields?.overrideReason ?? fields?.reason;
  return typeof reason === 'string' && reason.trim() ? reason : null;
}

/**
 * Every decision and dispensation with its reason, from the one log the cards use too; the audit trail gives it
 * the earlier leader decisions a new nomination cleared from the network.
 */
function decisionsOf(n: Network, audit: NetworkBundle['audit'], nominees: boolean): DecisionDto[] {
  const personal = new Set(['leader', 'dispensation']);
  return decisionLog(n, audit).map((d) => ({
    kind: d.kind,
    outcome: d.outcome,
    by: d.by.name,
    at: d.at,
    reason: d.reason,
    body: d.body,
    meetingDate: d.meetingDate,
    subject: personal.has(d.kind) && !nominees ? null : d.subject,
    votes: d.votes.map((v) => ({ by: v.by.name, at: v.at, outcome: v.outcome })),
  }));
}

function failedOf(outbox: OutboxEntry[]): FailedMessageDto[] {
  return outbox
    .filter((e) => e.status === 'failed')
    .map((e) => ({
      id: e.message.id,
      createdAt: e.createdAt,
      target: e.message.target.kind === 'forum' ? `forum:${e.message.target.forum}` : e.message.target.kind,
      card: e.message.view.type === 'network' ? e.message.view.kind : e.message.view.type,
      attempts: e.attempts,
      // The error text is for the people who can act on it; keep it short and free of stack traces.
      lastError: e.lastError.split('\n')[0]!.slice(0, 300),
    }));
}

/** The network as one viewer sees it in the tab. */
export function networkView(bundle: NetworkBundle, viewer: Actor, config: OrgConfig, today: string): NetworkViewDto {
  const n = bundle.network;
  const mayReadClosing = READ_PERMISSIONS.closingReflection(n, viewer, config);
  const commentAuthors = READ_PERMISSIONS.commentAuthors(n, viewer, config);
  return {
    id: n.id,
    name: n.name,
    type: n.type,
    track: n.track,
    phase: n.phase,
    purpose: n.purpose,
    background: n.background,
    originator: n.originator.name,
    originatorGroup: n.originatorGroup,
    leader: n.leader ? personDto(n.leader) : null,
    period: n.period,
    daysLeft: daysLeft(n, today),
    anonymousReflections: n.settings.anonymousReflections,
    timeline: timelineOf(n),
    contract: contractView(n, viewer, config),
    participants: n.participants.map(participantDto),
    canManageParticipants: canIssue(n, 'addExternalParticipant', viewer, config),
    meetings: n.meetings.map((m) => meetingView(n, m, bundle.reflections.get(m.id), commentAuthors)),
    closing: currentClosingView(n, bundle.closingAnswers, mayReadClosing),
    rounds: roundsView(n, bundle.closingAnswers, mayReadClosing),
    anchoring: n.anchoring
      ? {
          experiences: n.anchoring.experiences,
          recommendations: n.anchoring.recommendations.map((r) => ({
            id: r.id,
            text: r.text,
            path: r.path.kind === 'lineOrganisation' ? 'lineOrganisation' : r.path.body,
            approved: r.approved ?? null,
            ...(r.path.kind === 'decidingBody'
              ? {
                  followUp: r.followUp
                    ? {
                        outcome: r.followUp.outcome,
                        by: r.followUp.by.name,
                        at: r.followUp.at,
                        meetingDate: r.followUp.meetingDate ?? null,
                      }
                    : null,
                }
              : {}),
          })),
        }
      : null,
    decisions: decisionsOf(n, bundle.audit, READ_PERMISSIONS.nominees(viewer, config)),
    pending: pendingOf(n, config),
    history: bundle.audit
      .map((e) => ({
        id: e.id,
        type: e.type,
        at: e.at,
        by: e.actor?.name ?? null,
        surface: e.surface,
        reason: reasonOf(e.data),
      }))
      .reverse(),
    failedMessages: READ_PERMISSIONS.failedMessages(n, viewer, config) ? failedOf(bundle.outbox) : null,
  };
}
