import { useEffect, useState } from 'react';

/** Below this width the tab lays pages out for Teams' narrow surfaces (the meeting side panel is 320 px). */
export const NARROW_QUERY = '(max-width: 799px)';

/** Whether a CSS media query matches now, following changes (a resized window, a side panel opened). */
export function useMediaQuery(query: string): boolean {
  const get = () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query).matches : false);
  const [matches, setMatches] = useState(get);
  useEffect(() => {
    if (typeof window === 'undefined' || !window.matchMedia) return undefined;
    const list = window.matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}
