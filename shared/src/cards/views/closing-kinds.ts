import { DECIDING_BODIES } from '../../domain/anchoring';
import { routeFor } from '../../domain/routing';
import { currentContractVersion, type ContractFieldsByPhase, type Network } from '../../domain/network';
import { formatDate, formatDateTime } from '../../i18n/locale';
import { t } from '../../i18n/messages';
import type { InputSpec, MessageSpec } from '../app.card';
import { Verbs } from '../verbs';
import { esc } from './common';
import { closingSummaryFacts } from './closing-summary-facts';
import { mayReadClosingReflection } from '../../domain/closing-summary';
import type { KindSpec, NetworkViewContext } from './network-card.view';

/** The goals and success criteria set at the start, which the closing reflection answers against. */
export function closingGoals(n: Network): string[] {
  const p2 = currentContractVersion(n, 2)?.fields as ContractFieldsByPhase[2] | undefined;
  const p3 = currentContractVersion(n, 3)?.fields as ContractFieldsByPhase[3] | undefined;
  return [p3?.goal, p2?.processCriteria, p2?.productCriteria]
    .filter((g): g is string => Boolean(g?.trim()))
    .slice(0, 5);
}

const text = (c: NetworkViewContext, id: string, label: string, multiline = true, required = true): InputSpec => ({
  kind: 'text',
  id,
  label,
  multiline,
  required,
  value: c.values?.[id] ?? '',
  ...(c.fieldErrors?.[id] ? { error: c.fieldErrors[id] } : {}),
});
const yesNo = (c: NetworkViewContext, id: string, label: string): InputSpec => ({
  kind: 'choice',
  id,
  label,
  expanded: true,
  required: true,
  value: c.values?.[id] ?? '',
  choices: [
    { title: t(c.locale, 'reflection.yes'), value: 'true' },
    { title: t(c.locale, 'reflection.no'), value: 'false' },
  ],
});
const yes = (v: boolean, c: NetworkViewContext) => t(c.locale, v ? 'reflection.yes' : 'reflection.no').toLowerCase();

function recommendationText(n: Network, c: NetworkViewContext): string | null {
  const r = n.closing?.recommendation;
  if (!r) return null;
  return t(c.locale, 'closing.recommendation.summary', {
    continue: yes(r.continueNetwork, c),
    form: yes(r.sameForm, c),
    people: yes(r.sameParticipants, c),
    reasoning: esc(r.reasoning, 800),
  });
}

/** The closing reflection's answers, for the shared card of the deciding body and for those who may read them. */
const readerFacts = (n: Network, c: NetworkViewContext) =>
  c.viewer === null || mayReadClosingReflection(n, c.viewer, c.config) ? closingSummaryFacts(n, c) : [];

const storyFacts = (n: Network) =>
  (n.closing?.stories ?? []).map((s) => ({
    title: esc(s.title, 120),
    value: `${esc(s.value, 400)} (${esc(s.forWhom, 120)})`,
  }));

/** The closing steps of DESIGN.md §4 and §6 as network card kinds. */
export const CLOSING_KINDS = {
  endReminder: {
    title: 'closing.endReminder.title',
    command: 'startClosingReflection',
    ask: (n, c) =>
      t(c.locale, 'closing.endReminder.body', { date: n.period ? formatDate(n.period.endDate, c.locale) : '' }),
    actions: (n, c) => [
      {
        title: t(c.locale, 'closing.start'),
        verb: Verbs.startClosingReflection,
        data: { networkId: n.id, kind: 'endReminder' },
        style: 'positive',
      },
    ],
    waitingFor: () => 'leader',
  },
  closingReflection: {
    title: 'closing.reflection.title',
    command: 'answerClosingReflection',
    ask: (_n, c) => t(c.locale, 'closing.reflection.ask'),
    inputs: (n, c) => [
      text(c, 'howWeWorked', t(c.locale, 'closing.q.howWeWorked')),
      {
        kind: 'choice',
        id: 'satisfaction',
        label: t(c.locale, 'closing.q.satisfaction'),
        expanded: true,
        required: true,
        value: c.values?.satisfaction ?? '',
        choices: [1, 2, 3, 4, 5].map((v) => ({ title: String(v), value: String(v) })),
      },
      text(c, 'ownContribution', t(c.locale, 'closing.q.ownContribution')),
      ...closingGoals(n).map((goal, i) =>
        text(c, `progress${i}`, t(c.locale, 'closing.q.progress', { goal: goal.slice(0, 120) })),
      ),
      text(c, 'whatBecameDifferent', t(c.locale, 'closing.q.whatBecameDifferent')),
      text(c, 'howItWasCreated', t(c.locale, 'closing.q.howItWasCreated')),
      text(c, 'whereItCanBeSeen', t(c.locale, 'closing.q.whereItCanBeSeen')),
      text(c, 'successAssessment', t(c.locale, 'closing.q.successAssessment')),
    ],
    actions: (n, c) => [
      {
        title: t(c.locale, 'action.send'),
        verb: Verbs.answerClosingReflection,
        data: { networkId: n.id, kind: 'closingReflection' },
        style: 'positive',
      },
    ],
    waitingFor: () => 'leader',
  },
  closingStories: {
    title: 'closing.stories.title',
    command: 'addStory',
    ask: (_n, c) => t(c.locale, 'closing.stories.ask'),
    inputs: (_n, c) => [
      text(c, 'title', t(c.locale, 'closing.story.title'), false),
      text(c, 'value', t(c.locale, 'closing.story.value')),
      text(c, 'forWhom', t(c.locale, 'closing.story.forWhom'), false),
    ],
    actions: (n, c) => [
      {
        title: t(c.locale, 'closing.story.add'),
        verb: Verbs.addStory,
        data: { networkId: n.id, kind: 'closingStories' },
        style: 'positive',
      },
    ],
    facts: (n, c) => [
      { title: t(c.locale, 'closing.stories.count', { count: n.closing?.stories.length ?? 0 }), value: '' },
      ...storyFacts(n),
    ],
    waitingFor: () => 'leader',
  },
  closingRecommendation: {
    title: 'closing.recommendation.title',
    command: 'submitClosingRecommendation',
    ask: (_n, c) => t(c.locale, 'closing.recommendation.ask'),
    inputs: (_n, c) => [
      yesNo(c, 'continueNetwork', t(c.locale, 'closing.q.continue')),
      yesNo(c, 'sameForm', t(c.locale, 'closing.q.sameForm')),
      yesNo(c, 'sameParticipants', t(c.locale, 'closing.q.sameParticipants')),
      text(c, 'reasoning', t(c.locale, 'closing.q.reasoning')),
    ],
    actions: (n, c) => [
      {
        title: t(c.locale, 'closing.recommendation.send'),
        verb: Verbs.submitClosingRecommendation,
        data: { networkId: n.id, kind: 'closingRecommendation' },
        style: 'positive',
      },
    ],
    waitingFor: () => 'leader',
    done: (n, c) => {
      const r = recommendationText(n, c);
      return r ? { text: r, tone: 'good' } : null;
    },
    facts: (n) => storyFacts(n),
  },
  closingEndorsement: {
    title: 'closing.endorsement.title',
    command: 'endorseClosingRecommendation',
    ask: (_n, c) => t(c.locale, 'closing.endorsement.ask'),
    inputs: (_n, c) => [text(c, 'comment', t(c.locale, 'closing.endorsement.comment'))],
    actions: (n, c) => [
      {
        title: t(c.locale, 'closing.endorsement.send'),
        verb: Verbs.endorseClosingRecommendation,
        data: { networkId: n.id, kind: 'closingEndorsement' },
        style: 'positive',
      },
    ],
    waitingFor: () => 'director',
    done: (n, c) => {
      const e = n.closing?.directorEndorsement;
      return e
        ? {
            text: t(c.locale, 'card.done.by', {
              what: esc(e.comment, 600),
              who: esc(e.by.name),
              when: formatDateTime(e.at, c.locale),
            }),
            tone: 'good',
          }
        : null;
    },
    facts: (n, c) => [
      {
        title: t(c.locale, 'closing.recommendation.title', { name: '' }).replace(/:\s*$/, ''),
        value: recommendationText(n, c) ?? '',
      },
      ...storyFacts(n),
      ...readerFacts(n, c),
    ],
  },
  continuationDecision: {
    title: 'closing.decision.title',
    command: 'decideContinuation',
    ask: (_n, c) => t(c.locale, 'closing.decision.ask'),
    inputs: (_n, c) => [
      {
        kind: 'date',
        id: 'newEndDate',
        label: t(c.locale, 'closing.q.newEndDate'),
        value: c.values?.newEndDate ?? '',
        ...(c.fieldErrors?.newEndDate ? { error: c.fieldErrors.newEndDate } : {}),
      },
      // Not required on the card: only an extension needs them, and closing sends no inputs.
      ...(['stillMakesSense', 'achievingGoals', 'rightParticipants', 'resourcesUsedWell', 'adjustments'] as const).map(
        (q) => text(c, q, t(c.locale, `closing.q.${q}`), true, false),
      ),
      text(c, 'valueSeen', t(c.locale, 'closingRounds.valueSeen'), true, false),
    ],
    actions: (n, c) => [
      {
        title: t(c.locale, 'closing.extend'),
        verb: Verbs.decideContinuation,
        data: { networkId: n.id, kind: 'continuationDecision', outcome: 'extend' },
        style: 'positive',
      },
      {
        title: t(c.locale, 'closing.close'),
        verb: Verbs.decideContinuation,
        // Sends the inputs too (none is required), so the value the decider sees created goes with a close.
        data: { networkId: n.id, kind: 'continuationDecision', outcome: 'close' },
      },
    ],
    // The body that decides on extending or closing is the routing table's decider (the same rule as the permission).
    // A network only gets here with a route: an innovation network has its track long before.
    waitingFor: (n) => routeFor(n)!.decider,
    done: (n, c): MessageSpec | null => {
      const d = n.continuationDecision;
      if (d)
        return {
          text: t(c.locale, 'card.done.by', {
            what: t(c.locale, 'closing.closed'),
            who: esc(d.by.name),
            when: formatDateTime(d.at, c.locale),
          }),
          tone: 'attention',
          bold: true,
        };
      const ext = n.extensions.at(-1);
      return ext && n.phase === 'active'
        ? {
            text: t(c.locale, 'card.done.by', {
              what: t(c.locale, 'closing.extended', { date: formatDate(ext.newEndDate, c.locale) }),
              who: esc(ext.decision.by.name),
              when: formatDateTime(ext.decision.at, c.locale),
            }),
            tone: 'good',
            bold: true,
          }
        : null;
    },
    facts: (n, c) => [
      {
        title: t(c.locale, 'closing.recommendation.title', { name: '' }).replace(/:\s*$/, ''),
        value: recommendationText(n, c) ?? '',
      },
      {
        title: t(c.locale, 'closing.endorsement.comment'),
        value: esc(n.closing?.directorEndorsement?.comment ?? '', 800),
      },
      ...storyFacts(n),
      ...readerFacts(n, c),
      ...(n.closing?.valueSeen
        ? [{ title: t(c.locale, 'closingRounds.valueSeen.recorded'), value: esc(n.closing.valueSeen.text, 800) }]
        : []),
    ],
  },
  closingMeeting: {
    title: 'closing.meeting.title',
    command: 'recordClosingMeeting',
    ask: (_n, c) => t(c.locale, 'closing.meeting.ask'),
    inputs: (_n, c) => [
      text(c, 'experiences', t(c.locale, 'closing.q.experiences')),
      ...[1, 2, 3].flatMap((i): InputSpec[] => [
        text(c, `recommendation${i}`, t(c.locale, 'closing.q.recommendation', { n: i }), true, i === 1),
        {
          kind: 'choice',
          id: `path${i}`,
          label: t(c.locale, 'closing.q.path', { n: i }),
          value: c.values?.[`path${i}`] ?? 'lineOrganisation',
          choices: (['lineOrganisation', ...DECIDING_BODIES] as const).map((p) => ({
            title: t(c.locale, `closing.path.${p}`),
            value: p,
          })),
        },
      ]),
    ],
    actions: (n, c) => [
      {
        title: t(c.locale, 'closing.meeting.send'),
        verb: Verbs.recordClosingMeeting,
        data: { networkId: n.id, kind: 'closingMeeting' },
        style: 'positive',
      },
    ],
    waitingFor: () => 'leader',
  },
  publicationApproval: {
    title: 'closing.publication.title',
    command: 'approvePublication',
    ask: (_n, c) => t(c.locale, 'closing.publication.ask'),
    inputs: (n, c) => [
      {
        kind: 'choice',
        id: 'approved',
        label: t(c.locale, 'closing.publication.title', { name: '' }).replace(/:\s*$/, ''),
        multiSelect: true,
        expanded: true,
        value: (n.anchoring?.recommendations ?? []).map((r) => r.id).join(','),
        choices: (n.anchoring?.recommendations ?? []).map((r) => ({ title: r.text.slice(0, 200), value: r.id })),
      },
    ],
    actions: (n, c) => [
      {
        title: t(c.locale, 'closing.publication.approve'),
        verb: Verbs.approvePublication,
        data: { networkId: n.id, kind: 'publicationApproval' },
        style: 'positive',
      },
    ],
    waitingFor: () => 'director',
    facts: (n, c) => [{ title: t(c.locale, 'closing.q.experiences'), value: esc(n.anchoring?.experiences ?? '', 800) }],
    done: (n, c) =>
      n.publication
        ? {
            text: t(c.locale, 'card.done.by', {
              what: t(c.locale, 'closing.publication.approve'),
              who: esc(n.publication.by.name),
              when: formatDateTime(n.publication.at, c.locale),
            }),
            tone: 'good',
          }
        : null,
  },
} satisfies Record<string, KindSpec>;
