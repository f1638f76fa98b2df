import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const root = join(__dirname, '..', '..');

describe('the Teams app package', () => {
  it('builds from the example environment and validates against the Teams schema offline', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'package-manifest.mjs'), 'dev'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const files = unzipSync(readFileSync(join(root, 'manifest', 'build', 'appPackage.dev.zip')));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.authorization.permissions.resourceSpecific.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['OnlineMeeting.ReadBasic.Chat', 'ChannelMeeting.ReadBasic.Group']),
    );
  });

  it('would catch a schema error (the validator is not a no-op)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    cpSync(join(root, 'manifest'), dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    manifest.bots[0].scopes = ['personal', 'groupchat'];
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const run = spawnSync(
      process.execPath,
      [join(root, 'scripts', 'package-manifest.mjs'), 'dev', '--manifest-dir', dir],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('manifest.json:');
  });

  it('refuses to package with a placeholder left empty', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'package-manifest.mjs'), 'missing-env'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no value for TEAMS_APP_ID');
  });
});
