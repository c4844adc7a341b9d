/**
 * Text sizes the portal's editor fixed. The article scales its text through inheritance, which a
 * run with a size of its own does not follow: `<span style="font-size:14px">`, `12pt`, `small`,
 * `<font size="2">`, `rem`, a portal rule in px. Which runs those are is not read from the markup
 * (there are too many ways to write a size) but measured: the article's factor is set to 1, then
 * to 2, and every element whose size does not double is pinned to its size at 1 times the
 * article's factor. Further steps are then plain CSS (the factor is a custom property).
 *
 * A pin is a `data-press-size` attribute matched by a rule of an adopted sheet, so the portal's
 * `style` attributes are never written (a strict CSP would refuse to write them back), and the
 * attribute goes when the reader returns to 100 %. Sizes are measured again only when the
 * article's content changes (the content is watched from the first enlargement on).
 *
 * Loaded lazily by the article (only pages whose reader enlarges the text need it).
 */
import type { ReactiveElement } from 'lit';
import { addRule } from '../../adopt-styles.js';

/** Elements whose text is not the article's: the toolbar keeps its own size on purpose. */
const SKIPPED = 'press-a11y-toolbar,script,style,template,svg';
/** Attributes that can change a size: inline styles, classes and ids for the portal's rules. */
const OBSERVED = ['style', 'class', 'id', 'size', 'lang'];
/** Measured sizes within this share of double count as doubled (sub-pixel rounding). */
const TOLERANCE = 0.01;
const PIN = 'data-press-size';

/** Resolves when the browser is idle (soon after, where it cannot tell). */
const idle = () =>
  new Promise<void>((resolve) =>
    'requestIdleCallback' in window
      ? requestIdleCallback(() => resolve(), { timeout: 500 })
      : setTimeout(resolve, 50),
  );

export class LegacyTextSizes {
  /** Each pinned element with its size at 100 %, kept at 100 % while the content stays. */
  private readonly pinned = new Map<Element, string>();
  private readonly observer = new MutationObserver(() => this.changed());
  private measured = false;
  /** Whether the pins are on the elements now. */
  private applied = false;
  private scale = 1;

  /** `base` is the article's own box, which carries `--press-font-scale` for its content. */
  constructor(
    private readonly article: HTMLElement,
    private readonly base: () => HTMLElement | null,
  ) {}

  /**
   * The article now shows `scale`: pins what needs it, or gives everything back at 1. Resolves
   * once the sizes hold (after the article's own elements inside it have upgraded: their sizes
   * before are not the ones to keep).
   */
  update(scale: number): Promise<void> | void {
    this.scale = scale;
    if (scale === 1) {
      // At 1 the pins give the portal's own sizes already: the step back is plain CSS, and the
      // attributes go once the browser is idle (unless the reader enlarges the text again).
      if (this.applied) {
        return idle().then(() => {
          if (this.scale === 1) this.release();
        });
      }
    } else if (!this.measured) {
      return this.measure();
    } else if (!this.applied) {
      for (const [element, size] of this.pinned) element.setAttribute(PIN, size);
      this.applied = true;
    }
  }

  /** The article left its tree: the portal gets its markup back as it was. */
  disconnect(): void {
    this.release();
    this.pinned.clear();
    this.measured = false;
    this.observer.disconnect();
  }

  private changed() {
    this.measured = false;
    if (this.scale !== 1) void this.measure();
  }

  /** Takes the pins off; the measurement stays for the next enlargement. */
  private release() {
    for (const element of this.pinned.keys()) element.removeAttribute(PIN);
    this.applied = false;
  }

  private measure(): Promise<void> | void {
    const upgrading = [...this.article.querySelectorAll(':not(:defined)')].filter((element) =>
      element.localName.startsWith('press-'),
    );
    if (!upgrading.length) return this.measureNow();
    return Promise.all(
      upgrading.map(async (element) => {
        await customElements.whenDefined(element.localName);
        await (element as Partial<ReactiveElement>).updateComplete;
      }),
    ).then(() => this.update(this.scale));
  }

  private measureNow() {
    const base = this.base();
    if (!base) return;
    this.release();
    this.pinned.clear();
    const elements = [...this.article.querySelectorAll('*')].filter(
      (element) => !element.closest(SKIPPED),
    );
    // Through the CSSOM, which a strict CSP allows (a `style` attribute it would refuse).
    const factor = base.style.getPropertyValue('--press-font-scale');
    const sizesAt = (probe: string) => {
      base.style.setProperty('--press-font-scale', probe);
      return elements.map((element) => parseFloat(getComputedStyle(element).fontSize));
    };
    const natural = sizesAt('1');
    const doubled = sizesAt('2');
    base.style.setProperty('--press-font-scale', factor);

    const root = this.article.getRootNode() as Document | ShadowRoot;
    natural.forEach((size, index) => {
      if (size > 0 && Math.abs(doubled[index]! - 2 * size) > size * TOLERANCE) {
        const element = elements[index]!;
        const value = String(+size.toFixed(3));
        // !important: the reader's size beats the portal's inline one, as a user style would.
        addRule(
          root,
          `press-article [${PIN}="${value}"]{font-size:calc(${value}px * var(--press-font-scale,1))!important}`,
        );
        element.setAttribute(PIN, value);
        this.pinned.set(element, value);
      }
    });
    this.measured = this.applied = true;
    this.observer.observe(this.article, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: OBSERVED,
    });
  }
}
