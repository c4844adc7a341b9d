import { html, nothing, type PropertyValues } from 'lit';
import { PressElement, text } from '../../press-element.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { adoptStyles } from '../../adopt-styles.js';
import { standInLang, stringsFor } from '../../i18n.js';
import { LocaleController } from '../../locale-controller.js';
import { onDemand } from '../../on-demand.js';
import { SlotPresenceController } from '../../slot-presence.js';
import { styleProperties } from '../../style-properties.js';
import { safeSrcset, safeUrl } from '../../url-policy.js';
import { PressFigureErrorEvent } from './figure-error-event.js';
import { figureStyles, pictureStyles, placeholderRatio } from './figure.styles.js';
import { readerSpacing } from '../../text-spacing.js';

/** Zoom, slotted media and the missing-alt check: loaded for the figures that need them. */
const loadEnhancer = onDemand(() => import('./figure-enhance.js'));

/** The `fetchpriority` values browsers know; anything else stays out of the DOM. */
const FETCH_PRIORITIES: readonly unknown[] = ['high', 'low', 'auto'];

/**
 * @summary A photo with its caption and credit, tied together for assistive technology, with the
 * image's space reserved before it arrives and a readable box in its place if it fails.
 *
 * Images are lazy by default. **Never lazy-load the article's lead (LCP) image:** give it
 * `loading="eager" fetchpriority="high"` (`fetchpriority="high"` alone also makes it eager).
 *
 * Text alternative: `alt` names the image and the caption (with the credit) describes it. With no
 * `alt` the caption names it, and Lit's development mode warns once, asking for alt text.
 * `decorative` (or `alt=""`) hides a purely decorative image from assistive technology. A slotted
 * `<img>` keeps its own `alt` (`alt=""` for a decorative one): as ID references cannot cross into
 * the shadow root, the figure gives it the caption's text as its `aria-description`, or as its
 * `aria-label` when it has no `alt`. It also gets `decoding="async"` unless it has a `decoding`.
 * The `<img>` of a slotted `<picture>`, out of reach of `::slotted()`, is sized by one shared
 * zero-specificity rule the figure adds to its document (or shadow root); the portal's CSS wins.
 *
 * @slot - The caption; inline markup (links, emphasis) allowed. Wins over `caption`.
 * @slot media - The portal's own `<img>` or `<picture>`, used instead of `src`; it fills the width.
 *
 * @csspart base - The `<figure>`.
 * @csspart media - The box that holds the image and reserves its aspect ratio.
 * @csspart image - The `<img>` rendered from `src`.
 * @csspart fallback - The text shown in place of an image that failed to load.
 * @csspart caption - The `<figcaption>`, holding caption and credit.
 * @csspart credit - The credit line, with its localised prefix.
 * @csspart zoom - The button over the image that opens the zoomed view (with `zoom`).
 * @csspart dialog - The zoomed view, a modal `<dialog>`.
 * @csspart zoom-image - The largest image, in the zoomed view.
 * @csspart zoom-caption - The caption and credit, in the zoomed view.
 * @csspart button - The zoomed view's close button.
 *
 * @cssprop [--press-figure-margin=var(--press-space-l)] - Space above and below the figure.
 * @cssprop [--press-figure-placeholder=var(--press-color-surface)] - Colour of the reserved box.
 * @cssprop [--press-figure-ratio=3 / 2] - The box of an image without `width` and `height`, kept
 * until the image arrives (and by its fallback if it fails).
 * @cssprop [--press-figure-radius=0] - Corner radius of the image box.
 * @cssprop [--press-figure-caption-color=var(--press-color-text-muted)] - Caption colour.
 * @cssprop [--press-figure-caption-font=var(--press-font-ui)] - Caption font family.
 * @cssprop [--press-figure-caption-size=var(--press-font-size-small)] - Caption size.
 * @cssprop [--press-figure-caption-line-height=var(--press-line-height)] - Caption line height.
 * @cssprop [--press-figure-caption-gap=var(--press-space-s)] - Space between image and caption.
 * @cssprop [--press-figure-credit-color=inherit] - Credit colour.
 * @cssprop [--press-figure-credit-size=inherit] - Credit size.
 *
 * @fires {PressFigureErrorEvent} press-figure-error - The image (from `src` or slotted) failed to
 * load, also before the element was defined; once per failed load, re-renders never repeat it.
 * `detail: { src }`.
 */
export class PressFigure extends PressElement {
  static override styles = [readerSpacing, figureStyles];

  static override get properties() {
    return {
      src: text,
      srcset: text,
      sizes: text,
      alt: {},
      decorative: { type: Boolean },
      width: { type: Number },
      height: { type: Number },
      loading: {},
      fetchpriority: {},
      credit: text,
      caption: text,
      zoom: { type: Boolean },
      failed: { state: true },
    };
  }

  /** Image URL (http(s), relative, or an image data URL; anything else is dropped). */
  src = '';

  /** Candidate images for the browser to choose from, as in `<img srcset>`. Unsafe ones dropped. */
  srcset = '';

  /** Layout widths for `srcset`, as in `<img sizes>`. */
  sizes = '';

  /** Text alternative. Omitted, the caption names the image. `""` marks it decorative. */
  alt?: string;

  /** A purely decorative image, hidden from assistive technology; the caption still shows. */
  decorative = false;

  /** Intrinsic width in pixels; with `height`, reserves the aspect ratio before the image loads. */
  width?: number;

  /** Intrinsic height in pixels; with `width`, reserves the aspect ratio before the image loads. */
  height?: number;

  /** `lazy` (the default) or `eager`. Never lazy-load the lead (LCP) image. */
  loading?: 'lazy' | 'eager';

  /** Fetch priority hint: `high` for the lead image (which then also loads eagerly). */
  fetchpriority?: 'high' | 'low' | 'auto';

  /** Who took or owns the photo; rendered with the language's prefix ("Ảnh:", "Photo:"). */
  credit = '';

  /** Caption text, used when nothing is slotted. */
  caption = '';

  /**
   * Opt-in zoom: a button over the image (click, Enter or Space) opens its largest `srcset`
   * candidate in a modal dialog with the caption; Esc closes it and focus returns to the button.
   */
  zoom = false;

  /**
   * What the figure's lazily loaded half (figure-enhance.ts) shows over the image: the zoom
   * button and its dialog.
   * @internal
   */
  declare overlay?: unknown;

  /**
   * The image that failed, whose alt text replaces it.
   * @internal
   */
  failed?: HTMLImageElement;

  private readonly locale = new LocaleController(this);
  private readonly slots = new SlotPresenceController(this);

  protected override connectedInBrowser(): void {
    adoptStyles(this.getRootNode() as Document | ShadowRoot, pictureStyles);
  }

  /**
   * Shows `image`'s failure and reports it (each load attempt fails at most once, so each failure
   * is reported once).
   * @internal
   */
  fail(image: HTMLImageElement) {
    this.failed = image;
    this.dispatchEvent(new PressFigureErrorEvent(image.currentSrc || image.src));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || changed.has('srcset')) this.failed = undefined;
  }

  protected override updated(): void {
    // Slotted media, zoom and the development-mode request for alt text need more code: loaded
    // once, and only for them.
    if (
      this.slots.has('media') ||
      this.zoom ||
      (this.alt == null && !this.decorative && 'litIssuedWarnings' in globalThis)
    ) {
      // Once loaded, this runs a microtask later: still before \`updateComplete\` resolves.
      void loadEnhancer().then((module) =>
        module?.enhance(this, this.renderRoot.querySelector('figcaption')!),
      );
    }
  }

  protected override render() {
    const lang = this.locale.lang;
    const strings = stringsFor(lang);
    // English stand-ins for missing translations are marked as English (WCAG 3.1.2).
    const prefixLang = standInLang(lang, 'creditPrefix');
    const src = safeUrl(this.src, 'press-figure src', 'image');
    const srcset = safeSrcset(this.srcset, 'press-figure srcset');
    const { width, height, failed } = this;
    // A failed image shows its alt text (the portal's words), else a note of ours.
    const fallbackText = failed?.alt || strings.imageUnavailable;
    const fallbackLang = failed?.alt ? undefined : standInLang(lang, 'imageUnavailable');
    // A box only for a ratio an image can have: `width="1e309"` reserves nothing.
    const given = width! / height!;
    const reserved = given > 1e-3 && given < 1e3;
    const ratio = reserved ? `${width} / ${height}` : placeholderRatio;
    const credit = this.credit.trim();
    const prefix = strings.creditPrefix;
    const described = this.slots.has('') || !!this.caption.trim() || !!credit;
    const alt = this.decorative ? '' : this.alt;
    const lazy =
      this.loading === 'lazy' || (this.loading !== 'eager' && this.fetchpriority !== 'high');

    return html`<figure part="base">
      <div
        part="media"
        style=${styleProperties({
          aspectRatio: reserved && !failed ? ratio : undefined,
        })}
        ?hidden=${!this.slots.has('media') && !src && !srcset}
      >
        <slot name="media" ?hidden=${!!failed} @slotchange=${() => (this.failed = undefined)}
          >${
            src || srcset
              ? html`<img
                  part="image"
                  src=${ifDefined(src)}
                  srcset=${ifDefined(srcset)}
                  sizes=${this.sizes || nothing}
                  alt=${ifDefined(alt ?? (described ? undefined : ''))}
                  aria-labelledby=${alt == null && described ? 'caption' : nothing}
                  aria-describedby=${alt && described ? 'caption' : nothing}
                  width=${ifDefined(reserved ? width : undefined)}
                  height=${ifDefined(reserved ? height : undefined)}
                  loading=${lazy ? 'lazy' : 'eager'}
                  fetchpriority=${ifDefined(
                    FETCH_PRIORITIES.includes(this.fetchpriority) ? this.fetchpriority : undefined,
                  )}
                  decoding="async"
                  @error=${(event: Event) => this.fail(event.target as HTMLImageElement)}
                />`
              : nothing
          }</slot
        >${this.overlay}${
          // The text is the element's whole content, no white space around it.
          // prettier-ignore
          failed
            ? html`<p part="fallback" lang=${ifDefined(fallbackLang)}
                dir=${ifDefined(fallbackLang && 'ltr')}
                style=${styleProperties({ aspectRatio: ratio })}>${fallbackText}</p>`
            : nothing
        }
      </div>
      <figcaption part="caption" id="caption" ?hidden=${!described}>
        <slot>${this.caption}</slot>
        ${
          credit
            ? html`<span part="credit"
                ><bdi
                  >${
                    credit.toLocaleLowerCase().startsWith(prefix.toLocaleLowerCase())
                      ? credit
                      : // The space goes with the credit: a space-only text node is no text to
                        // the accessibility tree.
                        html`<span
                            lang=${ifDefined(prefixLang)}
                            dir=${ifDefined(prefixLang && 'ltr')}
                            >${prefix}</span
                          >${` ${credit}`}`
                  }</bdi
                ></span
              >`
            : nothing
        }
      </figcaption>
    </figure>`;
  }
}
