import { canIssue } from '../../domain/can-issue';
import { PHASE_SPECS } from '../../domain/lifecycle';
import { PERMISSIONS } from '../../domain/permissions';
import type { CommandType } from '../../domain/commands';
import type { Locale } from '../../domain/errors';
import type { Network } from '../../domain/network';
import { NETWORK_CARD_KINDS, type NetworkCardKind } from '../../domain/outbox';
import { ADDRESSEES } from '../../domain/addressees';
import type { Actor, Body, OrgConfig, PersonRef } from '../../domain/types';
import { personKey } from '../../domain/types';
import { formatDate, formatDateTime } from '../../i18n/locale';
import { t } from '../../i18n/messages';
import type { ActionSpec, AppCardData, InputSpec, MessageSpec } from '../app.card';
import { refreshData } from '../card-refresh';
import { Verbs } from '../verbs';
import { ANCHORING_KINDS } from './anchoring-kinds';
import { CLOSING_KINDS } from './closing-kinds';
import { baseFacts, bodyName, esc, networkHistory, routedBody, subtitle } from './common';

/** What a network card is for; each kind is one step of the flow with its own question and buttons. */
export type { NetworkCardKind };

export interface NetworkViewContext {
  locale: Locale;
  /** Who is looking: null for the shared card everyone sees (no buttons that only some may press). */
  viewer: Actor | null;
  config: OrgConfig;
  /** People to choose from (nominations): those who expressed interest come first. */
  knownPeople?: PersonRef[];
  /** The invitation a card is about. */
  participantId?: string;
  /** A result or problem to show at the top (e.g. a refusal, "your vote is recorded"). */
  notice?: MessageSpec;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** The network's stored closing answers, for the cards that carry them to the decider. */
  closingAnswers?: Record<string, unknown>[];
}

export interface KindSpec {
  title: Parameters<typeof t>[1];
  /** The command this card asks for; its buttons show only to viewers who may issue it now. */
  command?: CommandType;
  ask?: (n: Network, c: NetworkViewContext) => string;
  inputs?: (n: Network, c: NetworkViewContext) => InputSpec[];
  actions?: (n: Network, c: NetworkViewContext) => ActionSpec[];
  /** Who the step waits for, shown to everyone else while it is open. */
  waitingFor?: (n: Network) => Body | null;
  /** What happened, once the step is done. */
  done?: (n: Network, c: NetworkViewContext) => MessageSpec | null;
  facts?: (n: Network, c: NetworkViewContext) => { title: string; value: string }[];
}

const reasonInput = (c: NetworkViewContext): InputSpec => ({
  kind: 'text',
  id: 'reason',
  label: t(c.locale, 'field.reason'),
  multiline: true,
  value: c.values?.reason ?? '',
});

const decided = (
  record: Network['decision'],
  labelKey: 'approved' | 'rejected' | 'recommended' | 'notRecommended',
  c: NetworkViewContext,
): MessageSpec | null =>
  record
    ? {
        text:
          t(c.locale, 'card.done.by', {
            what: t(c.locale, `phase.outcome.${labelKey}`),
            who: esc(record.by.name),
            when: formatDateTime(record.at, c.locale),
          }) + (record.reason ? `\n\n${t(c.locale, 'card.outcome.reason', { reason: esc(record.reason) })}` : ''),
        tone: labelKey === 'approved' || labelKey === 'recommended' ? 'good' : 'attention',
        bold: true,
      }
    : null;

const base = (n: Network, kind: NetworkCardKind) => ({ networkId: n.id, kind });

const KINDS: Record<NetworkCardKind, KindSpec> = {
  track: {
    title: 'card.track.title',
    command: 'assignTrack',
    ask: (_n, c) => t(c.locale, 'card.track.ask'),
    actions: (n, c) => [
      {
        title: t(c.locale, 'track.political'),
        verb: Verbs.assignTrack,
        data: { ...base(n, 'track'), track: 'political' },
      },
      {
        title: t(c.locale, 'track.administrative'),
        verb: Verbs.assignTrack,
        data: { ...base(n, 'track'), track: 'administrative' },
      },
    ],
    waitingFor: () => 'director',
    done: (n, c) => (n.track ? { text: t(c.locale, `track.${n.track}`), tone: 'good', bold: true } : null),
  },
  recommendation: {
    title: 'card.recommendation.title',
    command: 'recommendIdea',
    ask: (n, c) =>
      t(c.locale, 'card.recommendation.ask', { decider: bodyName(routedBody(n, 'decider') ?? 'director', c.locale) }),
    inputs: (_n, c) => [reasonInput(c)],
    actions: (n, c) => [
      {
        title: t(c.locale, 'action.recommend'),
        verb: Verbs.recommendIdea,
        data: { ...base(n, 'recommendation'), outcome: 'recommend' },
        style: 'positive',
      },
      {
        title: t(c.locale, 'action.notRecommend'),
        verb: Verbs.recommendIdea,
        data: { ...base(n, 'recommendation'), outcome: 'reject' },
        style: 'destructive',
      },
    ],
    waitingFor: (n) => routedBody(n, 'recommender'),
    done: (n, c) =>
      decided(n.recommendation, n.recommendation?.outcome === 'recommend' ? 'recommended' : 'notRecommended', c),
  },
  decision: {
    title: 'card.decision.title',
    command: 'decideIdea',
    ask: (n, c) => t(c.locale, 'card.decision.ask', { by: esc(n.recommendation?.by.name ?? '') }),
    inputs: (_n, c) => [reasonInput(c)],
    actions: (n, c) => [
      {
        title: t(c.locale, 'action.approve'),
        verb: Verbs.decideIdea,
        data: { ...base(n, 'decision'), outcome: 'approve' },
        style: 'positive',
      },
      {
        title: t(c.locale, 'action.reject'),
        verb: Verbs.decideIdea,
        data: { ...base(n, 'decision'), outcome: 'reject' },
        style: 'destructive',
      },
    ],
    waitingFor: (n) => routedBody(n, 'decider'),
    done: (n, c) => decided(n.decision, n.decision?.outcome === 'approve' ? 'approved' : 'rejected', c),
  },
  outcome: {
    title: 'card.status.title',
    ask: () => '',
    done: (n, c) => {
      if (n.phase === 'rejected' && n.recommendation?.outcome === 'reject')
        return decided(n.recommendation, 'notRecommended', c);
      if (n.decision?.outcome === 'reject') return decided(n.decision, 'rejected', c);
      if (n.decision) {
        const approved = decided(n.decision, 'approved', c);
        return approved && { ...approved, text: `${approved.text}\n\n${t(c.locale, 'card.outcome.approved.next')}` };
      }
      return null;
    },
  },
  briefingRequest: {
    title: 'card.briefing.request.title',
    command: 'briefHeadsForum',
    ask: (_n, c) => t(c.locale, 'card.briefing.request.ask'),
    actions: (n, c) => [
      {
        title: t(c.locale, 'action.brief'),
        verb: Verbs.briefHeadsForum,
        data: base(n, 'briefingRequest'),
        style: 'positive',
      },
    ],
    waitingFor: (n) => routedBody(n, 'briefer'),
    done: (n, c) =>
      n.briefing
        ? {
            text: t(c.locale, 'card.done.by', {
              what: t(c.locale, 'action.brief'),
              who: esc(n.briefing.by.name),
              when: formatDateTime(n.briefing.at, c.locale),
            }),
            tone: 'good',
          }
        : null,
  },
  briefing: {
    title: 'card.briefing.title',
    ask: () => '',
    done: (n, c) => (n.briefing ? { text: t(c.locale, 'card.briefing.body', { by: esc(n.briefing.by.name) }) } : null),
  },
  interest: {
    title: 'card.interest.title',
    command: 'expressInterest',
    ask: (_n, c) => t(c.locale, 'card.interest.body'),
    actions: (n, c) => [
      {
        title: t(c.locale, 'action.interest'),
        verb: Verbs.expressInterest,
        data: base(n, 'interest'),
        style: 'positive',
      },
    ],
    done: (n, c) =>
      c.viewer && n.interested.some((p) => personKey(p) === personKey(c.viewer!))
        ? { text: t(c.locale, 'card.interest.thanks'), tone: 'good' }
        : null,
    facts: (n, c) =>
      n.interested.length ? [{ title: t(c.locale, 'fact.interested'), value: String(n.interested.length) }] : [],
  },
  nomination: {
    title: 'card.nomination.title',
    command: 'nominateLeader',
    ask: (_n, c) => t(c.locale, 'card.nomination.ask'),
    inputs: (n, c) => {
      const interested = new Set(n.interested.map(personKey));
      const people = [...n.interested, ...(c.knownPeople ?? []).filter((p) => !interested.has(personKey(p)))];
      return [
        {
          kind: 'choice',
          id: 'person',
          label: t(c.locale, 'field.person'),
          required: true,
          value: c.values?.person ?? '',
          choices: people.map((p) => ({
            title: `${p.name}${interested.has(personKey(p)) ? ' ★' : ''}`,
            value: personKey(p),
          })),
          ...(c.fieldErrors?.person ? { error: c.fieldErrors.person } : {}),
        },
        {
          kind: 'text',
          id: 'overrideReason',
          label: t(c.locale, 'field.overrideReason'),
          multiline: true,
          value: c.values?.overrideReason ?? '',
        },
      ];
    },
    actions: (n, c) => [
      {
        title: t(c.locale, 'action.nominate'),
        verb: Verbs.nominateLeader,
        data: base(n, 'nomination'),
        style: 'positive',
      },
    ],
    waitingFor: () => 'director',
    done: (n, c) =>
      n.nomination
        ? { text: `${t(c.locale, 'fact.nominee')}: ${esc(n.nomination.person.name)}`, tone: 'good', bold: true }
        : null,
    facts: (n, c) =>
      n.interested.length
        ? [{ title: t(c.locale, 'fact.interested'), value: esc(n.interested.map((p) => p.name).join(', ')) }]
        : [],
  },
  leaderDecision: {
    title: 'card.leaderDecision.title',
    command: 'decideLeader',
    ask: (n, c) => t(c.locale, 'card.leaderDecision.ask', { nominee: esc(n.nomination?.person.name ?? '') }),
    inputs: (_n, c) => [reasonInput(c)],
    actions: (n, c) => [
      {
        title: t(c.locale, 'action.approve'),
        verb: Verbs.decideLeader,
        data: { ...base(n, 'leaderDecision'), outcome: 'approve' },
        style: 'positive',
      },
      {
        title: t(c.locale, 'action.reject'),
        verb: Verbs.decideLeader,
        data: { ...base(n, 'leaderDecision'), outcome: 'reject' },
        style: 'destructive',
      },
    ],
    waitingFor: () => 'headsForum',
    done: (n, c) => decided(n.leaderDecision, n.leaderDecision?.outcome === 'approve' ? 'approved' : 'rejected', c),
    facts: (n, c) =>
      n.nomination?.override ? [{ title: t(c.locale, 'fact.override'), value: esc(n.nomination.override.reason) }] : [],
  },
  leaderAppointed: {
    title: 'card.leaderAppointed.title',
    ask: (_n, c) => t(c.locale, 'card.leaderAppointed.next'),
    actions: (n, c) => [
      {
        title: t(c.locale, 'action.fillContract', { phase: 2 }),
        verb: Verbs.showContractForm,
        data: { ...base(n, 'leaderAppointed'), phase: 2 },
      },
      { title: t(c.locale, 'action.invite'), verb: Verbs.showParticipantsForm, data: base(n, 'leaderAppointed') },
    ],
  },
  invitation: {
    title: 'card.invitation.title',
    command: 'respondToInvitation',
    ask: (n, c) => {
      const p = n.participants.find((x) => x.id === c.participantId);
      const role = t(c.locale, p?.role === 'guest' ? 'role.guest' : 'role.participant').toLowerCase();
      const guest = p?.guestUntil
        ? `\n\n${t(c.locale, 'card.invitation.guestUntil', { date: formatDate(p.guestUntil, c.locale) })}`
        : '';
      return `${t(c.locale, 'card.invitation.body', { by: esc(p?.addedBy.by.name ?? ''), role })}${guest}`;
    },
    actions: (n, c) => [
      {
        title: t(c.locale, 'action.accept'),
        verb: Verbs.respondToInvitation,
        data: { ...base(n, 'invitation'), participantId: c.participantId, accept: true },
        style: 'positive',
      },
      {
        title: t(c.locale, 'action.decline'),
        verb: Verbs.respondToInvitation,
        data: { ...base(n, 'invitation'), participantId: c.participantId, accept: false },
      },
    ],
    done: (n, c) => {
      const p = n.participants.find((x) => x.id === c.participantId);
      if (!p || p.status === 'invited') return null;
      return {
        text: t(c.locale, p.status === 'accepted' ? 'card.invitation.accepted' : 'card.invitation.declined'),
        tone: p.status === 'accepted' ? 'good' : 'default',
      };
    },
  },
  invitationAnswer: {
    title: 'card.invitationAnswer.title',
    done: (n, c) => {
      const p = n.participants.find((x) => x.id === c.participantId);
      if (!p || p.kind !== 'internal' || p.status === 'invited') return null;
      return {
        text: t(
          c.locale,
          p.status === 'accepted' ? 'card.invitationAnswer.accepted' : 'card.invitationAnswer.declined',
          { who: esc(p.person.name) },
        ),
      };
    },
  },
  composition: {
    title: 'card.composition.title',
    facts: (n, c) =>
      n.participants
        .filter((p) => p.status === 'accepted')
        .map((p) => ({
          title: esc(p.kind === 'internal' ? p.person.name : `${p.name} (${p.organisation})`),
          value:
            t(c.locale, p.role === 'guest' ? 'role.guest' : 'role.participant') +
            (p.guestUntil ? ` – ${formatDate(p.guestUntil, c.locale)}` : ''),
        })),
  },
  status: { title: 'card.status.title' },
  ...CLOSING_KINDS,
  ...ANCHORING_KINDS,
};

/** Whether the card's step is still open: the network's phase still accepts its command. */
function isOpen(spec: KindSpec, n: Network): boolean {
  return Boolean(spec.command && PHASE_SPECS[n.phase].commands.includes(spec.command));
}

/**
 * What one viewer sees of a network card: the question and buttons if they may act now; otherwise who it waits
 * for, or what was decided, by whom and when. The shared card (viewer null) never shows restricted buttons.
 */
export function networkCardView(kind: NetworkCardKind, n: Network, c: NetworkViewContext): AppCardData {
  const spec = KINDS[kind];
  const { locale } = c;
  // Buttons anyone may press (interest) show on the shared card too; others only in a permitted viewer's view.
  const publicAction = Boolean(spec.command && isOpen(spec, n) && isForEveryone(spec.command));
  const mayAct =
    publicAction ||
    Boolean(
      spec.command &&
      c.viewer &&
      canIssue(n, spec.command, c.viewer, c.config, c.participantId ? { participantId: c.participantId } : {}),
    );
  const messages: MessageSpec[] = c.notice ? [c.notice] : [];
  const done = spec.done?.(n, c) ?? null;
  const open = isOpen(spec, n);
  // What happened so far, then the question if the viewer can (still) act, e.g. nominate someone else.
  if (done) messages.push(done);
  if (spec.ask && (mayAct || (!done && !spec.command))) {
    const ask = spec.ask(n, c);
    if (ask) messages.push({ text: ask });
  }
  const waiting = open && !mayAct && spec.waitingFor?.(n);
  const facts = [...baseFacts(n, locale), ...(spec.facts?.(n, c) ?? [])];
  if (waiting) facts.push({ title: t(locale, 'fact.waitingFor'), value: bodyName(waiting, locale) });
  if (c.fieldErrors && Object.keys(c.fieldErrors).length)
    messages.push({ text: t(locale, 'card.form.fix'), tone: 'attention' });
  const actions: ActionSpec[] = mayAct ? (spec.actions?.(n, c) ?? []) : (!spec.command && spec.actions?.(n, c)) || [];
  // Anyone whose client didn't fetch their own view (not in refresh.userIds) can ask for it.
  if (!mayAct && open && spec.command) {
    actions.push({
      title: t(locale, 'action.refresh'),
      verb: Verbs.refreshCard,
      data: refreshData(n.id, {
        type: 'network',
        kind,
        ...(c.participantId ? { participantId: c.participantId } : {}),
      }),
      associatedInputs: 'none',
    });
  }
  return {
    title: t(locale, spec.title, { name: esc(n.name, 200) }),
    subtitle: subtitle(n, locale),
    messages,
    facts,
    inputs: mayAct ? (spec.inputs?.(n, c) ?? []) : [],
    actions,
    history: networkHistory(n, locale),
    historyTitle: t(locale, 'history.title'),
  };
}

/** A command everyone who sees the card may send (anyone, and not meant for one addressee). */
function isForEveryone(command: CommandType): boolean {
  const rule = PERMISSIONS[command];
  return typeof rule !== 'function' && rule.anyone === true && !ADDRESSEES[command];
}

export function kindOf(value: unknown): NetworkCardKind | null {
  return typeof value === 'string' && (NETWORK_CARD_KINDS as readonly string[]).includes(value)
    ? (value as NetworkCardKind)
    : null;
}
