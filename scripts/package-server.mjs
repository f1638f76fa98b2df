#!/usr/bin/env node
// `npm run package:server`: builds the server and the tab, then assembles the deployable artefact in
// dist/server/ (and dist/server.zip): the files the server's require graph reaches from bot/dist/main.js
// (traced with @vercel/nft: its own JavaScript, the shared package, and of the runtime dependencies only the
// files Node can load, so never the tab's build tools or Fluent UI), plus the built tab. No source maps, type
// declarations, tests or local-dev code; the workspace link to shared/ becomes a real folder. Prints its size.
// Usage: npm run package:server [-- --skip-build] [-- --out <dir>]
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

const root = join(import.meta.dirname, '..');

/** Files no running server needs: maps, declarations, TypeScript sources, build info, docs. */
const DROPPED_FILE = /(\.map|\.d\.[cm]?ts|(?<!\.d)\.[cm]?ts|\.tsbuildinfo|\.md|\.markdown)$/i;
const KEPT_DOC = /^(licen[cs]e|notice|copying)/i;

function run(command, args, cwd = root) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** Builds the TypeScript (tsc -b) and the tab (Vite, without source maps) into tab/dist/web. */
export function build() {
  run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b']);
  run(
    process.execPath,
    [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    join(root, 'tab'),
  );
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Every file the server can load, found by tracing its require graph from bot/dist/main.js with Vercel's
 * node-file-trace (static analysis of require/import, package.json "exports" and computed paths): only the
 * runtime dependencies the server's code reaches, and of each only the files it can load (the CommonJS build
 * of a package that also ships ESM and browser builds). Workspace links resolve to their real folders.
 */
export async function tracedFiles() {
  const { nodeFileTrace } = await import('@vercel/nft');
  // pdfkit loads its standard fonts by a computed require of its package "imports" (#standard-fonts/*), which
  // static tracing can't follow: they are entry points of their own, or the case record's PDF fails in production.
  const fontDir = join(root, 'node_modules', 'pdfkit', 'js', 'standard-fonts');
  const fonts = existsSync(fontDir)
    ? readdirSync(fontDir)
        .filter((f) => f.endsWith('.cjs'))
        .map((f) => join(fontDir, f))
    : [];
  const { fileList, warnings } = await nodeFileTrace([join(root, 'bot', 'dist', 'main.js'), ...fonts], {
    base: root,
    processCwd: root,
    // module-sync: Node 20.19+ and 22.12+ load a package's ESM build through require() under this condition.
    conditions: ['node', 'module-sync'],
  });
  const problems = [...warnings].filter((w) => !/Failed to resolve dependency/.test(String(w.message ?? w)));
  return { files: [...fileList].sort(), problems };
}

/** Where a traced file goes in the artefact: shared/ becomes node_modules/@netvaerk/shared/. */
function targetOf(out, rel) {
  if (rel.startsWith(`shared${sep}`))
    return join(out, 'node_modules', '@netvaerk', 'shared', rel.slice('shared'.length));
  return join(out, rel);
}

function walk(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else files.push(path);
  }
  return files;
}

/** Assembles the artefact from what is built; returns its figures. */
export async function assemble(out) {
  const tabDir = join(root, 'tab', 'dist', 'web');
  if (!existsSync(join(root, 'bot', 'dist', 'main.js'))) throw new Error('bot/dist is not built (run tsc -b)');
  if (!existsSync(join(tabDir, 'index.html'))) throw new Error('tab/dist/web is not built (run the tab build)');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const rootPkg = readJson(join(root, 'package.json'));
  writeFileSync(
    join(out, 'package.json'),
    `${JSON.stringify(
      {
        name: 'netvaerk-server',
        version: rootPkg.version,
        private: true,
        description: 'Netværk for Teams: the deployable server (built by npm run package:server)',
        engines: rootPkg.engines,
        scripts: { start: 'node bot/dist/main.js' },
      },
      null,
      2,
    )}\n`,
  );
  const { files: traced, problems } = await tracedFiles();
  const packages = new Set();
  for (const rel of traced) {
    const source = join(root, rel);
    // Links (node_modules/@netvaerk/*) are traced too; their real files are in the list on their own.
    if (!statSync(source).isFile() || lstatSync(source).isSymbolicLink()) continue;
    const name = rel.split(sep).pop();
    if (DROPPED_FILE.test(name) && !KEPT_DOC.test(name)) continue;
    const target = targetOf(out, rel);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(source, target);
    const pkg = /^(.*node_modules[\\/](@[^\\/]+[\\/])?[^\\/]+)/.exec(rel);
    if (pkg) packages.add(pkg[1]);
  }
  for (const file of walk(tabDir)) {
    if (DROPPED_FILE.test(file)) continue;
    const target = join(out, relative(root, file));
    mkdirSync(dirname(target), { recursive: true });
    cpSync(file, target);
  }

  const files = walk(out);
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const entries = {};
  for (const f of files) entries[relative(out, f).split(sep).join('/')] = readFileSync(f);
  const zip = zipSync(entries, { level: 6 });
  const zipFile = `${out}.zip`;
  writeFileSync(zipFile, zip);
  return { out, zipFile, files: files.length, bytes, zipBytes: zip.length, packages: packages.size, problems };
}

const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const outFlag = process.argv.indexOf('--out');
  const out = outFlag > 0 ? process.argv[outFlag + 1] : join(root, 'dist', 'server');
  if (!process.argv.includes('--skip-build')) build();
  const figures = await assemble(out);
  for (const p of figures.problems) console.warn(`trace: ${p.message ?? p}`);
  console.log(
    `Wrote ${relative(root, figures.out) || figures.out}: ${figures.files} files, ${mb(figures.bytes)} ` +
      `(${figures.packages} runtime packages); ${relative(root, figures.zipFile) || figures.zipFile}: ${mb(figures.zipBytes)}.`,
  );
  console.log(`Start it with: node bot/dist/main.js (from ${relative(root, figures.out) || figures.out})`);
}
