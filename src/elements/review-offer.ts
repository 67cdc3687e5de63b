import { LitElement, css, html, nothing } from 'lit';
import { controlStyles } from './shared.styles';
import { StoreController } from './store-controller';
import { $lessons } from '../stores/progress';
import { dismissReview, snoozeReview } from '../stores/review';
import { dueReview } from '../lib/review';
import { format } from '../i18n/format';
import type { Labels, reviewOfferLabelKeys } from '../i18n/client-labels';
import { withoutLabels } from './labels';
import { defineInOwnTask } from './define-in-own-task';

/** A lesson with a review pool, as the home page lists them. */
export interface ReviewedLesson {
  slug: string;
  title: string;
  /** Its review page. */
  url: string;
}

/**
 * @summary "Ôn lại 2 phút" on the home page (issue #21): 14 and 28 days after a learner first
 * finished a scam lesson (or its simulation), three review questions they haven't seen. The dates
 * come from the learner's own progress on this device; nothing is sent and nothing notifies. The
 * learner starts it, puts it off until tomorrow, or skips this round (the next round's date stands).
 * Draws nothing when no review is due. The page loads it only for a learner with progress.
 */
export class ReviewOffer extends LitElement {
  static override properties = {
    lessons: { type: Array },
    labels: { type: Object },
    _putOff: { state: true },
  };
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .box {
        border: 2px solid var(--hs-accent);
        border-radius: var(--hs-radius);
        padding: 0.75rem 1rem;
        background: var(--hs-surface);
        margin: 1rem 0;
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.3em;
      }
      p {
        margin: 0.5rem 0;
      }
      a {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        padding: var(--hs-space-2) 1.25rem;
        border-radius: var(--hs-radius);
        background: var(--hs-accent);
        color: var(--hs-on-accent);
        font-weight: 700;
        text-decoration: none;
      }
    `,
  ];

  declare lessons: ReviewedLesson[];
  declare labels: Labels<typeof reviewOfferLabelKeys> | undefined;
  /** What the learner just did with the offer, said in its place. */
  declare _putOff: 'snoozed' | 'dismissed' | undefined;
  private readonly _progress = new StoreController(this, $lessons);

  constructor() {
    super();
    this.lessons = [];
    this.labels = undefined;
    this._putOff = undefined;
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    if (this._putOff)
      return html`<p class="box" role="status" tabindex="-1">
        ${l[this._putOff === 'snoozed' ? 'review.snoozed' : 'review.dismissed']}
      </p>`;
    const due = dueReview(
      this._progress.value,
      this.lessons.map((lesson) => lesson.slug),
      new Date(),
    );
    const lesson = due && this.lessons.find((candidate) => candidate.slug === due.slug);
    if (!due || !lesson) return nothing;
    return html`<section class="box" aria-labelledby="review-offer-heading">
      <h2 id="review-offer-heading">${l['review.offerHeading']}</h2>
      <p>${format(l[due.round === 1 ? 'review.offer1' : 'review.offer2'], { title: lesson.title })}</p>
      <p class="actions">
        <a href=${lesson.url}>${l['review.start']}</a>
        <button
          type="button"
          class="secondary"
          @click=${() => this._putOffDue('snoozed', due.slug, due.round)}
        >
          ${l['review.later']}
        </button>
        <button
          type="button"
          class="secondary"
          @click=${() => this._putOffDue('dismissed', due.slug, due.round)}
        >
          ${l['review.dismiss']}
        </button>
      </p>
    </section>`;
  }

  private async _putOffDue(how: 'snoozed' | 'dismissed', slug: string, round: 1 | 2): Promise<void> {
    (how === 'snoozed' ? snoozeReview : dismissReview)(slug, round);
    this._putOff = how;
    // The buttons are gone: the focus goes to what replaced them, so a keyboard user isn't lost.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[role="status"]')?.focus();
  }
}

defineInOwnTask('review-offer', ReviewOffer);

declare global {
  interface HTMLElementTagNameMap {
    'review-offer': ReviewOffer;
  }
}
