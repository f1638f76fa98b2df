import { renderAppCard } from '@netvaerk/shared/cards/app.card';
import type { CardJson } from '@netvaerk/shared/cards/render-template';
import { contractFormView } from '@netvaerk/shared/cards/views/contract-form.view';
import { kindOf, networkCardView, type NetworkViewContext } from '@netvaerk/shared/cards/views/network-card.view';
import { participantsView } from '@netvaerk/shared/cards/views/participants.view';
import { canIssue } from '@netvaerk/shared/domain/can-issue';
import type { CommandType } from '@netvaerk/shared/domain/commands';
import type { Directory, KnownPerson } from '@netvaerk/shared/domain/directory';
import type { Locale } from '@netvaerk/shared/domain/errors';
import type { Network } from '@netvaerk/shared/domain/network';
import type { OutboxView } from '@netvaerk/shared/domain/outbox';
import { type Actor, FORUMS, type OrgConfig, type PersonRef, personKey } from '@netvaerk/shared/domain/types';
import type { MessageSpec } from '@netvaerk/shared/cards/app.card';

/** The command a network card kind asks for, to find who may act on it (for the user-specific view). */
const KIND_COMMANDS: Record<string, CommandType> = {
  track: 'assignTrack',
  recommendation: 'recommendIdea',
  decision: 'decideIdea',
  briefingRequest: 'briefHeadsForum',
  nomination: 'nominateLeader',
  leaderDecision: 'decideLeader',
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
  constructor(private readonly directory: Directory) {}

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
    ];
    const ids = new Set<string>();
    for (const person of candidates) {
      if (!canIssue(network, command, asActor(person), config)) continue;
      const known: KnownPerson | null = await this.directory.person(personKey(person));
      if (known?.teamsId) ids.add(known.teamsId);
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
