import { z } from 'zod';
import type { Locale } from '../domain/errors';
import { ID_PATTERN } from '../domain/limits';
import type { OutboxView } from '../domain/outbox';
import { NETWORK_CARD_KINDS, type NetworkCardKind } from './kinds/registry';
import { t } from '../i18n/messages';
import type { AppCardData } from './app.card';
import { Verbs } from './verbs';

type ViewType = OutboxView['type'];
type ViewOf<T extends ViewType> = Extract<OutboxView, { type: T }>;

const id = z.string().regex(ID_PATTERN);

/**
 * One table for both directions of a card's refresh data (and of its "Vis mine muligheder" button): what the
 * card builders write for each view type, and the schema the refresh handler reads it back with. A view type
 * missing here does not compile, so no card can name a view the handler does not know.
 */
const REFRESH_VIEWS: {
  [T in ViewType]: {
    data: (view: ViewOf<T>) => Record<string, unknown>;
    schema: z.ZodType<ViewOf<T>, Record<string, unknown>>;
  };
} = {
  network: {
    data: (v) => ({ kind: v.kind, ...(v.participantId ? { participantId: v.participantId } : {}) }),
    schema: z
      .object({
        kind: z.enum(NETWORK_CARD_KINDS as [NetworkCardKind, ...NetworkCardKind[]]),
        participantId: id.optional(),
      })
      .transform((d) => ({
        type: 'network' as const,
        kind: d.kind,
        ...(d.participantId ? { participantId: d.participantId } : {}),
      })),
  },
  contract: {
    data: (v) => ({ phase: v.phase }),
    schema: z
      .object({ phase: z.coerce.number().pipe(z.union([z.literal(1), z.literal(2), z.literal(3)])) })
      .transform((d) => ({ type: 'contract' as const, phase: d.phase })),
  },
  participants: {
    data: () => ({}),
    schema: z.object({}).transform(() => ({ type: 'participants' as const })),
  },
  reflection: {
    data: (v) => ({ meetingId: v.meetingId, variant: v.variant }),
    schema: z
      .object({
        meetingId: z.string().min(1).max(512),
        variant: z.enum(['card', 'summary', 'reminder', 'start']).default('card'),
      })
      .transform((d) => ({ type: 'reflection' as const, meetingId: d.meetingId, variant: d.variant })),
  },
};

/** The data a refresh (or a "show my view" button) carries: the network and the view, by `view` type. */
export function refreshData(networkId: string, view: OutboxView): Record<string, unknown> {
  const entry = REFRESH_VIEWS[view.type] as { data: (v: OutboxView) => Record<string, unknown> };
  return { networkId, view: view.type, ...entry.data(view) };
}

/** A card's refresh section: the users whose clients fetch their own view of it, and how. */
export function refreshSection(
  networkId: string,
  view: OutboxView,
  userIds: string[],
  locale: Locale,
): NonNullable<AppCardData['refresh']> {
  return { title: t(locale, 'action.refresh'), verb: Verbs.refreshCard, data: refreshData(networkId, view), userIds };
}

export type ParsedRefresh = { ok: true; networkId: string; view: OutboxView } | { ok: false; problem: string };

/**
 * Reads refresh data back into the view it names. Cards posted before views were named carry only a `kind`
 * (a network card); anything else that does not parse is reported, never rendered as some other card.
 */
export function parseRefreshData(data: Record<string, unknown>): ParsedRefresh {
  const type = typeof data.view === 'string' ? data.view : data.view === undefined && 'kind' in data ? 'network' : '';
  // Object.hasOwn, not `in`: the view name comes from card data, and `in` finds Object.prototype's names too.
  if (!Object.hasOwn(REFRESH_VIEWS, type))
    return { ok: false, problem: `unknown view ${JSON.stringify(type).slice(0, 60)}` };
  const networkId = id.safeParse(data.networkId);
  if (!networkId.success) return { ok: false, problem: 'no valid networkId' };
  const parsed = REFRESH_VIEWS[type as ViewType].schema.safeParse(data);
  if (!parsed.success)
    return { ok: false, problem: `${type}: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}` };
  return { ok: true, networkId: networkId.data, view: parsed.data };
}
