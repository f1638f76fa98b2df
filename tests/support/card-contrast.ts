/**
 * Text contrast of an Adaptive Card as Teams draws it, in its light and dark themes (WCAG 2.1, 1.4.3: 4.5:1 for
 * normal text; card text is 12–14 px, never "large"). The colours are Teams' Adaptive Card host configs as
 * Microsoft publishes them (microsoft/AdaptiveCards, samples/HostConfig/microsoft-teams-light.json and
 * -dark.json): per container style a background and, per text colour, a default and a subtle foreground
 * (#AARRGGBB where eight digits: the subtle ones are translucent and blend over the background).
 */
type Pair = readonly [normal: string, subtle: string];
type Colour = 'default' | 'accent' | 'good' | 'warning' | 'attention' | 'dark' | 'light';
type Style = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
interface Theme {
  background: Record<Style, string>;
  /** Foregrounds in the default and emphasis containers. */
  plain: Record<Colour, Pair>;
  /** Foregrounds in the coloured containers (good, attention, warning, accent), where they differ. */
  tinted: Record<Colour, Pair>;
}

const LIGHT_FOREGROUNDS: Record<Colour, Pair> = {
  default: ['#ff252424', '#bf252424'],
  dark: ['#252424', '#bf252424'],
  light: ['#ffffff', '#fff3f2f1'],
  accent: ['#6264a7', '#8b8cc7'],
  good: ['#92c353', '#e592c353'],
  warning: ['#f8d22a', '#e5f8d22a'],
  attention: ['#c4314b', '#e5c4314b'],
};
const DARK_FOREGROUNDS: Record<Colour, Pair> = {
  default: ['#ffffffff', '#bfffffff'],
  dark: ['#ff201f1f', '#ff2d2c2c'],
  light: ['#ffffffff', '#bfffffff'],
  accent: ['#ffa6a7dc', '#ff8b8cc7'],
  good: ['#ff92c353', '#e592c353'],
  warning: ['#fff8d22a', '#e5f8d22a'],
  attention: ['#ffd74654', '#e5d74654'],
};
const TINTED = { background: { good: '#CCFFCC', attention: '#FFC5B2', warning: '#FFE2B2', accent: '#C7DEF9' } };

export const TEAMS_THEMES: Record<'light' | 'dark', Theme> = {
  light: {
    background: { default: '#ffffff', emphasis: '#fff9f8f7', ...TINTED.background },
    plain: LIGHT_FOREGROUNDS,
    tinted: LIGHT_FOREGROUNDS,
  },
  dark: {
    background: { default: '#ff2d2c2c', emphasis: '#ff292828', ...TINTED.background },
    plain: DARK_FOREGROUNDS,
    // In the dark theme's coloured containers the default text turns dark (they keep their light backgrounds).
    tinted: { ...DARK_FOREGROUNDS, default: ['#ff201f1f', '#ff2d2c2c'] },
  },
};

type Rgba = [number, number, number, number];
function parse(hex: string): Rgba {
  const h = hex.replace('#', '');
  const [a, rgb] = h.length === 8 ? [parseInt(h.slice(0, 2), 16) / 255, h.slice(2)] : [1, h];
  return [parseInt(rgb.slice(0, 2), 16), parseInt(rgb.slice(2, 4), 16), parseInt(rgb.slice(4, 6), 16), a];
}
const over = (fg: Rgba, bg: Rgba): Rgba => [0, 1, 2].map((i) => fg[i]! * fg[3] + bg[i]! * (1 - fg[3])) as Rgba;
function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of a (possibly translucent) foreground over a background. */
export function contrastRatio(foreground: string, background: string): number {
  const bg = parse(background);
  const [a, b] = [luminance(over(parse(foreground), bg)), luminance(bg)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

export interface TextContrast {
  theme: 'light' | 'dark';
  text: string;
  style: Style;
  color: string;
  subtle: boolean;
  ratio: number;
}

const lower = (v: unknown, fallback: string) => (typeof v === 'string' && v ? v.toLowerCase() : fallback);

/**
 * Every text of a card (TextBlocks, fact titles and values, input labels and choices) with its contrast in each
 * theme, from the container style it sits in, its colour and isSubtle. Facts and labels use the host's defaults.
 */
export function cardTextContrasts(card: unknown): TextContrast[] {
  const found: TextContrast[] = [];
  const measure = (text: string, style: Style, colour: string, subtle: boolean) => {
    for (const theme of ['light', 'dark'] as const) {
      const t = TEAMS_THEMES[theme];
      const plain = style === 'default' || style === 'emphasis';
      const pair = (plain ? t.plain : t.tinted)[colour as Colour];
      if (!pair) throw new Error(`unknown text colour ${colour} on "${text}"`);
      const ratio = contrastRatio(pair[subtle ? 1 : 0], t.background[style]);
      found.push({ theme, text, style, color: colour, subtle, ratio });
    }
  };
  const walk = (node: unknown, style: Style) => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, style));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const here = (typeof o.style === 'string' && o.type === 'Container' ? o.style.toLowerCase() : style) as Style;
    if (o.type === 'TextBlock') measure(String(o.text), here, lower(o.color, 'default'), o.isSubtle === true);
    if (o.type === 'FactSet')
      for (const f of (o.facts as { title: string; value: string }[]) ?? []) {
        measure(f.title, here, 'default', false);
        measure(f.value, here, 'default', false);
      }
    if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.label === 'string')
      measure(o.label, here, 'default', false);
    for (const [key, value] of Object.entries(o)) if (key !== 'facts') walk(value, here);
  };
  walk((card as { body?: unknown }).body, 'default');
  return found;
}
