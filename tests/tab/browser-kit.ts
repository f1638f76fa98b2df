/// <reference lib="dom" />
import axeCore from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string;
  nodes: string[];
}

/** axe-core in the page with the WCAG 2.1 A/AA rules; Fluent's focus sentinels (not content) left out. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeCore.source });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[]; html: string }[] }[] };
    const run = (globalThis as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<Result> } }).axe;
    const result = await run.run(
      { include: [['body']], exclude: [['[data-tabster-dummy]']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`),
    }));
  });
}

/** How far the page is wider than the viewport (0 when it fits): a sideways-scrolling page is a layout bug. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}

/**
 * Pairs of visible text boxes that draw over each other: each text node's line boxes, clipped by every
 * ancestor that hides its overflow (a truncated cell), compared with those of every other element.
 */
export function overlappingTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Box = { left: number; top: number; right: number; bottom: number };
    const clip = (a: Box, b: Box): Box => ({
      left: Math.max(a.left, b.left),
      top: Math.max(a.top, b.top),
      right: Math.min(a.right, b.right),
      bottom: Math.min(a.bottom, b.bottom),
    });
    const boxes: { owner: Element; box: Box; text: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const owner = node.parentElement;
      if (!text || !owner || owner.closest('[data-tabster-dummy], script, style, title, desc, [aria-hidden="true"]'))
        continue;
      const style = getComputedStyle(owner);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      let bounds: Box = { left: -1e6, top: -1e6, right: 1e6, bottom: 1e6 };
      for (let e: Element | null = owner; e && e !== document.body; e = e.parentElement) {
        const s = getComputedStyle(e);
        // Overflow hidden, or the clip of a visually hidden text for screen readers only: nothing shows outside.
        const clips =
          s.overflowX !== 'visible' || s.overflowY !== 'visible' || s.clip !== 'auto' || s.clipPath !== 'none';
        if (clips) bounds = clip(bounds, e.getBoundingClientRect());
      }
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) {
        const box = clip(r, bounds);
        if (box.right - box.left > 1 && box.bottom - box.top > 1) boxes.push({ owner, box, text: text.slice(0, 40) });
      }
    }
    const found: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.owner === b.owner) continue;
        const o = clip(a.box, b.box);
        // More than a couple of pixels each way: glyph edges of neighbouring lines may touch.
        if (o.right - o.left > 3 && o.bottom - o.top > 3) found.push(`"${a.text}" × "${b.text}"`);
      }
    }
    return found;
  });
}

/** Forms that would let the browser show its own (English) validation bubbles instead of the app's messages. */
export function formsWithBrowserValidation(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('form:not([novalidate])').length);
}
