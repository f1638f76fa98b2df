/**
 * What the tab API accepts, beside the shapes it answers with: one copy for the server's routes and the tab.
 * The command's own fields are checked by the domain's command schemas (`domain/commands.ts`); these are the
 * envelope around them.
 */
import { z } from 'zod';
import { ID_PATTERN } from '../domain/limits';

export const networkIdSchema = z.string().regex(ID_PATTERN);
/** Teams' meeting ids may hold slashes and run long, so a meeting travels in `?meeting=`, not in the path. */
export const meetingIdSchema = z.string().min(1).max(512);
/** A command as the tab sends it: its type and fields; the server adds the id and the network. */
export const commandBodySchema = z.looseObject({ type: z.string().min(1).max(64), networkId: z.string().optional() });
/** What the side panel sends: one of the in-meeting commands (the server keeps which) with its fields. */
export const panelBodySchema = z.looseObject({ type: z.string().min(1).max(64) });
/** A retried request carries the same key, so the server treats it as the same command (a replay). */
export const idempotencyKeySchema = z.string().min(8).max(200);

const text = (max: number) => z.string().max(max);
/** The "Foreslå et netværk" form; the domain checks each field's rules and names the bad ones. */
export const ideaBodySchema = z.object({
  name: text(1000),
  networkType: text(50),
  track: text(50).optional(),
  purpose: text(20000),
  background: text(20000),
  originatorGroup: text(1000).optional(),
});
