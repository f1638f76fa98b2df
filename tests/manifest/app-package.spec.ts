import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

const root = join(__dirname, '..', '..');
const PROVISIONED = {
  TEAMS_APP_ID: '6f1c2a9e-3b7d-4c1e-9a2f-1d2e3f4a5b6c',
  BOT_ID: '7a1c2a9e-3b7d-4c1e-9a2f-1d2e3f4a5b6c',
  AAD_APP_CLIENT_ID: '8b1c2a9e-3b7d-4c1e-9a2f-1d2e3f4a5b6c',
  PUBLIC_URL: 'https://netvaerk-dev.azurewebsites.net',
  PUBLIC_HOST: 'netvaerk-dev.azurewebsites.net',
};
const ZEROS = '00000000-0000-0000-0000-000000000000';

/** An env folder with one env file, as provisioning leaves it. */
function envDir(name: string, values: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'env-'));
  writeFileSync(
    join(dir, `.env.${name}`),
    Object.entries(values)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
  return dir;
}

function packageFor(name: string, dir: string, extra: string[] = []) {
  const out = mkdtempSync(join(tmpdir(), 'package-'));
  const run = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'package-manifest.mjs'), name, '--env-dir', dir, '--out-dir', out, ...extra],
    { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
  );
  return { run, zip: join(out, `appPackage.${name}.zip`) };
}

/** A copy of manifest/ changed by `edit`, to show the validation bites. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edited JSON

function changedManifestDir(edit: (files: { manifest: Json; en: Json }) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  cpSync(join(root, 'manifest'), dir, { recursive: true });
  const files = {
    manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')),
    en: JSON.parse(readFileSync(join(dir, 'en.json'), 'utf8')),
  };
  edit(files);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(files.manifest));
  writeFileSync(join(dir, 'en.json'), JSON.stringify(files.en));
  return dir;
}

describe('the Teams app package', () => {
  it('builds for a provisioned environment and validates manifest and localisation offline', () => {
    const { run, zip } = packageFor('dev', envDir('dev', PROVISIONED));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const files = unzipSync(readFileSync(zip));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest.id).toBe(PROVISIONED.TEAMS_APP_ID);
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.developer.privacyUrl).toBe(`${PROVISIONED.PUBLIC_URL}/privacy`);
    expect(manifest.developer.termsOfUseUrl).toBe(`${PROVISIONED.PUBLIC_URL}/terms`);
    expect(manifest.webApplicationInfo).toEqual({
      id: PROVISIONED.AAD_APP_CLIENT_ID,
      resource: `api://${PROVISIONED.PUBLIC_HOST}/${PROVISIONED.AAD_APP_CLIENT_ID}`,
    });
  });

  it('localises into English with a language-only tag (Danish is the default)', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'manifest', 'manifest.json'), 'utf8'));
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'da',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
  });

  it('asks only for the RSC permissions the code uses (meeting events, participant events, the stage)', () => {
    // The bot reads meeting chat rosters with the Bot Framework's conversation members API, which needs no RSC
    // (RSC permissions are for Microsoft Graph); meeting start/end events need the two ReadBasic permissions,
    // participant join/leave events OnlineMeetingParticipant.Read.Chat, and sharing the side panel's page to the
    // stage MeetingStage.Write.Chat (ChannelMeetingStage.Write.Group in channel meetings), delegated.
    const manifest = JSON.parse(readFileSync(join(root, 'manifest', 'manifest.json'), 'utf8'));
    expect(manifest.authorization.permissions.resourceSpecific.map((p: { name: string }) => p.name).sort()).toEqual([
      'ChannelMeeting.ReadBasic.Group',
      'ChannelMeetingStage.Write.Group',
      'MeetingStage.Write.Chat',
      'OnlineMeeting.ReadBasic.Chat',
      'OnlineMeetingParticipant.Read.Chat',
    ]);
    const stageTab = manifest.configurableTabs[0].context;
    expect(stageTab).toEqual(expect.arrayContaining(['meetingSidePanel', 'meetingStage']));
  });

  it('refuses placeholder ids outside local, naming each', () => {
    const zeros = { ...PROVISIONED, TEAMS_APP_ID: ZEROS, BOT_ID: ZEROS, AAD_APP_CLIENT_ID: ZEROS };
    const { run } = packageFor('dev', envDir('dev', zeros));
    expect(run.status).toBe(1);
    for (const key of ['TEAMS_APP_ID', 'BOT_ID', 'AAD_APP_CLIENT_ID'])
      expect(run.stderr).toContain(`${key}: "${ZEROS}" is a placeholder`);
  });

  it('packages placeholder ids for local', () => {
    const zeros = { ...PROVISIONED, TEAMS_APP_ID: ZEROS, BOT_ID: ZEROS, AAD_APP_CLIENT_ID: ZEROS };
    expect(packageFor('local', envDir('local', zeros)).run.status).toBe(0);
  });

  it('refuses an environment that has not been provisioned, never falling back to examples', () => {
    const missingFile = packageFor('staging', envDir('dev', PROVISIONED));
    expect(missingFile.run.status).toBe(1);
    expect(missingFile.run.stderr).toContain('env/.env.staging does not exist');
    // The committed env/.env.dev is empty until provisioning fills it.
    const unprovisioned = packageFor('dev', join(root, 'env'));
    expect(unprovisioned.run.status).toBe(1);
    expect(unprovisioned.run.stderr).toContain('no value for TEAMS_APP_ID');
  });

  it('would catch a manifest schema error (the validator is not a no-op)', () => {
    const dir = changedManifestDir(({ manifest }) => (manifest.bots[0].scopes = ['personal', 'groupchat']));
    const { run } = packageFor('dev', envDir('dev', PROVISIONED), ['--manifest-dir', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('manifest.json:');
  });

  it('would catch a localisation error: a too long name, a key naming nothing, a region tag', () => {
    const dir = changedManifestDir(({ manifest, en }) => {
      en['name.short'] = 'A name far longer than thirty characters';
      en['staticTabs[7].name'] = 'Nothing';
      manifest.localizationInfo.additionalLanguages[0].languageTag = 'en-us';
    });
    const { run } = packageFor('dev', envDir('dev', PROVISIONED), ['--manifest-dir', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('en.json: /name.short');
    expect(run.stderr).toContain('en.json: "staticTabs[7].name" names nothing in manifest.json');
    expect(run.stderr).toContain('language tag "en-us": use a language-only tag');
  });

  it('translates every command and static tab name', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'manifest', 'manifest.json'), 'utf8'));
    const en = JSON.parse(readFileSync(join(root, 'manifest', 'en.json'), 'utf8'));
    const expected = [
      'name.short',
      'name.full',
      'description.short',
      'description.full',
      ...manifest.staticTabs.map((_: unknown, i: number) => `staticTabs[${i}].name`),
      ...manifest.bots[0].commandLists[0].commands.flatMap((_: unknown, i: number) => [
        `bots[0].commandLists[0].commands[${i}].title`,
        `bots[0].commandLists[0].commands[${i}].description`,
      ]),
    ];
    expect(
      Object.keys(en)
        .filter((k) => k !== '$schema')
        .sort(),
    ).toEqual(expected.sort());
  });
});
