import type { Activity } from 'botbuilder';
import type { Logger } from '../logger';
import { RateLimitedLog } from '../app/rate-limited-log';
import { withTimeout } from '../app/with-timeout';
import { measuringRoundTrips } from '../app/round-trips';
import { activityProblems } from './activity-schema';
import type { NetvaerkAdapter } from './bot-framework-adapter';
import type { TeamsRouter } from './teams-router';

/** What the HTTP layer writes back: a status, an optional JSON body and headers. */
export interface EndpointAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface EndpointPolicy {
  serviceUrlAllowed(serviceUrl: string): boolean;
  /** Empty: every tenant (local development only; the configuration requires a list elsewhere). */
  tenantIds: readonly string[];
  authTimeoutMs: number;
  /** Log the storage round trips of each turn (for the benchmark). */
  logRoundTrips?: boolean;
}

/**
 * POST /api/messages, in the order that keeps bad input away from the app: the body must be an activity (400),
 * its serviceUrl one the configuration names (400), its token valid within a time limit (401, never the reason),
 * its tenant allowed (403); only then does the turn run. A turn that fails on infrastructure (storage down)
 * answers 503 so Teams may deliver it again; card actions answer their own retry card before that.
 */
export class BotEndpoint {
  private readonly refused: RateLimitedLog;
  private readonly failed: RateLimitedLog;

  constructor(
    private readonly adapter: NetvaerkAdapter,
    private readonly router: TeamsRouter,
    private readonly policy: EndpointPolicy,
    private readonly logger: Logger,
  ) {
    this.refused = new RateLimitedLog(logger, 'bot request refused');
    this.failed = new RateLimitedLog(logger, 'bot turn failed');
  }

  async handle(body: unknown, authorization: string): Promise<EndpointAnswer> {
    const parsed = activityProblems(body);
    if (!parsed.ok) {
      this.refused.warn({ status: 400, fields: parsed.paths });
      return { status: 400, body: { error: 'invalid activity', fields: parsed.paths } };
    }
    const activity = parsed.activity as unknown as Activity;
    if (!this.policy.serviceUrlAllowed(parsed.activity.serviceUrl)) {
      this.refused.warn({ status: 400, reason: 'serviceUrl not allowed', host: hostOf(parsed.activity.serviceUrl) });
      return { status: 400, body: { error: 'serviceUrl not allowed' } };
    }
    let auth;
    try {
      auth = await withTimeout(
        this.adapter.authentication.authenticateRequest(activity, authorization),
        this.policy.authTimeoutMs,
        'authentication',
      );
    } catch (error) {
      this.refused.warn({ status: 401, reason: reasonOf(error), activityType: parsed.activity.type });
      return { status: 401, body: { error: 'unauthorized' } };
    }
    const tenantId = parsed.activity.conversation.tenantId || parsed.activity.channelData?.tenant?.id || '';
    if (this.policy.tenantIds.length > 0 && !this.policy.tenantIds.includes(tenantId)) {
      this.refused.warn({ status: 403, reason: 'tenant not allowed', tenantId });
      return { status: 403, body: { error: 'tenant not allowed' } };
    }
    let failure: unknown = null;
    try {
      const { value: invoke, roundTrips } = await measuringRoundTrips(() =>
        this.adapter.runAuthenticated(auth, activity, async (ctx) => {
          try {
            await this.router.run(ctx);
          } catch (error) {
            failure = error;
          }
        }),
      );
      if (this.policy.logRoundTrips) {
        const verb = (parsed.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
        this.logger.info(
          { activityType: parsed.activity.type, verb, roundTrips: roundTrips.total, calls: roundTrips.calls },
          'turn storage round trips',
        );
      }
      if (failure) throw failure;
      return { status: invoke?.status ?? 200, ...(invoke?.body !== undefined ? { body: invoke.body } : {}) };
    } catch (error) {
      this.failed.warn({ err: error, activityType: parsed.activity.type, activityId: parsed.activity.id });
      return { status: 503, body: { error: 'temporarily unavailable' }, headers: { 'retry-after': '5' } };
    }
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** A short reason for the log: the error's name and first line, never a stack trace. */
function reasonOf(error: unknown): string {
  const e = error as { name?: string; message?: string };
  return `${e?.name ?? 'Error'}: ${(e?.message ?? String(error)).split('\n')[0]!.slice(0, 200)}`;
}
