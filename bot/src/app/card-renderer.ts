import { renderAppCard } from '@netvaerk/shared/cards/app.card';
import type { CardJson } from '@netvaerk/shared/cards/render-template';
import { contractFormView } from '@netvaerk/shared/cards/views/contract-form.view';
import { kindOf, networkCardView, type NetworkViewContext } from '@netvaerk/shared/cards/views/network-card.view';
import { participantsView } from '@netvaerk/shared/cards/views/participants.view';
import { canIssue } from '@netvaerk/shared/domain/can-issue';
import type { CommandType } from '@netvaerk/shared/domain/commands';
import type { Directory } from '@netvaerk/shared/domain/directory';
import type { Locale } from '@netvaerk/shared/domain/errors';
import type { Network } from '@netvaerk/shared/domain/network';
import type { OutboxView } from '@netvaerk/shared/domain/outbox';
import { type Actor, FORUMS, type OrgConfig, type PersonRef, personKey } from '@netvaerk/shared/domain/types';
import type { MessageSpec } from '@netvaerk/shared/cards/app.card';
import {
  meetingStartView,
  reflectionCardView,
  reflectionReminderView,
  reflectionSummaryView,
} from '@netvaerk/shared/cards/views/reflection.view';
import { noticeView } from '@netvaerk/shared/cards/views/welcome.view';
import type { Meeting } from '@netvaerk/shared/domain/network';
import type { Pseudonymiser } from '@netvaerk/shared/domain/ports';
import type { NetworkRepository, ReflectionAnswer } from '@netvaerk/shared/domain/repository';

/** The command a network card kind asks for, to find who may act on it (for the user-specific view). */
const KIND_COMMANDS: Record<string, CommandType> = {
  track: 'assignTrack',
  recommendation: 'recommendIdea',
  decision: 'decideIdea',
  briefingRequest: 'briefHeadsForum',
  nomination: 'nominateLeader',
  leaderDecision: 'decideLeader',
  closingReflection: 'answerClosingReflection',
  closingStories: 'addStory',
  closingRecommendation: 'submitClosingRecommendation',
  closingEndorsement: 'endorseClosingRecommendation',
  continuationDecision: 'decideContinuation',
  closingMeeting: 'recordClosingMeeting',
  publicationApproval: 'approvePublication',
};

export interface RenderOptions {
  viewer: Actor | null;
  locale: Locale;
  notice?: MessageSpec;
  values?: Record<string, string>;
  fieldErrors?: Record<string, string>;
}

function asActor(p: PersonRef): Actor {
  return { ...p, surface: 'bot' };
}

/**
 * Renders any card view of a network for a viewer (or the shared card for everyone), with what the views need
 * from outside the domain: the configuration, the people the app knows, and the Teams ids for refresh.
 */
export class CardRenderer {
  constructor(
    private readonly directory: Directory,
    private readonly networks: NetworkRepository,
    private readonly pseudonymise: Pseudonymiser,
  ) {}

  /** The viewer's own answer: keyed by person, or by the keyed hash for anonymous meetings. */
  private ownAnswer(
    network: Network,
    meeting: Meeting,
    answers: ReflectionAnswer[],
    viewer: Actor | null,
  ): ReflectionAnswer | null {
    if (!viewer) return null;
    const key = meeting.anonymous
      ? this.pseudonymise(`${network.id}/${meeting.id}`, personKey(viewer))
      : personKey(viewer);
    return answers.find((a) => a.answerKey === key) ?? null;
  }

  /** Teams ids of those who may answer a meeting's reflection (≤ 60, as Teams allows). */
  private async reflectionUserIds(network: Network, meeting: Meeting): Promise<string[]> {
    const keys = meeting.attendeeKeys?.length
      ? meeting.attendeeKeys
      : [
          ...network.participants.flatMap((p) =>
            p.kind === 'internal' && p.status === 'accepted' ? [personKey(p.person)] : [],
          ),
          ...(network.leader ? [personKey(network.leader)] : []),
        ];
    const teamsIds = await this.teamsIdsByKey();
    return keys.slice(0, 60).flatMap((key) => (teamsIds.get(key) ? [teamsIds.get(key)!] : []));
  }

  /** Teams ids of everyone the app knows, by person key: one read instead of one per person on every render. */
  private async teamsIdsByKey(): Promise<Map<string, string>> {
    return new Map((await this.directory.people()).filter((p) => p.teamsId).map((p) => [personKey(p), p.teamsId]));
  }

  private async renderReflection(
    view: Extract<OutboxView, { type: 'reflection' }>,
    network: Network,
    config: OrgConfig,
    options: RenderOptions,
  ): Promise<CardJson> {
    const meeting = network.meetings.find((m) => m.id === view.meetingId);
    if (!meeting)
      return renderAppCard(
        noticeView(network.name, {
          text:
            options.locale === 'da'
              ? 'Mødet er ikke knyttet til netværket.'
              : 'The meeting is not linked to the network.',
        }),
      );
    if (view.variant === 'start') return renderAppCard(meetingStartView(network, meeting, options.locale));
    const answers = await this.networks.reflectionAnswers(network.id, meeting.id);
    const context = {
      locale: options.locale,
      viewer: options.viewer,
      config,
      answers,
      own: this.ownAnswer(network, meeting, answers, options.viewer),
      ...(options.notice ? { notice: options.notice } : {}),
      refreshUserIds: options.viewer || view.variant !== 'card' ? [] : await this.reflectionUserIds(network, meeting),
    };
    if (view.variant === 'summary') return renderAppCard(reflectionSummaryView(network, meeting, context));
    if (view.variant === 'reminder') return renderAppCard(reflectionReminderView(network, meeting, context));
    return renderAppCard(reflectionCardView(network, meeting, context));
  }

  async knownPeople(network: Network | null): Promise<PersonRef[]> {
    const people = await this.directory.people();
    const seen = new Set<string>();
    const refs: PersonRef[] = [];
    for (const p of [...(network?.interested ?? []), ...people]) {
      const key = personKey(p);
      if (!seen.has(key)) {
        seen.add(key);
        refs.push({ tenantId: p.tenantId, objectId: p.objectId, name: p.name });
      }
    }
    return refs;
  }

  /** Teams ids (MRIs) of everyone who may act on a card now: their clients fetch their own view of it. */
  async refreshUserIds(network: Network, kind: string, config: OrgConfig): Promise<string[]> {
    const command = KIND_COMMANDS[kind];
    if (!command) return [];
    const candidates: PersonRef[] = [
      ...(config.director ? [config.director] : []),
      ...config.consultants,
      ...FORUMS.flatMap((f) => config.forums[f].members),
      network.originator,
      ...(network.leader ? [network.leader] : []),
      ...network.participants.flatMap((p) => (p.kind === 'internal' && p.status === 'accepted' ? [p.person] : [])),
    ];
    const teamsIds = await this.teamsIdsByKey();
    const ids = new Set<string>();
    for (const person of candidates) {
      const teamsId = teamsIds.get(personKey(person));
      if (teamsId && canIssue(network, command, asActor(person), config)) ids.add(teamsId);
    }
    return [...ids];
  }

  async render(view: OutboxView, network: Network, config: OrgConfig, options: RenderOptions): Promise<CardJson> {
    const base = {
      locale: options.locale,
      viewer: options.viewer,
      config,
      ...(options.notice ? { notice: options.notice } : {}),
      ...(options.values ? { values: options.values } : {}),
      ...(options.fieldErrors ? { fieldErrors: options.fieldErrors } : {}),
    };
    switch (view.type) {
      case 'reflection':
        return this.renderReflection(view, network, config, options);
      case 'contract':
        return renderAppCard(contractFormView(network, view.phase, base));
      case 'participants':
        return renderAppCard(participantsView(network, { ...base, knownPeople: await this.knownPeople(network) }));
      case 'network': {
        const kind = kindOf(view.kind) ?? 'status';
        const context: NetworkViewContext = {
          ...base,
          ...(view.participantId ? { participantId: view.participantId } : {}),
          knownPeople: kind === 'nomination' ? await this.knownPeople(network) : [],
          refreshUserIds: options.viewer ? [] : await this.refreshUserIds(network, kind, config),
        };
        return renderAppCard(networkCardView(kind, network, context));
      }
    }
  }
}
