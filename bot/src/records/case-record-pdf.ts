import { BODY_NAMES } from '@netvaerk/shared/domain/routing';
import { PHASE_NAMES } from '@netvaerk/shared/domain/lifecycle';
import { type MessageKey, MESSAGES, t } from '@netvaerk/shared/i18n/messages';
import type {
  CaseRecord,
  RecordDecision,
  RecordPerson,
  RecordSection,
} from '@netvaerk/shared/records/case-record-schema';
import { PdfWriter } from './pdf-layout';

const da = (key: MessageKey, params: Record<string, string | number> = {}) => t('da', key, params);
const date = (iso: string) =>
  new Date(iso).toLocaleDateString('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long' });
const dateTime = (iso: string) =>
  new Date(iso).toLocaleString('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' });
/** A catalogue label for a stored value (an outcome, a role), or the value itself when there is none. */
const labelOf = (prefix: string, value: string) => {
  const key = `${prefix}.${value}`;
  return key in MESSAGES ? da(key as MessageKey) : value;
};
const yesNo = (b: boolean) => da(b ? 'record.yes' : 'record.no');
const name = (p: RecordPerson) => p.name;

function recordedLine(d: RecordDecision): string {
  const when = dateTime(d.at);
  if (!d.recordedBy) return da('record.recordedBySystem', { date: when });
  if (d.recordedBy.erased) return da('record.recordedByErased', { date: when });
  return da('record.recordedBy', { name: d.recordedBy.name, date: when });
}

function ruleLine(d: RecordDecision): string {
  if (!d.rule) return '';
  return d.rule.kind === 'person'
    ? da('record.rule.person')
    : da('record.rule.quorum', { quorum: d.rule.quorum, members: d.rule.members });
}

function writeDecision(pdf: PdfWriter, d: RecordDecision): void {
  pdf.subheading(`${labelOf('record.kind', d.kind)}: ${labelOf('record.outcome', d.outcome)}`);
  pdf.field(da('record.decisionId'), d.id, 8);
  if (d.body) pdf.field(da('record.body'), BODY_NAMES[d.body].da, 8);
  pdf.field(da('record.rule'), ruleLine(d), 8);
  pdf.field(da('record.subject'), d.subject, 8);
  pdf.paragraph(recordedLine(d), { indent: 8 });
  if (d.reasons.length) pdf.field(da('record.reasons'), d.reasons.join(' · '), 8);
  if (d.votes.length) {
    pdf.listLabel(`${da('record.votes')}:`, 8);
    for (const v of d.votes) {
      const who = v.by.erased ? 'en slettet bruger' : v.by.name;
      pdf.bullet(
        `${labelOf('record.outcome', v.outcome)}: ${who}, ${dateTime(v.at)}${v.reason ? ` (${v.reason})` : ''}`,
        20,
      );
    }
  }
}

function writeDecisions(pdf: PdfWriter, record: CaseRecord, section: RecordSection): number {
  const ds = record.decisions.filter((d) => d.section === section);
  for (const d of ds) writeDecision(pdf, d);
  return ds.length;
}

function titlePage(pdf: PdfWriter, r: CaseRecord): void {
  const n = r.network;
  pdf.title(da('record.title')).subtitle(n.name);
  pdf.field(da('record.type'), `${da(`type.${n.type}`)}${n.track ? ` · ${da(`track.${n.track}`)}` : ''}`);
  pdf.field(
    da('record.period'),
    n.period ? `${date(n.period.startDate)} – ${date(n.period.endDate)}` : da('record.noPeriod'),
  );
  pdf.field(da('record.caseStatus'), da(`record.status.${n.caseStatus}`));
  pdf.field(da('record.phase'), PHASE_NAMES[n.phase].da);
  pdf.field(da('record.networkId'), n.id);
  pdf.field(da('record.generatedAt'), dateTime(r.generatedAt));
  pdf.field(da('record.schema'), r.schemaVersion);
  pdf.space(1).paragraph(da('record.subtitle'), { muted: true });
}

function ideaSection(pdf: PdfWriter, r: CaseRecord): void {
  pdf.heading(da('record.section.idea'));
  pdf.field(da('field.purpose'), r.idea.purpose);
  pdf.field(da('field.background'), r.idea.background);
  pdf.field(da('record.originatorGroup'), r.idea.originatorGroup);
  pdf.paragraph(da('record.submittedBy', { name: name(r.idea.submittedBy), date: dateTime(r.idea.submittedAt) }));
  writeDecisions(pdf, r, 'idea');
}

function contractSection(pdf: PdfWriter, r: CaseRecord): void {
  pdf.heading(da('record.section.contract'));
  if (!r.contract.length) pdf.paragraph(da('record.none'), { muted: true });
  for (const c of r.contract) {
    pdf.subheading(
      `${da('record.contractVersion', { phase: c.phase, version: c.version })}, ${da(c.locked ? 'record.locked' : 'record.draft')}`,
    );
    pdf.paragraph(da('record.editedBy', { name: name(c.editedBy), date: dateTime(c.editedAt) }), {
      indent: 8,
      muted: true,
    });
    for (const f of c.fields) if (f.key !== 'parties') pdf.field(f.label, f.value, 8);
    if (c.parties.length) pdf.field(da('record.parties'), c.parties.join(', '), 8);
    if (c.acknowledgements.length) {
      pdf.listLabel(`${da('record.acknowledgements')}:`, 8);
      for (const a of c.acknowledgements)
        pdf.bullet(
          da('record.acknowledgement', { as: BODY_NAMES[a.as].da, name: name(a.by), date: dateTime(a.at) }),
          20,
        );
    }
  }
}

function participantsSection(pdf: PdfWriter, r: CaseRecord): void {
  pdf.heading(da('record.section.participants'));
  const people = r.composition.participants;
  if (!people.length) pdf.paragraph(da('record.none'), { muted: true });
  for (const p of people) {
    const who = p.organisation ? `${p.name}, ${p.organisation}` : p.name;
    pdf.bullet(
      da('record.participant', {
        name: who,
        role: labelOf('record.role', p.role),
        status: labelOf('tab.status', p.status),
      }),
    );
  }
  if (r.composition.kickoffHeldOn) pdf.paragraph(da('record.kickoff', { date: date(r.composition.kickoffHeldOn) }));
  writeDecisions(pdf, r, 'participants');
}

function meetingsSection(pdf: PdfWriter, r: CaseRecord): void {
  pdf.heading(da('record.section.meetings'));
  if (!r.meetings.length) pdf.paragraph(da('record.none'), { muted: true });
  for (const m of r.meetings) {
    pdf.subheading(da('record.meeting', { title: m.title, date: m.endedAt ? date(m.endedAt) : '' }));
    pdf.paragraph(da('record.meeting.answers', { answered: m.answered, expected: m.expected }), { indent: 8 });
    pdf.paragraph(
      m.aggregatesShown
        ? da('record.meeting.aggregates', {
            value: m.averageValue ?? '–',
            working: m.averageWorkingWell ?? '–',
            change: m.changeFormYes ?? 0,
          })
        : da('record.meeting.hidden'),
      { indent: 8 },
    );
  }
}

function closingSection(pdf: PdfWriter, r: CaseRecord): void {
  pdf.heading(da('record.section.closing'));
  const c = r.closingReflection;
  if (c)
    pdf.paragraph(
      c.aggregatesShown
        ? da('record.closingReflection', { answered: c.answered, average: c.averageSatisfaction ?? '–' })
        : da('record.closingReflectionHidden', { answered: c.answered }),
    );
  if (r.stories.length) {
    pdf.subheading(da('record.stories'));
    for (const s of r.stories) {
      pdf.field(da('record.story', { title: s.title, forWhom: s.forWhom }), s.value, 8);
    }
  }
  const rec = r.closingRecommendation;
  if (rec) {
    pdf.subheading(da('record.closingRecommendation'));
    pdf.paragraph(
      da('record.closingRecommendation.line', {
        continue: yesNo(rec.continueNetwork),
        form: yesNo(rec.sameForm),
        participants: yesNo(rec.sameParticipants),
      }),
      { indent: 8 },
    );
    pdf.paragraph(rec.reasoning, { indent: 8 });
  }
  for (const x of r.extensions) {
    pdf.subheading(da('record.extension', { from: date(x.previousEndDate), to: date(x.newEndDate) }));
    pdf.field(da('record.decisionId'), x.decisionId, 8);
    for (const e of x.evaluation) pdf.field(e.label, e.value, 8);
  }
  const decisions = writeDecisions(pdf, r, 'closing');
  if (!c && !r.stories.length && !rec && !decisions) pdf.paragraph(da('record.none'), { muted: true });
}

function anchoringSection(pdf: PdfWriter, r: CaseRecord): void {
  pdf.heading(da('record.section.anchoring'));
  const a = r.anchoring;
  if (a) {
    pdf.field(da('record.experiences'), a.experiences);
    pdf.subheading(da('record.anchoringRecommendations'));
    for (const rec of a.recommendations) {
      const published =
        rec.approvedForPublication === null
          ? ''
          : `, ${da(rec.approvedForPublication ? 'record.publication.approved' : 'record.publication.notApproved')}`;
      pdf.bullet(`${rec.text} (${da(`record.path.${rec.path}`)}${published})`);
    }
  }
  const decisions = writeDecisions(pdf, r, 'anchoring');
  if (!a && !decisions) pdf.paragraph(da('record.none'), { muted: true });
}

/** The case record as a printable Danish A4 PDF: a title page, then one section per phase, page numbers. */
export function caseRecordPdf(record: CaseRecord): Promise<Buffer> {
  const pdf = new PdfWriter({ title: `${da('record.title')}: ${record.network.name}`, subject: da('record.subtitle') });
  titlePage(pdf, record);
  pdf.newPage();
  ideaSection(pdf, record);
  pdf.heading(da('record.section.decision'));
  if (!writeDecisions(pdf, record, 'decision')) pdf.paragraph(da('record.none'), { muted: true });
  pdf.heading(da('record.section.leader'));
  if (record.network.leader) pdf.field(da('record.leader'), record.network.leader.name);
  if (!writeDecisions(pdf, record, 'leader') && !record.network.leader)
    pdf.paragraph(da('record.none'), { muted: true });
  contractSection(pdf, record);
  participantsSection(pdf, record);
  meetingsSection(pdf, record);
  closingSection(pdf, record);
  anchoringSection(pdf, record);
  return pdf.finish(`${da('record.title')}: ${record.network.name}`, (page, pages) =>
    da('record.page', { page, pages }),
  );
}
