import { expect, test } from '@playwright/test';
import { at } from './site';
import { formatDate } from '../../src/i18n';
import { lead, t } from './ui';

// A lesson whose facts expire (Decree 120/2025 ends 1/3/2027) carries its `reviewBy` date; after
// it, on the learner's own clock, the lesson and its print preview say the rules may have changed.
// The clock is set here, so this test never starts failing as real time passes.
const LESSON = 'register-birth';
const REVIEW_BY = '2027-03-01';

for (const lang of ['vi', 'en'] as const) {
  test(`${lang}: the review notice shows only after the lesson's review date`, async ({ page }) => {
    const notice = page.getByRole('note').filter({ hasText: lead(lang, 'lesson.reviewNotice') });
    await page.clock.setFixedTime(new Date(`${REVIEW_BY}T00:00:00`).getTime() - 24 * 3600 * 1000);
    await page.goto(at(`/${lang}/lessons/${LESSON}/`));
    await expect(page.locator(`[data-review-by="${REVIEW_BY}"]`)).toBeHidden();

    await page.clock.setFixedTime(`${REVIEW_BY}T12:00:00`);
    for (const path of [`/${lang}/lessons/${LESSON}/`, `/${lang}/lessons/${LESSON}/print/`]) {
      await page.goto(at(path));
      await expect(notice, path).toBeVisible();
      await expect(notice).toContainText(formatDate(new Date(REVIEW_BY), lang));
    }
    // A lesson with no time-limited facts has no notice.
    await page.goto(at(`/${lang}/lessons/install-vneid/`));
    await expect(page.locator('[data-review-by]')).toHaveCount(0);
    expect(t[lang]('lesson.reviewNotice')).toContain('dichvucong.gov.vn');
  });
}
