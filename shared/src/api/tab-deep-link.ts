/**
 * Links from a card into the app's tab in Teams, and how the tab reads them back: a Teams entity deep link to
 * the personal "overview" tab (manifest `staticTabs[].entityId`) whose context carries the network as
 * `subEntityId` (teams-js v2: `context.page.subPageId`). Format from Microsoft's "Deep link to an
 * application": `https://teams.microsoft.com/l/entity/<appId>/<entityId>?context=<url-encoded JSON>`.
 */

/** The static tab the links open; it must stay an `entityId` of `manifest/manifest.json`. */
export const DEEP_LINK_ENTITY_ID = 'overview';

const PREFIX = 'network:';

/** The sub-page id naming a network (`network:<id>`). */
export const networkSubPageId = (networkId: string): string => `${PREFIX}${networkId}`;

/** The network a sub-page id names, or null when it names none (or something else). */
export function networkOfSubPageId(subPageId: string | null | undefined): string | null {
  if (!subPageId?.startsWith(PREFIX)) return null;
  const id = subPageId.slice(PREFIX.length);
  return id.length > 0 ? id : null;
}

/** The deep link to a network's page in the tab; `appId` is the Teams app id (manifest or catalogue id). */
export function networkTabDeepLink(appId: string, networkId: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: networkSubPageId(networkId) }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${DEEP_LINK_ENTITY_ID}?context=${context}`;
}
