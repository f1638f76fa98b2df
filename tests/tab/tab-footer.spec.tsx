/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { CaseRecordExportButton } from '../../tab/src/components/records/case-record-export-button';
import { TabFooter } from '../../tab/src/components/tab-footer';
import { fakeApi, ME, renderInTab } from './tab-test-kit';

// The tab shows the records entry points by the server's answer (the domain's rule), not by restating it from
// the roles: a consultant-like flag without the permission shows nothing, the permission alone shows both.
describe('the records entry points follow MeDto.mayExportCaseRecords', () => {
  it('shows the records page link and the export button to whom the API says may export', () => {
    const me = { ...ME, mayExportCaseRecords: true };
    renderInTab(
      <>
        <TabFooter />
        <CaseRecordExportButton networkId="n1" name="Netværket" />
      </>,
      { api: fakeApi({}).api, me },
    );
    expect(screen.getByRole('link', { name: 'Journalisering og persondata' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Eksportér til journalisering/ })).toBeTruthy();
  });

  it('hides both when the API says no, whatever the roles say', () => {
    const me = { ...ME, director: true, consultant: true, mayExportCaseRecords: false };
    renderInTab(
      <>
        <TabFooter />
        <CaseRecordExportButton networkId="n1" name="Netværket" />
      </>,
      { api: fakeApi({}).api, me },
    );
    expect(screen.queryByRole('link', { name: 'Journalisering og persondata' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Eksportér til journalisering/ })).toBeNull();
    expect(screen.getByRole('link', { name: /privatliv/i })).toBeTruthy();
  });
});
