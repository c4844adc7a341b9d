import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { stringsFor } from '../../i18n.js';
import { LocaleController } from '../../language.js';
import { SlotPresenceController } from '../../slot-presence.js';
import { safeSrcset, safeUrl } from '../../url-policy.js';
import { PressFigureErrorEvent } from './figure-error-event.js';
import { figureStyles } from './figure.styles.js';

function positiveInteger(value: unknown): number | undefined {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : undefined;
}

/** The credit with the language's prefix, unless it already starts with it. */
export function prefixedCredit(credit: string, prefix: string): string {
  const trimmed = credit.trim();
  if (!prefix || trimmed.toLocaleLowerCase().startsWith(prefix.toLocaleLowerCase())) return trimmed;
  return `${prefix} ${trimmed}`;
}

/**
 * @summary A photo with its caption and credit, tied together for assistive technology, with the
 * image's space reserved before it arrives.
 *
 * @slot - The caption; inline markup (links, emphasis) allowed. Wins over `caption`.
 * @slot media - The portal's own `<img>` or `<picture>`, used instead of `src`.
 *
 * @csspart base - The `<figure>`.
 * @csspart media - The box that holds the image and reserves its aspect ratio.
 * @csspart image - The `<img>` rendered from `src`.
 * @csspart fallback - The text shown in place of an image that failed to load.
 * @csspart caption - The `<figcaption>`, holding caption and credit.
 * @csspart credit - The credit line, with its localised prefix.
 *
 * @cssprop [--press-figure-margin=var(--press-space-l)] - Space above and below the figure.
 * @cssprop [--press-figure-placeholder=var(--press-color-surface)] - Colour of the reserved box.
 * @cssprop [--press-figure-radius=0] - Corner radius of the image box.
 * @cssprop [--press-figure-caption-color=var(--press-color-text-muted)] - Caption colour.
 * @cssprop [--press-figure-caption-font=var(--press-font-ui)] - Caption font family.
 * @cssprop [--press-figure-caption-size=var(--press-font-size-small)] - Caption size.
 * @cssprop [--press-figure-caption-line-height=var(--press-line-height)] - Caption line height.
 * @cssprop [--press-figure-caption-gap=var(--press-space-s)] - Space between image and caption.
 * @cssprop [--press-figure-credit-color=inherit] - Credit colour.
 * @cssprop [--press-figure-credit-size=inherit] - Credit size.
 *
 * @fires {PressFigureErrorEvent} press-figure-error - The image failed to load; once per source.
 * `detail: { src }`.
 */
export class PressFigure extends LitElement {
  static override styles = figureStyles;

  /** Image URL (http(s), relative, or an image data URL; anything else is dropped). */
  @property() src = '';

  /** Candidate images for the browser to choose from, as in `<img srcset>`. */
  @property() srcset = '';

  /** Layout widths for `srcset`, as in `<img sizes>`. */
  @property() sizes = '';

  /** Text alternative. Omitted, the caption describes the image. */
  @property() alt?: string;

  /** Intrinsic width in pixels; with `height`, reserves the aspect ratio. */
  @property({ type: Number }) width?: number;

  /** Intrinsic height in pixels; with `width`, reserves the aspect ratio. */
  @property({ type: Number }) height?: number;

  /** `lazy` (default) or `eager`. Never lazy-load the article's lead (LCP) image. */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /** Fetch priority hint: `high` for the lead image, `low` or `auto`. */
  @property() fetchpriority?: 'high' | 'low' | 'auto';

  /** Who took or owns the photo; rendered with the language's prefix ("Ảnh:", "Photo:"). */
  @property() credit = '';

  /** Caption text, used when nothing is slotted. */
  @property() caption = '';

  @state() private failed = false;

  private readonly locale = new LocaleController(this);
  private readonly slots = new SlotPresenceController(this);
  private reportedSrc?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // The portal's own slotted <img> reports failure too; `error` does not bubble, so capture it.
    if (!isServer) this.addEventListener('error', this.onSlottedError, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('error', this.onSlottedError, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('srcset')) this.failed = false;
  }

  private readonly onSlottedError = (event: Event) => {
    const target = event.target;
    if (target instanceof HTMLImageElement && target.closest('[slot="media"]')) {
      this.fail(target.currentSrc || target.src);
    }
  };

  private fail(src: string) {
    this.failed = true;
    if (this.reportedSrc === src) return;
    this.reportedSrc = src;
    this.dispatchEvent(new PressFigureErrorEvent(src));
  }

  private onImageError(event: Event) {
    const image = event.target as HTMLImageElement;
    this.fail(image.currentSrc || image.getAttribute('src') || '');
  }

  protected override render() {
    const strings = stringsFor(this.locale.lang);
    const src = safeUrl(this.src, 'press-figure src');
    const srcset = safeSrcset(this.srcset, 'press-figure srcset');
    const hasSlottedMedia = this.slots.has('media');
    const width = positiveInteger(this.width);
    const height = positiveInteger(this.height);
    const reserved = width !== undefined && height !== undefined;
    const hasCaption = this.slots.has('') || (this.caption ?? '').trim() !== '';
    // A removed attribute leaves null, not ''.
    const credit = (this.credit ?? '').trim()
      ? prefixedCredit(this.credit, strings.creditPrefix)
      : '';
    const described = hasCaption || credit !== '';
    const hasMedia = hasSlottedMedia || src !== undefined || srcset !== undefined;
    // With alt text the caption adds a description; without it, the caption is the image's name.
    const altGiven = this.alt !== undefined && this.alt !== null;

    const image =
      src || srcset
        ? html`<img
            part="image"
            src=${ifDefined(src)}
            srcset=${ifDefined(srcset)}
            sizes=${ifDefined(this.sizes || undefined)}
            alt=${ifDefined(altGiven ? this.alt : described ? undefined : '')}
            aria-labelledby=${!altGiven && described ? 'caption' : nothing}
            aria-describedby=${altGiven && described && this.alt !== '' ? 'caption' : nothing}
            width=${ifDefined(width)}
            height=${ifDefined(height)}
            loading=${this.loading === 'eager' ? 'eager' : 'lazy'}
            fetchpriority=${ifDefined(
              ['high', 'low', 'auto'].includes(this.fetchpriority ?? '')
                ? this.fetchpriority
                : undefined,
            )}
            decoding="async"
            ?hidden=${this.failed}
            @error=${this.onImageError}
          />`
        : nothing;

    return html`
      <figure part="base">
        <div
          part="media"
          class=${classMap({ reserved, empty: !hasMedia })}
          style=${styleMap({ aspectRatio: reserved ? `${width} / ${height}` : undefined })}
        >
          <slot name="media" ?hidden=${this.failed}>${image}</slot>
          ${
            this.failed
              ? html`<p part="fallback">
                  ${altGiven && this.alt ? this.alt : strings.imageUnavailable}
                </p>`
              : nothing
          }
        </div>
        <figcaption part="caption" id="caption" ?hidden=${!described}>
          <slot>${this.caption}</slot>
          ${credit ? html`<span part="credit"><bdi>${credit}</bdi></span>` : nothing}
        </figcaption>
      </figure>
    `;
  }
}
