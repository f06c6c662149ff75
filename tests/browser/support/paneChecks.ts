import axe from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * The checks every pane screen passes at 320 and 500 px (issue 15): nothing reaches past the pane's
 * right edge, and axe-core (WCAG 2.1 A/AA and best practices) finds nothing but the known false
 * positives below. Shared by accessibility.test.ts (each section alone) and wholeRound.test.ts (the round).
 */

/**
 * axe findings waived, each with why it is wrong here. Keyed by rule id; a waiver names the markup
 * it covers (a fragment of the element's HTML), so a new violation of the same rule elsewhere still fails.
 */
export const KNOWN_FALSE_POSITIVES: Readonly<Record<string, { readonly html: string; readonly reason: string }>> = {
  'aria-hidden-focus': {
    html: 'data-tabster-dummy',
    reason:
      'Fluent UI v9 (tabster) puts invisible <i tabindex="0" aria-hidden="true" data-tabster-dummy> guards at the edges of its focus groups; ' +
      'they hand focus on to the next real control at once and are never announced (tabster documents them as focus-redirecting dummies).',
  },
};

export interface Overflow {
  /** The page's scroll width and client width, in CSS px: more of the first is a horizontal scroll bar. */
  readonly scrollWidth: number;
  readonly clientWidth: number;
  /** Visible elements reaching past the pane's right edge: tag, right edge in px, text. */
  readonly wider: readonly string[];
}

/** How wide the page is against the pane, and which visible elements reach past its right edge. */
export function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const width = document.documentElement.clientWidth;
    const wider = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.right > width + 0.5;
      })
      .map(
        (element) => `${element.tagName.toLowerCase()} ${Math.round(element.getBoundingClientRect().right)}px "${(element.textContent ?? '').slice(0, 50)}"`,
      );
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wider };
  });
}

export interface Violation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: string; readonly html: string }[];
}

/** axe-core's violations on the whole page (WCAG 2.1 A/AA and best practices), less the nodes KNOWN_FALSE_POSITIVES waives. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  const found = await page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const result = await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 200) })) }));
  });
  return found
    .map((v) => {
      const waiver = KNOWN_FALSE_POSITIVES[v.id];
      return waiver === undefined ? v : { ...v, nodes: v.nodes.filter((n) => !n.html.includes(waiver.html)) };
    })
    .filter((v) => v.nodes.length > 0);
}
