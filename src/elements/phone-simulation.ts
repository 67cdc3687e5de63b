import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { format } from '../i18n/format';
import type { Labels, simulationLabelKeys } from '../i18n/client-labels';
import {
  choicesOf,
  choose,
  isGoodChoice,
  isOver,
  next,
  pickVariant,
  screenOf,
  startRun,
  type PlayScreen,
  type Run,
  type Scenario,
} from '../lib/simulation-play';
import { withoutLabels } from './labels';
import { controlStyles } from './shared.styles';

/**
 * @summary A simulation's pretend phone (issue #21): one screen at a time, the learner's choices as
 * buttons, why each is right or wrong as soon as it is made, Continue to where it leads, and a
 * debrief at the end. The scenario is read from the walk-through the page carries in <noscript>
 * (components/mdx/Simulation.astro): one copy serves readers with and without JS. It draws inside
 * the box the page keeps for it, so nothing below moves when it starts.
 */
export class PhoneSimulation extends LitElement {
  static override properties = { labels: { type: Object }, _run: { state: true } };
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .phone {
        max-width: 24rem;
        border: 3px solid var(--hs-fg);
        border-radius: 1.25rem;
        background: var(--hs-surface);
        overflow: hidden;
      }
      .status {
        display: flex;
        justify-content: space-between;
        padding: 0.25rem 0.75rem;
        background: var(--hs-fg);
        color: var(--hs-bg);
        font-weight: 700;
      }
      .banner {
        margin: 0;
        padding: 0.25rem 0.75rem;
        border-bottom: 2px dashed var(--hs-warn-border);
        background: var(--hs-warn-bg);
        color: var(--hs-fg);
        font-weight: 700;
      }
      .screen {
        padding: 0.5rem 0.75rem 0.75rem;
        overflow-wrap: anywhere;
      }
      .kind,
      .meta {
        margin: 0.25rem 0;
        color: var(--hs-muted);
      }
      .meta strong {
        color: var(--hs-fg);
      }
      h3 {
        margin: 0.25rem 0 0.5rem;
        font-size: 1.25em;
        line-height: 1.3;
      }
      .choices {
        display: grid;
        gap: 0.5rem;
        margin: 0.75rem 0 0;
        padding: 0;
        list-style: none;
      }
      .choices button {
        width: 100%;
        max-width: 24rem;
        text-align: start;
        background: var(--hs-bg);
        color: var(--hs-fg);
        border-color: var(--hs-accent);
      }
      .choices button[aria-pressed='true'] {
        background: var(--hs-accent);
        color: var(--hs-on-accent);
      }
      .choices button:disabled:not([aria-pressed='true']) {
        opacity: 0.7;
        cursor: default;
      }
      .prompt {
        margin: 0.75rem 0 0;
        font-weight: 700;
      }
      .feedback h4 {
        margin: 0 0 0.25rem;
        font-size: 1em;
      }
      .feedback p {
        margin: 0.25rem 0;
      }
      .end[data-trap] {
        color: var(--hs-bad);
        font-weight: 700;
      }
      .end:not([data-trap]) {
        color: var(--hs-good);
        font-weight: 700;
      }
      .actions {
        margin-top: 0.75rem;
      }
    `,
  ];

  declare labels: Labels<typeof simulationLabelKeys> | undefined;
  declare _run: Run | undefined;
  private _scenario: Scenario | undefined;
  /** Where focus goes after the next render: the new screen's title or the choice's feedback. */
  private _focus: 'title' | 'feedback' | undefined;

  constructor() {
    super();
    this.labels = undefined;
    this._run = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._scenario ??= readScenario(this);
    this._run ??= this._newRun();
  }

  /** A new run, of the variant the address asks for (`?variant=`) or one picked at random. */
  private _newRun(): Run | undefined {
    const scenario = this._scenario;
    if (!scenario) return undefined;
    const seed = crypto.getRandomValues(new Uint32Array(1))[0]!;
    const asked = new URLSearchParams(location.search).get('variant');
    const run = startRun(scenario, pickVariant(scenario.variants, seed, asked));
    // Which version this run is, for a trainer or a test to read (never shown to the learner).
    if (run.variant) this.dataset['variant'] = run.variant;
    return run;
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this._focus === 'feedback' ? '.feedback h4' : this._focus === 'title' ? 'h3' : undefined;
    this._focus = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    const scenario = this._scenario;
    const run = this._run;
    if (!scenario || !run) return nothing;
    const screen = screenOf(scenario, run);
    const over = isOver(scenario, run);
    return html`<div class="phone" role="group" aria-label=${l['sim.phone']}>
        <p class="status" aria-hidden="true"><span>9:41</span><span>4G ▮▮▮ 80%</span></p>
        <p class="banner">${l['sim.banner']}</p>
        <div class="screen" data-kind=${screen.kind}>
          <p class="kind">
            ${format(l['sim.stepOf'], { n: run.path.length - (run.chosen === undefined ? 0 : 1) + 1 })} ·
            ${(l as Record<string, string | undefined>)[`sim.kind.${screen.kind}`] ?? screen.kind}
          </p>
          ${screen.from ? html`<p class="meta">${format(l['sim.from'], { from: screen.from })}</p>` : nothing}
          ${
            screen.address
              ? html`<p class="meta">
                  <strong>${format(l['sim.address'], { address: screen.address })}</strong>
                </p>`
              : nothing
          }
          <h3 tabindex="-1">${screen.title}</h3>
          ${
            over
              ? html`<p class="end" data-trap=${screen.trap ?? nothing}>
                  ${screen.trap ? l['sim.trapEnd'] : l['sim.safeEnd']}
                </p>`
              : nothing
          }
          <div class="body">${unsafeHTML(screen.bodyHtml)}</div>
        </div>
      </div>
      ${over ? this._renderEnd(l) : this._renderChoices(l, scenario, run)}`;
  }

  private _renderChoices(l: Labels<typeof simulationLabelKeys>, scenario: Scenario, run: Run) {
    const choices = choicesOf(scenario, run);
    const chosen = run.chosen === undefined ? undefined : choices[run.chosen];
    const good = chosen && isGoodChoice(scenario, chosen);
    return html`<p class="prompt" id="prompt">${l['sim.whatNow']}</p>
      <ul class="choices" aria-labelledby="prompt">
        ${choices.map(
          (choice, i) =>
            html`<li>
              <button
                type="button"
                aria-pressed=${run.chosen === i ? 'true' : 'false'}
                ?disabled=${run.chosen !== undefined}
                @click=${() => this._choose(i)}
              >
                ${unsafeHTML(choice.html)}
              </button>
            </li>`,
        )}
      </ul>
      <div class="feedback" aria-live="polite" data-result=${chosen ? (good ? 'correct' : 'wrong') : ''}>
        ${
          chosen
            ? html`<h4 tabindex="-1">
                  ${good ? l['sim.good'] : l['sim.notThis']}${chosen.trap ? ` · ${l['sim.trap']}` : ''}
                </h4>
                <p>${format(l['sim.youChose'], { choice: chosen.text })}</p>
                <p>${chosen.explanation}</p>
                <div class="actions">
                  <button type="button" @click=${this._next}>${l['sim.continue']}</button>
                </div>`
            : nothing
        }
      </div>`;
  }

  private _renderEnd(l: Labels<typeof simulationLabelKeys>) {
    return html`<div class="actions">
      <button type="button" class="secondary" @click=${this._restart}>${l['sim.again']}</button>
    </div>`;
  }

  private _choose(index: number): void {
    if (!this._scenario || !this._run) return;
    this._run = choose(this._scenario, this._run, index);
    this._focus = 'feedback';
  }

  private _next = (): void => {
    if (!this._scenario || !this._run) return;
    this._run = next(this._scenario, this._run);
    this._focus = 'title';
  };

  private _restart = (): void => {
    this._run = this._newRun();
    this._focus = 'title';
  };
}

/**
 * The scenario from the page's walk-through. With scripting on, a <noscript>'s content is text, so
 * it is parsed here (inert: nothing in it runs or loads).
 */
export function readScenario(host: HTMLElement): Scenario | undefined {
  const source = host.querySelector('noscript')?.textContent;
  const start = host.dataset['start'];
  if (!source || !start) return undefined;
  const doc = new DOMParser().parseFromString(source, 'text/html');
  const screens = new Map<string, PlayScreen>();
  for (const li of doc.querySelectorAll<HTMLElement>('li.sim-screen')) {
    const data = li.dataset;
    screens.set(data['screen'] ?? '', {
      id: data['screen'] ?? '',
      kind: data['kind'] ?? 'app',
      title: data['title'] ?? '',
      from: data['from'],
      address: data['address'],
      trap: data['trap'],
      bodyHtml: li.querySelector('.sim-body')?.innerHTML ?? '',
      choices: [...li.querySelectorAll<HTMLElement>('.sim-choices > li')].map((choice) => {
        const label = choice.querySelector('.sim-choice');
        return {
          html: label?.innerHTML ?? '',
          text: label?.textContent.trim() ?? '',
          to: choice.dataset['to'] ?? '',
          explanation: choice.querySelector('.sim-explanation')?.textContent.trim() ?? '',
          trap: choice.dataset['trap'],
          variant: choice.dataset['variant'],
        };
      }),
    });
  }
  const variants = host.dataset['variants']?.split(' ').filter(Boolean) ?? [];
  return screens.has(start) ? { id: host.dataset['sim'] ?? '', start, variants, screens } : undefined;
}

customElements.define('phone-simulation', PhoneSimulation);
