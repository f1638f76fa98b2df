import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, parseConfig } from '../../bot/src/config';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The block after `marker {` up to its matching `}` (Bicep objects nest with braces). */
function blockAfter(text: string, marker: RegExp): string {
  const start = text.search(marker);
  if (start < 0) throw new Error(`not found: ${marker}`);
  const open = text.indexOf('{', start);
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return text.slice(open + 1, i);
  }
  throw new Error(`unclosed block after ${marker}`);
}

/** The app settings the Bicep gives the web app: `NAME: value` lines of the sites/config 'appsettings' resource. */
function bicepAppSettings(): Map<string, string> {
  const resource = blockAfter(read('infra/modules/app.bicep'), /resource \w+ 'Microsoft\.Web\/sites\/config@/);
  expect(resource).toMatch(/name: 'appsettings'/);
  const properties = blockAfter(resource, /properties:/);
  const settings = new Map<string, string>();
  for (const line of properties.split('\n')) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*):\s*(.+?)\s*$/.exec(line);
    if (match) settings.set(match[1]!, match[2]!);
  }
  return settings;
}

/** The variables the server's config schema reads (the keys of `const schema = z.object({ … })`). */
function configVariables(): Set<string> {
  const object = blockAfter(read('bot/src/config.ts'), /const schema = z\.object\(/);
  return new Set([...object.matchAll(/^ {2}([A-Za-z_][A-Za-z0-9_]*):/gm)].map((m) => m[1]!));
}

/** Settings the platform or an SDK reads, not the server's config, each with why it is set. */
const READ_BY_PLATFORM: Record<string, string> = {
  AZURE_CLIENT_ID: 'DefaultAzureCredential (@azure/identity) picks the user-assigned identity by it',
  WEBSITE_RUN_FROM_PACKAGE: 'App Service runs the deployed zip read-only',
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'App Service must not build the artefact again',
};

/** What a Bicep expression becomes at deployment, for the variables whose value is not a literal. */
const DEPLOYED_VALUES: Record<string, string> = {
  MicrosoftAppId: '11111111-1111-1111-1111-111111111111',
  MicrosoftAppTenantId: '22222222-2222-2222-2222-222222222222',
  STORAGE_TABLE_ENDPOINT: 'https://netvaerkstabc.table.core.windows.net/',
  // App Service resolves the Key Vault reference to the secret, which the Bicep requires to be ≥ 32 characters.
  PSEUDONYM_SECRET: 'k'.repeat(32),
  PUBLIC_URL: 'https://netvaerk-dev-abc.azurewebsites.net',
  SSO_CLIENT_ID: '33333333-3333-3333-3333-333333333333',
  TEAMS_APP_ID: '55555555-5555-5555-5555-555555555555',
  SSO_TENANT_IDS: '22222222-2222-2222-2222-222222222222',
  BOT_TENANT_IDS: '22222222-2222-2222-2222-222222222222',
  ADMIN_OBJECT_IDS: '',
  APPLICATIONINSIGHTS_CONNECTION_STRING:
    'InstrumentationKey=44444444-4444-4444-4444-444444444444;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/',
  AZURE_CLIENT_ID: '11111111-1111-1111-1111-111111111111',
};

/** The environment App Service gives the server: literals as they are, expressions as deployed. */
function deployedEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, expression] of bicepAppSettings()) {
    const literal = /^'([^'$]*)'$/.exec(expression);
    if (literal) env[name] = literal[1]!;
    else if (name in DEPLOYED_VALUES) env[name] = DEPLOYED_VALUES[name]!;
    else throw new Error(`${name} = ${expression}: add the value it has once deployed to DEPLOYED_VALUES`);
  }
  return env;
}

describe('the Bicep and the server configuration agree', () => {
  it('sets only variables the server reads, or that the platform reads for it', () => {
    const read = configVariables();
    const stale = [...bicepAppSettings().keys()].filter((name) => !read.has(name) && !(name in READ_BY_PLATFORM));
    expect(stale).toEqual([]);
  });

  it('sets every variable the server requires outside local development: the config parses as deployed', () => {
    const env = deployedEnvironment();
    expect(env.LOCAL_DEV).toBeUndefined();
    expect(() => parseConfig(env)).not.toThrow();
    const config = parseConfig(env);
    expect(config.MicrosoftAppType).toBe('UserAssignedMSI');
    expect(config.BOT_TENANT_IDS.length).toBeGreaterThan(0);
    expect(config.APPLICATIONINSIGHTS_CONNECTION_STRING).not.toBe('');
  });

  it('would notice a required variable missing from the Bicep (BOT_TENANT_IDS)', () => {
    const { BOT_TENANT_IDS: _dropped, ...env } = deployedEnvironment();
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(/BOT_TENANT_IDS/);
  });

  it('references the pseudonym secret from Key Vault with the identity that may read it', () => {
    expect(bicepAppSettings().get('PSEUDONYM_SECRET')).toMatch(/^'@Microsoft\.KeyVault\(SecretUri=\$\{\w+\}\)'$/);
    const app = read('infra/modules/app.bicep');
    expect(app).toMatch(/keyVaultReferenceIdentity: identityId/);
    const vault = read('infra/modules/keyvault.bicep');
    expect(vault).toContain("'4633458b-17de-408a-b874-0445c86b69e6'"); // Key Vault Secrets User
    expect(vault).toMatch(/enableRbacAuthorization: true/);
  });

  it('runs Node 22 LTS with the health check on /healthz', () => {
    const app = read('infra/modules/app.bicep');
    expect(app).toContain("linuxFxVersion: 'NODE|22-lts'");
    expect(app).toContain("healthCheckPath: '/healthz'");
    expect(app).toContain("appCommandLine: 'node bot/dist/main.js'");
  });

  it('puts everything in the EU by default, the bot with EU data residency', () => {
    expect(read('infra/main.bicep')).toMatch(/param location string = 'westeurope'/);
    expect(read('infra/main.bicep')).toMatch(/param botLocation string = 'westeurope'/);
  });

  it('passes every module parameter that has no default, and every module file exists', () => {
    const main = read('infra/main.bicep');
    for (const match of main.matchAll(/^module (\w+) '([^']+)'/gm)) {
      const [, symbol, path] = match;
      expect(existsSync(join(ROOT, 'infra', path!))).toBe(true);
      const required = [...read(join('infra', path!)).matchAll(/^param (\w+) \w+\s*$/gm)].map((m) => m[1]!);
      const given = blockAfter(blockAfter(main, new RegExp(`^module ${symbol} `, 'm')), /params:/);
      const missing = required.filter((p) => !new RegExp(`\\b${p}:`).test(given));
      expect({ module: symbol, missing }).toEqual({ module: symbol, missing: [] });
    }
  });

  it('fills every parameter of main.bicep that has no default from main.parameters.json', () => {
    const main = read('infra/main.bicep');
    const required = [...main.matchAll(/^param (\w+) \w+\s*$/gm)].map((m) => m[1]!);
    const parameters = Object.keys(JSON.parse(read('infra/main.parameters.json')).parameters);
    expect(required.filter((p) => !parameters.includes(p))).toEqual([]);
    const declared = [...main.matchAll(/^param (\w+) /gm)].map((m) => m[1]!);
    expect(parameters.filter((p) => !declared.includes(p))).toEqual([]);
  });
});
