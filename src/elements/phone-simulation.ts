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
  practiceOutcome,
  screenOf,
  startRun,
  type PlayScreen,
  type Run,
  type Scenario,
} from '../lib/simulation-play';
import { withoutLabels } from './labels';
import { savePracticeRun } from '../stores/practice';
import { controlStyles } from './shared.styles';
import { bannerStyles } from './banner.styles';
import { isTyping } from './typing-target';
import { formProblems, type FieldCheck } from '../lib/pretend-fields';
import type { FieldKind } from '../schemas/simulation';

/**
 * @summary A simulation's pretend phone (issue #21): one screen at a time, the learner's choices as
 * buttons, why each is right or wrong as soon as it is made, Continue to where it leads, and a
 * debrief at the end. The scenario is read from the walk-through the page carries in <noscript>
 * (components/mdx/Simulation.astro): one copy serves readers with and without JS. Until Start it
 * shows the page's own introduction through a slot, so nothing moves when its code arrives. A run
 * that reaches a debrief is saved as practice in the learner's progress, with its outcome. A screen
 * may carry a pretend form: its submit choice goes forward only once every field passes its check.
 */
export class PhoneSimulation extends LitElement {
  static override properties = {
    labels: { type: Object },
    _run: { state: true },
    _secondsLeft: { state: true },
    _timerOn: { state: true },
    _started: { state: true },
    _revealed: { state: true },
    _problems: { state: true },
    projector: { type: Boolean, reflect: true },
  };
  static override styles = [
    controlStyles,
    bannerStyles,
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
      .techniques {
        margin: 0.5rem 0 0;
        font-weight: 700;
        color: var(--hs-bad);
      }
      .fields > div {
        margin: 0.75rem 0;
      }
      label,
      .error {
        font-weight: 700;
      }
      input {
        display: block;
        width: 100%;
        min-height: 44px;
        margin: 0.25rem 0;
        padding: 0.25rem 0.5rem;
        font: inherit;
        font-size: max(1em, 18px);
        color: inherit;
        background: var(--hs-bg);
        border: 2px solid;
        border-radius: var(--hs-radius);
      }
      [aria-invalid] {
        border-color: var(--hs-bad);
      }
      .hint {
        color: var(--hs-muted);
      }
      .error {
        color: var(--hs-bad);
      }
      .timer {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        margin: 0.75rem 0 0;
      }
      .timer p {
        margin: 0;
        font-weight: 700;
      }
      /* Projector mode: read from the back of a commune hall. */
      :host([projector]) {
        font-size: clamp(1.5rem, 2.6vw, 2.25rem);
      }
      :host([projector]) .phone,
      :host([projector]) .choices button {
        max-width: 60rem;
      }
      .number {
        display: inline-block;
        min-width: 1.5em;
        font-weight: 700;
      }
      .keys {
        margin: 0.75rem 0 0;
        color: var(--hs-muted);
        font-size: 0.8em;
      }
    `,
  ];

  declare labels: Labels<typeof simulationLabelKeys> | undefined;
  declare _run: Run | undefined;
  /** The countdown on a screen that has one, while the learner decides; 0 once it has run out. */
  declare _secondsLeft: number | undefined;
  /** Countdowns can be switched off (accessibility); the choice is kept on the device. */
  declare _timerOn: boolean;
  /**
   * The phone shows once the learner presses Start. Until then the page's introduction shows (see
   * render), so the phone, taller and different for every scenario, appears in answer to a press
   * and moves nothing by itself.
   */
  declare _started: boolean;
  /**
   * Projector mode (`?projector` in the address): the trainer chooses for the room, choices large
   * and numbered, and the verdict and explanation wait for Reveal. The trainer's own progress is
   * left alone: the room played, not them.
   */
  declare projector: boolean;
  /** In projector mode, whether the chosen choice's explanation shows yet. */
  declare _revealed: boolean;
  /**
   * What is wrong with the screen's form, by field, since the learner last tried to send it. What
   * they typed stays in the inputs only, and is emptied when the phone leaves the screen.
   */
  declare _problems: Record<string, FieldCheck>;
  private _scenario: Scenario | undefined;
  private _ticking: ReturnType<typeof setInterval> | undefined;
  /** The screen the countdown runs for. */
  private _timedScreen: string | undefined;
  /** Where focus goes after the next render: the new screen's title, the feedback or a bad field. */
  private _focus: string | undefined;

  constructor() {
    super();
    this.labels = undefined;
    this._run = undefined;
    this._secondsLeft = undefined;
    this._timerOn = readTimerSetting();
    this._started = false;
    this._revealed = false;
    this._problems = {};
    this.projector = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this._onStartClick);
    removeEventListener('keydown', this._onKey);
    this._stopTimer();
  }

  override willUpdate(): void {
    // A new screen with a countdown starts it; a choice made stops it.
    const run = this._run;
    const screen = run && this._scenario ? screenOf(this._scenario, run) : undefined;
    if (
      !run ||
      !this._started ||
      screen?.countdown === undefined ||
      run.chosen !== undefined ||
      !this._timerOn
    ) {
      this._stopTimer();
      return;
    }
    const visit = `${run.path.length}:${screen.id}`;
    if (this._timedScreen === visit) return;
    this._stopTimer();
    this._timedScreen = visit;
    this._secondsLeft = screen.countdown;
    this._ticking = setInterval(() => {
      this._secondsLeft = Math.max(0, (this._secondsLeft ?? 0) - 1);
      if (this._secondsLeft === 0) clearInterval(this._ticking);
    }, 1000);
  }

  private _stopTimer(): void {
    clearInterval(this._ticking);
    this._ticking = undefined;
    this._timedScreen = undefined;
    this._secondsLeft = undefined;
  }

  private _toggleTimer = (): void => {
    this._timerOn = !this._timerOn;
    saveTimerSetting(this._timerOn);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this._scenario ??= readScenario(this);
    this._run ??= this._newRun();
    this.addEventListener('click', this._onStartClick);
    if (new URLSearchParams(location.search).has('projector')) this.projector = true;
    if (this.projector) addEventListener('keydown', this._onKey);
  }

  /** A clicker's keys (→ Space PageDown), numbers to choose, R to reveal; as the lesson's deck. */
  private _onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || !this._scenario || !this._run) return;
    // Typing belongs to the field: a trainer filling a search box or the page's own form isn't
    // choosing an answer with each digit.
    if (isTyping(event)) return;
    const target = event.composedPath()[0];
    const onControl = target instanceof Element && target.closest('button, a') !== null;
    const run = this._run;
    const key = event.key;
    let done = true;
    if (!this._started) done = false;
    else if (
      /^[1-9]$/.test(key) &&
      run.chosen === undefined &&
      Number(key) <= choicesOf(this._scenario, run).length
    )
      this._choose(Number(key) - 1);
    else if ((key === 'r' || key === 'R') && run.chosen !== undefined) this._reveal();
    else if (
      ['ArrowRight', 'PageDown', ' '].includes(key) &&
      run.chosen !== undefined &&
      !(key === ' ' && onControl)
    )
      if (this._revealed) this._next();
      else this._reveal();
    else done = false;
    if (done) event.preventDefault();
  };

  private _reveal = (): void => {
    this._revealed = true;
    this._focus = FEEDBACK;
  };

  /** Start is the page's button (light DOM), so its press is heard here. */
  private _onStartClick = (event: MouseEvent): void => {
    if (this._started || !this._scenario) return;
    if (event.target instanceof Element && event.target.closest('[data-sim-start]')) this._start();
  };

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
    const target = this._focus;
    this._focus = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    const scenario = this._scenario;
    const run = this._run;
    if (!scenario || !run) return nothing;
    if (!this._started)
      // The page's own introduction and Start (Simulation.astro), the same nodes it painted first.
      return html`<slot name="intro"></slot>`;
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
          ${screen.fields.length > 0 ? this._renderFields(l, screen, run) : nothing}
          ${
            screen.techniques.length > 0
              ? html`<p class="techniques">
                  ${format(l['sim.techniques'], {
                    list: screen.techniques
                      .map(
                        (technique) =>
                          (l as Record<string, string | undefined>)[`sim.technique.${technique}`] ??
                          technique,
                      )
                      .join('; '),
                  })}
                </p>`
              : nothing
          }
        </div>
      </div>
      ${over ? this._renderEnd(l) : this._renderChoices(l, scenario, run)}`;
  }

  private _renderChoices(l: Labels<typeof simulationLabelKeys>, scenario: Scenario, run: Run) {
    const choices = choicesOf(scenario, run);
    const chosen = run.chosen === undefined ? undefined : choices[run.chosen];
    const good = chosen && isGoodChoice(scenario, run.screen, chosen);
    const timed = scenario.screens.get(run.screen)?.countdown !== undefined && run.chosen === undefined;
    return html`${timed ? this._renderTimer(l) : nothing}
      <p class="prompt" id="prompt">${l['sim.whatNow']}</p>
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
                ${this.projector ? html`<span class="number">${i + 1}.</span>` : nothing}${unsafeHTML(choice.html)}
              </button>
            </li>`,
        )}
      </ul>
      <div
        class="feedback"
        aria-live="polite"
        data-result=${chosen && (this._revealed || !this.projector) ? (good ? 'correct' : 'wrong') : ''}
      >
        ${
          chosen && this.projector && !this._revealed
            ? html`<p>${format(l['sim.youChose'], { choice: chosen.text })}</p>
                <div class="actions">
                  <button type="button" class="reveal" @click=${this._reveal}>${l['sim.reveal']}</button>
                </div>`
            : chosen
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
      </div>
      ${
        this.projector
          ? html`<p class="keys">${format(l['sim.projectorKeys'], { n: choices.length })}</p>`
          : nothing
      }`;
  }

  /**
   * The pretend form. Each field's problem shows under it, and is what it is described by; the
   * inputs keep what was typed without binding it, so nothing holds it but the input itself.
   */
  private _renderFields(l: Labels<typeof simulationLabelKeys>, screen: PlayScreen, run: Run) {
    const text = l as Record<string, string | undefined>;
    return html`<div class="fields">
      ${screen.fields.some((field) => field.kind !== 'otp') ? html`<p>${l['sim.fieldsNote']}</p>` : nothing}
      ${screen.fields.map((field) => {
        const id = `f-${field.id}`;
        const bad = this._problems[field.id];
        return html`<div>
          <label for=${id}>${field.label}</label>
          <input
            id=${id}
            inputmode="numeric"
            autocomplete="off"
            aria-invalid=${bad ? 'true' : nothing}
            aria-describedby=${bad ? `${id}-e ${id}-h` : `${id}-h`}
            ?readonly=${run.chosen !== undefined}
            @keydown=${this._onFieldKey}
          />
          <div class="hint" id="${id}-h">${text[`sim.rule.${field.kind}`]}</div>
          ${
            bad
              ? html`<div class="error" id="${id}-e">
                  ${format(
                    text[`sim.field.${field.kind}.${bad.problem}`] ?? text[`sim.field.${bad.problem}`] ?? '',
                    { n: bad.digits },
                  )}
                </div>`
              : nothing
          }
        </div>`;
      })}
    </div>`;
  }

  /** Enter in a field sends the form, as its submit choice does. */
  private _onFieldKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || !this._scenario || !this._run) return;
    event.preventDefault();
    const submit = choicesOf(this._scenario, this._run).findIndex((choice) => choice.submit);
    if (submit >= 0) this._choose(submit);
  };

  /** The countdown and its switch. The seconds are a timer (not read out each second); running out is. */
  private _renderTimer(l: Labels<typeof simulationLabelKeys>) {
    const left = this._secondsLeft;
    return html`<div class="timer">
      ${
        this._timerOn && left !== undefined && left > 0
          ? html`<p role="timer">${format(l['sim.secondsLeft'], { n: left })}</p>`
          : nothing
      }
      <p aria-live="polite">${this._timerOn && left === 0 ? l['sim.timeUp'] : ''}</p>
      <button type="button" class="secondary" @click=${this._toggleTimer}>
        ${this._timerOn ? l['sim.countdownOff'] : l['sim.countdownOn']}
      </button>
    </div>`;
  }

  private _renderEnd(l: Labels<typeof simulationLabelKeys>) {
    return html`<div class="actions">
      <button type="button" class="secondary" @click=${this._restart}>${l['sim.again']}</button>
    </div>`;
  }

  private _start = (): void => {
    this._started = true;
    this._focus = TITLE;
  };

  private _choose(index: number): void {
    const scenario = this._scenario;
    const run = this._run;
    if (!scenario || !run || run.chosen !== undefined) return;
    if (choicesOf(scenario, run)[index]?.submit) {
      // Read from the inputs at the moment of sending; nothing else ever sees the values.
      const { fields } = screenOf(scenario, run);
      const typed = Object.fromEntries(
        fields.map((field) => [
          field.id,
          this.renderRoot.querySelector<HTMLInputElement>(`#f-${field.id}`)?.value ?? '',
        ]),
      );
      this._problems = formProblems(fields, typed);
      const bad = fields.find((field) => this._problems[field.id]);
      if (bad) {
        this._focus = `#f-${bad.id}`;
        return;
      }
    }
    this._run = choose(scenario, run, index);
    this._revealed = false;
    this._focus = FEEDBACK;
  }

  /** Leaving a screen forgets what its form held. */
  private _forgetForm(): void {
    this._problems = {};
    for (const input of this.renderRoot.querySelectorAll('input')) input.value = '';
  }

  private _next = (): void => {
    if (!this._scenario || !this._run) return;
    this._run = next(this._scenario, this._run);
    this._revealed = false;
    this._forgetForm();
    this._focus = TITLE;
    // A debrief reached: the run counts as practice in the learner's progress, with its outcome
    // (not in projector mode: the room played, on the trainer's device).
    const outcome = practiceOutcome(this._scenario, this._run);
    const lesson = this.dataset['lesson'];
    if (outcome && lesson && !this.projector) savePracticeRun(lesson, outcome);
  };

  private _restart = (): void => {
    this._run = this._newRun();
    this._forgetForm();
    this._focus = TITLE;
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
      countdown: data['countdown'] ? Number(data['countdown']) : undefined,
      techniques: data['techniques']?.split(' ').filter(Boolean) ?? [],
      bodyHtml: li.querySelector('.sim-body')?.innerHTML ?? '',
      fields: [...li.querySelectorAll<HTMLElement>('.sim-fields > li')].map(({ dataset }) => ({
        id: dataset['field'] ?? '',
        kind: dataset['kind'] as FieldKind,
        label: dataset['label'] ?? '',
        expect: dataset['expect'],
      })),
      choices: [...li.querySelectorAll<HTMLElement>('.sim-choices > li')].map((choice) => {
        const label = choice.querySelector('.sim-choice');
        return {
          html: label?.innerHTML ?? '',
          text: label?.textContent.trim() ?? '',
          to: choice.dataset['to'] ?? '',
          explanation: choice.querySelector('.sim-explanation')?.textContent.trim() ?? '',
          trap: choice.dataset['trap'],
          variant: choice.dataset['variant'],
          submit: choice.dataset['submit'] !== undefined,
        };
      }),
    });
  }
  const variants = host.dataset['variants']?.split(' ').filter(Boolean) ?? [];
  return screens.has(start) ? { id: host.dataset['sim'] ?? '', start, variants, screens } : undefined;
}

/** Where focus goes: a new screen's title; the feedback's heading, or before Reveal, its button. */
const TITLE = 'h3';
const FEEDBACK = '.feedback h4, .feedback .reveal';

const TIMER_KEY = 'hs-sim-timer';

/** Whether countdowns run: on unless the learner switched them off (storage may be missing). */
function readTimerSetting(): boolean {
  try {
    return localStorage.getItem(TIMER_KEY) !== 'off';
  } catch {
    return true;
  }
}

function saveTimerSetting(on: boolean): void {
  try {
    if (on) localStorage.removeItem(TIMER_KEY);
    else localStorage.setItem(TIMER_KEY, 'off');
  } catch {
    // Without storage the switch still holds for this page.
  }
}

customElements.define('phone-simulation', PhoneSimulation);
