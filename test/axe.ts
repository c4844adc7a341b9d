/**
 * axe-core in the test page, for specs that check what a reader's tools check. Its own module so
 * that only those specs load it.
 */
import 'axe-core';
import type AxeCore from 'axe-core';

const { axe } = window as unknown as { axe: typeof AxeCore };

/** WCAG 2.2 A and AA on `root`: every result, for specs that look at passes too. */
export function axeWcag(root: Element): Promise<AxeCore.AxeResults> {
  return axe.run(root, { runOnly: ['wcag2a', 'wcag2aa', 'wcag22aa'] });
}

/** One rule alone on `root`. */
export function axeRule(root: Element, rule: string): Promise<AxeCore.AxeResults> {
  return axe.run(root, { runOnly: { type: 'rule', values: [rule] } });
}

/** The WCAG 2.2 A and AA violations on `root`, one line each (rule and targets). */
export async function axeViolations(root: Element): Promise<string[]> {
  const result = await axeWcag(root);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}
