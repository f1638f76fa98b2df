import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { MeetingPanelDto } from '@netvaerk/shared/api/meeting-api-types';
import type { MessageKey } from '@netvaerk/shared/i18n/messages';
import { useText } from '../../app/tab-context';
import { MultilineText } from './multiline-text';

const useStyles = makeStyles({
  list: { display: 'grid', gap: tokens.spacingVerticalS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0 },
});

function Facts({ rows }: { rows: [MessageKey, string][] }) {
  const styles = useStyles();
  const { t } = useText();
  return (
    <dl className={styles.list}>
      {rows.map(([label, text]) => (
        <div key={label}>
          <dt className={styles.term}>{t(label)}</dt>
          <dd className={styles.value}>
            <MultilineText text={text} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** What the network works by, from contract phase 3: goal, way of working, cadence, ground rules and tasks. */
export function PanelCharter({ charter }: { charter: MeetingPanelDto['charter'] }) {
  const { t } = useText();
  if (!charter) return <Text>{t('tab.panel.charterNone')}</Text>;
  return (
    <Facts
      rows={[
        ['field.goal', charter.goal],
        ['tab.panel.workingForm', charter.workingForm],
        ['tab.panel.cadence', charter.meetingCadence],
        ['field.groundRules', charter.groundRules],
        ['tab.panel.tasks', charter.tasks],
      ]}
    />
  );
}

/** The success criteria for the process and the product, from contract phase 2. */
export function PanelCriteria({ criteria }: { criteria: NonNullable<MeetingPanelDto['successCriteria']> }) {
  return (
    <Facts
      rows={[
        ['tab.panel.criteriaProcess', criteria.process],
        ['tab.panel.criteriaProduct', criteria.product],
      ]}
    />
  );
}
