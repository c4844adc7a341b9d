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
 * article's content changes.
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

export class LegacyTextSizes {
  private readonly pinned = new Set<Element>();
  private readonly observer = new MutationObserver(() => this.changed());
  private measured = false;
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
      this.release();
      this.measured = false;
      this.observer.disconnect();
    } else if (!this.measured) {
      return this.measure();
    }
  }

  /** The article left its tree: the portal gets its markup back as it was. */
  disconnect(): void {
    void this.update(1);
  }

  private changed() {
    this.measured = false;
    if (this.scale !== 1) void this.measure();
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
        this.pinned.add(element);
      }
    });
    this.measured = true;
    this.observer.observe(this.article, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: OBSERVED,
    });
  }

  private release() {
    for (const element of this.pinned) element.removeAttribute(PIN);
    this.pinned.clear();
  }
}
