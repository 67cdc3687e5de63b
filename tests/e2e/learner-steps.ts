import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { answerWithMouse, readQuiz, UI } from './quiz';
import { t, type Locale } from './ui';

// What a learner (or a trainer) does again and again across the whole-room journeys, as they do it.

/** Passes a lesson's quiz with the right answers; gives the lesson's title. */
export async function passQuiz(page: Page, slug: string, locale: Locale = 'vi'): Promise<string> {
  await page.goto(`${locale}/lessons/${slug}/`);
  for (const q of await readQuiz(page)) await answerWithMouse(page, q, 'right', UI[locale].check);
  await expect(page.locator('lesson-quiz [data-quiz-result]')).toContainText(UI[locale].passed);
  return (await page.getByRole('heading', { level: 1 }).innerText()).trim();
}

/** Names the main profile on the progress page. */
export async function nameProfile(page: Page, name: string, locale: Locale = 'vi'): Promise<void> {
  const l = t[locale];
  await page.goto(`${locale}/progress/`);
  const manager = page.locator('profile-manager');
  await manager.getByRole('button', { name: l('profile.rename', { name: l('profile.mainName') }) }).click();
  await manager.getByLabel(l('profile.nameLabel'), { exact: true }).fill(name);
  await manager.getByRole('button', { name: l('profile.save') }).click();
}

/** "Show my trainer" on the learner's progress page: the slip's text and its QR as pixels. */
export async function showSlip(page: Page, locale: Locale = 'vi'): Promise<{ text: string; png: Buffer }> {
  const l = t[locale];
  await page.goto(`${locale}/progress/`);
  const slip = page.locator('progress-slip');
  await slip.getByRole('button', { name: l('slip.show') }).click();
  const text = await slip.getByLabel(l('slip.codeLabel')).inputValue();
  return { text, png: await slip.locator('.qr').screenshot() };
}

/** Presses a download button; the file's suggested name and its text. */
export async function downloaded(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}
