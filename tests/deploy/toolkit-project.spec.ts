import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface Step {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface Project {
  version: string;
  environmentFolderPath?: string;
  provision: Step[];
  deploy: Step[];
  publish?: Step[];
}

function project(file: string): { text: string; yml: Project } {
  const text = read(file);
  return { text, yml: parse(text) as Project };
}

/** `KEY=value` lines of an env file (what the Toolkit reads with dotenv). */
function envFile(name: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of read(`env/.env.${name}`).split(/\r?\n/)) {
    const match = /^([A-Za-z0-9_]+)=(.*)$/.exec(line);
    if (match) values.set(match[1]!, match[2]!);
  }
  return values;
}

/** JSON with comments as VS Code reads it; these files keep their comments on lines of their own. */
const jsonc = (path: string) =>
  JSON.parse(
    read(path)
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n'),
  ) as unknown;

const placeholders = (text: string) => [...text.matchAll(/\$\{\{([A-Za-z0-9_]+)\}\}/g)].map((m) => m[1]!);

/** Variables a step hands back: its writeToEnvironmentFile targets and a script's `::set-teamsfx-env`. */
function written(step: Step): string[] {
  const names = Object.values(step.writeToEnvironmentFile ?? {});
  const run = String(step.with?.run ?? '');
  names.push(...[...run.matchAll(/::set-teamsfx-env ([A-Z0-9_]+)=/g)].map((m) => m[1]!));
  // The secret script makes SECRET_PSEUDONYM_SECRET (scripts/toolkit-secret.mjs).
  if (run.includes('scripts/toolkit-secret.mjs')) names.push('SECRET_PSEUDONYM_SECRET');
  return names;
}

const uses = (steps: Step[]) => steps.map((s) => s.uses);
/** The files a step names that the Toolkit reads (manifests, templates, parameters). */
const inputFiles = (steps: Step[]) =>
  steps.flatMap((s) => {
    const w = s.with ?? {};
    const templates = (w.templates as { path: string; parameters: string }[] | undefined) ?? [];
    return [
      ...(typeof w.manifestPath === 'string' ? [w.manifestPath] : []),
      ...templates.flatMap((t) => [t.path, t.parameters]),
    ];
  });

const SCHEMA =
  /^# yaml-language-server: \$schema=https:\/\/aka\.ms\/m365-agents-toolkits\/(v1\.\d+)\/yaml\.schema\.json$/m;

describe('m365agents.yml (Azure environments)', () => {
  const { text, yml } = project('m365agents.yml');

  it('declares a schema version the Toolkit knows, the same in the header and the file', () => {
    const header = SCHEMA.exec(text);
    expect(header).not.toBeNull();
    expect(yml.version).toBe(header![1]);
    expect(yml.environmentFolderPath).toBe('./env');
  });

  it('provisions the SSO app registration, the Teams app and Azure, then validates and updates the package', () => {
    const steps = uses(yml.provision);
    for (const action of [
      'teamsApp/create',
      'aadApp/create',
      'arm/deploy',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ])
      expect(steps).toContain(action);
    // Order matters: the Application ID URI names the web app's host (arm/deploy), the Bicep needs the client
    // id (aadApp/create) and the Teams app id; the package is validated by Microsoft's rules before it is sent.
    const at = (action: string) => steps.indexOf(action);
    expect(at('aadApp/create')).toBeLessThan(at('arm/deploy'));
    expect(at('teamsApp/create')).toBeLessThan(at('arm/deploy'));
    expect(at('arm/deploy')).toBeLessThan(at('aadApp/update'));
    expect(at('teamsApp/zipAppPackage')).toBeLessThan(at('teamsApp/validateAppPackage'));
    expect(at('teamsApp/validateAppPackage')).toBeLessThan(at('teamsApp/update'));
  });

  it('creates the SSO registration single-tenant and without a client secret', () => {
    const create = yml.provision.find((s) => s.uses === 'aadApp/create')!;
    expect(create.with).toMatchObject({ generateClientSecret: false, signInAudience: 'AzureADMyOrg' });
    expect(create.writeToEnvironmentFile).toMatchObject({
      clientId: 'AAD_APP_CLIENT_ID',
      objectId: 'AAD_APP_OBJECT_ID',
    });
    const update = yml.provision.find((s) => s.uses === 'aadApp/update')!;
    expect(update.with?.manifestPath).toBe('./aad.manifest.json');
  });

  it('deploys the lean artefact with zip deploy to the web app arm/deploy created', () => {
    const steps = yml.deploy;
    const build = steps.find((s) => s.uses === 'cli/runNpmCommand' && /package:server/.test(String(s.with?.args)));
    expect(build).toBeDefined();
    const zip = steps.find((s) => s.uses === 'azureAppService/zipDeploy')!;
    expect(steps.indexOf(build!)).toBeLessThan(steps.indexOf(zip));
    expect(zip.with).toMatchObject({
      artifactFolder: './dist/server',
      resourceId: '${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}',
    });
    // The folder is where package:server writes the artefact, and the Bicep outputs the resource id.
    expect(read('scripts/package-server.mjs')).toMatch(/join\(root, 'dist', 'server'\)/);
    expect(read('infra/main.bicep')).toMatch(/^output BOT_AZURE_APP_SERVICE_RESOURCE_ID string/m);
  });

  it('publishes to the organisation catalogue after the same validation', () => {
    const steps = uses(yml.publish ?? []);
    expect(steps).toEqual(expect.arrayContaining(['teamsApp/validateAppPackage', 'teamsApp/publishAppPackage']));
    expect(steps.indexOf('teamsApp/validateAppPackage')).toBeLessThan(steps.indexOf('teamsApp/publishAppPackage'));
  });
});

describe('m365agents.local.yml (a tunnel-based run in real Teams)', () => {
  const { text, yml } = project('m365agents.local.yml');

  it('declares the same schema version as m365agents.yml', () => {
    expect(SCHEMA.exec(text)?.[1]).toBe(yml.version);
    expect(yml.version).toBe(project('m365agents.yml').yml.version);
  });

  it('registers a bot of its own at the tunnel, the SSO app and the Teams app, and validates the package', () => {
    const steps = uses(yml.provision);
    for (const action of [
      'teamsApp/create',
      'botAadApp/create',
      'botFramework/create',
      'aadApp/create',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ])
      expect(steps).toContain(action);
    const bot = yml.provision.find((s) => s.uses === 'botFramework/create')!;
    expect(bot.with).toMatchObject({ botId: '${{BOT_ID}}', messagingEndpoint: '${{BOT_ENDPOINT}}/api/messages' });
    expect(bot.with?.channels).toEqual([{ name: 'msteams' }]);
  });

  it('writes the server configuration the server accepts (not local-dev mode) for the run', () => {
    const file = yml.deploy.find((s) => s.uses === 'file/createOrUpdateEnvironmentFile')!;
    expect(file.with?.target).toBe('./.localConfigs');
    const envs = file.with?.envs as Record<string, unknown>;
    expect(envs).not.toHaveProperty('LOCAL_DEV');
    // Every name is one the server's config schema reads.
    const schema = read('bot/src/config.ts');
    for (const name of Object.keys(envs)) expect(schema).toMatch(new RegExp(`^ {2}${name}:`, 'm'));
    // It holds the bot's password: git-ignored.
    expect(read('.gitignore').split('\n')).toContain('.localConfigs');
  });

  it('starts the tunnel the provision needs in the VS Code tasks, and the server from .localConfigs', () => {
    const tasks = jsonc('.vscode/tasks.json') as { tasks: Record<string, unknown>[] };
    const tunnel = tasks.tasks.find((t) => t.command === 'debug-start-local-tunnel')!;
    expect(tunnel.args).toMatchObject({
      type: 'dev-tunnel',
      env: 'local',
      ports: [{ portNumber: 3978, writeToEnvironmentFile: { endpoint: 'BOT_ENDPOINT', domain: 'BOT_DOMAIN' } }],
    });
    const start = tasks.tasks.find((t) => t.label === 'Start Teams App Locally')!;
    expect(start.dependsOn).toEqual([
      'Validate prerequisites',
      'Start local tunnel',
      'Provision',
      'Deploy',
      'Start application',
    ]);
    const server = tasks.tasks.find((t) => t.label === 'Start server')!;
    expect(server.command).toMatch(/--env-file=\.localConfigs .*bot\/dist\/main\.js/);
    const launch = jsonc('.vscode/launch.json') as { compounds: { preLaunchTask: string }[] };
    expect(launch.compounds.map((c) => c.preLaunchTask)).toContain('Start Teams App Locally');
  });
});

describe('every variable the Toolkit files use exists in the environment files', () => {
  const cases: [string, string[]][] = [
    ['m365agents.yml', ['dev', 'prod']],
    ['m365agents.local.yml', ['local']],
  ];

  it.each(cases)('%s: its steps and the files they read name only declared variables', (file, envs) => {
    const { text, yml } = project(file);
    const steps = [...yml.provision, ...yml.deploy, ...(yml.publish ?? [])];
    const files = [...new Set(inputFiles(steps))];
    for (const input of files) expect(existsSync(join(ROOT, input))).toBe(true);
    // The manifest's localisation file is filled in the same way.
    const referenced = new Set([
      ...placeholders(text),
      ...files.flatMap((f) => placeholders(read(f))),
      ...placeholders(read('manifest/en.json')),
    ]);
    const producedSecrets = new Set(steps.flatMap(written).filter((n) => n.startsWith('SECRET_')));
    for (const env of envs) {
      const declared = envFile(env);
      const missing = [...referenced].filter(
        // Secrets live in env/.env.<name>.user (git-ignored): a step must make them.
        (name) => (name.startsWith('SECRET_') ? !producedSecrets.has(name) : !declared.has(name)),
      );
      expect({ env, missing }).toEqual({ env, missing: [] });
      // Everything a step writes back is listed (so the committed file documents the environment).
      const undeclared = steps.flatMap(written).filter((name) => !name.startsWith('SECRET_') && !declared.has(name));
      expect({ env, undeclared }).toEqual({ env, undeclared: [] });
      expect(declared.get('TEAMSFX_ENV')).toBe(env);
    }
  });

  it('the tunnel writes the variables the local provision reads', () => {
    const declared = envFile('local');
    expect(declared.has('BOT_ENDPOINT') && declared.has('BOT_DOMAIN')).toBe(true);
  });
});

describe('aad.manifest.json (the tab SSO app registration)', () => {
  const aad = JSON.parse(read('aad.manifest.json')) as {
    id: string;
    appId: string;
    signInAudience: string;
    accessTokenAcceptedVersion: number;
    identifierUris: string[];
    oauth2Permissions: { id: string; value: string; type: string; isEnabled: boolean }[];
    preAuthorizedApplications: { appId: string; permissionIds: string[] }[];
    replyUrlsWithType: { url: string; type: string }[];
  };
  const manifest = JSON.parse(read('manifest/manifest.json')) as {
    webApplicationInfo: { id: string; resource: string };
  };

  it('is the registration aadApp/create made, single-tenant, with v2 tokens', () => {
    expect(aad.id).toBe('${{AAD_APP_OBJECT_ID}}');
    expect(aad.appId).toBe('${{AAD_APP_CLIENT_ID}}');
    expect(aad.signInAudience).toBe('AzureADMyOrg');
    expect(aad.accessTokenAcceptedVersion).toBe(2);
  });

  it('exposes api://<host>/<client id> with the scope access_as_user, as the Teams manifest and the server expect', () => {
    expect(aad.identifierUris).toEqual(['api://${{PUBLIC_HOST}}/${{AAD_APP_CLIENT_ID}}']);
    expect(manifest.webApplicationInfo).toEqual({
      id: '${{AAD_APP_CLIENT_ID}}',
      resource: 'api://${{PUBLIC_HOST}}/${{AAD_APP_CLIENT_ID}}',
    });
    expect(aad.oauth2Permissions).toEqual([
      expect.objectContaining({
        value: 'access_as_user',
        type: 'User',
        isEnabled: true,
        id: '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}',
      }),
    ]);
    // The server accepts tokens for that audience and asks consent for that scope.
    expect(read('bot/src/api/consent-redirect.ts')).toContain(
      'api://${publicUrl.host}/${config.SSO_CLIENT_ID}/access_as_user',
    );
  });

  it('pre-authorises the Teams and Microsoft 365 clients for the scope', () => {
    const clients = new Map(aad.preAuthorizedApplications.map((p) => [p.appId, p.permissionIds]));
    for (const id of [
      '1fec8e78-bce4-4aaf-ab1b-5451cc387264', // Teams desktop and mobile
      '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', // Teams web
      '4765445b-32c6-49b0-83e6-1d93765276ca', // Microsoft 365 web
      '0ec893e0-5785-4de6-99da-4ed124e5296c', // Microsoft 365 desktop
      'd3590ed6-52b3-4102-aeff-aad2292ab01c', // Microsoft 365 mobile, Outlook desktop
      'bc59ab01-8403-45c6-8796-ac3ef710b3e3', // Outlook web
      '27922004-5251-4030-b22d-91ecd9a37ea4', // Outlook mobile
    ])
      expect(clients.get(id)).toEqual(['${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}']);
    expect(aad.preAuthorizedApplications.every((p) => /^[0-9a-f-]{36}$/.test(p.appId))).toBe(true);
  });

  it('answers the consent popup at the tab page that closes it', () => {
    expect(aad.replyUrlsWithType).toContainEqual({ url: 'https://${{PUBLIC_HOST}}/tab/auth-end', type: 'Web' });
    expect(read('bot/src/api/consent-redirect.ts')).toContain('/tab/auth-end');
  });
});

describe('the pseudonym secret step (scripts/toolkit-secret.mjs, as the Toolkit runs it)', () => {
  const run = (argument: string, env: Record<string, string> = {}) => {
    const { SECRET_PSEUDONYM_SECRET: _, ...rest } = process.env;
    return spawnSync(process.execPath, [join(ROOT, 'scripts', 'toolkit-secret.mjs'), argument], {
      env: { ...rest, ...env },
      encoding: 'utf8',
    });
  };

  it('makes a secret when there is none (an unresolved placeholder counts as none)', () => {
    const made = run('${{SECRET_PSEUDONYM_SECRET}}');
    expect(made.status).toBe(0);
    expect(made.stdout.trim()).toMatch(/^::set-teamsfx-env SECRET_PSEUDONYM_SECRET=[A-Za-z0-9_-]{64}$/);
    expect(run('').stdout).not.toBe(made.stdout);
  });

  it('never replaces one that is set, by argument or environment', () => {
    for (const result of [run('k'.repeat(40)), run('', { SECRET_PSEUDONYM_SECRET: 'k'.repeat(40) })]) {
      expect(result.status).toBe(0);
      expect(result.stdout).not.toContain('::set-teamsfx-env');
    }
  });

  it('refuses a secret that is too short, naming the variable', () => {
    const result = run('short');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/SECRET_PSEUDONYM_SECRET is shorter than 32/);
  });
});
