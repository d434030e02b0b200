/**
 * axe-core in the page: the WCAG 2.1 A/AA checks the accessibility tests and the audit tool run.
 * axe's own source is put into the page through Playwright (page.evaluate runs outside the
 * page's Content-Security-Policy, so the app's CSP stays as strict as it ships).
 */
import axe, { type AxeResults, type RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** One broken rule and the elements that break it (selectors only: no page text, no names). */
export interface AxeViolation {
  rule: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical';
  help: string;
  targets: string[];
}

/** WCAG 2.0 and 2.1, levels A and AA: the level the facility asked for (issue 16). */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The violations axe finds on what the page shows now (the whole document). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const { axe: engine } = window as unknown as {
      axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
    };
    const result = await engine.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: (v.impact ?? 'minor') as AxeViolation['impact'],
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, WCAG_21_AA);
}

/** Serious and critical violations only: the ones the tests fail on. */
export function blocking(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One line per rule with its elements, for a failing test's message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.impact} ${v.rule} (${v.help}): ${v.targets.slice(0, 12).join(' | ')}`)
    .join('\n');
}
