import { makeStyles, tokens } from '@fluentui/react-components';
import type { NetworkViewDto } from '@netvaerk/shared/api/api-types';
import { ContractPhasePanel } from './contract-phase-panel';

const useStyles = makeStyles({ list: { display: 'grid', gap: tokens.spacingVerticalL } });

/** The network contract, "Et netværk i Albertslund", in its three phases. */
export function ContractSection({ view, onView }: { view: NetworkViewDto; onView: (v: NetworkViewDto) => void }) {
  return (
    <div className={useStyles().list}>
      {view.contract.map((phase) => (
        <ContractPhasePanel key={phase.phase} networkId={view.id} phase={phase} idea={view} onView={onView} />
      ))}
    </div>
  );
}
