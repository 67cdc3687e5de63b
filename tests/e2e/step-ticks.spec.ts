import { expect, test, type Page } from '@playwright/test';
import type { StoredProgress } from '../../src/schemas/progress';
import { at } from './site';

/** The longest lesson page; its steps sit in one list. */
const LESSON = 'recognise-scams';

const words = {
  vi: {
    done: 'Đã làm xong',
    continue: 'Học tiếp',
    steps: (n: number, total: number) => `Đã làm ${n}/${total} bước`,
  },
  en: {
    done: 'Done',
    continue: 'Continue',
    steps: (n: number, total: number) => `${n} of ${total} steps done`,
  },
} as const;

/** Scrolls to the steps, where the ticks' code loads (src/lib/on-demand.ts), and waits for it. */
async function reachSteps(page: Page) {
  await page
    .locator('.step')
    .first()
    .evaluate((step) => step.scrollIntoView());
  await page.waitForFunction(() => !!document.querySelector('step-tick')?.shadowRoot?.querySelector('input'));
}
const ticks = (page: Page) => page.getByRole('checkbox', { name: /^(Done|Đã làm xong): / });
const storedSteps = (page: Page) =>
  page.evaluate((slug) => {
    // Nothing stored yet reads as `{}`: no profiles, so no ticked steps.
    const state = JSON.parse(localStorage.getItem('hoc-so:progress') ?? '{}') as Partial<StoredProgress>;
    if (!state.profiles || state.current === undefined) return undefined;
    return state.profiles[state.current]?.lessons[slug]?.stepsChecked;
  }, LESSON);

for (const locale of ['vi', 'en'] as const) {
  test(`${locale}: tick steps, reload, see them on the progress page, untick`, async ({ page }) => {
    const w = words[locale];
    await page.goto(at(`/${locale}/lessons/${LESSON}/`));
    await reachSteps(page);
    const steps = page.locator('li.step');
    const total = await steps.count();
    expect(total).toBeGreaterThan(2);
    await expect(ticks(page)).toHaveCount(total);

    // Each tick is named by its step, shows its label, and works from the keyboard.
    const firstTitle = (await steps.nth(0).locator('h3').innerText()).trim();
    const first = page.getByRole('checkbox', { name: `${w.done}: ${firstTitle}` });
    await expect(first).not.toBeChecked();
    await expect(steps.nth(0).locator('step-tick')).toContainText(w.done);
    await first.focus();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await ticks(page).nth(1).click();
    expect(await storedSteps(page)).toEqual(['step-1', 'step-2']);

    await page.reload();
    await reachSteps(page);
    await expect(ticks(page).nth(0)).toBeChecked();
    await expect(ticks(page).nth(1)).toBeChecked();
    await expect(ticks(page).nth(2)).not.toBeChecked();

    // The progress page picks up at the first step not yet done.
    await page.goto(at(`/${locale}/progress/`));
    const overview = page.locator('progress-overview');
    await expect(overview).toContainText(w.steps(2, total));
    const next = overview.getByRole('link', { name: new RegExp(`^${w.continue}: `) });
    await expect(next).toHaveAttribute('href', new RegExp(`/${locale}/lessons/${LESSON}/#step-3$`));
    await next.click();
    await expect(page).toHaveURL(/#step-3$/);
    await expect(steps.nth(2)).toHaveAttribute('id', 'step-3');
    await expect(steps.nth(2).locator('h3')).toBeInViewport();

    // Step ids are positions, so the other language's page shows the same ticks.
    const other = locale === 'vi' ? 'en' : 'vi';
    await page.goto(at(`/${other}/lessons/${LESSON}/`));
    await reachSteps(page);
    await expect(ticks(page).nth(1)).toBeChecked();
    await expect(ticks(page).nth(2)).not.toBeChecked();

    await ticks(page).nth(0).uncheck();
    await page.reload();
    await reachSteps(page);
    await expect(ticks(page).nth(0)).not.toBeChecked();
    expect(await storedSteps(page)).toEqual(['step-2']);
  });
}

test('the tick is a 44 px target with a visible focus ring, and never prints', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(at(`/en/lessons/${LESSON}/`));
  await reachSteps(page);
  const tick = ticks(page).first();
  // The label around the box is what a finger hits.
  const target = await tick.evaluate((el) => {
    const label = el.closest('label')!;
    const rect = label.getBoundingClientRect();
    return { width: rect.width, height: rect.height, fontSize: parseFloat(getComputedStyle(label).fontSize) };
  });
  expect(target.width).toBeGreaterThanOrEqual(44);
  expect(target.height).toBeGreaterThanOrEqual(44);
  expect(target.fontSize).toBeGreaterThanOrEqual(18);
  await tick.focus();
  const outline = await tick.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('step-tick').first()).toBeHidden();
});

test('projector screens and booklets have no tick box to press', async ({ page }) => {
  await page.goto(at(`/en/lessons/${LESSON}/present/`));
  await expect(page.locator('li.step').first()).toBeAttached();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await page.goto(at('/en/guides/scams/'));
  await expect(page.locator('li.step').first()).toBeAttached();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
});
