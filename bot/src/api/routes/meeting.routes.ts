import type { Server } from 'restify';
import { domainError, isDomainError } from '@netvaerk/shared/domain/errors';
import {
  idempotencyKeySchema,
  meetingIdSchema,
  networkIdSchema,
  panelBodySchema,
} from '@netvaerk/shared/api/request-schemas';
import type { Meeting, Network } from '@netvaerk/shared/domain/network';
import type { ReflectionAnswer } from '@netvaerk/shared/domain/repository';
import { maySeeNetwork } from '@netvaerk/shared/domain/visibility';
import { personKey } from '@netvaerk/shared/domain/types';
import { closeWhenEveryoneAnswered } from '../../app/reflection-completion';
import { type ApiContext, type ApiRequest, authed } from '../api-context';
import { queryOf, sendDomainError, sendJson, sendNotVisible } from '../http';
import { panelView } from '../views/panel-view';
import { stageView } from '../views/stage-view';
import { isStageKey, stageKey } from '../views/stage-key';
import { commandIdFrom } from './network.routes';

/** What the side panel may send: the in-meeting commands and the participant's own answer. */
const PANEL_COMMANDS = new Set(['startReflection', 'writeMeetingNotes', 'answerReflection', 'closeReflection']);

interface Found {
  network: Network;
  meeting: Meeting;
  answers: ReflectionAnswer[];
}

/**
 * The network, its meeting (`?meeting=`, since Teams' meeting ids may hold a slash) and the meeting's answers, in
 * one storage round trip (the stage polls this), if the viewer may see them.
 */
async function meetingOf(
  ctx: ApiContext,
  r: ApiRequest,
  mayShare?: (meetingId: string) => boolean,
): Promise<Found | null> {
  const id = String(r.req.params.id);
  const meetingId = meetingIdSchema.safeParse(queryOf(r.req).get('meeting'));
  if (!networkIdSchema.safeParse(id).success || !meetingId.success) return null;
  const snapshot = await ctx.services.networks.load(id, { answersOf: meetingId.data });
  if (!snapshot) return null;
  if (!maySeeNetwork(snapshot.network, r.actor, r.config) && !mayShare?.(meetingId.data)) return null;
  const meeting = snapshot.network.meetings.find((m) => m.id === meetingId.data);
  return meeting ? { network: snapshot.network, meeting, answers: snapshot.answers ?? [] } : null;
}

async function sendPanel(ctx: ApiContext, r: ApiRequest, { network, meeting, answers }: Found): Promise<void> {
  // One's own answer: by person, or for an anonymous meeting by the same keyed hash the answer was stored under.
  const key = meeting.anonymous
    ? ctx.services.pseudonymise(`${network.id}/${meeting.id}`, personKey(r.actor))
    : personKey(r.actor);
  const ownAnswer = answers.find((a) => a.answerKey === key) ?? null;
  const stageKeys = {
    plain: stageKey(ctx.services.pseudonymise, network.id, meeting.id, false),
    withComments: stageKey(ctx.services.pseudonymise, network.id, meeting.id, true),
  };
  sendJson(
    r.res,
    200,
    panelView({ network, meeting, answers, ownAnswer, viewer: r.actor, config: r.config, today: r.today, stageKeys }),
  );
}

/** The reflection card the outbox posted in the meeting chat, so an answer from the panel updates its count too. */
async function postedReflectionCard(ctx: ApiContext, networkId: string, meetingId: string) {
  const entries = await ctx.services.outbox.forNetwork(networkId);
  const posted = entries.find(
    (e) =>
      e.status === 'sent' &&
      e.message.mode === 'send' &&
      e.message.view.type === 'reflection' &&
      e.message.view.meetingId === meetingId &&
      e.message.view.variant === 'card' &&
      e.sentActivityId,
  );
  return posted
    ? { conversationId: posted.sentConversationId, activityId: posted.sentActivityId, view: posted.message.view }
    : undefined;
}

/**
 * The meeting side panel and the shared stage (issue 14). The panel's commands go through the same service as
 * every other surface; an answer from the panel is the same command as on the card, under the same key, so a
 * person still has one answer.
 */
export function registerMeetingRoutes(server: Server, ctx: ApiContext): void {
  server.get(
    '/api/networks/:id/panel',
    authed(ctx, async (r) => {
      const found = await meetingOf(ctx, r);
      if (!found) return sendNotVisible(r.res, r.locale);
      await sendPanel(ctx, r, found);
    }),
  );

  server.get(
    '/api/networks/:id/stage',
    authed(ctx, async (r) => {
      const query = queryOf(r.req);
      const comments = query.get('comments') === '1';
      // Anyone the leader shared the stage with (the key in its address), or anyone who may see the network.
      const shared = (meetingId: string) =>
        isStageKey(ctx.services.pseudonymise, query.get('key'), String(r.req.params.id), meetingId, comments);
      const found = await meetingOf(ctx, r, shared);
      if (!found) return sendNotVisible(r.res, r.locale);
      const { network, meeting, answers } = found;
      // A shared key says whether the leader chose the comments (the key differs), so `comments` can be trusted.
      sendJson(r.res, 200, stageView(network, meeting, answers, comments));
    }),
  );

  server.post(
    '/api/networks/:id/panel/commands',
    authed(ctx, async (r) => {
      const found = await meetingOf(ctx, r);
      if (!found) return sendNotVisible(r.res, r.locale);
      const body = panelBodySchema.safeParse(r.req.body);
      if (!body.success || !PANEL_COMMANDS.has(body.data.type))
        return sendDomainError(r.res, domainError('INPUT.INVALID', { fields: 'type' }, { type: 'invalid' }), r.locale);
      const header = r.req.headers['idempotency-key'];
      const key = idempotencyKeySchema.safeParse(Array.isArray(header) ? header[0] : header);
      const { network, meeting } = found;
      const commandId = commandIdFrom(r.actor, `${network.id}/${meeting.id}`, key.success ? key.data : undefined);
      const input = { ...body.data, networkId: network.id, meetingId: meeting.id, commandId };
      const answering = body.data.type === 'answerReflection';
      // The card in the meeting chat shows the new count, or that the reflection is closed.
      const updatesCard = answering || body.data.type === 'closeReflection';
      const source = updatesCard ? await postedReflectionCard(ctx, network.id, meeting.id) : undefined;
      const result = await ctx.services.service.execute(input, r.actor, source);
      if (isDomainError(result)) return sendDomainError(r.res, result, r.locale);
      if (answering) {
        const answers = await ctx.services.networks.reflectionAnswers(network.id, meeting.id);
        await closeWhenEveryoneAnswered(ctx.services.service, result.network, meeting.id, answers.length);
      }
      ctx.logger.info({ networkId: network.id, type: body.data.type, replayed: result.replayed }, 'panel command');
      const reread = await meetingOf(ctx, r);
      if (!reread) return sendNotVisible(r.res, r.locale);
      await sendPanel(ctx, r, reread);
    }),
  );
}
