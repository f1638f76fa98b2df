import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Lints a source text as if it were the given file, with the project's own ESLint config; returns the rules hit. */
function lintAs(filename: string, source: string): string[] {
  const eslint = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const run = spawnSync(process.execPath, [eslint, '--stdin', '--stdin-filename', filename, '--format', 'json'], {
    cwd: root,
    input: `${source}\nexport {};\n`,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as { messages: { severity: number; ruleId: string | null }[] }[];
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? 'parse error');
}

const RULE = 'no-restricted-imports';

describe('the layers the linter keeps (STYLE.md §15, issue 12)', () => {
  it.each([
    ['tab/src/pages/probe.tsx', "import type { MeDto } from '../../../bot/src/api/api-types';"],
    ['tab/src/pages/probe.tsx', "import { startServer } from '@netvaerk/bot/server';"],
    ['tab/src/pages/probe.tsx', "import { TurnContext } from 'botbuilder';"],
    ['bot/src/app/probe.ts', "import { TurnContext } from 'botbuilder';"],
    ['bot/src/api/probe.ts', "import { ConnectorClient } from 'botframework-connector';"],
    ['shared/src/cards/probe.ts', "import { CardFactory } from 'botbuilder';"],
    ['bot/src/app/probe.ts', "import { RowLinks } from '@netvaerk/shared/storage/row-links';"],
    ['bot/src/api/probe.ts', "import { RowOutbox } from '@netvaerk/shared/storage/row-outbox';"],
    ['shared/src/domain/probe.ts', "import { RowOutbox } from '../storage/row-outbox';"],
    ['bot/src/app/probe.ts', "import { ConcurrencyError } from '@netvaerk/shared/storage/storage-errors';"],
    ['bot/src/app/meetings/probe.ts', "import { RowLease } from '@netvaerk/shared/storage/row-lease';"],
    ['bot/src/app/probe.ts', "import { RowLinks } from '../../../shared/src/storage/row-links';"],
    [
      'bot/src/api/views/probe.ts',
      "import type { RowNetworkRepository } from '@netvaerk/shared/storage/row-network-repository';",
    ],
    // Concrete storage is refused everywhere in the bot but bot/src/composition.ts, and in shared/src/app.
    ['bot/src/records/probe.ts', "import { RowOutbox } from '@netvaerk/shared/storage/row-outbox';"],
    ['bot/src/local/probe.ts', "import { RowOutbox } from '@netvaerk/shared/storage/row-outbox';"],
    ['bot/src/composition-probe.ts', "import { RowOutbox } from '@netvaerk/shared/storage/row-outbox';"],
    ['bot/src/server.ts', "import type { PartitionStore } from '@netvaerk/shared/storage/partition-store';"],
    ['bot/src/transport/probe.ts', "import { RowOutbox } from '@netvaerk/shared/storage/row-outbox';"],
    ['shared/src/app/probe.ts', "import { RowOutbox } from '../storage/row-outbox';"],
    ['shared/src/app/probe.ts', "import { ConcurrencyError } from '../storage/storage-errors';"],
    // The records rules stay pure, from any depth.
    ['shared/src/records/probe.ts', "import { RowOutbox } from '../storage/row-outbox';"],
    ['shared/src/records/deep/probe.ts', "import { KINDS } from '../../cards/kinds/registry';"],
  ])('refuses, in %s: %s', (file, source) => {
    expect(lintAs(file, source)).toContain(RULE);
  });

  it.each([
    ['bot/src/transport/probe.ts', "import { TurnContext } from 'botbuilder';"],
    ['bot/src/composition.ts', "import { RowOutbox } from '@netvaerk/shared/storage/row-outbox';"],
    ['shared/src/app/probe.ts', "import { ConcurrencyError } from '../domain/concurrency-error';"],
    ['tab/src/pages/probe.tsx', "import type { MeDto } from '@netvaerk/shared/api/api-types';"],
    ['bot/src/app/probe.ts', "import type { OutboxStore } from '@netvaerk/shared/domain/outbox';"],
    ['bot/src/app/probe.ts', "import { ConcurrencyError } from '@netvaerk/shared/domain/concurrency-error';"],
    ['bot/src/app/probe.ts', "import type { Lease, MeetingLinks } from '@netvaerk/shared/domain/repository';"],
  ])('allows, in %s: %s', (file, source) => {
    expect(lintAs(file, source)).not.toContain(RULE);
  });
});
