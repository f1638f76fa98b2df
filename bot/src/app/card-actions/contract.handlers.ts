import { CONTRACT_FIELDS, toCommandFields } from '@netvaerk/shared/contract/contract-fields';
import type { ContractPhaseNumber } from '@netvaerk/shared/domain/network';
import { t } from '@netvaerk/shared/i18n/messages';
import { type CardActionHandler, loadForView, runCardCommand, str } from './card-action-context';

function phaseOf(data: Record<string, unknown>): ContractPhaseNumber {
  const phase = Number(data.phase);
  return phase === 2 || phase === 3 ? phase : 1;
}

export const showContractForm: CardActionHandler = async (ctx) => {
  const loaded = await loadForView(ctx, str(ctx.action.data, 'networkId'));
  if (!loaded.ok) return loaded.card;
  return ctx.renderer.render({ type: 'contract', phase: phaseOf(ctx.action.data) }, loaded.network, loaded.config, {
    viewer: ctx.actor,
    locale: ctx.incoming.locale,
  });
};

/** Saves a contract phase from its form; on errors the form comes back with the values kept. */
function fillPhase(phase: ContractPhaseNumber): CardActionHandler {
  return (ctx) => {
    const data = ctx.action.data;
    const values = Object.fromEntries(CONTRACT_FIELDS[phase].map((f) => [f.name, str(data, f.name)]));
    const fields = toCommandFields(phase, values);
    return runCardCommand(
      ctx,
      { type: `fillContractPhase${phase}`, networkId: str(data, 'networkId'), fields },
      { type: 'contract', phase },
      {
        values,
        sharedCard: false,
        success: () => t(ctx.incoming.locale, 'card.contract.version', { version: '' }).trim() + ' ✓',
      },
    );
  };
}

export const fillContractPhase1 = fillPhase(1);
export const fillContractPhase2 = fillPhase(2);
export const fillContractPhase3 = fillPhase(3);
