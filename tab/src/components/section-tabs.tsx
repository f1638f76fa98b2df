import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { useText } from '../app/tab-context';

export const SECTIONS = ['contract', 'participants', 'meetings', 'closing', 'history'] as const;
export type Section = (typeof SECTIONS)[number];

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', minWidth: 0, overflow: 'hidden' },
  tabs: { minWidth: 0, flexWrap: 'nowrap' },
});

function OverflowedSection({ section, onSelect }: { section: Section; onSelect: (s: Section) => void }) {
  const { t } = useText();
  const visible = useIsOverflowItemVisible(section);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(section)}>{t(`tab.section.${section}`)}</MenuItem>;
}

function MoreSections({ onSelect }: { onSelect: (s: Section) => void }) {
  const { t } = useText();
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref} appearance="transparent">
          {`${t('tab.sections.more')} …`}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {SECTIONS.map((s) => (
            <OverflowedSection key={s} section={s} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/**
 * The network page's sections as tabs. Where they do not fit (Teams' side panel, a narrow channel tab), the
 * ones that don't go into a "more" menu, and the chosen one always stays in view.
 */
export function SectionTabs({ section, onSelect }: { section: Section; onSelect: (s: Section) => void }) {
  const styles = useStyles();
  const { t } = useText();
  return (
    // The "more" button sits beside the tab list, not in it: a tablist may hold only tabs.
    <Overflow minimumVisible={1}>
      <div className={styles.bar}>
        <TabList
          className={styles.tabs}
          selectedValue={section}
          onTabSelect={(_e, d) => onSelect(d.value as Section)}
          aria-label={t('tab.sections.label')}
        >
          {SECTIONS.map((s) => (
            <OverflowItem key={s} id={s} priority={s === section ? 2 : 1}>
              <Tab id={`section-${s}`} value={s} aria-controls={`panel-${s}`}>
                {t(`tab.section.${s}`)}
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MoreSections onSelect={onSelect} />
      </div>
    </Overflow>
  );
}
