import { Checkbox, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { NETWORK_TYPES } from '@netvaerk/shared/domain/types';
import type { NetworkSummaryDto } from '@netvaerk/shared/api/api-types';
import { phaseLabel } from '../app/labels';
import type { OverviewFilter } from '../app/overview-filter';
import { useText } from '../app/tab-context';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
});

/** Search, type and status filters, and "only those waiting for a decision". */
export function OverviewFilters({
  filter,
  onChange,
  networks,
}: {
  filter: OverviewFilter;
  onChange: (f: OverviewFilter) => void;
  networks: NetworkSummaryDto[];
}) {
  const { t, locale } = useText();
  const phases = [...new Set(networks.map((n) => n.phase))];
  return (
    <div className={useStyles().bar} role="search">
      <Field label={t('tab.overview.filter')}>
        <Input type="search" value={filter.text} onChange={(_e, d) => onChange({ ...filter, text: d.value })} />
      </Field>
      <Field label={t('tab.overview.type')}>
        <Select value={filter.type} onChange={(_e, d) => onChange({ ...filter, type: d.value })}>
          <option value="">{t('tab.overview.allTypes')}</option>
          {NETWORK_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`type.${type}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('tab.overview.status')}>
        <Select value={filter.phase} onChange={(_e, d) => onChange({ ...filter, phase: d.value })}>
          <option value="">{t('tab.overview.allPhases')}</option>
          {phases.map((phase) => (
            <option key={phase} value={phase}>
              {phaseLabel(phase, locale)}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        checked={filter.onlyPending}
        onChange={(_e, d) =>
          // Only the waiting networks: then the longest wait first.
          onChange(
            d.checked === true
              ? { ...filter, onlyPending: true, sort: 'pending', descending: false }
              : { ...filter, onlyPending: false },
          )
        }
        label={t('tab.overview.onlyPending')}
      />
    </div>
  );
}
