import { html, isServer, nothing } from 'lit';
import { PressElement, textConverter } from '../../press-element.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { format, standInDir, standInLang, stringsFor, type PressStrings } from '../../i18n.js';
import { cachedFormatter } from '../../intl-cache.js';
import { resolveLang } from '../../language.js';
import { LocaleController } from '../../locale-controller.js';
import {
  CONTRASTS,
  FONT_SCALES,
  MAX_FONT_SCALE,
  MIN_FONT_SCALE,
  preferencesStore,
  type Contrast,
  type ReadingPreferences,
} from '../../preferences-store.js';
import type { ReadAloud, ReadState } from '../../read-aloud.js';
import { onDemand } from '../../on-demand.js';
import { rendersAsServer } from '../../server-parity.js';
import { voiceFor } from '../../speech-voice.js';
import { rememberedOpen, rememberOpen } from '../../toolbar-memory.js';
import type { PressArticle } from '../article/article.js';
import { toolbarStyles } from './a11y-toolbar.styles.js';

/** `compact` shows one button that opens the toolbar; `auto` does so below 30rem of width. */
export type ToolbarLayout = 'auto' | 'compact' | 'full';

/** The reader, loaded the first time Read aloud is pressed. */
const loadReader = onDemand(() => import('../../read-aloud.js'));

type Action = 'smaller' | 'reset' | 'larger' | 'more' | 'less' | 'spacing' | 'read' | 'stop';
type Key = keyof PressStrings;

const contrastNames: Record<Contrast, Key> = {
  normal: 'contrastNormal',
  more: 'contrastHigh',
  most: 'contrastDark',
};
const readLabels: Record<ReadState, Key> = {
  idle: 'readAloud',
  reading: 'readPause',
  paused: 'readResume',
};
const readNames: Record<ReadState, Key> = { ...readLabels, idle: 'readAloudLabel' };
const readStatus: Record<ReadState, Key> = {
  idle: 'stoppedStatus',
  reading: 'readingStatus',
  paused: 'pausedStatus',
};

/** The next font-size step up or down from `scale`, which may sit between steps. */
function nextScale(scale: number, up: boolean): number {
  const steps = up ? FONT_SCALES : [...FONT_SCALES].reverse();
  return steps.find((step) => (up ? step > scale : step < scale)) ?? scale;
}

/**
 * @summary The reader's toolbar: text size down, reset and up, contrast up and down, text
 * spacing, and read aloud when the browser has a voice for the article's language; a WAI-ARIA APG
 * toolbar with one tab stop.
 *
 * @csspart toggle - The button that opens and closes the toolbar in its compact form.
 * @csspart base - The `role="toolbar"` container.
 * @csspart button - Every control; also `button-<action>` (smaller, reset, larger, more, less,
 * spacing, read, stop).
 * @csspart group - Each group of controls: text size, contrast, then spacing and reading. Groups
 * wrap as wholes on narrow screens.
 * @csspart size - The visible current text size, e.g. "125%".
 * @csspart note - Why the contrast controls are inactive, or that the system decides.
 * @csspart status - The polite live region that announces changes.
 *
 * @cssprop [--press-a11y-toolbar-color=var(--press-color-text)] - Text colour.
 * @cssprop [--press-a11y-toolbar-font=var(--press-font-ui)] - Font family.
 * @cssprop [--press-a11y-toolbar-font-size=var(--press-font-size-ui)] - Text size (rem: it does
 * not grow with the article).
 * @cssprop [--press-a11y-toolbar-gap=var(--press-space-m)] - Space below the toolbar.
 * @cssprop [--press-a11y-toolbar-spacing=0.5rem] - Space between controls.
 * @cssprop [--press-a11y-toolbar-group-spacing=1rem] - Space between groups.
 * @cssprop [--press-a11y-toolbar-radius=var(--press-radius)] - Button corner radius.
 * @cssprop [--press-a11y-toolbar-button-color=var(--press-color-text)] - Button text.
 * @cssprop [--press-a11y-toolbar-button-background=var(--press-color-background)] - Button fill.
 * @cssprop [--press-a11y-toolbar-button-border=var(--press-color-border)] - Button border.
 * @cssprop [--press-a11y-toolbar-button-hover=var(--press-color-surface)] - Hovered button fill.
 * @cssprop [--press-a11y-toolbar-button-disabled=var(--press-color-text-muted)] - Text of a control
 * at its limit.
 * @cssprop [--press-a11y-toolbar-focus=var(--press-color-focus)] - Focus ring.
 * @cssprop [--press-a11y-toolbar-note-color=var(--press-color-text-muted)] - Note text.
 */
export class PressA11yToolbar extends PressElement {
  static override styles = toolbarStyles;

  static override get properties() {
    return {
      htmlFor: { attribute: 'for', converter: textConverter },
      layout: { reflect: true },
      open: { type: Boolean, reflect: true },
      preferences: { state: true },
      systemContrast: { state: true },
      forcedColors: { state: true },
      reading: { state: true },
      focusIndex: { state: true },
      message: { state: true },
    };
  }

  /**
   * The id of the `<press-article>` to control. Without it: the closest `<press-article>`
   * ancestor, else the first one in the document.
   */
  htmlFor = '';

  /**
   * `auto` (default): the compact form when the toolbar is narrower than 30rem (a phone), else
   * every control in view; `compact`: always one button that opens the toolbar; `full`: never.
   * The compact form is chosen by the toolbar's own width (a container query): inside a flex or
   * grid row, give it a width. Left unset it means `auto` and writes no attribute to the host.
   */
  layout?: ToolbarLayout;

  /**
   * Whether the compact form is open (its button toggles it; arrow down also opens it and moves
   * into the toolbar). The reader's last choice is remembered and wins over the attribute, which
   * is only the first visit's default.
   */
  open = false;

  private preferences: ReadingPreferences = { fontScale: 1 };
  private systemContrast = false;
  private forcedColors = false;
  private reading: ReadState = 'idle';
  private focusIndex = 0;
  /** What the live region says, and the language it is in (see `langOf`). */
  private message: [text: string, lang?: string] = [''];

  private readonly locale = new LocaleController(this);
  private readonly cleanups: (() => void)[] = [];
  private reader?: ReadAloud;

  protected override connectedInBrowser(): void {
    this.open = rememberedOpen() ?? this.open;
    const target = this.target;
    // The article's own values: a portal may have set one article apart from the reader's store.
    const sync = () => (this.preferences = target?.preferences ?? preferencesStore.get());
    sync();
    target?.addEventListener('press-preferences-change', sync);
    const speech = globalThis.speechSynthesis;
    // Voices load late in some browsers: look again when they change.
    const onVoices = () => this.requestUpdate();
    speech?.addEventListener('voiceschanged', onVoices);
    this.cleanups.push(
      preferencesStore.subscribe(sync),
      () => target?.removeEventListener('press-preferences-change', sync),
      this.watchMedia('(prefers-contrast: more)', (matches) => (this.systemContrast = matches)),
      this.watchMedia('(forced-colors: active)', (matches) => (this.forcedColors = matches)),
      () => speech?.removeEventListener('voiceschanged', onVoices),
      () => this.reader?.stop(),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cleanups.splice(0).forEach((cleanup) => cleanup());
  }

  private watchMedia(query: string, onChange: (matches: boolean) => void): () => void {
    const list = matchMedia(query);
    const listener = () => onChange(list.matches);
    listener();
    list.addEventListener('change', listener);
    return () => list.removeEventListener('change', listener);
  }

  /** The article this toolbar controls, if there is one. */
  get target(): PressArticle | null {
    if (isServer) return null;
    const root = this.getRootNode() as Document | ShadowRoot;
    const named =
      this.htmlFor &&
      (root.getElementById?.(this.htmlFor) ?? document.getElementById(this.htmlFor));
    if (named && named.localName === 'press-article') return named as PressArticle;
    return this.closest('press-article') ?? document.querySelector('press-article');
  }

  /** A voice for the article's language, if the browser has one: read aloud is offered then. */
  private get voice(): SpeechSynthesisVoice | undefined {
    // The server has no voices: hydration renders without the button, the next render adds it.
    const target = rendersAsServer() ? null : this.target;
    return target ? voiceFor(resolveLang(target)) : undefined;
  }

  /** The contrast level in effect: the reader's choice, else what the system asks for. */
  private get contrast(): Contrast {
    return this.preferences.contrast ?? (this.systemContrast ? 'more' : 'normal');
  }

  private disabled(action: Action): boolean {
    const scale = this.preferences.fontScale;
    const level = CONTRASTS.indexOf(this.contrast);
    return action === 'smaller'
      ? scale <= MIN_FONT_SCALE
      : action === 'reset'
        ? scale === 1
        : action === 'larger'
          ? scale >= MAX_FONT_SCALE
          : action === 'more' || action === 'less'
            ? this.forcedColors || level === (action === 'more' ? CONTRASTS.length - 1 : 0)
            : action === 'stop' && this.reading === 'idle';
  }

  private activate(action: Action) {
    if (this.disabled(action)) return;
    const { fontScale, textSpacing } = this.preferences;
    if (action === 'read' || action === 'stop') {
      void loadReader().then((module) => {
        const target = this.target;
        if (!module || !target || !this.isConnected) return;
        const reader = (this.reader ??= new module.ReadAloud((state) => {
          this.reading = state;
          this.announce(readStatus[state]);
        }));
        if (action === 'stop') reader.stop();
        else if (this.reading === 'reading') reader.pause();
        else if (this.reading === 'paused') reader.resume();
        else reader.start(target, resolveLang(target), this.voice);
      });
      return;
    }
    const change: Partial<ReadingPreferences> =
      action === 'spacing'
        ? { textSpacing: !textSpacing }
        : action === 'more' || action === 'less'
          ? { contrast: CONTRASTS[CONTRASTS.indexOf(this.contrast) + (action === 'more' ? 1 : -1)] }
          : { fontScale: action === 'reset' ? 1 : nextScale(fontScale, action === 'larger') };
    preferencesStore.set(change);
    if (change.contrast) this.announce('contrastStatus', this.contrastText(change.contrast));
    else if (change.fontScale) this.announce('fontSizeStatus', this.sizeText(change.fontScale));
    // Text spacing: `aria-pressed` says it, and the live region repeats nothing stale.
    else this.message = [''];
  }

  /**
   * The language of the string for `key`: the article's, or `en` for an English default standing
   * in for a missing translation. Every element holding a string says which, so that a screen
   * reader switches voice for the stand-ins (WCAG 3.1.2) and nothing inherits the wrong one.
   */
  private langOf(key: Key): string {
    return standInLang(this.locale.lang, key) ?? this.locale.lang;
  }

  /**
   * Says the string for `key` (or `text`, made from it) in the live region; the same text twice
   * differs by a space, so that it is said again.
   */
  private announce(key: Key, text = stringsFor(this.locale.lang)[key]) {
    const [said] = this.message;
    this.message = [text === said ? `${text}\u00a0` : text, this.langOf(key)];
  }

  private percent(scale: number, lang = this.locale.lang): string {
    return cachedFormatter(
      `percent|${lang}`,
      () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }),
    ).format(scale);
  }

  /** "Text size 125%", the number formatted in the language of the sentence around it. */
  private sizeText(scale = this.preferences.fontScale): string {
    const strings = stringsFor(this.locale.lang);
    return format(strings.fontSizeStatus, {
      size: this.percent(scale, this.langOf('fontSizeStatus')),
    });
  }

  private contrastText(contrast = this.contrast): string {
    const strings = stringsFor(this.locale.lang);
    return format(strings.contrastStatus, { level: strings[contrastNames[contrast]] });
  }

  private toggle() {
    this.open = !this.open;
    rememberOpen(this.open);
  }

  /** Arrow down on the compact form's button: open, and into the toolbar at its tab stop. */
  private async onToggleKeydown(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    if (!this.open) this.toggle();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part~=button][tabindex="0"]')?.focus();
  }

  /** The compact form's button, when it is the form in view. */
  private get shownToggle(): HTMLButtonElement | undefined {
    const toggle = this.renderRoot.querySelector<HTMLButtonElement>('[part=toggle]');
    return toggle && getComputedStyle(toggle).display !== 'none' ? toggle : undefined;
  }

  private onKeydown(event: KeyboardEvent) {
    // Esc closes the compact form and gives focus back to its button (disclosure pattern).
    const toggle = event.key === 'Escape' ? this.shownToggle : undefined;
    if (toggle) {
      event.preventDefault();
      this.toggle();
      toggle.focus();
      return;
    }
    const rtl = this.locale.dir === 'rtl';
    const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~=button]');
    const count = buttons.length;
    const index =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? count - 1
          : event.key === (rtl ? 'ArrowLeft' : 'ArrowRight')
            ? (this.focusIndex + 1) % count
            : event.key === (rtl ? 'ArrowRight' : 'ArrowLeft')
              ? (this.focusIndex + count - 1) % count
              : -1;
    if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.focusIndex = index;
    buttons[index]?.focus();
  }

  protected override render() {
    const strings = stringsFor(this.locale.lang);
    const voice = this.voice;
    // Buttons can disappear (no voice any more): the tab stop then falls back to the first.
    const stop = this.focusIndex < (voice ? 8 : 6) ? this.focusIndex : 0;
    let index = 0;
    const button = (action: Action, label: Key, name: Key, describedBy = '') => {
      const at = index++;
      const pressed = this.preferences.textSpacing ? 'true' : 'false';
      return html`<button
        type="button"
        part="button button-${action}"
        tabindex=${at === stop ? 0 : -1}
        lang=${this.langOf(name)}
        dir=${ifDefined(standInDir(this.locale.lang, label))}
        aria-label=${strings[name]}
        aria-describedby=${describedBy || nothing}
        aria-disabled=${this.disabled(action) ? 'true' : 'false'}
        aria-pressed=${ifDefined(action === 'spacing' ? pressed : undefined)}
        @click=${() => this.activate(action)}
        @focus=${() => (this.focusIndex = at)}
      >
        ${strings[label]}
      </button>`;
    };
    const note: Key | undefined = this.forcedColors
      ? 'forcedColors'
      : !this.preferences.contrast && this.systemContrast
        ? 'followingSystem'
        : undefined;
    const [message, messageLang] = this.message;

    return html`
      <button
        type="button"
        part="toggle"
        aria-controls="tools"
        lang=${this.langOf('toolbarLabel')}
        dir=${ifDefined(standInDir(this.locale.lang, 'toolbarLabel'))}
        aria-expanded=${this.open ? 'true' : 'false'}
        @click=${this.toggle}
        @keydown=${this.onToggleKeydown}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 6l5 5 5-5" /></svg>
        ${strings.toolbarLabel}
      </button>
      <div
        part="base"
        id="tools"
        role="toolbar"
        lang=${this.langOf('toolbarLabel')}
        aria-label=${strings.toolbarLabel}
        @keydown=${this.onKeydown}
      >
        <div part="group">
          ${button('smaller', 'fontSmaller', 'fontSmallerLabel', 'size')}
          ${button('reset', 'fontReset', 'fontResetLabel', 'size')}
          ${button('larger', 'fontLarger', 'fontLargerLabel', 'size')}
          <span part="size" lang=${this.locale.lang} aria-hidden="true"
            >${this.percent(this.preferences.fontScale)}</span
          >
          <span id="size" class="visually-hidden" lang=${this.langOf('fontSizeStatus')}
            >${this.sizeText()}</span
          >
        </div>
        <div part="group">
          ${button('more', 'contrastMore', 'contrastMoreLabel', 'contrast note')}
          ${button('less', 'contrastLess', 'contrastLessLabel', 'contrast note')}
          <span id="contrast" class="visually-hidden" lang=${this.langOf('contrastStatus')}
            >${this.contrastText()}</span
          >
          ${
            note
              ? html`<span
                  part="note"
                  id="note"
                  lang=${this.langOf(note)}
                  dir=${ifDefined(standInDir(this.locale.lang, note))}
                  >${strings[note]}</span
                >`
              : nothing
          }
        </div>
        <div part="group">
          ${button('spacing', 'textSpacing', 'textSpacingLabel')}
          ${
            voice
              ? html`${button('read', readLabels[this.reading], readNames[this.reading])}
                ${button('stop', 'readStop', 'readStopLabel')}`
              : nothing
          }
        </div>
      </div>
      <div
        part="status"
        class="visually-hidden"
        role="status"
        aria-live="polite"
        lang=${ifDefined(messageLang)}
      >
        ${message}
      </div>
    `;
  }
}
