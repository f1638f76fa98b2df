import { z } from 'zod';

/**
 * The shape of an activity as the bot reads it, checked at the edge before authentication or any storage
 * access: what does not parse is answered 400, so malformed input can never reach code that assumes types.
 * Unknown fields pass through (Teams adds fields over time); the limits are Teams' own where it has them
 * (display names ≤ 256, ids well inside Table Storage's 1 KiB keys once encoded) and generous elsewhere.
 */
const id = z.string().max(256);
const name = z.string().max(512);

const account = z.looseObject({
  id,
  name: name.optional(),
  aadObjectId: z.string().max(128).optional(),
});

const conversation = z.looseObject({
  id: id.min(1),
  name: name.optional(),
  conversationType: z.string().max(64).optional(),
  tenantId: z.string().max(128).optional(),
  isGroup: z.boolean().optional(),
});

const idAndName = z.looseObject({ id: id.optional(), name: name.optional() });

const channelData = z.looseObject({
  tenant: z.looseObject({ id: z.string().max(128).optional() }).optional(),
  team: idAndName.optional(),
  channel: idAndName.optional(),
  meeting: z.looseObject({ id: z.string().max(1024).optional() }).optional(),
  eventType: z.string().max(128).optional(),
});

/** The one invoke the app handles (Universal Actions); others are answered 400 rather than 501. */
const adaptiveCardAction = z.looseObject({
  action: z.looseObject({
    type: z.string().max(64).optional(),
    verb: z.string().max(128).optional(),
    data: z.record(z.string(), z.unknown()).optional(),
  }),
  trigger: z.string().max(64).optional(),
});

const base = z.looseObject({
  type: z.string().min(1).max(64),
  id: id.optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(512),
  timestamp: z.string().max(64).optional(),
  locale: z.string().max(32).optional(),
  from: account,
  recipient: account,
  conversation,
  channelData: channelData.optional(),
  replyToId: id.optional(),
  text: z.string().max(100_000).optional(),
  textFormat: z.string().max(32).optional(),
  name: z.string().max(256).optional(),
  value: z.unknown().optional(),
  entities: z
    .array(z.looseObject({ type: z.string().max(128).optional() }))
    .max(100)
    .optional(),
  attachments: z.array(z.looseObject({})).max(50).optional(),
  membersAdded: z.array(account).max(1000).optional(),
  membersRemoved: z.array(account).max(1000).optional(),
  action: z.string().max(64).optional(),
});

export const activitySchema = base.superRefine((activity, ctx) => {
  if (activity.type !== 'invoke') return;
  if (activity.name !== 'adaptiveCard/action')
    ctx.addIssue({ code: 'custom', path: ['name'], message: 'unsupported invoke' });
  else if (!adaptiveCardAction.safeParse(activity.value).success)
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'not an Adaptive Card action' });
});

export type ParsedActivity = z.infer<typeof base>;

/** The paths of what did not parse, for a 400 answer (no values echoed back). */
export function activityProblems(
  body: unknown,
): { ok: true; activity: ParsedActivity } | { ok: false; paths: string[] } {
  const result = activitySchema.safeParse(body);
  if (result.success) return { ok: true, activity: result.data };
  return {
    ok: false,
    paths: [...new Set(result.error.issues.map((i) => i.path.join('.') || '(activity)'))].slice(0, 10),
  };
}
