import { formatNumber } from '../../i18n/locale';
import { canIssue } from '../../domain/can-issue';
import { currentContractVersion, type ContractFieldsByPhase, type Meeting, type Network } from '../../domain/network';
import type { Locale } from '../../domain/errors';
import type { ReflectionAnswer } from '../../domain/repository';
import { summariseReflection } from '../../domain/reflection-summary';
import { expectedReflections } from '../../domain/reflectors';
import type { Actor, OrgConfig } from '../../domain/types';
import { t } from '../../i18n/messages';
import type { ActionSpec, AppCardData, InputSpec, MessageSpec } from '../app.card';
import { refreshData } from '../card-refresh';
import { Verbs } from '../verbs';
import { esc } from './common';
import { LIMITS } from '../../domain/limits';

export interface ReflectionViewContext {
  locale: Locale;
  viewer: Actor | null;
  config: OrgConfig;
  answers: ReflectionAnswer[];
  /** How many have answered, when the caller knows it without every answer (from the meeting's tally). */
  answered?: number;
  /** The viewer's own answer, found by the caller (it knows how anonymous answers are keyed). */
  own: ReflectionAnswer | null;
  notice?: MessageSpec;
}

const scale = () => [1, 2, 3, 4, 5].map((n) => ({ title: String(n), value: String(n) }));

function countLine(n: Network, meeting: Meeting, c: ReflectionViewContext): MessageSpec {
  const answered = c.answered ?? c.answers.length;
  const expected = Math.max(expectedReflections(n, meeting), answered);
  return {
    text: t(c.locale, 'reflection.count', { answered, expected }),
    bold: true,
    tone: 'accent',
  };
}

/**
 * The reflection card in the meeting chat: the three questions (DESIGN.md §6) and a live count. The shared card
 * everyone sees has the count and a button to open one's own view; a participant's own view (fetched by their
 * client through refresh.userIds, or with the button) has the questions, filled with their answer once given.
 */
export function reflectionCardView(n: Network, meeting: Meeting, c: ReflectionViewContext): AppCardData {
  const { locale } = c;
  const reflectionOpen = meeting.status === 'reflectionOpen';
  const open = reflectionOpen && Boolean(c.viewer && canIssue(n, 'answerReflection', c.viewer, c.config));
  const own = c.own;
  const messages: MessageSpec[] = [...(c.notice ? [c.notice] : []), countLine(n, meeting, c)];
  if (!reflectionOpen) messages.push({ text: t(locale, 'reflection.closed'), tone: 'good' });
  else if (c.viewer && !open) messages.push({ text: t(locale, 'reflection.onlyParticipants') });
  else
    messages.push({
      text: own ? t(locale, 'reflection.saved') : t(locale, 'reflection.intro'),
      ...(own ? { tone: 'good' as const } : {}),
    });
  if (meeting.anonymous) messages.push({ text: t(locale, 'reflection.anonymous') });
  const yesNo = [
    { title: t(locale, 'reflection.yes'), value: 'true' },
    { title: t(locale, 'reflection.no'), value: 'false' },
  ];
  const inputs: InputSpec[] = open
    ? [
        {
          kind: 'choice',
          id: 'value',
          label: t(locale, 'reflection.q.value'),
          choices: scale(),
          expanded: true,
          required: true,
          value: own ? String(own.value) : '',
        },
        {
          kind: 'text',
          id: 'valueComment',
          label: t(locale, 'reflection.q.valueComment'),
          value: own?.valueComment ?? '',
        },
        {
          kind: 'choice',
          id: 'workingWell',
          label: t(locale, 'reflection.q.workingWell'),
          choices: scale(),
          expanded: true,
          required: true,
          value: own ? String(own.workingWell) : '',
        },
        {
          kind: 'text',
          id: 'workingWellComment',
          label: t(locale, 'reflection.q.workingWellComment'),
          value: own?.workingWellComment ?? '',
        },
        {
          kind: 'choice',
          id: 'changeForm',
          label: t(locale, 'reflection.q.changeForm'),
          choices: yesNo,
          expanded: true,
          required: true,
          value: own ? String(own.changeForm) : '',
        },
        {
          kind: 'text',
          id: 'suggestion',
          label: t(locale, 'reflection.q.suggestion'),
          multiline: true,
          value: own?.suggestion ?? '',
        },
      ]
    : [];
  const data = { networkId: n.id, meetingId: meeting.id };
  const ownView: ActionSpec = {
    title: t(locale, 'reflection.answer'),
    verb: Verbs.refreshCard,
    data: refreshData(n.id, { type: 'reflection', meetingId: meeting.id, variant: 'card' }),
    associatedInputs: 'none',
    style: 'positive',
  };
  return {
    title: t(locale, 'reflection.title', { title: esc(meeting.title, 200) }),
    subtitle: esc(n.name, 200),
    messages,
    inputs,
    requiredMessage: t(locale, 'card.requiredChoice'),
    actions: open
      ? [{ title: t(locale, 'reflection.send'), verb: Verbs.answerReflection, data, style: 'positive' }]
      : reflectionOpen && !c.viewer
        ? [ownView]
        : [],
  };
}

/** The leader's summary after a meeting: averages, comments and suggestions, within the anonymity rules. */
export function reflectionSummaryView(n: Network, meeting: Meeting, c: ReflectionViewContext): AppCardData {
  const { locale } = c;
  const s = summariseReflection(c.answers, expectedReflections(n, meeting), meeting.anonymous);
  const messages: MessageSpec[] = [
    { text: t(locale, 'reflection.count', { answered: s.answered, expected: s.expected }), bold: true },
  ];
  if (!s.visible) messages.push({ text: t(locale, 'reflection.summary.hidden') });
  const list = (title: string, items: string[]) =>
    items.length ? [{ text: `**${title}**\n\n${items.map((i) => `- ${esc(i, 500)}`).join('\n')}` }] : [];
  if (s.visible) {
    messages.push(...list(t(locale, 'reflection.summary.comments'), [...s.valueComments, ...s.workingWellComments]));
    messages.push(...list(t(locale, 'reflection.summary.suggestions'), s.suggestions));
  }
  return {
    title: t(locale, 'reflection.summary.title', { title: esc(meeting.title, 200) }),
    subtitle: esc(n.name, 200),
    messages,
    facts: s.visible
      ? [
          {
            title: t(locale, 'reflection.summary.value'),
            value: s.averageValue === null || s.averageValue === undefined ? '–' : formatNumber(s.averageValue, locale),
          },
          {
            title: t(locale, 'reflection.summary.workingWell'),
            value:
              s.averageWorkingWell === null || s.averageWorkingWell === undefined
                ? '–'
                : formatNumber(s.averageWorkingWell, locale),
          },
          { title: t(locale, 'reflection.summary.changeForm'), value: `${s.changeFormYes} / ${s.answered}` },
        ]
      : [],
  };
}

/** The one reminder a non-responder gets in their 1:1 chat: the questions, answerable right there. */
export function reflectionReminderView(n: Network, meeting: Meeting, c: ReflectionViewContext): AppCardData {
  const card = reflectionCardView(n, meeting, c);
  return {
    ...card,
    title: t(c.locale, 'reflection.reminder.title', { title: esc(meeting.title, 200) }),
    messages: [{ text: t(c.locale, 'reflection.reminder.body') }, ...(card.messages ?? [])],
  };
}

/**
 * The optional welcome at meeting start: the goal the participants set (contract phase 3) and today's agenda.
 * The leader's own view (her client refreshes it) lets her write the agenda on the card, as in the side panel,
 * and start the reflection while everyone is still there.
 */
export function meetingStartView(
  n: Network,
  meeting: Meeting,
  c: { locale: Locale; viewer: Actor | null; config: OrgConfig; notice?: MessageSpec },
): AppCardData {
  const { locale } = c;
  const phase3 = currentContractVersion(n, 3)?.fields as ContractFieldsByPhase[3] | undefined;
  const agenda = meeting.agenda?.text ?? '';
  const messages: MessageSpec[] = [
    ...(c.notice ? [c.notice] : []),
    { text: t(locale, 'meeting.start.goal', { goal: esc(phase3?.goal ?? n.purpose, 800) }) },
  ];
  const leads = Boolean(c.viewer && canIssue(n, 'writeMeetingNotes', c.viewer, c.config));
  if (!leads)
    messages.push({
      text: agenda
        ? t(locale, 'meeting.start.agenda', { agenda: esc(agenda, 2000) })
        : t(locale, 'meeting.start.noAgenda'),
    });
  const data = { networkId: n.id, meetingId: meeting.id };
  const actions: ActionSpec[] = [];
  if (leads)
    actions.push({
      title: t(locale, 'meeting.start.saveAgenda'),
      verb: Verbs.writeMeetingNotes,
      data,
      style: 'positive',
    });
  if (leads && meeting.status === 'scheduled' && c.viewer && canIssue(n, 'startReflection', c.viewer, c.config))
    actions.push({
      title: t(locale, 'tab.panel.startReflection'),
      verb: Verbs.startReflection,
      data,
      associatedInputs: 'none',
    });
  const inputs: InputSpec[] = leads
    ? [
        {
          kind: 'text',
          id: 'agenda',
          label: t(locale, 'tab.panel.agenda'),
          multiline: true,
          maxLength: LIMITS.longText,
          value: agenda,
        },
      ]
    : [];
  return {
    title: t(locale, 'meeting.start.title', { title: esc(meeting.title, 200) }),
    subtitle: esc(n.name, 200),
    messages,
    inputs,
    actions,
  };
}
