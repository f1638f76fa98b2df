import { requiredSigners } from '../domain/contract-parties';
import { BODY_NAMES } from '../domain/routing';
import { CONTRACT_FIELDS, toFormValue } from '../contract/contract-fields';
import type { Network } from '../domain/network';
import type { AuditEvent } from '../domain/outcome';
import { answersMayBeShown, summariseReflection } from '../domain/reflection-summary';
import { expectedReflections } from '../domain/reflectors';
import type { ReflectionAnswer } from '../domain/repository';
import type { OrgConfig } from '../domain/types';
import { t } from '../i18n/messages';
import { caseStatusOf, closedAtOf, decisionsOf, recordPerson } from './case-record-parts';
import { CASE_RECORD_SCHEMA_ID, CASE_RECORD_VERSION, type CaseRecord } from './case-record-schema';

/** What the case record is built from: the network's partition as stored, and the configuration now. */
export interface CaseRecordSource {
  network: Network;
  audit: AuditEvent[];
  answersByMeeting: ReadonlyMap<string, ReflectionAnswer[]>;
  closingAnswers: Record<string, unknown>[];
  config: OrgConfig;
  generatedAt: string;
}

const EVALUATION_LABELS = {
  stillMakesSense: 'closing.q.stillMakesSense',
  achievingGoals: 'closing.q.achievingGoals',
  rightParticipants: 'closing.q.rightParticipants',
  resourcesUsedWell: 'closing.q.resourcesUsedWell',
  adjustments: 'closing.q.adjustments',
} as const;

function contractOf(network: Network): CaseRecord['contract'] {
  return [...network.contract]
    .sort((a, b) => a.phase - b.phase || a.version - b.version)
    .map((c) => {
      const values = c.fields as unknown as Record<string, string | string[]>;
      return {
        phase: c.phase,
        version: c.version,
        locked: c.locked,
        editedBy: recordPerson(c.editedBy.by),
        editedAt: c.editedBy.at,
        fields: CONTRACT_FIELDS[c.phase].map((f) => ({
          key: f.name,
          label: t('da', f.label),
          value: toFormValue(values[f.name]),
        })),
        // The routing table's parties for the type and track (contract-parties.ts), as the record names them.
        parties: c.phase === 1 ? requiredSigners(network, 1).map((b) => BODY_NAMES[b].da) : [],
        acknowledgements: c.signatures.map((s) => ({ as: s.as, by: recordPerson(s.by), at: s.at })),
      };
    });
}

function meetingsOf(source: CaseRecordSource): CaseRecord['meetings'] {
  const { network } = source;
  return network.meetings
    .filter((m) => m.status !== 'scheduled')
    .map((m) => {
      const answers = source.answersByMeeting.get(m.id) ?? [];
      const s = summariseReflection(answers, expectedReflections(network, m), m.anonymous);
      return {
        id: m.id,
        title: m.title,
        endedAt: m.endedAt ?? null,
        anonymous: m.anonymous,
        answered: s.answered,
        expected: s.expected,
        aggregatesShown: s.visible,
        averageValue: s.averageValue,
        averageWorkingWell: s.averageWorkingWell,
        changeFormYes: s.visible ? s.changeFormYes : null,
      };
    });
}

function closingReflectionOf(source: CaseRecordSource): CaseRecord['closingReflection'] {
  if (source.closingAnswers.length === 0) return null;
  const anonymous = source.network.settings.anonymousReflections;
  const shown = answersMayBeShown(anonymous, source.closingAnswers.length);
  const scores = source.closingAnswers.map((a) => Number(a.satisfaction)).filter((x) => Number.isFinite(x));
  const average = scores.length ? Math.round((scores.reduce((x, y) => x + y, 0) / scores.length) * 10) / 10 : null;
  return {
    answered: source.closingAnswers.length,
    aggregatesShown: shown,
    averageSatisfaction: shown ? average : null,
  };
}

/**
 * The network's case record (sagsakt): everything decided and agreed, from its stored state. Pure: the same
 * source gives the same record, so the PDF and the JSON of one export always agree. Reflections appear only as
 * aggregates, and not at all below the anonymity threshold; no comment and no answer's author is in it.
 */
export function buildCaseRecord(source: CaseRecordSource): CaseRecord {
  const { network, config } = source;
  const decisions = decisionsOf(network, source.audit, config);
  const extensionDecisionId = (at: string) =>
    decisions.find((d) => d.kind === 'continuationDecision' && d.outcome === 'extend' && d.at >= at)?.id ?? '';
  return {
    $schema: CASE_RECORD_SCHEMA_ID,
    schemaVersion: CASE_RECORD_VERSION,
    generatedAt: source.generatedAt,
    network: {
      id: network.id,
      name: network.name,
      type: network.type,
      track: network.track,
      phase: network.phase,
      caseStatus: caseStatusOf(network),
      createdAt: network.createdAt,
      period: network.period ? { ...network.period } : null,
      closedAt: closedAtOf(network),
      leader: network.leader ? recordPerson(network.leader) : null,
    },
    idea: {
      purpose: network.purpose,
      background: network.background,
      originatorGroup: network.originatorGroup,
      submittedBy: recordPerson(network.originator),
      submittedAt: network.createdAt,
    },
    decisions,
    contract: contractOf(network),
    composition: {
      participants: network.participants.map((p) => ({
        name: p.kind === 'internal' ? p.person.name : p.name,
        organisation: p.kind === 'external' ? p.organisation : '',
        kind: p.kind,
        role: p.role,
        status: p.status,
      })),
      kickoffHeldOn: network.kickoff?.heldOn ?? null,
    },
    meetings: meetingsOf(source),
    closingReflection: closingReflectionOf(source),
    stories: (network.closing?.stories ?? []).map((s) => ({
      id: s.id,
      title: s.title,
      value: s.value,
      forWhom: s.forWhom,
      by: recordPerson(s.by.by),
      at: s.by.at,
    })),
    closingRecommendation: network.closing?.recommendation
      ? {
          continueNetwork: network.closing.recommendation.continueNetwork,
          sameForm: network.closing.recommendation.sameForm,
          sameParticipants: network.closing.recommendation.sameParticipants,
          reasoning: network.closing.recommendation.reasoning,
          by: recordPerson(network.closing.recommendation.by.by),
          at: network.closing.recommendation.by.at,
        }
      : null,
    extensions: network.extensions.map((x) => ({
      previousEndDate: x.previousEndDate,
      newEndDate: x.newEndDate,
      decisionId: extensionDecisionId(x.decision.at),
      evaluation: (Object.keys(EVALUATION_LABELS) as (keyof typeof EVALUATION_LABELS)[]).map((key) => ({
        key,
        label: t('da', EVALUATION_LABELS[key]),
        value: x.evaluation[key],
      })),
    })),
    anchoring: network.anchoring
      ? {
          experiences: network.anchoring.experiences,
          recordedBy: recordPerson(network.anchoring.by.by),
          recordedAt: network.anchoring.by.at,
          recommendations: network.anchoring.recommendations.map((r) => ({
            id: r.id,
            text: r.text,
            path: r.path.kind === 'lineOrganisation' ? 'lineOrganisation' : r.path.body,
            approvedForPublication: r.approved ?? null,
          })),
        }
      : null,
  };
}
