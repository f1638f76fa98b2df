#!/usr/bin/env node
// Builds the Teams app package: fills ${{VAR}} placeholders in manifest/*.json from env/.env.<name> (or the
// process environment), validates the result against the Teams schema bundled with @microsoft/app-manifest
// (offline), and zips it with the icons to manifest/build/appPackage.<name>.zip.
// Usage: npm run manifest:package -- <env name>   (default: dev; reads env/.env.dev, else env/.env.dev.example)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import appManifest from '@microsoft/app-manifest';

const root = join(import.meta.dirname, '..');
const envName = process.argv[2] ?? 'dev';
// --manifest-dir lets tests check a changed copy; the real package is always built from manifest/.
const dirFlag = process.argv.indexOf('--manifest-dir');
const manifestDir = dirFlag > 0 ? process.argv[dirFlag + 1] : join(root, 'manifest');

function readEnvFile(name) {
  for (const file of [join(root, 'env', `.env.${name}`), join(root, 'env', `.env.${name}.example`)]) {
    if (!existsSync(file)) continue;
    const values = {};
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
      const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
      if (match) values[match[1]] = match[2];
    }
    return { file, values };
  }
  return { file: null, values: {} };
}

export function fill(text, values) {
  const missing = new Set();
  const out = text.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (_, key) => {
    if (values[key] === undefined || values[key] === '') missing.add(key);
    return values[key] ?? '';
  });
  return { out, missing: [...missing] };
}

export async function buildPackage(name, overrides = {}) {
  const { file, values } = readEnvFile(name);
  const all = { ...values, ...overrides };
  for (const key of Object.keys(all)) if (process.env[key]) all[key] = process.env[key];
  const files = {};
  const problems = [];
  for (const json of ['manifest.json', 'en-us.json']) {
    const { out, missing } = fill(readFileSync(join(manifestDir, json), 'utf8'), all);
    if (missing.length) problems.push(`${json}: no value for ${missing.join(', ')} (set them in env/.env.${name})`);
    files[json] = new TextEncoder().encode(out);
  }
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
  const failures = await appManifest.AppManifestUtils.validateAgainstSchema(manifest);
  problems.push(...failures.map((f) => `manifest.json: ${f}`));
  for (const icon of ['color.png', 'outline.png']) files[icon] = readFileSync(join(manifestDir, icon));
  return { envFile: file, problems, zip: zipSync(files) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { envFile, problems, zip } = await buildPackage(envName);
  if (problems.length) {
    console.error(`The app package for "${envName}" is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  mkdirSync(join(root, 'manifest', 'build'), { recursive: true });
  const target = join(root, 'manifest', 'build', `appPackage.${envName}.zip`);
  writeFileSync(target, zip);
  console.log(
    `Wrote ${target} (${zip.length} bytes) from ${envFile ?? 'the environment'}; it validates against the Teams schema v1.24.`,
  );
}
