import { LitElement, css, html, nothing } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { StoreController } from './store-controller';
import { focusRing } from './shared.styles';
import { $profile } from '../stores/profile';
import { localDay } from '../lib/export-file';
import { qrSvg } from '../lib/qr';
import { encodeSlip, learnerSlip } from '../lib/slip';
import { newestSignedSlip } from '../lib/signed-receive';
import type { SignedRecord } from '../lib/signed-slip';
import { formatPartialDate } from '../i18n/day';
import { format } from '../i18n/format';
import type { Labels, certificateLabelKeys, certificateSignedLabelKeys } from '../i18n/client-labels';
import { withoutLabels } from './labels';
import type { SlipCatalogEntry } from './progress-slip';

/**
 * @summary The printable completion slip ("Certificate of completion"): the current learner's
 * name, the lessons they completed with the day and best score, the workshop they joined if any,
 * and their progress slip's QR code (the very code "Show my trainer" shows: lib/slip.ts
 * learnerSlip), so a trainer can scan the paper later. When a trainer has signed for the learner
 * (issue #22), the newest signed slip they received too: its QR code and text, and what a signature
 * is and isn't, with the check page's address. With nothing completed it says so kindly instead of
 * printing an empty certificate.
 */
export class CompletionSlip extends LitElement {
  static override properties = {
    labels: { type: Object },
    catalog: { type: Array },
    lessonsUrl: { attribute: 'lessons-url' },
    progressUrl: { attribute: 'progress-url' },
    checkUrl: { attribute: 'check-url' },
  };
  static override styles = [
    focusRing,
    css`
      :host {
        display: block;
      }
      * {
        box-sizing: border-box;
      }
      .learner {
        font-size: 1.6em;
        font-weight: 700;
        margin: var(--hs-space-1) 0 var(--hs-space-3);
        overflow-wrap: anywhere;
      }
      .label {
        margin: 0;
      }
      h2 {
        margin: var(--hs-space-5) 0 var(--hs-space-2);
      }
      .table-scroll {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        text-align: left;
        vertical-align: top;
        padding: var(--hs-space-2);
        border-bottom: 1px solid var(--hs-border);
      }
      td.score {
        white-space: nowrap;
      }
      .slip {
        display: grid;
        grid-template-columns: minmax(8rem, 14rem) 1fr;
        gap: var(--hs-space) var(--hs-space-5);
        align-items: center;
        margin-top: var(--hs-space-5);
        break-inside: avoid;
      }
      .qr {
        background: #fff;
      }
      .qr svg {
        display: block;
        width: 100%;
        height: auto;
      }
      .slip h2 {
        margin-top: 0;
      }
      /* The check page's address and the signed slip's text break anywhere rather than widen a phone. */
      .signed p {
        overflow-wrap: anywhere;
      }
      /* The signed slip's text, for anyone who would rather type it into the check page. */
      .signed-code {
        font-family: monospace;
        font-size: 0.7em;
      }
      a {
        color: var(--hs-link);
        display: inline-flex;
        align-items: center;
        min-height: 44px;
      }
      @media (max-width: 30rem) {
        .slip {
          grid-template-columns: 1fr;
        }
        .qr {
          max-width: 16rem;
        }
      }
      @media print {
        th,
        td {
          border-bottom-color: #000;
        }
        .qr {
          width: 45mm;
        }
        .slip {
          grid-template-columns: 45mm 1fr;
        }
        /* Beside its QR code in smaller type, so a certificate of a few lessons with a signed slip
           stays one sheet (more lessons spill onto a second, each code kept whole). */
        .signed {
          column-gap: 6mm;
          margin-top: 3mm;
        }
        .signed h2 {
          font-size: 1.1em;
          margin-bottom: 1mm;
        }
        .signed p {
          font-size: 10pt;
          line-height: 1.35;
          margin: 0 0 1.5mm;
        }
        .signed .signed-code {
          font-size: 6.5pt;
        }
        /* The link's paragraph too: its margins alone could push the last code onto a second sheet. */
        a,
        .back {
          display: none;
        }
      }
    `,
  ];

  declare labels:
    (Labels<typeof certificateLabelKeys> & Labels<typeof certificateSignedLabelKeys>) | undefined;
  declare catalog: SlipCatalogEntry[];
  declare lessonsUrl: string;
  declare progressUrl: string;
  /** The check page (lib/urls.ts checkSlipUrl), printed as an address anyone can type. */
  declare checkUrl: string;
  private readonly _profile = new StoreController(this, $profile);

  constructor() {
    super();
    this.labels = undefined;
    this.catalog = [];
    this.lessonsUrl = '';
    this.progressUrl = '';
    this.checkUrl = '';
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    const profile = this._profile.value;
    const completed = this._completed();
    if (completed.length === 0)
      return html`<p class="none">${l['certificate.none']}</p>
        <p><a href=${this.lessonsUrl}>${l['certificate.lessons']}</a></p>
        <p><a href=${this.progressUrl}>${l['certificate.back']}</a></p>`;
    const codes = new Map(this.catalog.map((entry) => [entry.slug, entry.code]));
    const today = localDay(new Date());
    const slip = learnerSlip(profile, (slug) => codes.get(slug), today);
    const name = profile.name || l['certificate.noName'];
    const workshop = profile.workshop;
    const signed = newestSignedSlip(profile);
    return html`<p class="label">${l['certificate.learner']}</p>
      <p class="learner">${name}</p>
      ${
        workshop
          ? html`<p class="workshop">
              ${format(l['certificate.workshop'], {
                name: workshop.name,
                session: workshop.session,
                date: this._day(workshop.joined),
              })}
            </p>`
          : nothing
      }
      <h2>${l['certificate.completedHeading']}</h2>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">${l['certificate.lesson']}</th>
              <th scope="col">${l['certificate.completedOn']}</th>
              <th scope="col">${l['certificate.best']}</th>
            </tr>
          </thead>
          <tbody>
            ${completed.map(
              (lesson) =>
                html`<tr>
                  <th scope="row">${lesson.title}</th>
                  <td>${this._day(lesson.on)}</td>
                  <td class="score">
                    ${lesson.best === null ? '' : format(l['certificate.percent'], { score: lesson.best })}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${signed ? this._signed(signed.text, signed.record) : nothing}
      <section class="slip" aria-labelledby="slip-heading">
        <div class="qr">
          ${unsafeSVG(qrSvg(encodeSlip(slip), format(l['certificate.qrLabel'], { name: slip.name || name })))}
        </div>
        <div>
          <h2 id="slip-heading">${l['certificate.qrHeading']}</h2>
          <p>${l['certificate.qrNote']}</p>
          <p>${format(l['certificate.made'], { date: this._day(new Date().toISOString()) })}</p>
        </div>
      </section>
      <p class="back"><a href=${this.progressUrl}>${l['certificate.back']}</a></p>`;
  }

  /** The newest slip a trainer signed for the learner: its QR code, its text and what it is. */
  private _signed(text: string, record: SignedRecord) {
    const l = this.labels!;
    const day = formatPartialDate;
    const check = new URL(this.checkUrl, location.href).href;
    return html`<section class="slip signed" aria-labelledby="signed-heading">
      <div class="qr">${unsafeSVG(qrSvg(text, format(l['received.qrLabel'], { name: record.name })))}</div>
      <div>
        <h2 id="signed-heading">${l['received.printHeading']}</h2>
        <p>
          ${format(l['received.printSigned'], {
            key: record.keyId,
            date: day(record.signed),
            expires: day(record.expires),
          })}
        </p>
        <p>${format(l['received.printHonest'], { url: check })}</p>
        <p class="signed-code">${l['received.codeLabel']}: ${text}</p>
      </div>
    </section>`;
  }

  override updated(): void {
    // Tells the page whether there is anything to print (certificate.css hides its Print button).
    this.toggleAttribute('data-empty', this._completed().length === 0);
  }

  /** The completed lessons, in the site's order, with the day and the best score. */
  private _completed() {
    const lessons = this._profile.value.lessons;
    return this.catalog.flatMap((entry) => {
      const record = lessons[entry.slug];
      return record?.completed ? [{ ...entry, on: record.completed, best: record.bestScore }] : [];
    });
  }

  /** An ISO time as the learner's local day, in the page's language. */
  private _day(iso: string): string {
    return new Date(iso).toLocaleDateString(document.documentElement.lang || undefined, {
      dateStyle: 'long',
    });
  }
}

customElements.define('completion-slip', CompletionSlip);

declare global {
  interface HTMLElementTagNameMap {
    'completion-slip': CompletionSlip;
  }
}
