import { html, nothing, render } from 'lit';
import { localDay } from '../lib/export-file';
import { verifySlip, type SlipCheck, type TrainerKey } from '../lib/signed-slip';
import { formatPartialDate } from '../i18n/day';
import { format } from '../i18n/format';
import type { Labels, checkLabelKeys } from '../i18n/client-labels';
import type { SlipTextDetail } from './slip-scanner';

type CheckLabels = Labels<typeof checkLabelKeys>;

/**
 * @summary Checks a trainer-signed slip (issue #22) against the keys this version of the site
 * trusts, and says exactly one of: verified, could not be verified (and why), or key not in this
 * version. Light DOM over the page's own form, so nothing moves when its code arrives; the
 * camera and photo reader (`<slip-scanner>`) load only when asked for.
 */
export class SlipCheckElement extends HTMLElement {
  private _labels: CheckLabels | undefined;
  private _registry: TrainerKey[] = [];
  private _lessons: Record<string, string> = {};
  private _checking = 0;

  connectedCallback(): void {
    this._labels = this._json('labels') as CheckLabels | undefined;
    this._registry = (this._json('registry') as TrainerKey[] | undefined) ?? [];
    this._lessons = (this._json('lessons') as Record<string, string> | undefined) ?? {};
    const form = this.querySelector<HTMLFormElement>('form[data-paste]');
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.check(form.querySelector('textarea')?.value ?? '');
    });
    this.querySelector('[data-open-scanner]')?.addEventListener('click', () => void this._openScanner());
    this.addEventListener('slip-text', (event) => {
      const detail = event.detail;
      const field = this.querySelector('textarea');
      if (field) field.value = detail.text;
      detail.result = 'updated';
      void this.check(detail.text);
    });
  }

  private _json(attribute: string): unknown {
    try {
      return JSON.parse(this.getAttribute(attribute) ?? '');
    } catch {
      return undefined;
    }
  }

  /** Checks a code and shows the answer; a later check replaces an earlier one still running. */
  async check(text: string): Promise<SlipCheck | undefined> {
    const l = this._labels;
    const region = this.querySelector<HTMLElement>('[data-check-result]');
    if (!l || !region) return undefined;
    const run = ++this._checking;
    if (text.trim() === '') {
      region.dataset['status'] = 'unverified';
      render(html`<p>${l['check.empty']}</p>`, region);
      this.querySelector('textarea')?.focus();
      return undefined;
    }
    const result = await verifySlip(text, this._registry, localDay(new Date()));
    if (run !== this._checking) return result;
    region.dataset['status'] = result.status;
    render(this._answer(result, l), region);
    return result;
  }

  private _answer(result: SlipCheck, l: CheckLabels) {
    const day = formatPartialDate;
    if (result.status === 'verified') {
      const { record, trainer } = result;
      return html`<p class="check-verdict">
          ${format(l['check.verified'], { trainer: trainer.name, team: trainer.team, date: day(record.signed) })}
        </p>
        <p>
          ${format(l['check.commune'], { trainer: trainer.name, team: trainer.team, commune: trainer.commune })}
        </p>
        <p>${format(l['check.learner'], { name: record.name })}</p>
        <ul>
          ${record.lessons.map((lesson) => {
            const title = this._lessons[lesson.code];
            return html`<li>
              ${
                title
                  ? format(l['check.lesson'], { title, date: day(lesson.completed) })
                  : format(l['check.unknownLesson'], { code: lesson.code, date: day(lesson.completed) })
              }
            </li>`;
          })}
        </ul>
        <p>${format(l['check.workshop'], { workshop: record.workshop })}</p>
        <p>${format(l['check.expires'], { date: day(record.expires) })}</p>`;
    }
    if (result.status === 'unknown-key')
      return html`<p class="check-verdict">${l['check.unknownKey']}</p>
        <p>${format(l['check.unknownKeyWhy'], { key: result.record.keyId })}</p>
        <p>${format(l['check.claims'], { name: result.record.name, date: day(result.record.signed) })}</p>`;
    const { record, trainer } = result;
    const why = {
      unreadable: l['check.why.unreadable'],
      signature: l['check.why.signature'],
      expired: format(l['check.why.expired'], { date: record ? day(record.expires) : '' }),
      'outside-validity': format(l['check.why.outside'], {
        date: record ? day(record.signed) : '',
        from: trainer ? day(trainer.validFrom) : '',
        until: trainer ? day(trainer.validUntil) : '',
      }),
    }[result.reason];
    return html`<p class="check-verdict">${l['check.unverified']}</p>
      <p>${why}</p>
      ${
        record && result.reason !== 'signature'
          ? html`<p>${format(l['check.claims'], { name: record.name, date: day(record.signed) })}</p>`
          : nothing
      }`;
  }

  private async _openScanner(): Promise<void> {
    const place = this.querySelector<HTMLElement>('[data-scanner]');
    const button = this.querySelector<HTMLButtonElement>('[data-open-scanner]');
    if (!place || place.firstElementChild) return;
    await import('./slip-scanner');
    const scanner = document.createElement('slip-scanner') as HTMLElement & {
      labels: unknown;
      prefix: string;
    };
    scanner.labels = this._json('scanner-labels');
    scanner.prefix = this.getAttribute('prefix') ?? '';
    place.append(scanner);
    button?.closest('p')?.remove();
    // The scanner's own first control takes the focus the button had.
    await (scanner as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    scanner.shadowRoot?.querySelector<HTMLElement>('button, input')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slip-check': SlipCheckElement;
  }
}

customElements.define('slip-check', SlipCheckElement);

export type { SlipTextDetail };
