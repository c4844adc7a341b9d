import { html, isServer, nothing, type PropertyValues } from 'lit';
import { PressElement, text, textConverter } from '../../press-element.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attributeDate, attributeZone, DateTimeController } from '../../date-time-controller.js';
import { standInDir, standInLang, stringsFor } from '../../i18n.js';
import { listParts } from '../../list-parts.js';
import { LocaleController } from '../../locale-controller.js';
import { readingTimeText } from '../../reading-time.js';
import { ReadingTimeController } from '../../reading-time-controller.js';
import { authorNodes } from '../../author-nodes.js';
import { noFakeItalics, stackedMarks } from '../../script-typography.js';
import { bylineStyles } from './byline.styles.js';
import { readerSpacing } from '../../text-spacing.js';
import { warnOnce } from '../../warn.js';

/** The update date's first attribute name, still read in HTML (see `dateModified`). */
const LEGACY_MODIFIED = 'updated';
const LEGACY_MODIFIED_WARNING =
  'press-byline: the `updated` attribute is deprecated, use `modified` (a framework that ' +
  "sets `updated` as a property replaces Lit's update hook)";

/**
 * @summary Who wrote the article, where it came from, when it was published and updated, and how
 * long it takes to read.
 *
 * @slot - The author or authors, one element per author: the portal's links or spans, or
 * `<press-author>` elements for a role and an avatar (plain text is one author). Several are joined
 * as the language joins a list ("Bích Nga và Minh Anh"), each isolated in `<bdi>`; text between
 * the elements (the portal's separators for readers without JavaScript) then gives way to the
 * language's. The portal's links are never rewritten.
 *
 * @csspart base - The wrapper of the byline's parts.
 * @csspart authors - The authors, joined.
 * @csspart source - The attribution ("Theo VOV").
 * @csspart published - The label and time of publication.
 * @csspart updated - The label and time of the last update.
 * @csspart label - The label before each time ("Cập nhật").
 * @csspart date - Each `<time>`.
 * @csspart reading-time - The estimated reading time ("5 phút đọc").
 *
 * @cssprop [--press-byline-color=var(--press-color-text-muted)] - Text colour.
 * @cssprop [--press-byline-author-color=var(--press-color-text)] - Author names' colour.
 * @cssprop [--press-byline-author-weight=700] - Author names' weight.
 * @cssprop [--press-byline-font=var(--press-font-ui)] - Font family.
 * @cssprop [--press-byline-size=var(--press-font-size-small)] - Text size.
 * @cssprop [--press-byline-line-height=var(--press-line-height)] - Line height; never below 1.5 in
 * Vietnamese, Thai and Devanagari, 1.6 in Lao, 1.7 in Khmer and Burmese, whose marks stack.
 * @cssprop [--press-byline-margin=var(--press-space-l)] - Space above and below.
 */
export class PressByline extends PressElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...PressElement.shadowRootOptions,
    // Each author gets a slot of its own, so the list separators can sit between them.
    slotAssignment: 'manual',
  };
  static override styles = [readerSpacing, noFakeItalics, stackedMarks, bylineStyles];

  static override get properties() {
    return {
      author: text,
      source: text,
      datePublished: { attribute: 'published', converter: textConverter },
      dateModified: { attribute: 'modified', converter: textConverter },
      timeZone: { attribute: 'time-zone', converter: textConverter },
      relative: { type: Boolean },
      relativeThreshold: { type: Number, attribute: 'relative-threshold' },
      readingTime: { attribute: 'reading-time' },
      readingSpeed: { type: Number, attribute: 'reading-speed' },
      authorNodes: { state: true },
    };
  }

  /** The author's name, used when nothing is slotted. */
  author = '';

  /** The attribution of a story taken from elsewhere, e.g. a news agency. */
  source = '';

  /** Publication date-time, ISO 8601 (e.g. `2017-03-02T09:15:00+07:00`). */
  datePublished = '';

  /**
   * Last update date-time, ISO 8601; shown only when later than the publication. The attribute
   * was `updated`, which HTML pages may still use: frameworks set a property of that name, and
   * `updated` is Lit's update hook, so it is read as an attribute only, with one warning.
   */
  dateModified = '';

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, LEGACY_MODIFIED];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== LEGACY_MODIFIED) return super.attributeChangedCallback(name, old, value);
    if (value !== null) warnOnce(LEGACY_MODIFIED_WARNING);
    if (!this.hasAttribute('modified')) this.dateModified = value ?? '';
  }

  /** IANA time zone the dates are shown in (e.g. `Asia/Ho_Chi_Minh`); default the reader's. */
  timeZone = '';

  /** Show recent times relatively ("3 giờ trước"), refreshed while the page is visible. */
  relative = false;

  /** Age in hours past which a relative time turns absolute. */
  relativeThreshold = 24;

  /**
   * Show the reading time: empty to estimate it from the enclosing article's text, or a number of
   * minutes (e.g. computed by the CMS, so that it also shows before JavaScript runs).
   */
  readingTime?: string;

  /** Reading speed (words, or characters for Chinese and Japanese, a minute); default per language. */
  readingSpeed?: number;

  /** The slotted author nodes, in order. */
  private authorNodes: (Element | Text)[] = [];

  private readonly locale = new LocaleController(this);
  private readonly clock = new DateTimeController(this);
  private readonly reading = new ReadingTimeController(this);
  private observer?: MutationObserver;

  protected override connectedInBrowser(): void {
    this.readAuthors();
    this.observer = new MutationObserver(() => this.readAuthors());
    this.observer.observe(this, { childList: true, characterData: true, subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  private readAuthors() {
    this.authorNodes = authorNodes(this);
  }

  /** Manual slot assignment exists only in a shadow root this element attached itself. */
  private get manualSlots(): boolean {
    return !isServer && this.shadowRoot?.slotAssignment === 'manual';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.manualSlots) return;
    const slots = this.renderRoot.querySelectorAll<HTMLSlotElement>('slot[data-author]');
    slots.forEach((slot, i) => {
      const node = this.authorNodes[i];
      if (node) slot.assign(node);
    });
  }

  private renderAuthors(lang: string) {
    if (!this.manualSlots) return html`<slot>${this.author}</slot>`;
    if (this.authorNodes.length === 0) {
      // A removed attribute leaves null, not ''.
      return this.author.trim() ? html`<bdi>${this.author}</bdi>` : undefined;
    }
    return listParts(lang, this.authorNodes.length).map((part) =>
      'index' in part ? html`<bdi><slot data-author></slot></bdi>` : part.text,
    );
  }

  private renderTime(name: 'published' | 'updated', date: Date, lang: string, zone?: string) {
    const relativeHours = this.relative ? this.relativeThreshold : undefined;
    const { text, title } = this.clock.format(date, lang, zone, relativeHours);
    return html`<span part=${name}
      ><span
        part="label"
        lang=${ifDefined(standInLang(lang, name))}
        dir=${ifDefined(standInDir(lang, name))}
        >${stringsFor(lang)[name]}</span
      >
      <time part="date" datetime=${date.toISOString()} title=${ifDefined(title)}
        >${text}</time
      ></span
    >`;
  }

  protected override render() {
    const lang = this.locale.lang;
    const strings = stringsFor(lang);
    const published = attributeDate('press-byline', 'published', this.datePublished);
    const modified = attributeDate('press-byline', 'modified', this.dateModified);
    // Checking a zone builds an Intl formatter, costly at load: only when a date will show.
    const zone = published || modified ? attributeZone('press-byline', this.timeZone) : undefined;
    const showModified = modified && (!published || modified.getTime() > published.getTime());
    const authors = this.renderAuthors(lang);
    const source = this.source.trim();
    const minutes = this.reading.minutes(this.readingTime, lang, this.readingSpeed || undefined);
    if (!authors && !source && !published && !showModified && !minutes) return nothing;
    // An English stand-in for the phrase is English throughout, the minutes included.
    const readingStandIn = standInLang(lang, 'readingTime');

    return html`
      <div part="base">
        ${authors ? html`<span part="authors">${authors}</span>` : nothing}
        ${
          source
            ? html`<span part="source"
                ><span
                  lang=${ifDefined(standInLang(lang, 'sourcePrefix'))}
                  dir=${ifDefined(standInDir(lang, 'sourcePrefix'))}
                  >${strings.sourcePrefix} </span
                ><bdi>${source}</bdi></span
              >`
            : nothing
        }
        ${published ? this.renderTime('published', published, lang, zone) : nothing}
        ${showModified ? this.renderTime('updated', modified, lang, zone) : nothing}
        ${
          minutes
            ? html`<span
                part="reading-time"
                lang=${ifDefined(readingStandIn)}
                dir=${ifDefined(standInDir(lang, 'readingTime'))}
                >${readingTimeText(strings.readingTime, readingStandIn ?? lang, minutes)}</span
              >`
            : nothing
        }
      </div>
    `;
  }
}
