// axe-core through @axe-core/playwright: the violations on the current page as
// readable lines (`rule (help) at selector: what to fix`), empty when there are none.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
  );
}

/** Rule ids of the violations, for the control test that proves the check is live. */
export async function axeRuleIds(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => v.id);
}
