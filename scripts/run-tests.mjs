#!/usr/bin/env node
// Runs the gates (typecheck, lint, format) and every test (jest, with Azurite started by jest's global setup) and ends with the plain summary line
// "N passed, N failed", computed from jest's JSON report, which CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const report = join(root, 'test-results', 'jest.json');
mkdirSync(join(root, 'test-results'), { recursive: true });

// The build gates first: a type error or a lint error (including an impure import in the domain) fails the run.
const gates = [
  ['typecheck', [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b']],
  ['lint', [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '.']],
  ['format', [join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--check', '.', '--log-level', 'warn']],
];
let gatesPassed = 0;
let gatesFailed = 0;
for (const [name, gateArgs] of gates) {
  console.log(`> ${name}`);
  const gate = spawnSync(process.execPath, gateArgs, { cwd: root, stdio: 'inherit' });
  if (gate.status === 0) gatesPassed++;
  else {
    gatesFailed++;
    console.log(`${name} failed`);
  }
}

const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const args = [jest, '--json', `--outputFile=${report}`, ...process.argv.slice(2)];
const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });

let passed = gatesPassed;
let failed = gatesFailed;
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests;
  // A suite that fails to load has no failed tests of its own: count it, so it can't hide.
  failed += result.numFailedTests + result.numRuntimeErrorTestSuites;
} else {
  failed += 1;
}
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
