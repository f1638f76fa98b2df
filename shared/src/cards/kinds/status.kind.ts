import type { KindSpec } from './kind-spec';

/** The network as it stands: its facts and history, no question. */
export const statusKind: KindSpec = { title: 'card.status.title' };
