import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .default('false')
  .transform((v) => v === 'true' || v === '1');

/** A comma-separated list, trimmed, without empty entries. */
const listOf = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    );
const list = listOf('');

/**
 * Teams' Bot Connector hosts (public cloud, GCC, GCC High, DoD), from Microsoft's documentation of the service
 * URLs Teams sends; a bot only ever needs to call these back.
 */
export const TEAMS_SERVICE_HOSTS = [
  'smba.trafficmanager.net',
  'smba.infra.gcc.teams.microsoft.com',
  'smba.infra.gov.teams.microsoft.us',
  'smba.infra.dod.teams.microsoft.us',
];

/** Every environment variable the server reads, parsed once at start-up (docs: README, "Configuration"). */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default('127.0.0.1'),
  LOCAL_DEV: bool,
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().default(''),
  STORAGE_CONNECTION_STRING: z.string().default(''),
  STORAGE_TABLE_ENDPOINT: z.url().optional(),
  TABLE_PREFIX: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,20}$/, 'letters and digits, starting with a letter')
    .or(z.literal(''))
    .default(''),
  PSEUDONYM_SECRET: z.string().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // The poll scans every network's open rows (a query over the whole table): it is only for what no kick
  // announces (another instance's crash, its lease run out), so it is slow; changes and retries kick at once.
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(10000),
  /** How long a claimed outbox row is reserved for its sender before another instance may take it over. */
  OUTBOX_LEASE_MS: z.coerce.number().int().min(100).default(30_000),
  /** The base of the outbox's exponential backoff between attempts (jittered, never shorter than Retry-After). */
  OUTBOX_BACKOFF_MS: z.coerce.number().int().min(10).default(1000),
  /** Whether this instance sends the outbox (an instance can serve requests only, e.g. while scaling). */
  OUTBOX_DISPATCH: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
  REFLECTION_REMINDER_AFTER_HOURS: z.coerce.number().min(0).default(4),
  REFLECTION_SUMMARY_AFTER_HOURS: z.coerce.number().min(0).default(24),
  /** This server instance's name in leases (defaults to a random one per start). */
  INSTANCE_ID: z.string().default(''),
  PUBLIC_URL: z.url().optional(),
  /**
   * The Teams app's id, for the deep links from cards to the network's tab: the manifest's id for an uploaded
   * app, the organisation catalogue's id once published there. Empty: cards link to no tab.
   */
  TEAMS_APP_ID: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID (the Teams app id)')
    .or(z.literal(''))
    .default(''),
  /** Entra object ids allowed to set up the configuration while no network director is set. */
  ADMIN_OBJECT_IDS: list,
  /** The tab's Entra app registration (Teams SSO): its client id; the API accepts tokens issued for it. */
  SSO_CLIENT_ID: z.string().default(''),
  /** Tenants whose users may use the tab API, comma-separated (Entra tenant ids). */
  SSO_TENANT_IDS: list,
  /** Where the signing keys are; `{tid}` is the token's tenant. Tests point it at a JWKS on loopback. */
  SSO_JWKS_URL: z.string().default('https://login.microsoftonline.com/{tid}/discovery/v2.0/keys'),
  /** The v2 issuer; `{tid}` is the token's tenant. The v1 issuer (sts.windows.net) is accepted too. */
  SSO_ISSUER: z.string().default('https://login.microsoftonline.com/{tid}/v2.0'),
  /** Tenants whose users may use the bot, comma-separated (required outside local development). */
  BOT_TENANT_IDS: list,
  /**
   * Hosts the bot may call back (an activity's serviceUrl), comma-separated; a leading `*.` matches subdomains.
   * Defaults to Teams' service URLs; in local development loopback is allowed as well.
   */
  BOT_SERVICE_URL_HOSTS: listOf(TEAMS_SERVICE_HOSTS.join(',')),
  /** Where the Bot Connector's OpenID metadata is (sovereign clouds; tests serve their own on loopback). */
  BOT_OPENID_METADATA_URL: z.url().optional(),
  /** How long inbound authentication (OpenID metadata, signing keys) may take before the request is refused. */
  BOT_AUTH_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  /** Log each bot request's storage round trips (the benchmark reads them; off in production). */
  LOG_STORAGE_ROUND_TRIPS: bool,
  /** The longest any single outbound call (Bot Connector, storage) may take before it counts as failed. */
  OUTBOUND_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** The built tab (Vite output) served at /tab/; defaults to tab/dist/web in the repository. */
  TAB_DIST_DIR: z.string().optional(),
  /**
   * Application Insights (requests, outgoing calls and every log line, through Azure Monitor OpenTelemetry);
   * telemetry is off, and its packages are never loaded, while this is empty.
   */
  APPLICATIONINSIGHTS_CONNECTION_STRING: z
    .string()
    .regex(
      /(^|;)\s*InstrumentationKey=[^;]+/i,
      'must be an Application Insights connection string (InstrumentationKey=…)',
    )
    .or(z.literal(''))
    .default(''),
});

/**
 * Rules across variables, checked on the raw environment even when a single variable is already wrong, so one
 * run names every problem.
 */
function crossCheck(env: Record<string, string | undefined>): string[] {
  const localDev = env.LOCAL_DEV === 'true' || env.LOCAL_DEV === '1';
  const appId = env.MicrosoftAppId ?? '';
  const appType = env.MicrosoftAppType || 'MultiTenant';
  const problems: string[] = [];
  if (!appId && !localDev)
    problems.push(
      'MicrosoftAppId: is empty, which turns off authentication of incoming requests: allowed only with LOCAL_DEV=true',
    );
  if (appId && appType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword)
    problems.push(`MicrosoftAppPassword: is required for MicrosoftAppType=${appType}`);
  if (appType !== 'MultiTenant' && !env.MicrosoftAppTenantId)
    problems.push(`MicrosoftAppTenantId: is required for MicrosoftAppType=${appType}`);
  // Local development turns off authentication and lets a header pick the user: never next to anything real.
  if (localDev) {
    const real = [
      ['MicrosoftAppId', appId],
      ['MicrosoftAppPassword', env.MicrosoftAppPassword],
      ['SSO_CLIENT_ID', env.SSO_CLIENT_ID],
      ['SSO_TENANT_IDS', env.SSO_TENANT_IDS],
      ['STORAGE_TABLE_ENDPOINT', env.STORAGE_TABLE_ENDPOINT],
    ].filter(([, value]) => value?.trim());
    for (const [name] of real)
      problems.push(`LOCAL_DEV: must not be true together with ${name} (local development has no authentication)`);
  } else if (!env.BOT_TENANT_IDS?.trim()) {
    problems.push('BOT_TENANT_IDS: is required outside local development (the tenants whose users may use the bot)');
  }
  if (!env.STORAGE_CONNECTION_STRING && !env.STORAGE_TABLE_ENDPOINT)
    problems.push('STORAGE_CONNECTION_STRING: or STORAGE_TABLE_ENDPOINT (managed identity) must be set');
  if (!localDev && (env.PSEUDONYM_SECRET ?? '').length < 32)
    problems.push('PSEUDONYM_SECRET: must be at least 32 characters outside local development');
  // The tab API needs both halves of SSO or neither (then every token is refused, and the bot still works).
  if (env.SSO_CLIENT_ID && !env.SSO_TENANT_IDS?.trim())
    problems.push('SSO_TENANT_IDS: is required with SSO_CLIENT_ID (the tenants whose users may use the tab)');
  if (env.SSO_TENANT_IDS?.trim() && !env.SSO_CLIENT_ID)
    problems.push("SSO_CLIENT_ID: is required with SSO_TENANT_IDS (the tab's app registration)");
  for (const name of ['SSO_JWKS_URL', 'SSO_ISSUER'] as const) {
    const value = env[name];
    if (value && !/^https?:\/\/[^\s]+$/.test(value.replace('{tid}', 'x')))
      problems.push(`${name}: must be an http(s) URL, with {tid} where the tenant id goes`);
  }
  return problems;
}

export type ServerConfig = z.infer<typeof schema>;

/** A configuration problem, with the variables it names. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; a bad or missing variable stops start-up with a message naming it. */
export function parseConfig(env: Record<string, string | undefined>): ServerConfig {
  const result = schema.safeParse(env);
  const problems = [
    ...(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '(config)'}: ${i.message}`)),
    ...crossCheck(env),
  ];
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const config = result.data;
  // Local development gets a fixed pseudonymisation secret so anonymous answers survive restarts.
  if (!config.PSEUDONYM_SECRET) config.PSEUDONYM_SECRET = 'local-development-secret-not-for-production';
  return config;
}
