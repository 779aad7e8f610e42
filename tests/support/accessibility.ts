import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { Locator, Page } from 'playwright-core';

/** A violation as a person fixing it reads it: the rule, how bad, what it asks, and where (each element's selector, its HTML's start, and what is wrong with it). */
const readable = (violation: Result) =>
  [
    `${violation.id} (${violation.impact}): ${violation.help}`,
    ...violation.nodes.map((node) => `  at ${node.target.join(' ')} ${node.html.slice(0, 120)}: ${node.failureSummary?.replace(/\n\s*/g, ' ')}`),
  ].join('\n');

/**
 * Runs axe-core on the page as it stands (WCAG 2.x A and AA rules and axe's best practices) and
 * fails on every serious or critical violation, listed readably. `exclude` names parts of the page
 * that are not the hub's own (a bundled editor), each with why in the caller.
 */
export async function expectNoSeriousViolations(page: Page, exclude: string[] = []) {
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  for (const selector of exclude) axe = axe.exclude(selector);
  const { violations } = await axe.analyze();
  expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map(readable)).toEqual([]);
}

/** What has the keyboard's focus now: its test id, else its tag and accessible text. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'nothing';
    return element.dataset.testid ?? `${element.tagName.toLowerCase()}: ${(element.getAttribute('aria-label') ?? element.innerText ?? '').trim().slice(0, 60)}`;
  });

/** Presses Tab until the element has the focus (failing after `limit` presses), and proves the focus is shown: it matches :focus-visible and draws an outline. */
export async function tabTo(page: Page, target: Locator, limit = 30) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) {
      await expectFocusVisible(target);
      return presses + 1;
    }
  }
  throw new Error(`${limit} presses of Tab did not reach ${target}; the focus ended on ${await focused(page)}`);
}

/** The focus is drawn: the element matches :focus-visible, with an outline of some width. */
export async function expectFocusVisible(target: Locator) {
  const shown = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return { focusVisible: element.matches(':focus-visible'), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
  });
  expect(shown).toEqual({ focusVisible: true, outline: true });
}

/** The element has the focus, and shows it. */
export async function expectFocused(target: Locator) {
  expect(await target.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
  await expectFocusVisible(target);
}

/** The order the keyboard walks through a page just opened: the first `count` elements Tab reaches. */
export async function tabOrder(page: Page, count: number) {
  const order: string[] = [];
  for (let presses = 0; presses < count; presses++) {
    await page.keyboard.press('Tab');
    order.push(await focused(page));
  }
  return order;
}
