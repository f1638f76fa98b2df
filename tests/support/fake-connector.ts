import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botframework-schema';

/**
 * A fake Microsoft Bot Connector (REST API v3) on a real HTTP server at 127.0.0.1, so the bot can be tested over
 * real HTTP with its serviceUrl pointing here. It answers what botbuilder's ConnectorClient and TeamsInfo ask for,
 * records every request, and can inject faults and delays for retry and latency tests.
 *
 * Deliberately lenient where leniency keeps tests short (any conversation id can receive sends, updates and
 * deletes of unknown activity ids succeed), strict where a silent default would hide a missing test setup
 * (member look-ups in a conversation without a roster answer 404).
 */

/** The botbuilder client method each route belongs to, so tests read like the code under test. */
export type ConnectorOperation =
  | 'createConversation'
  | 'sendToConversation'
  | 'replyToActivity'
  | 'updateActivity'
  | 'deleteActivity'
  | 'getConversationMembers'
  | 'getConversationPagedMembers'
  | 'getConversationMember'
  | 'fetchChannelList'
  | 'fetchTeamDetails'
  | 'unexpected';

/**
 * How the fake answered: `ok` a normal answer, `fault` an injected failure (not delivered), `not-found` a genuine
 * 404 (unknown member or roster), `bad-request` a body that was not JSON, `unexpected` a route the fake does not serve.
 */
export type CallOutcome = 'ok' | 'fault' | 'not-found' | 'bad-request' | 'unexpected';

/** What is known about a request when it arrives, before the fake decides how to answer it. */
export interface IncomingCall {
  method: string;
  /** The path as received (still URL-encoded), without the query string. */
  path: string;
  query: Record<string, string>;
  operation: ConnectorOperation;
  /** Decoded. For createConversation, the id the fake created (absent if the request was faulted). */
  conversationId?: string;
  /** Decoded, from the path: the activity replied to, updated or deleted. */
  activityId?: string;
  memberId?: string;
  teamId?: string;
  /** The parsed JSON body (a string if it was not JSON, undefined if empty). */
  body: unknown;
  hasAuthorization: boolean;
  /** Lower-cased request headers; the Authorization value is redacted, only its presence is kept. */
  headers: Record<string, string>;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface RecordedCall extends IncomingCall {
  /** Arrival order, starting at 1; stable across clear(). */
  seq: number;
  status: number;
  outcome: CallOutcome;
  /** The activity id the fake assigned (send, reply, create with an activity, and update echoes the path id). */
  newActivityId?: string;
  /** Date.now() when the answer was written; later than `at` when a delay applied. */
  answeredAt: number;
}

/** The activity body as the client serialized it: JSON, so Date fields (timestamp, ...) arrive as strings. */
export type ActivityBody = Partial<Activity>;

export interface SentActivity {
  kind: 'create' | 'send' | 'reply';
  conversationId: string;
  /** The id the fake assigned to this activity. */
  activityId: string;
  /** For replies: the activity id in the path (what botbuilder sets as replyToId). */
  replyToId?: string;
  activity: ActivityBody;
  at: number;
  call: RecordedCall;
}

export interface UpdatedActivity {
  conversationId: string;
  activityId: string;
  activity: ActivityBody;
  at: number;
  call: RecordedCall;
}

/** An activity the fake accepted into a conversation, as Teams clients would then show it. */
export interface DeliveredActivity {
  kind: 'post' | 'update';
  conversationId: string;
  activityId: string;
  activity: ActivityBody;
}

export interface DeletedActivity {
  conversationId: string;
  activityId: string;
  at: number;
  call: RecordedCall;
}

/** A roster entry, shaped like the ChannelAccount (TeamsChannelAccount) the real service returns. */
export interface FakeMember {
  id: string;
  name?: string;
  aadObjectId?: string;
  userPrincipalName?: string;
  email?: string;
  tenantId?: string;
  givenName?: string;
  surname?: string;
  userRole?: string;
}

export interface FakeTeam {
  name?: string;
  aadGroupId?: string;
  /** Channels answered by fetchChannelList; defaults to the General channel, whose id is the team id. */
  channels?: Array<{ id: string; name?: string }>;
}

/** A conversation created through POST /v3/conversations. */
export interface CreatedConversation {
  id: string;
  isGroup: boolean;
  /** The Teams channel a new thread was started in (channelData.channel.id). */
  channelId?: string;
  tenantId?: string;
  members: FakeMember[];
  /** The id of the first activity, when the create carried one. */
  activityId?: string;
}

/** Restricts a fault or a delay to some requests: a predicate, or fields that must all match. */
export type CallFilter =
  | ((call: IncomingCall) => boolean)
  | {
      method?: string;
      operation?: ConnectorOperation | readonly ConnectorOperation[];
      conversationId?: string;
      path?: RegExp;
    };

export interface FaultOptions {
  status: number;
  /** Sent as the Retry-After header. botbuilder's HTTP pipeline honours it (for 429 and 503), so 0 keeps tests fast. */
  retryAfterSeconds?: number;
  /** The JSON error body; defaults to a Bot Connector ErrorResponse `{ error: { code, message } }`. */
  body?: unknown;
  match?: CallFilter;
}

export interface FakeConnectorOptions {
  /** pagedmembers page size when the client gives none (the real service's default is larger; tests want paging). */
  defaultPageSize?: number;
}

interface FaultRule {
  remaining: number;
  options: FaultOptions;
}

interface DelayRule {
  ms: number;
  match?: CallFilter;
}

/** What the router decided for one request. */
interface Answer {
  status: number;
  outcome: CallOutcome;
  body?: unknown;
  headers?: Record<string, string>;
  conversationId?: string;
  newActivityId?: string;
}

type Waiter = () => void;

const SEND_OPERATIONS: readonly ConnectorOperation[] = ['createConversation', 'sendToConversation', 'replyToActivity'];

export class FakeConnector {
  private server: Server | undefined;
  private port: number | undefined;
  private readonly defaultPageSize: number;

  private recorded: RecordedCall[] = [];
  private pending = new Map<
    number,
    { call: RecordedCall; timer: NodeJS.Timeout; res: ServerResponse; release: () => void }
  >();
  private readonly waiters = new Set<Waiter>();
  private readonly deliveryListeners = new Set<(delivered: DeliveredActivity) => void>();
  private faults: FaultRule[] = [];
  private delayRule: DelayRule | undefined;

  private rosters = new Map<string, FakeMember[]>();
  private teams = new Map<string, FakeTeam>();
  private conversations = new Map<string, CreatedConversation>();
  /** Real Teams returns the same 1:1 conversation for the same user, so proactive installs are idempotent. */
  private personalByUser = new Map<string, string>();

  private seq = 0;
  private conversationCounter = 0;
  private activityCounter = 0;

  constructor(options: FakeConnectorOptions = {}) {
    this.defaultPageSize = options.defaultPageSize ?? 100;
  }

  /** Listens on an ephemeral port of 127.0.0.1. */
  async start(): Promise<void> {
    if (this.server) throw new Error('fake connector: already started');
    const server = createServer((req, res) => this.handle(req, res));
    // Keep-alive sockets from botbuilder's HTTP agent must not keep stop() (or jest) waiting.
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  /**
   * The base URL to use as serviceUrl, without a trailing slash. botbuilder's client appends `v3/...` after
   * normalising the slash, so `url` and `url + '/'` both work.
   */
  get url(): string {
    if (this.port === undefined) throw new Error('fake connector: not started');
    return `http://127.0.0.1:${this.port}`;
  }

  /** Closes the server and every socket at once, including responses still held back by a delay. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    for (const { timer, res } of this.pending.values()) {
      clearTimeout(timer);
      res.destroy();
    }
    this.pending.clear();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  // ---- Setup ------------------------------------------------------------------------------------------------

  /** Defines who is in a conversation (or a team: TeamsInfo asks for team members by the team id). */
  setMembers(conversationId: string, members: readonly FakeMember[]): void {
    this.rosters.set(
      conversationId,
      members.map((m) => ({ ...m })),
    );
  }

  /** Who is in a conversation, if a roster was set (or seeded when the conversation was created). */
  members(conversationId: string): FakeMember[] | undefined {
    return this.rosters.get(conversationId)?.map((m) => ({ ...m }));
  }

  setTeam(teamId: string, team: FakeTeam): void {
    this.teams.set(teamId, { ...team });
  }

  /**
   * The next `n` requests matching `options.match` (all requests if absent) are answered with `options.status`
   * and recorded with outcome `fault`, not as delivered. Rules queue: each request consumes the first matching rule.
   */
  failNext(n: number, options: FaultOptions): void {
    if (n > 0) this.faults.push({ remaining: n, options });
  }

  /** Holds back the answer of every matching request (all if no filter) by `ms`, until `delay(0)`. */
  delay(ms: number, match?: CallFilter): void {
    this.delayRule = ms > 0 ? { ms, ...(match ? { match } : {}) } : undefined;
    // delay(0) also answers everything held back so far, at once.
    if (ms <= 0) {
      for (const held of [...this.pending.values()]) {
        clearTimeout(held.timer);
        held.release();
      }
    }
  }

  /** Forgets the recorded calls (what tests assert on); rosters, teams, faults and delays stay. */
  clear(): void {
    this.recorded = [];
  }

  /** Back to a blank fake: records, rosters, teams, created conversations, faults and delay. */
  reset(): void {
    this.clear();
    this.faults = [];
    this.delayRule = undefined;
    this.rosters.clear();
    this.teams.clear();
    this.conversations.clear();
    this.personalByUser.clear();
  }

  /**
   * Calls `listener` after each activity the fake accepted (posted or updated) has been answered to the bot, the
   * moment a Teams client would render it: the fake Teams client listens here. Returns the unsubscribe.
   */
  onDelivered(listener: (delivered: DeliveredActivity) => void): () => void {
    this.deliveryListeners.add(listener);
    return () => this.deliveryListeners.delete(listener);
  }

  // ---- Inspection -------------------------------------------------------------------------------------------

  /** Every answered request, in the order answered (which differs from arrival order only under delays). */
  get calls(): readonly RecordedCall[] {
    return [...this.recorded];
  }

  /** Requests received whose answer is being held back by a delay. */
  inFlight(): RecordedCall[] {
    return [...this.pending.values()].map((p) => p.call);
  }

  /** Delivered activities: creates carrying an activity, sends and replies, in order. Faulted ones are absent. */
  sent(): SentActivity[] {
    const out: SentActivity[] = [];
    for (const call of this.recorded) {
      if (call.outcome !== 'ok' || !SEND_OPERATIONS.includes(call.operation)) continue;
      if (call.newActivityId === undefined || call.conversationId === undefined) continue;
      const activity =
        call.operation === 'createConversation'
          ? (asObject(call.body).activity as ActivityBody)
          : asActivity(call.body);
      out.push({
        kind:
          call.operation === 'createConversation' ? 'create' : call.operation === 'replyToActivity' ? 'reply' : 'send',
        conversationId: call.conversationId,
        activityId: call.newActivityId,
        ...(call.operation === 'replyToActivity' && call.activityId ? { replyToId: call.activityId } : {}),
        activity,
        at: call.at,
        call,
      });
    }
    return out;
  }

  updates(): UpdatedActivity[] {
    return this.recorded
      .filter((c) => c.operation === 'updateActivity' && c.outcome === 'ok')
      .map((call) => ({
        conversationId: call.conversationId ?? '',
        activityId: call.activityId ?? '',
        activity: asActivity(call.body),
        at: call.at,
        call,
      }));
  }

  deletes(): DeletedActivity[] {
    return this.recorded
      .filter((c) => c.operation === 'deleteActivity' && c.outcome === 'ok')
      .map((call) => ({
        conversationId: call.conversationId ?? '',
        activityId: call.activityId ?? '',
        at: call.at,
        call,
      }));
  }

  /** Requests to routes the fake does not serve: a test can assert this is empty. */
  unexpected(): RecordedCall[] {
    return this.recorded.filter((c) => c.operation === 'unexpected');
  }

  createdConversations(): CreatedConversation[] {
    return [...this.conversations.values()].map((c) => ({ ...c, members: [...c.members] }));
  }

  /** Resolves with the first answered call (already recorded or still to come) that matches. */
  waitFor(predicate: (call: RecordedCall) => boolean, timeoutMs = 5000): Promise<RecordedCall> {
    return this.waitUntil(() => this.recorded.find(predicate), timeoutMs, 'a matching call');
  }

  /** Resolves with the first delivered activity that matches (any, if no predicate). */
  waitForSent(predicate: (sent: SentActivity) => boolean = () => true, timeoutMs = 5000): Promise<SentActivity> {
    return this.waitUntil(() => this.sent().find(predicate), timeoutMs, 'a matching sent activity');
  }

  /** Event-driven (re-checked after every answered call), so it costs nothing while idle. */
  private waitUntil<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = probe();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = () => {
        const hit = probe();
        if (hit === undefined) return;
        this.waiters.delete(waiter);
        clearTimeout(timer);
        resolve(hit);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = this.recorded.map((c) => `${c.method} ${c.path} -> ${c.status}`).join('\n  ');
        reject(new Error(`fake connector: timed out after ${timeoutMs} ms waiting for ${what}; calls:\n  ${seen}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  // ---- HTTP -------------------------------------------------------------------------------------------------

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const at = Date.now();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', () => res.destroy());
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      this.respond(req, res, raw, at);
    });
  }

  private respond(req: IncomingMessage, res: ServerResponse, raw: string, at: number): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      headers[name] = name === 'authorization' ? '<redacted>' : Array.isArray(value) ? value.join(', ') : value;
    }
    let body: unknown = undefined;
    let badJson = false;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
        badJson = true;
      }
    }
    const incoming: IncomingCall = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      hasAuthorization: req.headers.authorization !== undefined,
      headers,
      at,
      ...route(req.method ?? 'GET', url.pathname),
    };

    const answer = badJson ? errorAnswer(400, 'bad-request', 'BadArgument', 'body is not JSON') : this.decide(incoming);
    const call: RecordedCall = {
      ...incoming,
      seq: ++this.seq,
      status: answer.status,
      outcome: answer.outcome,
      answeredAt: 0,
      ...(answer.conversationId !== undefined ? { conversationId: answer.conversationId } : {}),
      ...(answer.newActivityId !== undefined ? { newActivityId: answer.newActivityId } : {}),
    };

    const write = (): void => {
      this.pending.delete(call.seq);
      call.answeredAt = Date.now();
      this.recorded.push(call);
      const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
      res.writeHead(answer.status, {
        ...(payload ? { 'content-type': 'application/json; charset=utf-8' } : {}),
        'content-length': Buffer.byteLength(payload),
        ...answer.headers,
      });
      res.end(payload);
      for (const waiter of [...this.waiters]) waiter();
      const delivered = deliveredOf(call);
      if (delivered) for (const listener of [...this.deliveryListeners]) listener(delivered);
    };

    const delayMs = this.delayRule && matches(this.delayRule.match, incoming) ? this.delayRule.ms : 0;
    if (delayMs > 0) this.pending.set(call.seq, { call, res, timer: setTimeout(write, delayMs), release: write });
    else write();
  }

  /** Injected faults first (they are decided before any state changes, so a faulted create creates nothing). */
  private decide(call: IncomingCall): Answer {
    const fault = this.faults.find((f) => f.remaining > 0 && matches(f.options.match, call));
    if (fault) {
      fault.remaining -= 1;
      this.faults = this.faults.filter((f) => f.remaining > 0);
      const { status, retryAfterSeconds, body } = fault.options;
      return {
        status,
        outcome: 'fault',
        body: body ?? {
          error: {
            code: status === 429 ? 'TooManyRequests' : 'ServiceError',
            message: `fake connector: injected ${status}`,
          },
        },
        ...(retryAfterSeconds !== undefined ? { headers: { 'retry-after': String(retryAfterSeconds) } } : {}),
      };
    }
    return this.serve(call);
  }

  private serve(call: IncomingCall): Answer {
    const conversationId = call.conversationId ?? '';
    switch (call.operation) {
      case 'createConversation':
        return this.createConversation(asObject(call.body));
      case 'sendToConversation':
      case 'replyToActivity': {
        const id = this.nextActivityId();
        return { status: 200, outcome: 'ok', body: { id }, newActivityId: id };
      }
      case 'updateActivity':
        // The real service echoes the updated activity's id.
        return { status: 200, outcome: 'ok', body: { id: call.activityId }, newActivityId: call.activityId ?? '' };
      case 'deleteActivity':
        return { status: 200, outcome: 'ok' };
      case 'getConversationMembers': {
        const roster = this.rosters.get(conversationId);
        if (!roster) return noRoster(conversationId);
        return { status: 200, outcome: 'ok', body: roster };
      }
      case 'getConversationPagedMembers':
        return this.pagedMembers(conversationId, call.query);
      case 'getConversationMember': {
        const roster = this.rosters.get(conversationId);
        if (!roster) return noRoster(conversationId);
        // Teams accepts either the 29: id or the AAD object id here.
        const member = roster.find((m) => m.id === call.memberId || m.aadObjectId === call.memberId);
        if (!member) return errorAnswer(404, 'not-found', 'MemberNotFoundInConversation', 'Member not found');
        return { status: 200, outcome: 'ok', body: member };
      }
      case 'fetchChannelList': {
        const teamId = call.teamId ?? '';
        const channels = this.teams.get(teamId)?.channels ?? [{ id: teamId, name: 'General' }];
        return { status: 200, outcome: 'ok', body: { conversations: channels } };
      }
      case 'fetchTeamDetails': {
        const teamId = call.teamId ?? '';
        const team = this.teams.get(teamId);
        return {
          status: 200,
          outcome: 'ok',
          body: {
            id: teamId,
            name: team?.name ?? `Fake team ${teamId}`,
            aadGroupId: team?.aadGroupId ?? `fake-group-${teamId}`,
            type: 'standard',
            channelCount: team?.channels?.length ?? 1,
            memberCount: this.rosters.get(teamId)?.length ?? 0,
          },
        };
      }
      case 'unexpected':
        return errorAnswer(404, 'unexpected', 'NotFound', `fake connector: no route for ${call.method} ${call.path}`);
    }
  }

  private createConversation(params: Record<string, unknown>): Answer {
    const channelData = asObject(params.channelData);
    const channelId = asString(asObject(channelData.channel).id);
    const tenantId = asString(params.tenantId) ?? asString(asObject(channelData.tenant).id);
    const members = Array.isArray(params.members) ? params.members.map(asObject).map(toMember) : [];
    const hasActivity = typeof params.activity === 'object' && params.activity !== null;
    const activityId = hasActivity ? this.nextActivityId() : undefined;

    let id: string;
    if (channelId) {
      // A new thread in a channel: Teams names it after the channel and the root message.
      id = `${channelId};messageid=${activityId ?? this.nextActivityId()}`;
    } else if (params.isGroup === true) {
      id = `19:fake-${++this.conversationCounter}@thread.v2`;
    } else {
      const userKey = `${tenantId ?? ''}|${members[0]?.id ?? ''}`;
      id = this.personalByUser.get(userKey) ?? `a:fake-${++this.conversationCounter}`;
      this.personalByUser.set(userKey, id);
    }

    if (!this.conversations.has(id)) {
      this.conversations.set(id, {
        id,
        isGroup: params.isGroup === true || channelId !== undefined,
        ...(channelId ? { channelId } : {}),
        ...(tenantId ? { tenantId } : {}),
        members,
        ...(activityId ? { activityId } : {}),
      });
    }
    // Seed the new chat's roster from what is known about its members elsewhere (e.g. the team roster).
    if (members.length > 0 && !this.rosters.has(id))
      this.setMembers(
        id,
        members.map((m) => this.enrich(m)),
      );

    return {
      status: 201,
      outcome: 'ok',
      body: { id, ...(activityId ? { activityId } : {}) },
      conversationId: id,
      ...(activityId ? { newActivityId: activityId } : {}),
    };
  }

  private pagedMembers(conversationId: string, query: Record<string, string>): Answer {
    const roster = this.rosters.get(conversationId);
    if (!roster) return noRoster(conversationId);
    const pageSize = query.pageSize ? Number(query.pageSize) : this.defaultPageSize;
    const token = query.continuationToken;
    const offset = token === undefined ? 0 : parseToken(token);
    if (!Number.isInteger(pageSize) || pageSize < 1 || offset === undefined || offset > roster.length) {
      return errorAnswer(400, 'bad-request', 'BadArgument', 'bad pageSize or continuationToken');
    }
    const end = offset + pageSize;
    return {
      status: 200,
      outcome: 'ok',
      // Like the real service, the last page carries no continuationToken at all.
      body: {
        members: roster.slice(offset, end),
        ...(end < roster.length ? { continuationToken: `fake-ct-${end}` } : {}),
      },
    };
  }

  private enrich(member: FakeMember): FakeMember {
    for (const roster of this.rosters.values()) {
      const known = roster.find(
        (m) => m.id === member.id || (member.aadObjectId !== undefined && m.aadObjectId === member.aadObjectId),
      );
      if (known) return { ...known, ...member };
    }
    return member;
  }

  private nextActivityId(): string {
    return `fake-activity-${++this.activityCounter}`;
  }
}

/** Creates and starts a fake connector. */
export async function startFakeConnector(options?: FakeConnectorOptions): Promise<FakeConnector> {
  const fake = new FakeConnector(options);
  await fake.start();
  return fake;
}

/**
 * Maps a path to its operation. Splits before decoding, because ids such as `19:x@thread.tacv2;messageid=1` arrive
 * percent-encoded (botbuilder uses encodeURIComponent, so even `/` inside an id is %2F). Empty segments are dropped
 * so a doubled slash from a hand-built URL still routes.
 */
function route(
  method: string,
  pathname: string,
): Pick<IncomingCall, 'operation' | 'conversationId' | 'activityId' | 'memberId' | 'teamId'> {
  let seg: string[];
  try {
    seg = pathname
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s));
  } catch {
    return { operation: 'unexpected' };
  }
  if (seg[0] !== 'v3') return { operation: 'unexpected' };
  const [, collection, id, sub, subId, ...rest] = seg;
  if (rest.length > 0 || id === undefined) {
    return collection === 'conversations' && id === undefined && method === 'POST'
      ? { operation: 'createConversation' }
      : { operation: 'unexpected' };
  }

  if (collection === 'teams' && method === 'GET') {
    if (sub === undefined) return { operation: 'fetchTeamDetails', teamId: id };
    if (sub === 'conversations' && subId === undefined) return { operation: 'fetchChannelList', teamId: id };
    return { operation: 'unexpected' };
  }
  if (collection !== 'conversations') return { operation: 'unexpected' };

  const conversationId = id;
  if (sub === 'activities') {
    if (subId === undefined) {
      return method === 'POST' ? { operation: 'sendToConversation', conversationId } : { operation: 'unexpected' };
    }
    // POST .../activities/history is sendConversationHistory, not a reply to an activity called "history".
    if (subId === 'history') return { operation: 'unexpected', conversationId };
    const byMethod: Record<string, ConnectorOperation> = {
      POST: 'replyToActivity',
      PUT: 'updateActivity',
      DELETE: 'deleteActivity',
    };
    const operation = byMethod[method];
    return operation ? { operation, conversationId, activityId: subId } : { operation: 'unexpected', conversationId };
  }
  if (method !== 'GET') return { operation: 'unexpected', conversationId };
  if (sub === 'members' && subId === undefined) return { operation: 'getConversationMembers', conversationId };
  if (sub === 'members') return { operation: 'getConversationMember', conversationId, memberId: subId };
  if (sub === 'pagedmembers' && subId === undefined)
    return { operation: 'getConversationPagedMembers', conversationId };
  return { operation: 'unexpected', conversationId };
}

function deliveredOf(call: RecordedCall): DeliveredActivity | undefined {
  if (call.outcome !== 'ok' || call.conversationId === undefined || call.newActivityId === undefined) return undefined;
  if (call.operation === 'updateActivity')
    return {
      kind: 'update',
      conversationId: call.conversationId,
      activityId: call.newActivityId,
      activity: asActivity(call.body),
    };
  if (!SEND_OPERATIONS.includes(call.operation)) return undefined;
  const activity =
    call.operation === 'createConversation' ? (asObject(call.body).activity as ActivityBody) : asActivity(call.body);
  return { kind: 'post', conversationId: call.conversationId, activityId: call.newActivityId, activity };
}

function matches(filter: CallFilter | undefined, call: IncomingCall): boolean {
  if (filter === undefined) return true;
  if (typeof filter === 'function') return filter(call);
  if (filter.method !== undefined && filter.method.toUpperCase() !== call.method) return false;
  if (filter.conversationId !== undefined && filter.conversationId !== call.conversationId) return false;
  if (filter.path !== undefined && !filter.path.test(call.path)) return false;
  if (filter.operation !== undefined) {
    const wanted: readonly ConnectorOperation[] =
      typeof filter.operation === 'string' ? [filter.operation] : filter.operation;
    if (!wanted.includes(call.operation)) return false;
  }
  return true;
}

/** The Bot Connector's ErrorResponse shape, which botbuilder's client deserializes into its RestError. */
function errorAnswer(status: number, outcome: CallOutcome, code: string, message: string): Answer {
  return { status, outcome, body: { error: { code, message } } };
}

function noRoster(conversationId: string): Answer {
  return errorAnswer(
    404,
    'not-found',
    'ConversationNotFound',
    `fake connector: no roster for conversation ${conversationId}; call setMembers() in the test`,
  );
}

function parseToken(token: string): number | undefined {
  const match = /^fake-ct-(\d+)$/.exec(token);
  return match ? Number(match[1]) : undefined;
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function asActivity(value: unknown): ActivityBody {
  return asObject(value) as ActivityBody;
}

function toMember(value: Record<string, unknown>): FakeMember {
  const member: FakeMember = { id: asString(value.id) ?? '' };
  for (const key of [
    'name',
    'aadObjectId',
    'userPrincipalName',
    'email',
    'tenantId',
    'givenName',
    'surname',
  ] as const) {
    const field = asString(value[key]);
    if (field !== undefined) member[key] = field;
  }
  return member;
}
