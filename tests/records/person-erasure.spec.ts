import { randomUUID } from 'node:crypto';
import { personKey } from '../../shared/src/domain/types';
import { decodeKeyPart, TABLES, type TableName } from '../../shared/src/storage/keys';
import { ERASED_TENANT, TOMBSTONE_NAME } from '../../shared/src/records/tombstone';
import { actor, orgConfig, PEOPLE, TENANT, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { caseRecordPdf } from '../../bot/src/records/case-record-pdf';
import { freshTableStore } from '../support/azurite-env';
import { folded, pdfText } from '../support/pdf-text';
import { guidPerson, recordsOn } from './records-fixture';

const welfare = TYPE_CASES[2]!;
const answer = (meetingId: string, comment: string) => ({
  type: 'answerReflection' as const,
  meetingId,
  value: 4,
  valueComment: comment,
  workingWell: 5,
  workingWellComment: '',
  changeForm: false,
  suggestion: '',
});

describe("a person's data: found in every table, and erased from every table (GDPR art. 15 and 17)", () => {
  it('stores Erik in every role, erases him, and a scan of every entity of every table finds none of his ids or names', async () => {
    const store = freshTableStore();
    const s = await recordsOn(store);
    const erik = guidPerson('Erik Eksempelsen', TENANT);
    const teamsId = `29:${randomUUID()}`;
    const chat = `a:${randomUUID()}`;
    await s.directory.rememberPerson({
      ...erik,
      teamsId,
      serviceUrl: 'https://smba.example',
      personalConversationId: chat,
      locale: 'da-DK',
    });
    // Network A (named reflections): Erik is a participant who answers and tells a story at the close.
    await s.networkAtStage(welfare, 'active', 'a');
    const invited = await s.must('leader', 'a', { type: 'inviteParticipant', person: erik, role: 'participant' });
    const erikInA = invited.participants.find((p) => p.kind === 'internal' && p.person.objectId === erik.objectId)!;
    await s.must(erik, 'a', { type: 'respondToInvitation', participantId: erikInA.id, accept: true });
    await s.must('leader', 'a', { type: 'linkMeeting', meetingId: 'm-a', title: 'Møde 1', chatId: '19:meeting-a' });
    await s.must('leader', 'a', {
      type: 'endMeeting',
      meetingId: 'm-a',
      attendeeKeys: [personKey(erik), personKey(PEOPLE.participant)],
    });
    await s.must(erik, 'a', answer('m-a', 'Godt møde, skriver Erik Eksempelsen'));
    await s.must('leader', 'a', { type: 'startClosingReflection' });
    await s.must(erik, 'a', { type: 'addStory', title: 'Eriks historie', value: 'Værdi', forWhom: 'Borgerne' });

    // Network B (anonymous reflections): Erik's answer carries no identity and stays.
    await s.networkAtStage(welfare, 'active', 'b');
    const inB = await s.must('leader', 'b', { type: 'inviteParticipant', person: erik, role: 'participant' });
    const erikInB = inB.participants.find((p) => p.kind === 'internal' && p.person.objectId === erik.objectId)!;
    await s.must(erik, 'b', { type: 'respondToInvitation', participantId: erikInB.id, accept: true });
    await s.must('leader', 'b', { type: 'updateSettings', anonymousReflections: true });
    await s.must('leader', 'b', { type: 'linkMeeting', meetingId: 'm-b', title: 'Møde B', chatId: '19:meeting-b' });
    await s.must('leader', 'b', { type: 'endMeeting', meetingId: 'm-b' });
    await s.must(erik, 'b', answer('m-b', 'Anonym kommentar'));
    await s.must('participant', 'b', answer('m-b', ''));
    await s.must('leader', 'b', answer('m-b', ''));

    // Erik is a consultant and a member of the heads' forum (he votes) besides everything he does in networks.
    const { etag } = await s.config.load();
    const base = orgConfig();
    await s.config.save(
      {
        ...base,
        consultants: [...base.consultants, erik],
        forums: {
          ...base.forums,
          headsForum: { ...base.forums.headsForum, members: [PEOPLE.headsForum, erik, PEOPLE.headsForum2], quorum: 2 },
        },
      },
      etag,
    );

    // Network C: Erik proposed it, voted on it in the heads' forum, was nominated and appointed its leader.
    await s.must(erik, 'c', {
      type: 'submitIdea',
      name: 'Eriks idé',
      networkType: 'welfare',
      purpose: 'Bedre overgange',
      background: 'Behov',
      originatorGroup: 'Erik Eksempelsens team',
    });
    await s.must('director', 'c', {
      type: 'recommendIdea',
      outcome: 'recommend',
      reason: 'God idé fra Erik Eksempelsen',
    });
    await s.must('headsForum2', 'c', { type: 'decideIdea', outcome: 'approve' });
    await s.must(erik, 'c', { type: 'decideIdea', outcome: 'approve', reason: 'Jeg støtter' });
    await s.must('director', 'c', { type: 'nominateLeader', person: erik });
    // The heads' forum's quorum of two applies to the leader decision too.
    await s.must('headsForum', 'c', { type: 'decideLeader', outcome: 'approve' });
    await s.must('headsForum2', 'c', { type: 'decideLeader', outcome: 'approve' });

    // The records log knows him too: he exported network A as a consultant.
    await (await s.records.exportZip(['a'], actor(erik, 'tab'), { networks: 'a' })).resume();

    const secrets = [erik.objectId, personKey(erik), erik.name, teamsId, chat];
    const scan = async () => {
      const hits: string[] = [];
      for (const table of Object.keys(TABLES) as TableName[]) {
        for (const row of await store.scan(table, '', '\u007f')) {
          const keys = [row.partitionKey, row.rowKey].map((k) => k.split('~').map(decodeKeyPart).join('~'));
          const text = `${keys.join(' ')} ${row.rowKey} ${JSON.stringify(row.properties)}`.toLowerCase();
          for (const secret of secrets)
            if (text.includes(secret.toLowerCase())) hits.push(`${table}/${keys.join('/')}: ${secret}`);
        }
      }
      return hits;
    };

    // Art. 15: everything stored about him, across the tables.
    const before = await scan();
    const { json, pdf } = await s.records.personData(erik, actor('director', 'tab'));
    const places = (json as { places: { table: string }[] }).places;
    expect(new Set(places.map((p) => p.table))).toEqual(
      new Set(['networks', 'config', 'leaders', 'directory', 'records']),
    );
    expect(places.length).toBeGreaterThanOrEqual(new Set(before.map((h) => h.split(':')[0])).size);
    const pdfPages = await pdfText(pdf);
    expect(folded(pdfPages.pages.map((p) => p.text).join(' '))).toContain('Eriks historie');

    const anonymousBefore = await s.networks.reflectionAnswers('b', 'm-b');
    const decisionBefore = (await s.networks.load('c'))!.network.decision!;

    // Art. 17.
    const result = await s.records.erase(erik, actor('director', 'tab'));
    expect(result.rowsChanged + result.rowsDeleted).toBeGreaterThan(10);
    expect(await scan()).toEqual([]);

    // Decisions and aggregates stay, recorded by a deleted user; the anonymous answers stay as they were.
    const c = (await s.networks.load('c'))!.network;
    expect(c.decision!.votes!.map((v) => v.outcome)).toEqual(decisionBefore.votes!.map((v) => v.outcome));
    expect(c.decision!.votes![1]!.by).toMatchObject({ tenantId: ERASED_TENANT, name: TOMBSTONE_NAME });
    expect(c.originator.name).toBe(TOMBSTONE_NAME);
    expect(c.leader?.name).toBe(TOMBSTONE_NAME);
    expect(c.originatorGroup).toBe(`${TOMBSTONE_NAME}s team`);
    expect(await s.networks.reflectionAnswers('b', 'm-b')).toHaveLength(anonymousBefore.length);
    expect((await s.networks.reflectionAnswers('a', 'm-a'))[0]).toMatchObject({
      value: 4,
      person: { name: TOMBSTONE_NAME },
    });
    const record = (await s.records.caseRecord('c'))!;
    const erasedVote = record.decisions.find((d) => d.kind === 'decision' && d.votes.length === 2)!;
    expect(erasedVote.votes.map((v) => v.by.erased)).toEqual([false, true]);
    expect(erasedVote.recordedBy).toMatchObject({ erased: true, name: TOMBSTONE_NAME });
    const leaderNomination = record.decisions.find((d) => d.kind === 'leaderNomination')!;
    expect(leaderNomination.subject).toBe(TOMBSTONE_NAME);
    const text = folded((await pdfText(await caseRecordPdf(record))).pages.map((p) => p.text).join(' '));
    expect(text).toContain('Registreret af en slettet bruger');
    // The configuration no longer gives the erased person a role.
    const { config } = await s.config.load();
    expect(config.consultants.map((p) => p.name)).toEqual([PEOPLE.consultant.name]);
    expect(config.forums.headsForum.members.map((p) => p.name)).toEqual([
      PEOPLE.headsForum.name,
      PEOPLE.headsForum2.name,
    ]);
    // The erasure is audited, without the erased data (the scan above covers the records table too).
    const events = await s.records.events();
    expect(events.find((e) => e.kind === 'personErased')).toMatchObject({
      by: { name: PEOPLE.director.name },
      networkIds: [],
      details: { rowsChanged: result.rowsChanged, rowsDeleted: result.rowsDeleted },
    });
  });
});
