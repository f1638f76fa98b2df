import { localisedFieldErrors } from '@netvaerk/shared/i18n/field-errors';
import { createHash } from 'node:crypto';
import type { Executed, NetworkService } from '@netvaerk/shared/app/network-service';
import { renderAppCard } from '@netvaerk/shared/cards/app.card';
import type { CardJson } from '@netvaerk/shared/cards/render-template';
import { noticeView } from '@netvaerk/shared/cards/views/welcome.view';
import type { Directory } from '@netvaerk/shared/domain/directory';
import { type DomainError, isDomainError } from '@netvaerk/shared/domain/errors';
import { errorText } from '@netvaerk/shared/i18n/error-text';
import type { Network } from '@netvaerk/shared/domain/network';
import type { OutboxView } from '@netvaerk/shared/domain/outbox';
import type { ConfigRepository, MeetingLinks, NetworkRepository } from '@netvaerk/shared/domain/repository';
import type { Actor, OrgConfig } from '@netvaerk/shared/domain/types';
import { maySeeNetwork } from '@netvaerk/shared/domain/visibility';
import { t } from '@netvaerk/shared/i18n/messages';
import type { Logger } from '../../logger';
import type { CardRenderer, RenderOptions } from '../card-renderer';
import type { CardAction, Incoming } from '../incoming';

/** The cards the app itself posted, by network (the outbox's record of what it sent where). */
export interface PostedCards {
  posted(networkId: string, conversationId: string, activityId: string): Promise<boolean>;
}

/** What every card action handler gets: the activity, the action, the authenticated actor and the services. */
export interface CardActionContext {
  postedCards: PostedCards;
  incoming: Incoming;
  action: CardAction;
  actor: Actor;
  service: NetworkService;
  networks: NetworkRepository;
  config: ConfigRepository;
  directory: Directory;
  renderer: CardRenderer;
  links: MeetingLinks;
  logger: Logger;
}

export type CardActionHandler = (ctx: CardActionContext) => Promise<CardJson>;

/** A card input's value as a string ('' when absent); inputs arrive as strings, toggles as 'true'/'false'. */
export function str(data: Record<string, unknown>, key: string): string {
  const v = data[key];
  return typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

/**
 * A command id derived from what was pressed (card, verb, person, inputs): the same form submitted twice is one
 * command. Only for presses that create something (an idea), where a look-alike press must not make a second one.
 */
export function commandIdFor(ctx: CardActionContext, fields: Record<string, unknown>): string {
  const basis = JSON.stringify([
    ctx.incoming.conversation.id,
    ctx.incoming.replyToId,
    ctx.action.verb,
    ctx.actor.tenantId,
    ctx.actor.objectId,
    fields,
  ]);
  return createHash('sha256').update(basis).digest('hex').slice(0, 40);
}

/**
 * The command id of a card press: Teams redelivering the same activity (same id) is a replay that changes
 * nothing, while a new press on the same card is a new command, even when it looks the same: signing v2 of a
 * contract where v1 was signed must count. A second press that is not allowed (a double click, a second vote)
 * is refused by the domain rule, not swallowed as a replay. Without an activity id (never from Teams) the id
 * falls back to the look-alike press.
 */
export function activityCommandId(ctx: CardActionContext, fields: Record<string, unknown>): string {
  if (!ctx.incoming.activityId) return commandIdFor(ctx, fields);
  const basis = JSON.stringify([
    'activity',
    ctx.incoming.conversation.id,
    ctx.incoming.activityId,
    ctx.action.verb,
    ctx.actor.tenantId,
    ctx.actor.objectId,
  ]);
  return createHash('sha256').update(basis).digest('hex').slice(0, 40);
}

export function noticeCard(
  ctx: CardActionContext,
  title: string,
  text: string,
  tone: 'attention' | 'good' | 'default' = 'default',
): CardJson {
  return renderAppCard(noticeView(title, { text, tone }));
}

/** A polite refusal or problem, on the card the person was looking at when possible. */
export async function errorCard(
  ctx: CardActionContext,
  error: DomainError,
  view: OutboxView | null,
  network: Network | null,
  config: OrgConfig,
): Promise<CardJson> {
  const message = errorText(error, ctx.incoming.locale);
  if (view && network) {
    return ctx.renderer.render(view, network, config, {
      viewer: ctx.actor,
      locale: ctx.incoming.locale,
      notice: { text: message, tone: 'attention', bold: true },
    });
  }
  return noticeCard(ctx, t(ctx.incoming.locale, 'card.refusal.title'), message, 'attention');
}

/**
 * Runs a command from a card and answers with the same card as the actor now sees it (or the form again with
 * the values kept and messages at the fields). The shared card is updated for everyone via the outbox.
 */
export async function runCardCommand(
  ctx: CardActionContext,
  input: Record<string, unknown>,
  view: OutboxView,
  options: {
    values?: Record<string, string>;
    success?: (network: Network) => string | null;
    /** Overrides the derived command id (e.g. from the Teams activity, where editing must not be a replay). */
    commandId?: string;
    sharedCard?: boolean;
    /** Runs after the command succeeded, before the card is rendered; may hand the renderer what it read. */
    beforeRender?: (result: Executed) => Promise<Pick<RenderOptions, 'answers' | 'answerCount'>>;
  } = {},
): Promise<CardJson> {
  const networkId = str(input, 'networkId');
  const { commandId: _ignored, ...fields } = input;
  const commandId = options.commandId ?? activityCommandId(ctx, fields);
  const source =
    options.sharedCard !== false && ctx.incoming.replyToId
      ? { conversationId: ctx.incoming.conversation.id, activityId: ctx.incoming.replyToId, view }
      : undefined;
  const result = await ctx.service.execute({ ...input, commandId }, ctx.actor, source);
  const { config } = await ctx.config.load();
  if (isDomainError(result)) {
    const snapshot = networkId ? await ctx.networks.load(networkId) : null;
    // A refusal must not show a network to someone who may not see it, nor reveal that it exists.
    if (snapshot && !(await maySeeHere(ctx, snapshot.network, config))) {
      ctx.logger.info({ code: result.code, verb: ctx.action.verb, networkId }, 'card action on an unseen network');
      return errorCard(ctx, NOT_FOUND, null, null, config);
    }
    if (result.code === 'INPUT.INVALID' && snapshot) {
      return ctx.renderer.render(view, snapshot.network, config, {
        viewer: ctx.actor,
        locale: ctx.incoming.locale,
        values: options.values ?? {},
        fieldErrors: localisedFieldErrors(result, ctx.incoming.locale),
      });
    }
    ctx.logger.info({ code: result.code, verb: ctx.action.verb, networkId }, 'card action refused');
    return errorCard(ctx, result, view, snapshot?.network ?? null, config);
  }
  const success = options.success?.(result.network);
  const read = (await options.beforeRender?.(result)) ?? {};
  return ctx.renderer.render(view, result.network, config, {
    ...read,
    viewer: ctx.actor,
    locale: ctx.incoming.locale,
    ...(success ? { notice: { text: success, tone: 'good' } } : {}),
  });
}

/**
 * The read rule for a card action: the domain's (the same as the tab's), or the card the person pressed is one
 * the app posted for this network in this conversation: it is in front of them already, e.g. a decision card in
 * a forum's channel seen by a channel member who is not in the forum.
 */
async function maySeeHere(ctx: CardActionContext, network: Network, config: OrgConfig): Promise<boolean> {
  if (maySeeNetwork(network, ctx.actor, config)) return true;
  return ctx.postedCards.posted(network.id, ctx.incoming.conversation.id, ctx.incoming.replyToId);
}

const NOT_FOUND: DomainError = { kind: 'error', code: 'NETWORK.NOT_FOUND', params: {} };

/**
 * Loads a network for a view-only action. A missing one and one the person may not see (the same rule as the
 * tab's, from the domain) get the same polite notice, so a guessed id reveals nothing.
 */
export async function loadForView(
  ctx: CardActionContext,
  networkId: string,
): Promise<{ ok: true; network: Network; config: OrgConfig } | { ok: false; card: CardJson }> {
  const snapshot = networkId ? await ctx.networks.load(networkId) : null;
  const { config } = await ctx.config.load();
  if (snapshot && (await maySeeHere(ctx, snapshot.network, config)))
    return { ok: true, network: snapshot.network, config };
  if (snapshot) ctx.logger.info({ verb: ctx.action.verb, networkId }, 'view refused: may not see the network');
  return {
    ok: false,
    card: noticeCard(
      ctx,
      t(ctx.incoming.locale, 'card.refusal.title'),
      errorText(NOT_FOUND, ctx.incoming.locale),
      'attention',
    ),
  };
}

export function isCard(value: unknown): value is CardJson {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'AdaptiveCard';
}
