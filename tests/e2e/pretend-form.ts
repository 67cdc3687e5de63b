import type { Locator } from '@playwright/test';

/** Made-up values each field kind's check accepts (never anyone's number); an otp is the SMS's code. */
const ACCEPTED = { 'id-number': '0123 4567 8901', phone: '0900 000 000' } as const;

/**
 * Fills the pretend form on the phone's current screen, if it has one, so its submit choice goes
 * forward: the fields' kinds and codes come from the walk-through the page carries, as the phone's do.
 */
export async function fillPretendForm(phone: Locator): Promise<void> {
  const fields = await phone.evaluate((host) =>
    [
      ...new DOMParser()
        .parseFromString(host.querySelector('noscript')?.textContent ?? '', 'text/html')
        .querySelectorAll<HTMLElement>('.sim-fields > li'),
    ].map(({ dataset }) => ({ id: dataset['field']!, kind: dataset['kind']!, expect: dataset['expect'] })),
  );
  for (const field of fields) {
    const input = phone.locator(`#f-${field.id}`);
    if ((await input.count()) > 0)
      await input.fill(field.expect ?? ACCEPTED[field.kind as keyof typeof ACCEPTED]);
  }
}
