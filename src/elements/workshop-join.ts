import { LitElement, css, html } from 'lit';
import { StoreController } from './store-controller';
import { $profile } from '../stores/profile';
import { joinWorkshop } from '../stores/workshop';
import { readJoinLink, type JoinLink, type JoinProblem } from '../lib/workshop-link';
import { format } from '../i18n/format';
import type { Labels, workshopJoinLabelKeys } from '../i18n/client-labels';
import { controlStyles } from './shared.styles';
import { withoutLabels } from './labels';

interface JoinCatalogEntry {
  slug: string;
  title: string;
  url: string;
}

type Outcome = { ok: true; link: JoinLink; lesson: JoinCatalogEntry } | { ok: false; problem: JoinProblem };

/**
 * @summary The join page a workshop's session QR opens: reads the session, the workshop's name
 * and the lesson from the address (lib/workshop-link.ts), notes the workshop in the current
 * learner's profile (their progress slip then carries the session), and offers the lesson as one
 * big link. A link that is wrong in any way, or names a lesson this site doesn't have, stores
 * nothing and says what to do.
 */
export class WorkshopJoin extends LitElement {
  static override properties = {
    labels: { type: Object },
    catalog: { type: Array },
    home: {},
    _outcome: { state: true },
  };
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .joined {
        font-size: 1.3em;
        font-weight: 700;
        overflow-wrap: anywhere;
      }
      a {
        color: var(--hs-link);
      }
      .go {
        display: inline-flex;
        align-items: center;
        min-height: 3.5rem;
        padding: var(--hs-space-2) var(--hs-space-5);
        border-radius: var(--hs-radius);
        background: var(--hs-accent);
        color: var(--hs-on-accent);
        font-size: 1.25em;
        font-weight: 700;
        text-decoration: none;
        overflow-wrap: anywhere;
      }
      .home {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
      }
    `,
  ];

  declare labels: Labels<typeof workshopJoinLabelKeys> | undefined;
  declare catalog: JoinCatalogEntry[];
  /** The home page, for a link that can't be used. */
  declare home: string;
  declare _outcome: Outcome | undefined;
  private readonly _profile = new StoreController(this, $profile);

  constructor() {
    super();
    this.labels = undefined;
    this.catalog = [];
    this.home = '';
    this._outcome = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Once per visit: moving the element must not note the workshop again.
    this._outcome ??= this._join();
  }

  private _join(): Outcome {
    const reading = readJoinLink(location.search);
    if (!reading.ok) return reading;
    const lesson = this.catalog.find((entry) => entry.slug === reading.link.lesson);
    if (!lesson) return { ok: false, problem: 'bad' };
    joinWorkshop({ session: reading.link.session, name: reading.link.name });
    return { ok: true, link: reading.link, lesson };
  }

  override render() {
    const l = this.labels;
    const outcome = this._outcome;
    if (!l || !outcome) return withoutLabels(this);
    if (!outcome.ok)
      return html`<div class="feedback" data-result="wrong" role="alert">
          <p>${outcome.problem === 'missing' ? l['workshop.missingLink'] : l['workshop.badLink']}</p>
        </div>
        <p><a class="home" href=${this.home}>${l['workshop.home']}</a></p>`;
    const { link, lesson } = outcome;
    const learner = this._profile.value.name || l['profile.mainName'];
    return html`<div class="feedback" data-result="correct" role="status">
        <p class="joined">${format(l['workshop.joined'], { name: link.name })}</p>
        <p>${format(l['workshop.joinedNote'], { session: link.session })}</p>
        <p>${format(l['workshop.profile'], { name: learner })}</p>
      </div>
      <p>
        <a class="go" href=${lesson.url}>${format(l['workshop.openLesson'], { title: lesson.title })}</a>
      </p>`;
  }
}

customElements.define('workshop-join', WorkshopJoin);

declare global {
  interface HTMLElementTagNameMap {
    'workshop-join': WorkshopJoin;
  }
}
