import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { MeetingDto } from '@netvaerk/shared/api/api-types';
import { useText } from '../app/tab-context';

const W = 560;
const H = 220;
const PAD = { left: 60, right: 60, top: 16, bottom: 28 };

const useStyles = makeStyles({
  figure: { margin: 0, display: 'grid', gap: tokens.spacingVerticalS },
  svg: { width: '100%', maxWidth: `${W}px`, height: 'auto' },
  legend: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  // On a wrapper, not the table: a table ignores width and overflow, so it stuck out of a 320 px page.
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/**
 * Value and "is the network working" over time, one point per meeting with shown averages. Told twice: an SVG
 * for the eye (solid vs dashed lines, round vs square markers, so colour is never the only cue) and a table for
 * screen readers.
 */
export function ReflectionChart({ meetings }: { meetings: MeetingDto[] }) {
  const styles = useStyles();
  const { t, date, number } = useText();
  const points = meetings.filter((m) => m.averages);
  if (points.length === 0) return <Text>{t('tab.chart.empty')}</Text>;
  const x = (i: number) =>
    points.length === 1
      ? (PAD.left + W - PAD.right) / 2
      : PAD.left + (i * (W - PAD.left - PAD.right)) / (points.length - 1);
  const y = (v: number) => PAD.top + ((5 - v) * (H - PAD.top - PAD.bottom)) / 4;
  const line = (pick: (m: MeetingDto) => number) =>
    points.map((m, i) => `${i ? 'L' : 'M'}${x(i)},${y(pick(m))}`).join(' ');
  const valueColor = tokens.colorBrandForeground1;
  const wellColor = tokens.colorPaletteDarkOrangeForeground2;
  return (
    <figure className={styles.figure} aria-labelledby="chart-title">
      <Text as="h3" id="chart-title" weight="semibold">
        {t('tab.chart.title')}
      </Text>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        {[1, 2, 3, 4, 5].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke={tokens.colorNeutralStroke2} />
            <text x={PAD.left - 10} y={y(v) + 4} textAnchor="end" fontSize="12" fill={tokens.colorNeutralForeground2}>
              {v}
            </text>
          </g>
        ))}
        <path d={line((m) => m.averages!.value)} fill="none" stroke={valueColor} strokeWidth={3} />
        <path
          d={line((m) => m.averages!.workingWell)}
          fill="none"
          stroke={wellColor}
          strokeWidth={3}
          strokeDasharray="6 4"
        />
        {points.map((m, i) => (
          <g key={m.id}>
            <circle cx={x(i)} cy={y(m.averages!.value)} r={5} fill={valueColor} />
            <rect x={x(i) - 5} y={y(m.averages!.workingWell) - 5} width={10} height={10} fill={wellColor} />
            <text x={x(i)} y={H - 8} textAnchor="middle" fontSize="12" fill={tokens.colorNeutralForeground2}>
              {m.title.length > 16 ? `${m.title.slice(0, 15)}…` : m.title}
            </text>
          </g>
        ))}
      </svg>
      <div className={styles.legend} aria-hidden="true">
        <Text>
          <span style={{ color: valueColor }}>● —</span> {t('tab.chart.value')}
        </Text>
        <Text>
          <span style={{ color: wellColor }}>■ - -</span> {t('tab.chart.workingWell')}
        </Text>
      </div>
      <div className={styles.srOnly}>
        <table>
          <caption>{t('tab.chart.desc')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tab.chart.meeting')}</th>
              <th scope="col">{t('tab.chart.value')}</th>
              <th scope="col">{t('tab.chart.workingWell')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {m.title}
                  {m.endedAt ? `, ${date(m.endedAt)}` : ''}
                </th>
                <td>{number(m.averages!.value)}</td>
                <td>{number(m.averages!.workingWell)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
