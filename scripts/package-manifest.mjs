#!/usr/bin/env node
// Builds the Teams app package without the Toolkit (the Toolkit's teamsApp/zipAppPackage does the same in
// m365agents.yml): fills ${{VAR}} placeholders in manifest/*.json from env/.env.<name> (the process environment
// wins), refuses placeholder ids outside `local`, validates the manifest and each localisation file against the
// Teams schemas bundled with @microsoft/app-manifest (offline), and zips them with the icons to
// manifest/build/appPackage.<name>.zip.
// Usage: npm run manifest:package -- <env name>   (default: dev; reads env/.env.dev, filled by provisioning)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import appManifest from '@microsoft/app-manifest';

const root = join(import.meta.dirname, '..');
const flag = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const envName = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'dev';
// --manifest-dir and --env-dir let tests check changed copies; the real package is built from manifest/ and env/.
const manifestDir = flag('--manifest-dir') ?? join(root, 'manifest');
const envDir = flag('--env-dir') ?? join(root, 'env');

/** Ids Teams and Entra hand out at provisioning; outside `local` a placeholder here is always a mistake. */
export const PROVISIONED_IDS = ['TEAMS_APP_ID', 'BOT_ID', 'AAD_APP_CLIENT_ID'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLACEHOLDER_GUID = /^0{8}-0{4}-0{4}-0{4}-0{12}$/;

export function readEnvFile(dir, name) {
  const file = join(dir, `.env.${name}`);
  if (!existsSync(file)) return { file: null, values: {} };
  const values = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([A-Za-z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (match) values[match[1]] = match[2];
  }
  return { file, values };
}

export function fill(text, values) {
  const missing = new Set();
  const out = text.replace(/\$\{\{([A-Za-z0-9_]+)\}\}/g, (_, key) => {
    if (values[key] === undefined || values[key] === '') missing.add(key);
    return values[key] ?? '';
  });
  return { out, missing: [...missing] };
}

/** Problems with the values themselves: placeholder or malformed ids, a non-https address. */
export function checkValues(name, values) {
  const problems = [];
  if (name === 'local') return problems;
  for (const key of PROVISIONED_IDS) {
    const value = values[key] ?? '';
    if (!value) continue; // reported as a missing value
    if (PLACEHOLDER_GUID.test(value) || !GUID.test(value))
      problems.push(
        `${key}: "${value}" is a placeholder, not an id from provisioning (run the Toolkit's provision for "${name}")`,
      );
  }
  const url = values.PUBLIC_URL ?? '';
  if (url && !/^https:\/\/[^/\s]+$/.test(url)) problems.push(`PUBLIC_URL: must be https://<host> without a path`);
  if (url && values.PUBLIC_HOST && new URL(url).host !== values.PUBLIC_HOST)
    problems.push(`PUBLIC_HOST: "${values.PUBLIC_HOST}" is not the host of PUBLIC_URL`);
  return problems;
}

/**
 * A validator for the localisation schema bundled with @microsoft/app-manifest for this manifest version, with
 * the same draft-04 validator the package uses for manifests. Its key patterns (`activities.activityTypes\[…\]`)
 * are not valid under the `u` flag, hence unicodeRegExp: false.
 */
function localizationValidator(manifestVersion) {
  const pkg = createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json');
  const file = join(
    dirname(pkg),
    'build',
    'json-schemas',
    'teams',
    `v${manifestVersion}`,
    'MicrosoftTeams.Localization.schema.json',
  );
  if (!existsSync(file)) throw new Error(`no bundled localisation schema for manifest version ${manifestVersion}`);
  const fromPackage = createRequire(pkg);
  const Ajv = fromPackage('ajv-draft-04');
  const addFormats = fromPackage('ajv-formats');
  const ajv = new (Ajv.default ?? Ajv)({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  (addFormats.default ?? addFormats)(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
  return (data) =>
    validate(data)
      ? []
      : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

/** A localisation key such as `bots[0].commandLists[0].commands[1].title` must name a string of the manifest. */
function resolvesInManifest(manifest, key) {
  let node = manifest;
  for (const part of key.match(/[^.[\]]+/g) ?? []) {
    if (node === undefined || node === null) return false;
    node = node[/^\d+$/.test(part) ? Number(part) : part];
  }
  return typeof node === 'string';
}

export async function buildPackage(name, overrides = {}) {
  const { file, values } = readEnvFile(envDir, name);
  const problems = [];
  if (!file)
    problems.push(
      `env/.env.${name} does not exist: provision the "${name}" environment first (docs/deploy.md); packaging never falls back to example values`,
    );
  const all = { ...values, ...overrides };
  for (const [key, value] of Object.entries(process.env))
    if (value && /^[A-Z0-9_]+$/.test(key) && key in all) all[key] = value;
  const raw = JSON.parse(readFileSync(join(manifestDir, 'manifest.json'), 'utf8'));
  const languages = raw.localizationInfo?.additionalLanguages ?? [];
  const files = {};
  const needed = new Set();
  for (const json of ['manifest.json', ...languages.map((l) => l.file)]) {
    const text = readFileSync(join(manifestDir, json), 'utf8');
    for (const m of text.matchAll(/\$\{\{([A-Za-z0-9_]+)\}\}/g)) needed.add(m[1]);
    const { out, missing } = fill(text, all);
    if (missing.length) problems.push(`${json}: no value for ${missing.join(', ')} (set them in env/.env.${name})`);
    files[json] = new TextEncoder().encode(out);
  }
  problems.push(...checkValues(name, Object.fromEntries([...needed].map((k) => [k, all[k]]))));
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
  const failures = await appManifest.AppManifestUtils.validateAgainstSchema(manifest);
  problems.push(...failures.map((f) => `manifest.json: ${f}`));
  const validateLocalization = localizationValidator(manifest.manifestVersion);
  for (const { file: json, languageTag } of languages) {
    const localization = JSON.parse(new TextDecoder().decode(files[json]));
    const errors = validateLocalization(localization);
    problems.push(...errors.map((e) => `${json}: ${e}`));
    for (const key of Object.keys(localization).filter((k) => k !== '$schema' && k !== 'localizationKeys'))
      if (!resolvesInManifest(manifest, key)) problems.push(`${json}: "${key}" names nothing in manifest.json`);
    if (/-/.test(languageTag)) problems.push(`manifest.json: language tag "${languageTag}": use a language-only tag`);
  }
  for (const icon of ['color.png', 'outline.png']) files[icon] = readFileSync(join(manifestDir, icon));
  return { envFile: file, problems, zip: zipSync(files), manifest };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { envFile, problems, zip, manifest } = await buildPackage(envName);
  if (problems.length) {
    console.error(`The app package for "${envName}" is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  const outDir = flag('--out-dir') ?? join(root, 'manifest', 'build');
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, `appPackage.${envName}.zip`);
  writeFileSync(target, zip);
  console.log(
    `Wrote ${target} (${zip.length} bytes) from ${envFile}; manifest and localisation validate against the Teams schema v${manifest.manifestVersion}.`,
  );
}
