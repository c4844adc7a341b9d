import { html, isServer, LitElement } from 'lit';
import { property, queryAll, state } from 'lit/decorators.js';
import { format, stringsFor, type PressStrings } from '../../i18n.js';
import { LocaleController } from '../../language.js';
import {
  CONTRASTS,
  FONT_SCALES,
  MAX_FONT_SCALE,
  MIN_FONT_SCALE,
  preferencesStore,
  type Contrast,
  type ReadingPreferences,
} from '../../preferences-store.js';
import type { PressArticle } from '../article/article.js';
import { toolbarStyles } from './a11y-toolbar.styles.js';

type Action = 'smaller' | 'reset' | 'larger' | 'contrast-more' | 'contrast-less';

interface Control {
  action: Action;
  label: keyof PressStrings;
  name: keyof PressStrings;
}

const controls: readonly Control[] = [
  { action: 'smaller', label: 'fontSmaller', name: 'fontSmallerLabel' },
  { action: 'reset', label: 'fontReset', name: 'fontResetLabel' },
  { action: 'larger', label: 'fontLarger', name: 'fontLargerLabel' },
  { action: 'contrast-more', label: 'contrastMore', name: 'contrastMoreLabel' },
  { action: 'contrast-less', label: 'contrastLess', name: 'contrastLessLabel' },
];

const contrastNames: Record<Contrast, keyof PressStrings> = {
  normal: 'contrastNormal',
  more: 'contrastHigh',
  most: 'contrastDark',
};

/** The next font-size step up or down from `scale`, which may sit between steps. */
function nextScale(scale: number, direction: 1 | -1): number {
  const steps = direction === 1 ? FONT_SCALES : [...FONT_SCALES].reverse();
  return steps.find((step) => (direction === 1 ? step > scale : step < scale)) ?? scale;
}

function media(query: string): MediaQueryList | undefined {
  return isServer ? undefined : window.matchMedia(query);
}

/**
 * @summary The reader's toolbar: text size down, reset and up, then contrast up and down, as a
 * WAI-ARIA APG toolbar with one tab stop.
 *
 * @csspart base - The `role="toolbar"` container.
 * @csspart button - Every control.
 * @csspart separator - The line between the text-size and contrast groups.
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
export class PressA11yToolbar extends LitElement {
  static override styles = toolbarStyles;

  /**
   * The id of the `<press-article>` to control. Without it: the closest `<press-article>`
   * ancestor, else the first one in the document.
   */
  @property({ attribute: 'for' }) htmlFor = '';

  @state() private preferences: ReadingPreferences = { fontScale: 1 };
  @state() private systemContrast = false;
  @state() private forcedColors = false;
  @state() private focusIndex = 0;
  @state() private message = '';

  @queryAll('[part~="button"]') private buttons!: NodeListOf<HTMLButtonElement>;

  private readonly locale = new LocaleController(this);
  private readonly cleanups: (() => void)[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    this.preferences = this.targetPreferences();
    this.cleanups.push(
      preferencesStore.subscribe((preferences) => (this.preferences = preferences)),
      this.watchMedia('(prefers-contrast: more)', (matches) => (this.systemContrast = matches)),
      this.watchMedia('(forced-colors: active)', (matches) => (this.forcedColors = matches)),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cleanups.splice(0).forEach((cleanup) => cleanup());
  }

  private watchMedia(query: string, onChange: (matches: boolean) => void): () => void {
    const list = media(query);
    if (!list) return () => {};
    onChange(list.matches);
    const listener = (event: MediaQueryListEvent) => onChange(event.matches);
    list.addEventListener('change', listener);
    return () => list.removeEventListener('change', listener);
  }

  /** The article this toolbar controls, if there is one. */
  get target(): PressArticle | null {
    if (isServer) return null;
    const root = this.getRootNode() as Document | ShadowRoot;
    if (this.htmlFor) {
      const named = root.getElementById?.(this.htmlFor) ?? document.getElementById(this.htmlFor);
      if (named?.localName === 'press-article') return named as PressArticle;
    }
    return this.closest('press-article') ?? document.querySelector('press-article');
  }

  private targetPreferences(): ReadingPreferences {
    return this.target?.preferences ?? preferencesStore.get();
  }

  /** The contrast level in effect: the reader's choice, else what the system asks for. */
  private get contrast(): Contrast {
    return this.preferences.contrast ?? (this.systemContrast ? 'more' : 'normal');
  }

  private disabled(action: Action): boolean {
    const scale = this.preferences.fontScale;
    const level = CONTRASTS.indexOf(this.contrast);
    switch (action) {
      case 'smaller':
        return scale <= MIN_FONT_SCALE;
      case 'reset':
        return scale === 1;
      case 'larger':
        return scale >= MAX_FONT_SCALE;
      case 'contrast-more':
        return this.forcedColors || level === CONTRASTS.length - 1;
      case 'contrast-less':
        return this.forcedColors || level === 0;
    }
  }

  private activate(action: Action) {
    if (this.disabled(action)) return;
    const strings = stringsFor(this.locale.lang);
    const current = this.targetPreferences();
    const change: Partial<ReadingPreferences> = {};
    if (action === 'smaller') change.fontScale = nextScale(current.fontScale, -1);
    if (action === 'reset') change.fontScale = 1;
    if (action === 'larger') change.fontScale = nextScale(current.fontScale, 1);
    if (action === 'contrast-more' || action === 'contrast-less') {
      const level = CONTRASTS.indexOf(this.contrast) + (action === 'contrast-more' ? 1 : -1);
      change.contrast = CONTRASTS[level];
    }
    preferencesStore.set(change);
    this.preferences = { ...this.preferences, ...change };
    this.message =
      'fontScale' in change
        ? format(strings.fontSizeStatus, { size: this.percent(change.fontScale!) })
        : format(strings.contrastStatus, { level: strings[contrastNames[change.contrast!]] });
  }

  private percent(scale: number): string {
    return new Intl.NumberFormat(this.locale.lang, {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(scale);
  }

  private onKeydown(event: KeyboardEvent) {
    const last = controls.length - 1;
    const forward = this.locale.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = this.locale.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let index: number;
    if (event.key === forward) index = this.focusIndex === last ? 0 : this.focusIndex + 1;
    else if (event.key === backward) index = this.focusIndex === 0 ? last : this.focusIndex - 1;
    else if (event.key === 'Home') index = 0;
    else if (event.key === 'End') index = last;
    else return;
    event.preventDefault();
    this.focusIndex = index;
    this.buttons[index]?.focus();
  }

  protected override render() {
    const strings = stringsFor(this.locale.lang);
    const button = (control: Control, index: number) => {
      const label = strings[control.label];
      const name = strings[control.name];
      return html`<button
        type="button"
        part="button button-${control.action}"
        tabindex=${index === this.focusIndex ? 0 : -1}
        aria-label=${name === label ? label : name}
        aria-disabled=${this.disabled(control.action) ? 'true' : 'false'}
        @click=${() => this.activate(control.action)}
        @focus=${() => (this.focusIndex = index)}
      >
        ${label}
      </button>`;
    };
    const note = this.forcedColors
      ? strings.forcedColors
      : this.preferences.contrast === undefined && this.systemContrast
        ? strings.followingSystem
        : '';

    return html`
      <div part="base" role="toolbar" aria-label=${strings.toolbarLabel} @keydown=${this.onKeydown}>
        ${controls.slice(0, 3).map(button)}
        <span part="size" aria-hidden="true">${this.percent(this.preferences.fontScale)}</span>
        <span part="separator" role="separator" aria-orientation="vertical"></span>
        ${controls.slice(3).map((control, i) => button(control, i + 3))}
        ${note ? html`<span part="note">${note}</span>` : ''}
      </div>
      <div part="status" class="visually-hidden" role="status" aria-live="polite">
        ${this.message}
      </div>
    `;
  }
}
