import { LitElement, css, html, nothing } from 'lit';
import {
  NOTHING_IN_VIEW,
  PHOTO_SIZES,
  cameraAvailability,
  cameraProblem,
  chooseDecoder,
  fitWithin,
  noteRead,
  type CameraAvailability,
  type CameraProblem,
  type InView,
  type QrDecoder,
} from '../lib/qr-scan';
import { SLIP_PREFIX } from '../lib/slip';
import { format } from '../i18n/format';
import type { Labels, scanLabelKeys } from '../i18n/client-labels';
import { controlStyles } from './shared.styles';
import { fileInputStyles } from './file-drop';
import { withoutLabels } from './labels';

/** What the class sheet answers to a read code (it sets these on the event's detail). */
export type SlipTextResult = 'added' | 'updated' | 'unchanged' | 'rejected';

export interface SlipTextDetail {
  text: string;
  source: 'camera' | 'photo';
  /** Set by whoever handles the event, synchronously. */
  result?: SlipTextResult;
  /** What happened, in the page's language, set with `result`. */
  message?: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'slip-scanner': SlipScanner;
  }
  interface GlobalEventHandlersEventMap {
    'slip-text': CustomEvent<SlipTextDetail>;
  }
}

/** Camera frames searched per second: enough to feel instant, little enough for an old laptop. */
const SCAN_INTERVAL_MS = 200;
/** Live frames are searched at most this wide: a held-up phone's code is large in the picture. */
const FRAME_LONGEST = 640;

type Tone = 'success' | 'quiet' | 'problem';
type CameraState = 'off' | 'starting' | 'on';

/**
 * @summary Reads progress slips (lib/slip.ts) with the camera, one learner after another with no
 * taps, or from a photo. It decides nothing about the class: each code read goes to the class
 * sheet as a `slip-text` event, whose answer it shows, with a beep or buzz.
 *
 * @fires slip-text - A progress code was read (`detail.text`, `detail.source`). The handler sets
 * `detail.result` and `detail.message` synchronously.
 */
export class SlipScanner extends LitElement {
  static override properties = {
    labels: { type: Object },
    prefix: {},
    _camera: { state: true },
    _message: { state: true },
    _tone: { state: true },
  };
  static override styles = [
    controlStyles,
    fileInputStyles,
    css`
      :host {
        display: block;
      }
      video {
        display: block;
        width: 100%;
        max-width: 24rem;
        margin: var(--hs-space-2) 0;
        background: #000;
        border-radius: var(--hs-radius);
      }
      .file-label {
        padding: 0.5rem 1.25rem;
      }
      .note {
        border-left: 6px solid var(--hs-warn-border);
        padding: var(--hs-space-1) var(--hs-space-3);
      }
    `,
  ];

  declare labels: Labels<typeof scanLabelKeys> | undefined;
  /** The start of the codes it hands on: progress slips', or signed slips' on the check page. */
  declare prefix: string;
  declare _camera: CameraState;
  declare _message: string;
  declare _tone: Tone;
  private _stream: MediaStream | undefined;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _inView: InView = NOTHING_IN_VIEW;
  private _decoder: Promise<QrDecoder> | undefined;
  private _canvas: HTMLCanvasElement | undefined;
  private _audio: AudioContext | undefined;

  constructor() {
    super();
    this.labels = undefined;
    this.prefix = SLIP_PREFIX;
    this._camera = 'off';
    this._message = '';
    this._tone = 'quiet';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this._onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this._onVisibility);
    this._stop();
  }

  /** Whether this page may use the camera at all. */
  private _availability(): CameraAvailability {
    return cameraAvailability({
      isSecureContext: window.isSecureContext,
      // Missing altogether outside a secure context, whatever the types say.
      hasGetUserMedia:
        typeof (navigator.mediaDevices as MediaDevices | undefined)?.getUserMedia === 'function',
    });
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    const availability = this._availability();
    const camera =
      availability === 'available'
        ? html`<p class="actions">
              <button type="button" @click=${this._camera === 'off' ? this._start : this._stopByHand}>
                ${this._camera === 'off' ? l['scan.start'] : l['scan.stop']}
              </button>
            </p>
            ${
              this._camera === 'off'
                ? nothing
                : html`<p>${l['scan.hint']}</p>
                    <video muted playsinline autoplay aria-label=${l['scan.video']}></video>`
            }`
        : html`<p class="note">
            ${format(l[availability === 'insecure' ? 'scan.insecure' : 'scan.unsupported'], {
              photo: l['scan.photo'],
            })}
          </p>`;
    return html`${camera} ${availability === 'available' ? html`<p>${l['scan.photoNote']}</p>` : nothing}
      <p class="actions">
        <label class="file-label"
          >${l['scan.photo']}
          <input type="file" accept="image/*" capture="environment" @change=${this._picked} />
        </label>
      </p>
      <p
        class="feedback"
        role="status"
        data-result=${this._tone === 'success' ? 'correct' : this._tone === 'problem' ? 'wrong' : 'quiet'}
      >
        ${this._message}
      </p>`;
  }

  /** The decoder, chosen (and jsQR fetched where needed) once per page. */
  private _getDecoder(): Promise<QrDecoder> {
    this._decoder ??= chooseDecoder();
    return this._decoder;
  }

  private async _start(): Promise<void> {
    const l = this.labels!;
    this._wakeAudio();
    this._camera = 'starting';
    this._say(l['scan.starting'], 'quiet');
    try {
      const [stream] = await Promise.all([
        navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }),
        this._getDecoder(),
      ]);
      if (!this._cameraIs('starting')) {
        // Stopped (page hidden, element removed) while the browser was asking.
        for (const track of stream.getTracks()) track.stop();
        return;
      }
      this._stream = stream;
      // A camera unplugged or taken by another app ends its track: say so rather than scan nothing.
      for (const track of stream.getVideoTracks())
        track.addEventListener('ended', () => {
          if (this._stream !== stream) return;
          this._stop();
          this._say(this._problemMessage('busy'), 'problem');
        });
      this._camera = 'on';
      await this.updateComplete;
      const video = this.renderRoot.querySelector('video')!;
      video.muted = true;
      video.srcObject = stream;
      await video.play();
      this._inView = NOTHING_IN_VIEW;
      this._say(l['scan.on'], 'quiet');
      this._scanSoon();
    } catch (error) {
      // Stopped by hand while starting: that is no failure.
      if (this._cameraIs('off')) return;
      this._stop();
      this._say(this._problemMessage(cameraProblem((error as { name?: string } | null)?.name)), 'problem');
    }
  }

  /** Read afresh after an await: the camera may have been stopped meanwhile. */
  private _cameraIs(state: CameraState): boolean {
    return this._camera === state;
  }

  private _problemMessage(problem: CameraProblem): string {
    const l = this.labels!;
    const key = {
      denied: 'scan.denied',
      'no-camera': 'scan.noCamera',
      busy: 'scan.busy',
      failed: 'scan.failed',
    } as const;
    return format(l[key[problem]], { photo: l['scan.photo'], start: l['scan.start'] });
  }

  private _stopByHand(): void {
    this._stop();
    this._say(this.labels!['scan.off'], 'quiet');
  }

  private _stop(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
    for (const track of this._stream?.getTracks() ?? []) track.stop();
    this._stream = undefined;
    const video = this.renderRoot.querySelector('video');
    if (video) video.srcObject = null;
    this._camera = 'off';
  }

  private readonly _onVisibility = () => {
    if (document.hidden && this._camera !== 'off') this._stopByHand();
  };

  private _scanSoon(): void {
    this._timer = setTimeout(() => void this._scanFrame(), SCAN_INTERVAL_MS);
  }

  /** One live frame: search it, hand on a code newly in view, and go on to the next frame. */
  private async _scanFrame(): Promise<void> {
    const video = this.renderRoot.querySelector('video');
    if (this._camera !== 'on' || !video) return;
    let text: string | null = null;
    if (video.readyState >= video.HAVE_CURRENT_DATA && video.videoWidth > 0) {
      const image = this._draw(video, video.videoWidth, video.videoHeight, FRAME_LONGEST);
      try {
        text = (await (await this._getDecoder()).decode(image))[0] ?? null;
      } catch {
        text = null;
      }
    }
    if (!this._cameraIs('on')) return;
    const { state, isNew } = noteRead(this._inView, text, performance.now());
    this._inView = state;
    if (isNew && text !== null) this._hand(text, 'camera');
    this._scanSoon();
  }

  /** A picture drawn at most `longest` pixels on its longer side, as pixels. */
  private _draw(source: CanvasImageSource, width: number, height: number, longest: number): ImageData {
    const size = fitWithin(width, height, longest);
    this._canvas ??= document.createElement('canvas');
    this._canvas.width = size.width;
    this._canvas.height = size.height;
    const context = this._canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(source, 0, 0, size.width, size.height);
    return context.getImageData(0, 0, size.width, size.height);
  }

  private _picked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Choosing the same photo again should read it again.
    input.value = '';
    if (file) void this._readPhoto(file);
  }

  private async _readPhoto(file: File): Promise<void> {
    const l = this.labels!;
    this._wakeAudio();
    this._say(l['scan.reading'], 'quiet');
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(file);
    } catch {
      this._say(l['scan.photoError'], 'problem');
      this._sound('problem');
      return;
    }
    try {
      const decoder = await this._getDecoder();
      // A large photo is searched small first (fast, and most codes read), then larger, then smaller.
      for (const longest of PHOTO_SIZES) {
        const image = this._draw(bitmap, bitmap.width, bitmap.height, longest);
        const [text] = await decoder.decode(image, true);
        if (text !== undefined) {
          this._hand(text, 'photo');
          return;
        }
      }
      this._say(l['scan.noCode'], 'problem');
      this._sound('problem');
    } finally {
      bitmap.close();
    }
  }

  /** Hands a read code to the class sheet and shows, sounds and buzzes its answer. */
  private _hand(text: string, source: 'camera' | 'photo'): void {
    const l = this.labels!;
    if (!text.startsWith(this.prefix)) {
      this._say(l['scan.notSlip'], 'problem');
      this._sound('problem');
      return;
    }
    const detail: SlipTextDetail = { text, source };
    this.dispatchEvent(new CustomEvent('slip-text', { bubbles: true, composed: true, detail }));
    switch (detail.result) {
      case 'added':
      case 'updated':
        this._say(detail.message ?? l['scan.read'], 'success');
        this._sound('success');
        break;
      case 'rejected':
        this._say(detail.message ?? l['scan.notSlip'], 'problem');
        this._sound('problem');
        break;
      default:
        // 'unchanged', or nobody answered: say so quietly.
        this._say(detail.message ?? l['scan.read'], 'quiet');
    }
  }

  private _say(message: string, tone: Tone): void {
    this._message = message;
    this._tone = tone;
  }

  /** An AudioContext may only start from a tap, so it is made on the tap that starts scanning. */
  private _wakeAudio(): void {
    try {
      this._audio ??= new AudioContext();
      void this._audio.resume();
    } catch {
      // No Web Audio: the message and vibration still tell.
    }
  }

  /** A short high beep and a buzz for a learner added; two low tones and a double buzz for a problem. */
  private _sound(tone: 'success' | 'problem'): void {
    if ('vibrate' in navigator) navigator.vibrate(tone === 'success' ? 120 : [80, 80, 80]);
    const audio = this._audio;
    if (!audio) return;
    const notes =
      tone === 'success'
        ? [{ at: 0, hz: 880 }]
        : [
            { at: 0, hz: 330 },
            { at: 0.2, hz: 220 },
          ];
    for (const { at, hz } of notes) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      const start = audio.currentTime + at;
      oscillator.frequency.value = hz;
      oscillator.type = tone === 'success' ? 'sine' : 'square';
      gain.gain.setValueAtTime(0.2, start);
      gain.gain.exponentialRampToValueAtTime(0.001, start + 0.15);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.16);
    }
  }
}

customElements.define('slip-scanner', SlipScanner);
