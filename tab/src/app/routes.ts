/** The tab's pages, from the path under /tab/. */
export type Route =
  | { page: 'config' }
  | { page: 'network'; id: string; compact: boolean }
  | { page: 'overview' }
  | { page: 'site' }
  | { page: 'records' }
  | { page: 'privacy' };

export const TAB_BASE = '/tab/';

export function routeOf(pathname: string, search: string, frameContext: string): Route {
  const path = pathname.startsWith(TAB_BASE) ? pathname.slice(TAB_BASE.length) : pathname.replace(/^\//, '');
  const [first, second] = path.split('/').filter(Boolean);
  if (first === 'config') return { page: 'config' };
  if (first === 'site') return { page: 'site' };
  if (first === 'records') return { page: 'records' };
  if (first === 'privacy') return { page: 'privacy' };
  if (first === 'network' && second) {
    // The meeting side panel is 320 px wide: it gets the compact view.
    const compact = frameContext === 'sidePanel' || new URLSearchParams(search).get('view') === 'compact';
    return { page: 'network', id: decodeURIComponent(second), compact };
  }
  return { page: 'overview' };
}

export const networkPath = (id: string) => `${TAB_BASE}network/${encodeURIComponent(id)}`;
