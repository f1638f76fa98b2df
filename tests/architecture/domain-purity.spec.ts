import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Lints a source text as if it were a file in shared/src/domain, with the project's own ESLint config. */
async function lintDomain(source: string): Promise<string[]> {
  const eslint = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const run = spawnSync(
    process.execPath,
    [eslint, '--stdin', '--stdin-filename', 'shared/src/domain/probe.ts', '--format', 'json'],
    {
      cwd: root,
      input: source,
      encoding: 'utf8',
    },
  );
  const [result] = JSON.parse(run.stdout) as {
    messages: { severity: number; ruleId: string | null; message: string }[];
  }[];
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('the domain stays pure (STYLE.md §1)', () => {
  it.each([
    ["import { TableClient } from '@azure/data-tables';", 'no-restricted-imports'],
    ["import { TeamsActivityHandler } from 'botbuilder';", 'no-restricted-imports'],
    ["import restify from 'restify';", 'no-restricted-imports'],
    ["import { useState } from 'react';", 'no-restricted-imports'],
    ["import { Template } from 'adaptivecards-templating';", 'no-restricted-imports'],
    ["import { readFileSync } from 'node:fs';", 'no-restricted-imports'],
    ["import { RowOutbox } from '../storage/row-outbox';", 'no-restricted-imports'],
    // A file in a sub-folder of the domain (handlers/) reaches storage, cards and the app two levels up.
    ["import { RowOutbox } from '../../storage/row-outbox';", 'no-restricted-imports'],
    ["import { KINDS } from '../../cards/kinds/registry';", 'no-restricted-imports'],
    ["import { notificationsFor } from '../../app/notifications';", 'no-restricted-imports'],
    ['export const now = Date.now();', 'no-restricted-syntax'],
    ['export const now = new Date();', 'no-restricted-syntax'],
    ['export const id = Math.random();', 'no-restricted-properties'],
  ])('fails the lint for %s', async (source, rule) => {
    expect(await lintDomain(`${source}\nexport {};\n`)).toContain(rule);
  });

  it('allows pure date arithmetic and zod', async () => {
    expect(
      await lintDomain(
        "import { z } from 'zod';\nexport const d = new Date('2026-01-01');\nexport const s = z.string();\n",
      ),
    ).toEqual([]);
  });
});
