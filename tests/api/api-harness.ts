import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, type JWTHeaderParameters, SignJWT } from 'jose';
import { parseConfig } from '../../bot/src/config';
import { createLogger } from '../../bot/src/logger';
import { type RunningServer, startServer } from '../../bot/src/server';
import { isDomainError } from '../../shared/src/domain/errors';
import type { Network } from '../../shared/src/domain/network';
import {
  actor,
  orgConfig,
  PEOPLE,
  type Persona,
  STAGES,
  stepsTo,
  type TypeCase,
} from '../../shared/src/testing/domain-fixtures';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/azurite-env';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector';

export const CLIENT_ID = '6b1a1e5c-0d0e-4b7a-9d1a-7a2f3c4d5e6f';
export const PUBLIC_HOST = 'netvaerk.example.org';
export const TENANT = PEOPLE.director.tenantId;
export const OTHER_TENANT = 'tenant-elsewhere';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

/** A stand-in for Entra's key endpoint on loopback: serves one JWKS at /{tid}/discovery/v2.0/keys. */
async function startJwks(jwk: JWK): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.url?.endsWith('/discovery/v2.0/keys')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export interface TokenOptions {
  claims?: Record<string, unknown>;
  audience?: string;
  issuer?: string;
  expiresIn?: string | number;
  /** `nbf`, in seconds since the epoch. */
  notBefore?: number;
  key?: KeyPair['privateKey'];
  /** Protected header fields over the default `{ alg: 'RS256', kid: 'test-key', typ: 'JWT' }`. */
  header?: Partial<JWTHeaderParameters>;
  /** Claims to leave out, including the registered ones (`exp`, `iss`, `aud`, `iat`). */
  omit?: string[];
}

/**
 * The real server with SSO configured against a JWKS served on loopback, the shared test Azurite and a fake
 * Bot Connector; the directory and configuration hold the demo personas.
 */
export class ApiHarness {
  private constructor(
    readonly server: RunningServer,
    /** The fake Bot Connector every persona's messages go to (faults can be injected on it). */
    readonly connector: FakeConnector,
    private readonly jwks: Server,
    private readonly keys: KeyPair,
    readonly strangerKey: KeyPair['privateKey'],
    /** What the JWKS serves: the public half of the key that signs genuine tokens. */
    readonly publicJwk: JWK,
  ) {}

  static async start(
    options: { localDev?: boolean; tabDistDir?: string; env?: Record<string, string> } = {},
  ): Promise<ApiHarness> {
    const keys = await generateKeyPair('RS256');
    const stranger = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    const jwks = await startJwks(jwk);
    const connector = await startFakeConnector();
    const env: Record<string, string> = {
      PORT: '0',
      STORAGE_CONNECTION_STRING: azuriteConnectionString(),
      TABLE_PREFIX: uniqueTablePrefix(),
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      OUTBOX_POLL_MS: '200',
      PUBLIC_URL: `https://${PUBLIC_HOST}`,
      SSO_JWKS_URL: `${jwks.url}/{tid}/discovery/v2.0/keys`,
      ...(options.tabDistDir ? { TAB_DIST_DIR: options.tabDistDir } : {}),
      // Local development may not be combined with SSO or a bot registration (the server refuses to start).
      ...(options.localDev
        ? { LOCAL_DEV: 'true' }
        : {
            MicrosoftAppId: 'app-id',
            MicrosoftAppPassword: 'secret',
            PSEUDONYM_SECRET: 'x'.repeat(40),
            BOT_TENANT_IDS: TENANT,
            SSO_CLIENT_ID: CLIENT_ID,
            SSO_TENANT_IDS: `${TENANT}, tenant-second`,
          }),
      ...options.env,
    };
    const server = await startServer(parseConfig(env), createLogger(env.LOG_LEVEL!));
    const harness = new ApiHarness(server, connector, jwks.server, keys, stranger.privateKey, jwk);
    await harness.seed();
    return harness;
  }

  private async seed(): Promise<void> {
    const { directory, config } = this.server.services;
    for (const persona of Object.keys(PEOPLE) as Persona[]) {
      await directory.rememberPerson({
        ...PEOPLE[persona],
        teamsId: `29:${PEOPLE[persona].objectId}`,
        serviceUrl: this.connector.url,
        locale: 'da-DK',
        personalConversationId: `a:personal-${PEOPLE[persona].objectId}`,
      });
    }
    await config.save(orgConfig(), null);
  }

  get url(): string {
    return this.server.url;
  }

  /** A Teams SSO token as Entra issues it for the tab's app, for a persona; every part can be overridden. */
  async token(persona: Persona, options: TokenOptions = {}): Promise<string> {
    const p = PEOPLE[persona];
    const claims: Record<string, unknown> = {
      oid: p.objectId,
      tid: p.tenantId,
      name: p.name,
      scp: 'access_as_user',
      ...options.claims,
    };
    const omit = new Set(options.omit ?? []);
    for (const claim of omit) delete claims[claim];
    const tid = String(claims.tid ?? p.tenantId);
    const jwt = new SignJWT(claims).setProtectedHeader({
      alg: 'RS256',
      kid: 'test-key',
      typ: 'JWT',
      ...options.header,
    });
    if (!omit.has('iss')) jwt.setIssuer(options.issuer ?? `https://login.microsoftonline.com/${tid}/v2.0`);
    if (!omit.has('aud')) jwt.setAudience(options.audience ?? `api://${PUBLIC_HOST}/${CLIENT_ID}`);
    if (!omit.has('iat')) jwt.setIssuedAt();
    if (!omit.has('exp')) jwt.setExpirationTime(options.expiresIn ?? '1h');
    if (options.notBefore !== undefined) jwt.setNotBefore(options.notBefore);
    return jwt.sign(options.key ?? this.keys.privateKey);
  }

  /** A request to the API; `as` signs a valid token for a persona unless headers say otherwise. */
  async call(
    method: 'GET' | 'POST',
    path: string,
    options: { as?: Persona; headers?: Record<string, string>; body?: unknown } = {},
  ): Promise<{ status: number; body: Record<string, unknown>; text: string }> {
    const headers: Record<string, string> = {
      ...(options.as ? { authorization: `Bearer ${await this.token(options.as)}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    };
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await response.text();
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // Not JSON (the static tab): the text is what the test reads.
    }
    return { status: response.status, body, text };
  }

  /** Brings a network to a lifecycle stage through the real service, as tests/bot's `arrange` does. */
  async arrange(
    tc: TypeCase,
    stage: (typeof STAGES)[number],
    networkId = `n${randomUUID().slice(0, 8)}`,
    name?: string,
  ) {
    let n: Network | null = null;
    for (const step of stepsTo(tc, stage, networkId)) {
      const input = step.input(n);
      // The demo leader leads many networks here: the director's logged override lets the third one through.
      const override = input.type === 'nominateLeader' ? { overrideReason: 'Demonstrationsdata' } : {};
      // A name of its own, so pages listing several arranged networks read like the real thing.
      const named = input.type === 'submitIdea' && name ? { name } : {};
      const result = await this.server.services.service.execute(
        { commandId: randomUUID(), networkId, ...input, ...override, ...named },
        actor(step.who),
      );
      if (isDomainError(result)) throw new Error(`arrange: ${input.type} failed with ${result.code}`);
      n = result.network;
    }
    return n!;
  }

  /** Runs one command as a persona through the service (set-up, not the API under test). */
  async run(persona: Persona, networkId: string, input: Record<string, unknown>): Promise<Network> {
    const result = await this.server.services.service.execute(
      { commandId: randomUUID(), networkId, ...input },
      actor(persona),
    );
    if (isDomainError(result)) throw new Error(`${String(input.type)} failed with ${result.code}`);
    return result.network;
  }

  async stop(): Promise<void> {
    await this.server.close();
    await this.connector.stop();
    await new Promise<void>((r) => this.jwks.close(() => r()));
  }
}
