/**
 * What `<press-figure>` loads only when a figure needs it (its layout and failure box are plain
 * CSS and need none of it):
 * - for the portal's own `<img>`/`<picture>` in the `media` slot: report its failure (also one
 *   from before the figure was defined), decode it asynchronously unless the portal set
 *   `decoding`, and tie the caption to it. ID references cannot cross into the shadow root, so
 *   the image gets the caption's text: as its `aria-description` next to its own alt text, as
 *   its `aria-label` without one, nothing when decorative (`alt=""`);
 * - for `zoom`: a button over the image opening the largest candidate in a modal `<dialog>` with
 *   the caption (Esc, the close button or a click on the backdrop close it; focus returns);
 * - in Lit's development mode: one warning per image without a text alternative.
 */
import { css, html, nothing, render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { standInDir, standInLang, stringsFor } from '../../i18n.js';
import { resolveLang } from '../../language.js';
import { token } from '../../tokens.js';
import {
  largestCandidate,
  resolvedUrl,
  safeSrcset,
  safeUrl,
  srcsetCandidates,
} from '../../url-policy.js';
import { warnOnce } from '../../warn.js';
import type { PressFigure } from './figure.js';

const enhanceStyles = css`
  [part='zoom'] {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: end;
    justify-content: end;
    padding: ${token('space-s')};
    border: 0;
    color: ${token('color-text')};
    background: none;
    cursor: zoom-in;
  }
  svg {
    inline-size: 1.5em;
    padding: ${token('space-xs')};
    background: ${token('color-background')};
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  dialog {
    max-inline-size: 100%;
    max-block-size: 100%;
    padding: ${token('space-m')};
    border: 0;
    color: ${token('color-text')};
    background: ${token('color-background')};
  }
  dialog img {
    max-inline-size: 100%;
    max-block-size: 80vh;
    margin-inline: auto;
  }
  dialog p {
    display: block;
    padding: 0;
    text-align: start;
  }
  ::backdrop {
    background: ${token('color-text')};
    opacity: 0.85;
  }
  dialog button {
    font: inherit;
    color: inherit;
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border')};
    padding: ${token('space-xs')} ${token('space-m')};
    cursor: pointer;
  }
  button:focus-visible {
    outline: 0.1875rem solid ${token('color-focus')};
    outline-offset: -0.1875rem;
  }
  /* Any colour may be behind a ring drawn over a photo. Inside the focus colour, a band of the
     background colour and one of the text colour, at least 9:1 apart: whatever the pixel beside
     them, one of the two reaches 3:1 against it (WCAG technique C40). */
  [part='zoom']:focus-visible {
    box-shadow:
      inset 0 0 0 0.3125rem ${token('color-background')},
      inset 0 0 0 0.4375rem ${token('color-text')};
  }
  @media print {
    [part='zoom'] {
      display: none;
    }
  }
`;

/** The text a reader meets under `node`, slotted content in place of its slots. */
function flatText(node: Node): string {
  return node.nodeType === Node.TEXT_NODE
    ? node.textContent!
    : Array.from(
        node instanceof HTMLSlotElement ? node.assignedNodes({ flatten: true }) : node.childNodes,
        flatText,
      ).join('');
}

const ZOOM = 'press-figure zoom';

/**
 * The URL of `image`'s largest candidate, within the `<source>` its `<picture>` chose, else the
 * one it shows; undefined when neither is a safe image URL. The portal's markup is not trusted:
 * its candidates pass the same URL policy as the figure's own.
 */
export function zoomSource(image: HTMLImageElement): string | undefined {
  const current = image.currentSrc || image.src;
  const sets = [...(image.parentElement?.querySelectorAll('source') ?? []), image].map((el) =>
    el.getAttribute('srcset'),
  );
  const chosen = sets.find((set) =>
    srcsetCandidates(set).some(([url]) => resolvedUrl(url, image.baseURI) === current),
  );
  return (
    safeUrl(largestCandidate(chosen ?? sets.pop(), current), ZOOM, 'image') ??
    safeUrl(current, ZOOM, 'image')
  );
}

const watched = new WeakSet<HTMLImageElement>();
/** Slotted images whose ARIA text this module wrote, and so may rewrite. */
const described = new WeakSet<HTMLImageElement>();

function describe(image: HTMLImageElement, text: string) {
  const named = image.hasAttribute('alt');
  if (named && !image.alt) return;
  const [attr, other] = named
    ? ['aria-description', 'aria-label']
    : ['aria-label', 'aria-description'];
  // ARIA text the portal wrote itself wins.
  if (image.hasAttribute(attr) && !described.has(image)) return;
  if (described.has(image)) image.removeAttribute(other);
  described.add(image);
  if (text) image.setAttribute(attr, text);
  else image.removeAttribute(attr);
}

/** The portal's image in `figure`'s media slot (maybe inside a `<picture>`), if any. */
function slottedImage(figure: PressFigure): HTMLImageElement | null {
  const media = figure.querySelector(':scope>[slot=media]');
  return media instanceof HTMLImageElement ? media : (media?.querySelector('img') ?? null);
}

/**
 * The figure's own image, read from its public `src` and `srcset` as its render filters them
 * (with the same labels, so an unsafe URL still gets one warning): undefined when it has none.
 */
function ownImage(figure: PressFigure): { src?: string; srcset?: string } | undefined {
  const src = safeUrl(figure.src, 'press-figure src', 'image');
  const srcset = safeSrcset(figure.srcset, 'press-figure srcset');
  return src || srcset ? { src, srcset } : undefined;
}

/** What the zoom shows: the portal's image, or the figure's own as its URLs. */
type ZoomTarget = HTMLImageElement | { src?: string; srcset?: string };

/** The overlay each figure shows and what it was built from, so that an update reuses it. */
const overlays = new WeakMap<PressFigure, { key: string; image: unknown }>();

/**
 * Brings `figure` up to date after its render; `caption` is the `<figcaption>` it handed over,
 * whose text (caption and credit) describes the image.
 */
export function enhance(figure: PressFigure, caption: HTMLElement): void {
  // Removed while this module loaded: nothing to enhance until it is back and renders again.
  if (!figure.isConnected) return;
  const slotted = slottedImage(figure);
  const own = slotted ? undefined : ownImage(figure);

  const url = slotted ? (slotted.getAttribute('src') ?? slotted.srcset) : (own?.src ?? own?.srcset);
  const named = slotted ? slotted.hasAttribute('alt') : figure.alt != null;
  if (url != null && !named && !figure.decorative && 'litIssuedWarnings' in globalThis) {
    warnOnce(
      `<press-figure> image "${url}" has no alt text: add alt (its caption names it ` +
        'meanwhile), or `decorative` if it says nothing.',
    );
  }

  if (slotted && !watched.has(slotted)) {
    const image = slotted;
    watched.add(image);
    // Decoded off the main thread like the figure's own image, unless the portal chose.
    if (!image.hasAttribute('decoding')) image.decoding = 'async';
    // Reported only while it is still the figure's image.
    image.addEventListener('error', () => slottedImage(figure) === image && figure.fail(image));
    // Already failed: reported after this update, not during it.
    if (image.complete && !image.naturalWidth && (image.currentSrc || image.src)) {
      queueMicrotask(() => figure.fail(image));
    }
  }
  const captionText = () => flatText(caption).replace(/\s+/g, ' ').trim();
  if (slotted) describe(slotted, captionText());
  const target = slotted ?? own;
  showZoom(figure, figure.zoom && !figure.failed ? target : undefined, captionText);
}

/**
 * Shows the zoom button over `image` (none without an image), through the figure's `overlay`,
 * re-rendering the figure only when the button or its labels change.
 */
function showZoom(figure: PressFigure, target: ZoomTarget | undefined, captionText: () => string) {
  const image = target instanceof HTMLImageElement ? target : undefined;
  const lang = resolveLang(figure);
  const strings = stringsFor(lang);
  // English stand-ins for missing translations are marked as English (WCAG 3.1.2).
  const openLang = standInLang(lang, 'zoomOpen');
  const alt = figure.decorative ? '' : (figure.alt ?? image?.alt ?? '');
  // The figure's own image is told by its URLs, the portal's by its element.
  const key = JSON.stringify([lang, alt, !!target, image ? '' : target]);
  const shown = overlays.get(figure);
  if (shown ? shown.image === image && shown.key === key : !target) return;
  // One sheet shared by every figure's shadow root, as Lit shares the figure's own styles.
  const root = figure.renderRoot as ShadowRoot;
  const sheet = enhanceStyles.styleSheet!;
  if (target && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  // Filled when opened: the largest candidate of the source the browser is showing right now.
  const open = (dialog: HTMLDialogElement) => {
    const text = captionText();
    const src = image
      ? zoomSource(image)
      : safeUrl(largestCandidate(target!.srcset, target!.src ?? ''), ZOOM, 'image');
    render(
      html`<img part="zoom-image" src=${ifDefined(src)} alt=${alt} />
        <p part="zoom-caption" lang=${lang} ?hidden=${!text}>${text}</p>
        <form method="dialog">
          <button
            part="button"
            lang=${ifDefined(standInLang(lang, 'zoomClose'))}
            dir=${ifDefined(standInDir(lang, 'zoomClose'))}
          >
            ${strings.zoomClose}
          </button>
        </form>`,
      dialog,
    );
    dialog.showModal();
  };
  // Esc closes the dialog natively; its click handler only adds closing from the backdrop. Focus
  // returns to the zoom button unless it has gone meanwhile (the image failed while open).
  /* eslint-disable lit-a11y/click-events-have-key-events */
  const overlay = target
    ? html`<button
          part="zoom"
          aria-haspopup="dialog"
          lang=${ifDefined(openLang)}
          aria-label=${strings.zoomOpen}
          @click=${(event: Event) =>
            open((event.currentTarget as Element).nextElementSibling as HTMLDialogElement)}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M1 6V1h5m4 0h5v5m0 4v5h-5m-4 0H1v-5" />
          </svg>
        </button>
        <dialog
          part="dialog"
          lang=${ifDefined(alt ? undefined : openLang)}
          aria-label=${alt || strings.zoomOpen}
          @click=${(event: Event) =>
            event.target === event.currentTarget && (event.target as HTMLDialogElement).close()}
          @close=${(event: Event) =>
            (
              (event.currentTarget as Element).previousElementSibling as HTMLElement | null
            )?.focus()}
        ></dialog>`
    : nothing;
  /* eslint-enable lit-a11y/click-events-have-key-events */
  overlays.set(figure, { key, image });
  figure.overlay = overlay;
  figure.requestUpdate();
}
