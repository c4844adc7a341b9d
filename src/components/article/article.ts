import { html, type PropertyValues } from 'lit';
import { PressElement, text } from '../../press-element.js';
import {
  clampFontScale,
  isContrast,
  preferencesStore,
  type Contrast,
  type ReadingPreferences,
} from '../../preferences-store.js';
import { adoptDocumentStyles, EMBED_RATIO } from '../../light-dom-styles.js';
import { articleStyles } from './article.styles.js';
import { rendersAsServer } from '../../server-parity.js';
import { styleProperties } from '../../style-properties.js';
import type { StructuredDataController } from '../../structured-data.js';
import { PressPreferencesChangeEvent } from './preferences-change-event.js';
import type { LegacyTextSizes } from './legacy-text-sizes.js';
import { onDemand, whenIdle } from '../../on-demand.js';
import { ContentChunks } from './content-chunks.js';

// The legacy-content work, loaded only for the articles that need it.
const loadLegacySizes = onDemand(() => import('./legacy-text-sizes.js'));
const loadWideTables = onDemand(() => import('./wide-tables.js'));
const loadEmbedRatios = onDemand(() => import('./embed-ratios.js'));
const loadUpgrade = onDemand(() => import('./upgrade-figures.js'));
/** The NewsArticle JSON-LD writer: not needed for the first paint, so loaded once idle. */
const loadStructuredData = onDemand(() => import('../../structured-data.js'));

/**
 * @summary The article root: gives its content article semantics and applies the reader's text
 * size, contrast and text spacing to everything inside it, its light DOM included.
 *
 * @slot - The article: `<press-header>`, paragraphs, `<press-figure>`s, `<press-byline>`, and
 * optionally a `<press-a11y-toolbar>`.
 *
 * @csspart base - The `<article>` that wraps the content and carries the text size.
 * @csspart chunk - In a long article (72 elements or more), a run of 24 elements of the content,
 *   in the base. From the second on, a chunk out of view skips style and layout
 *   (`content-visibility: auto`); `content-visibility: visible` lays everything out.
 *
 * @cssprop [--press-article-color=var(--press-color-text)] - Body text colour.
 * @cssprop [--press-article-background=var(--press-color-background)] - Background.
 * @cssprop [--press-article-font=var(--press-font-body)] - Body font family.
 * @cssprop [--press-article-font-size=var(--press-font-size-base)] - Text size at 100 %.
 * @cssprop [--press-article-line-height=var(--press-line-height)] - Body line height.
 * @cssprop [--press-article-measure=var(--press-measure)] - Maximum line length, in em of the
 *   unscaled text: the column keeps its width as the reader enlarges the text, which reflows.
 * @cssprop [--press-article-padding=var(--press-space-m)] - Inline padding.
 *
 * @fires {PressPreferencesChangeEvent} press-preferences-change - The text size, contrast or text
 * spacing changed, whatever the cause (toolbar, another tab, the portal).
 * `detail: { fontScale, contrast, textSpacing }`.
 */
export class PressArticle extends PressElement {
  static override styles = articleStyles;

  static override get properties() {
    return {
      fontScale: { type: Number, attribute: 'font-scale' },
      contrast: { reflect: true },
      publisher: text,
      noStructuredData: { type: Boolean, attribute: 'no-structured-data' },
      textSpacing: { type: Boolean, reflect: true, attribute: 'text-spacing' },
      upgrade: { type: Boolean },
    };
  }

  /**
   * Text size factor, 1 being the portal's size; clamped to 0.875–2. Set by the reader through the
   * toolbar, or by the portal for this article.
   */
  get fontScale(): number {
    return this._fontScale;
  }
  set fontScale(value: number | string | null | undefined) {
    const old = this._fontScale;
    this._fontScale = clampFontScale(value);
    this.requestUpdate('fontScale', old);
  }
  private _fontScale = 1;

  /**
   * Contrast level: `normal` (the portal's theme), `more` (light, body text 7:1 or better) or
   * `most` (dark, 7:1 or better). Unset, the operating system decides (`more` under
   * `prefers-contrast: more`). Unknown values count as unset.
   */
  contrast?: Contrast;

  /** The publisher's name, for the article's structured data (schema.org `publisher`). */
  publisher = '';

  /** Leaves out the `NewsArticle` JSON-LD script (e.g. when the page already has one). */
  noStructuredData = false;

  /** Keeps one `NewsArticle` JSON-LD script for the article, in step with its content. */
  private structuredData?: StructuredDataController;
  private structuredDataLoading?: Promise<void>;

  /**
   * The article's `NewsArticle` JSON-LD script, while it has one: in the document's `<head>`
   * (never among the article's children, which a hydrating framework owns), or the one a server
   * template wrote inside the article. Known once `structuredDataComplete` has resolved.
   */
  get jsonLdScript(): HTMLScriptElement | null {
    return this.structuredData?.element ?? null;
  }

  /**
   * Resolves once the JSON-LD script is in step with the article (written, or left out). The
   * code that writes it loads when the browser is idle after the first render; asking for this
   * loads it at once.
   */
  get structuredDataComplete(): Promise<void> {
    this.structuredDataLoading ??= loadStructuredData().then((module) => {
      // Not loaded: the next call tries again.
      if (!module) this.structuredDataLoading = undefined;
      else this.structuredData ??= new module.StructuredDataController(this);
      this.requestUpdate();
    });
    // The controller writes in a microtask after the update.
    return this.structuredDataLoading.then(() => this.updateComplete).then(() => {});
  }

  /**
   * WCAG 1.4.12 text spacing: line height at least 1.5, 2 em after paragraphs, letters 0.12 em
   * and words 0.16 em apart, in the light DOM too.
   */
  textSpacing = false;

  /**
   * Legacy figures become `<press-figure>`s: an image followed by a short caption-like paragraph
   * (small, italic or centred), an image and caption in a one-column layout table, CKEditor's
   * `<figure class="image">` and WordPress's `wp-block-image`; empty paragraphs that only make
   * space are hidden from assistive technology. Nothing else changes, content added later
   * included. `upgradeLegacyBody` of `press-elements/server` does the same to server HTML.
   */
  upgrade = false;

  private unsubscribe?: () => void;
  private rendered = false;
  /** Sizes the portal's markup fixed, scaled too: loaded once the text is enlarged. */
  private legacy?: LegacyTextSizes;
  private legacyLoading?: Promise<void>;
  /** Embed frames' ratios where CSS cannot read them: loaded for articles that have one. */
  private embedsLoading?: Promise<void>;
  private tablesLoading?: Promise<void>;
  private unwatchTables?: () => void;
  private upgrading?: Promise<void>;
  private readonly chunks = new ContentChunks(this);

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.chunks.attach(PressArticle.shadowRootOptions);
    return super.createRenderRoot();
  }

  protected override connectedInBrowser(): void {
    adoptDocumentStyles(this.getRootNode() as Document | ShadowRoot);
    // What the portal wrote on this article wins until the reader chooses anew.
    const saved = preferencesStore.get();
    if (!this.hasAttribute('font-scale')) this.fontScale = saved.fontScale;
    if (!this.hasAttribute('contrast')) this.contrast = saved.contrast;
    if (!this.hasAttribute('text-spacing')) this.textSpacing = !!saved.textSpacing;
    this.unsubscribe = preferencesStore.subscribe((preferences) => this.apply(preferences));
    // Back in a tree after leaving one: the tables are watched again.
    if (this.hasUpdated) this.watchTables();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.legacy?.disconnect();
    this.unwatchTables?.();
    this.unwatchTables = undefined;
  }

  /** The article's preferences as the reader sees them. */
  get preferences(): ReadingPreferences {
    return {
      fontScale: this.fontScale,
      ...(this.validContrast ? { contrast: this.contrast } : {}),
      ...(this.textSpacing ? { textSpacing: true } : {}),
    };
  }

  /** Changes the reader's preferences for every article of the site (they persist). */
  setPreferences(change: Partial<ReadingPreferences>): void {
    preferencesStore.set(change);
  }

  private get validContrast(): Contrast | undefined {
    return isContrast(this.contrast) ? this.contrast : undefined;
  }

  private apply(preferences: ReadingPreferences) {
    this.fontScale = preferences.fontScale;
    this.contrast = preferences.contrast;
    this.textSpacing = !!preferences.textSpacing;
  }

  /** Also waits for the portal's own sizes and embeds to follow. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await Promise.all([this.legacyLoading, this.embedsLoading, this.tablesLoading, this.upgrading]);
    return complete;
  }

  private scaleLegacyText() {
    if (this.legacy) {
      this.legacyLoading = this.legacy.update(this.fontScale) ?? undefined;
    } else if (this.fontScale !== 1) {
      this.legacyLoading ??= loadLegacySizes().then((module) => {
        // Not loaded: the next size step tries again.
        if (!module) {
          this.legacyLoading = undefined;
          return;
        }
        const base = () => this.renderRoot.querySelector<HTMLElement>('[part=base]');
        this.legacy = new module.LegacyTextSizes(this, base);
        if (this.isConnected) return this.legacy.update(this.fontScale);
      });
    }
  }

  private watchTables() {
    if (!this.querySelector('table')) return;
    this.tablesLoading = loadWideTables().then((module) => {
      if (module && this.isConnected) this.unwatchTables ??= module.watchWideTables(this);
    });
  }

  protected override firstUpdated(): void {
    whenIdle(() => void this.structuredDataComplete);
    this.watchTables();
    if (this.querySelector('iframe[width][height]') && !CSS.supports(EMBED_RATIO)) {
      this.embedsLoading = loadEmbedRatios().then((module) => module?.keepEmbedRatios(this));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.scaleLegacyText();
    // The content is watched from then on, while `upgrade` holds (upgrade-figures.ts).
    if (changed.has('upgrade') && this.upgrade) {
      this.upgrading = loadUpgrade().then((module) => module?.upgradeFigures(this));
    }
    // The first render shows the starting preferences; only later ones are changes. Hydration
    // first renders what the server wrote, then the reader's saved preferences: those start too.
    if (!this.rendered) {
      this.rendered = !rendersAsServer();
      return;
    }
    if (changed.has('fontScale') || changed.has('contrast') || changed.has('textSpacing')) {
      this.dispatchEvent(
        new PressPreferencesChangeEvent({
          fontScale: this.fontScale,
          contrast: this.validContrast,
          textSpacing: this.textSpacing,
        }),
      );
    }
  }

  protected override render() {
    const scale = styleProperties({ '--press-font-scale': String(this.fontScale) });
    return html`<article part="base" style=${scale}>${this.chunks.render()}</article>`;
  }
}
