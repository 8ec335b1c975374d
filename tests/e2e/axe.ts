import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what the app promises. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

/**
 * axe's violations on the page as it is now, one line per rule with the elements it found.
 * `label-content-name-mismatch` (WCAG 2.5.3 Label in Name, level A) is marked "experimental" in axe
 * and would be skipped: it is switched on by name, so a button that shows "DE" but is named
 * "Deutsch" fails here. Only `options()` can carry both the tags and the rule: axe lets a rule's
 * own `enabled` override the tag selection.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .options({
      runOnly: { type: 'tag', values: WCAG_TAGS },
      rules: { 'label-content-name-mismatch': { enabled: true } },
    })
    .analyze()
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** On a 360 px phone: axe's violations, and whether the page scrolls sideways. Back to 1280 px after. */
export async function atPhoneWidth(page: Page): Promise<{ violations: string[]; overflows: boolean }> {
  await page.setViewportSize({ width: 360, height: 780 })
  // Charts follow the new width a frame or two later (ResizeObserver): give the layout time to settle.
  const overflows = await page
    .waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 3000 })
    .then(() => false)
    .catch(() => true)
  const violations = await axeViolations(page)
  await page.setViewportSize({ width: 1280, height: 900 })
  return { violations, overflows }
}
