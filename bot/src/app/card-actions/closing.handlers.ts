import { t } from '@netvaerk/shared/i18n/messages';
import { closingGoals } from '@netvaerk/shared/cards/kinds/closing-helpers';
import { answeringView } from './answering-view';
import { type CardActionHandler, loadForView, runCardCommand, str } from './card-action-context';

// Each handler answers with the card whose spec asks for its command, not a kind named here.
const answers = {
  startClosingReflection: answeringView('startClosingReflection'),
  answerClosingReflection: answeringView('answerClosingReflection'),
  addStory: answeringView('addStory'),
  submitClosingRecommendation: answeringView('submitClosingRecommendation'),
  endorseClosingRecommendation: answeringView('endorseClosingRecommendation'),
  decideContinuation: answeringView('decideContinuation'),
  recordClosingMeeting: answeringView('recordClosingMeeting'),
  approvePublication: answeringView('approvePublication'),
};
const values = (data: Record<string, unknown>, fields: string[]) =>
  Object.fromEntries(fields.map((f) => [f, str(data, f)]));
const bool = (data: Record<string, unknown>, field: string) =>
  str(data, field) === '' ? undefined : str(data, field) === 'true';

export const startClosingReflection: CardActionHandler = (ctx) =>
  runCardCommand(
    ctx,
    { type: 'startClosingReflection', networkId: str(ctx.action.data, 'networkId') },
    answers.startClosingReflection(ctx.action.data),
  );

/** A closing reflection, with one progress answer per goal and success criterion set at the start. */
export const answerClosingReflection: CardActionHandler = async (ctx) => {
  const data = ctx.action.data;
  const loaded = await loadForView(ctx, str(data, 'networkId'));
  if (!loaded.ok) return loaded.card;
  const goals = closingGoals(loaded.network);
  const fields = [
    'howWeWorked',
    'satisfaction',
    'ownContribution',
    'whatBecameDifferent',
    'howItWasCreated',
    'whereItCanBeSeen',
    'successAssessment',
    ...goals.map((_, i) => `progress${i}`),
  ];
  const v = values(data, fields);
  const input = {
    type: 'answerClosingReflection',
    networkId: loaded.network.id,
    howWeWorked: v.howWeWorked,
    satisfaction: v.satisfaction,
    ownContribution: v.ownContribution,
    goalProgress: goals.map((goal, i) => ({ goal: goal.slice(0, 200), progress: v[`progress${i}`] })),
    whatBecameDifferent: v.whatBecameDifferent,
    howItWasCreated: v.howItWasCreated,
    whereItCanBeSeen: v.whereItCanBeSeen,
    successAssessment: v.successAssessment,
  };
  return runCardCommand(ctx, input, answers.answerClosingReflection(data), {
    values: v,
    sharedCard: false,
    success: () => t(ctx.incoming.locale, 'closing.answerSaved'),
  });
};

export const addStory: CardActionHandler = (ctx) => {
  const v = values(ctx.action.data, ['title', 'value', 'forWhom']);
  return runCardCommand(
    ctx,
    { type: 'addStory', networkId: str(ctx.action.data, 'networkId'), ...v },
    answers.addStory(ctx.action.data),
    { values: v },
  );
};

export const submitClosingRecommendation: CardActionHandler = (ctx) => {
  const d = ctx.action.data;
  const input = {
    type: 'submitClosingRecommendation',
    networkId: str(d, 'networkId'),
    continueNetwork: bool(d, 'continueNetwork'),
    sameForm: bool(d, 'sameForm'),
    sameParticipants: bool(d, 'sameParticipants'),
    reasoning: str(d, 'reasoning'),
  };
  return runCardCommand(ctx, input, answers.submitClosingRecommendation(d), {
    values: values(d, ['continueNetwork', 'sameForm', 'sameParticipants', 'reasoning']),
  });
};

export const endorseClosingRecommendation: CardActionHandler = (ctx) =>
  runCardCommand(
    ctx,
    {
      type: 'endorseClosingRecommendation',
      networkId: str(ctx.action.data, 'networkId'),
      comment: str(ctx.action.data, 'comment'),
      // The body the director chose on the card; the domain checks it is one of CONTINUATION_BODIES.
      ...(str(ctx.action.data, 'decider') ? { decider: str(ctx.action.data, 'decider') } : {}),
    },
    answers.endorseClosingRecommendation(ctx.action.data),
    { values: values(ctx.action.data, ['comment', 'decider']) },
  );

const EVALUATION = ['stillMakesSense', 'achievingGoals', 'rightParticipants', 'resourcesUsedWell', 'adjustments'];

/** The deciding forum extends (evaluation answered, new end date) or closes the network. */
export const decideContinuation: CardActionHandler = (ctx) => {
  const d = ctx.action.data;
  const outcome = str(d, 'outcome');
  const v = values(d, ['newEndDate', 'meetingDate', ...EVALUATION, 'valueSeen']);
  const extend = outcome === 'extend';
  const input = {
    type: 'decideContinuation',
    networkId: str(d, 'networkId'),
    outcome,
    ...(v.meetingDate ? { meetingDate: v.meetingDate } : {}),
    ...(v.valueSeen ? { valueSeen: v.valueSeen } : {}),
    ...(extend && v.newEndDate ? { newEndDate: v.newEndDate } : {}),
    ...(extend && EVALUATION.every((q) => v[q])
      ? { evaluation: Object.fromEntries(EVALUATION.map((q) => [q, v[q]])) }
      : {}),
  };
  return runCardCommand(ctx, input, answers.decideContinuation(d), { values: v });
};

/** The last meeting's experiences and up to three anchoring recommendations, each with its implementation path. */
export const recordClosingMeeting: CardActionHandler = (ctx) => {
  const d = ctx.action.data;
  const v = values(d, [
    'experiences',
    'recommendation1',
    'path1',
    'recommendation2',
    'path2',
    'recommendation3',
    'path3',
  ]);
  const recommendations = [1, 2, 3]
    .filter((i) => v[`recommendation${i}`])
    .map((i) => {
      const path = v[`path${i}`] || 'lineOrganisation';
      return {
        text: v[`recommendation${i}`],
        path: path === 'lineOrganisation' ? { kind: 'lineOrganisation' } : { kind: 'decidingBody', body: path },
      };
    });
  return runCardCommand(
    ctx,
    { type: 'recordClosingMeeting', networkId: str(d, 'networkId'), experiences: v.experiences, recommendations },
    answers.recordClosingMeeting(d),
    { values: v },
  );
};

export const approvePublication: CardActionHandler = (ctx) => {
  const ids = str(ctx.action.data, 'approved')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return runCardCommand(
    ctx,
    { type: 'approvePublication', networkId: str(ctx.action.data, 'networkId'), approvedRecommendationIds: ids },
    answers.approvePublication(ctx.action.data),
  );
};
