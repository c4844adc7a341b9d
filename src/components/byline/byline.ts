import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatDateTime, isValidTimeZone, parseIsoDate } from '../../date-format.js';
import { stringsFor } from '../../i18n.js';
import { LocaleController } from '../../language.js';
import { warnOnce } from '../../warn.js';
import { bylineStyles } from './byline.styles.js';

/** A light-DOM node that names one author: an element, or text that is not only whitespace. */
function isAuthorNode(node: Node): node is Element | Text {
  if (node instanceof Element) return !node.hasAttribute('slot');
  return node.nodeType === Node.TEXT_NODE && Boolean(node.textContent?.trim());
}

/**
 * `Intl.ListFormat` parts for `count` items: `{ index }` for an item, `{ text }` for a separator
 * such as ", " or " và ".
 */
function listParts(lang: string, count: number): ({ index: number } | { text: string })[] {
  const placeholders = Array.from({ length: count }, (_, i) => `\u0000${i}\u0000`);
  return new Intl.ListFormat(lang, { type: 'conjunction' })
    .formatToParts(placeholders)
    .map((part) =>
      part.type === 'element' ? { index: Number(part.value.slice(1, -1)) } : { text: part.value },
    );
}

/**
 * @summary Who wrote the article, where it came from, and when it was published and updated.
 *
 * @slot - The author or authors, as text or links, one element per author. Several are joined as
 * the language joins a list ("Bích Nga và Minh Anh"). The portal's links are never rewritten.
 *
 * @csspart base - The wrapper of the byline's parts.
 * @csspart authors - The authors, joined.
 * @csspart source - The attribution ("Theo VOV").
 * @csspart date - Each `<time>`.
 * @csspart updated - The label and time of the last update.
 *
 * @cssprop [--press-byline-color=var(--press-color-text-muted)] - Text colour.
 * @cssprop [--press-byline-author-color=var(--press-color-text)] - Author names' colour.
 * @cssprop [--press-byline-author-weight=700] - Author names' weight.
 * @cssprop [--press-byline-font=var(--press-font-ui)] - Font family.
 * @cssprop [--press-byline-size=var(--press-font-size-small)] - Text size.
 * @cssprop [--press-byline-line-height=var(--press-line-height)] - Line height.
 * @cssprop [--press-byline-margin=var(--press-space-l)] - Space above and below.
 */
export class PressByline extends LitElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    // Each author gets a slot of its own, so the list separators can sit between them.
    slotAssignment: 'manual',
  };
  static override styles = bylineStyles;

  /** The author's name, used when nothing is slotted. */
  @property() author = '';

  /** The attribution of a story taken from elsewhere, e.g. a news agency. */
  @property() source = '';

  /** Publication date-time, ISO 8601 (e.g. `2017-03-02T09:15:00+07:00`). */
  @property({ attribute: 'published' }) datePublished = '';

  /** Last update date-time, ISO 8601; shown only when later than the publication. */
  @property({ attribute: 'updated' }) dateModified = '';

  /** IANA time zone the dates are shown in (e.g. `Asia/Ho_Chi_Minh`); default the reader's. */
  @property({ attribute: 'time-zone' }) timeZone = '';

  /** The slotted author nodes, in order. */
  @state() private authorNodes: (Element | Text)[] = [];

  private readonly locale = new LocaleController(this);
  private observer?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    this.readAuthors();
    this.observer = new MutationObserver(() => this.readAuthors());
    this.observer.observe(this, { childList: true, characterData: true, subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  private readAuthors() {
    this.authorNodes = Array.from(this.childNodes).filter(isAuthorNode);
  }

  /** Manual slot assignment exists only in a shadow root this element attached itself. */
  private get manualSlots(): boolean {
    return !isServer && this.shadowRoot?.slotAssignment === 'manual';
  }

  private date(value: string, attribute: string): Date | undefined {
    if (!value) return undefined;
    const date = parseIsoDate(value);
    if (!date)
      warnOnce(`<press-byline ${attribute}="${value}"> is not an ISO 8601 date; left out.`);
    return date;
  }

  private zone(): string | undefined {
    const zone = this.timeZone.trim();
    if (!zone) return undefined;
    if (isValidTimeZone(zone)) return zone;
    warnOnce(`<press-byline time-zone="${zone}"> is not an IANA time zone; dates left out.`);
    return undefined;
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
    if (this.authorNodes.length === 0) return html`<bdi>${this.author}</bdi>`;
    return listParts(lang, this.authorNodes.length).map((part) =>
      'index' in part ? html`<bdi><slot data-author></slot></bdi>` : part.text,
    );
  }

  private renderTime(date: Date, lang: string, zone: string | undefined) {
    return html`<time part="date" datetime=${date.toISOString()}
      >${formatDateTime(date, lang, zone)}</time
    >`;
  }

  protected override render() {
    const lang = this.locale.lang;
    const strings = stringsFor(lang);
    const zoneGiven = this.timeZone.trim() !== '';
    const zone = this.zone();
    const datesShown = !zoneGiven || zone !== undefined;
    const published = datesShown ? this.date(this.datePublished, 'published') : undefined;
    const modified = datesShown ? this.date(this.dateModified, 'updated') : undefined;
    const showModified = modified && (!published || modified.getTime() > published.getTime());
    const hasAuthors =
      this.authorNodes.length > 0 || this.author.trim() !== '' || !this.manualSlots;
    const source = this.source.trim();

    return html`
      <div part="base" ?hidden=${!hasAuthors && !source && !published && !showModified}>
        <span part="authors" ?hidden=${!hasAuthors}>${this.renderAuthors(lang)}</span>
        ${
          source
            ? html`<span part="source">${strings.sourcePrefix} <bdi>${source}</bdi></span>`
            : nothing
        }
        ${published ? this.renderTime(published, lang, zone) : nothing}
        ${
          showModified
            ? html`<span part="updated"
                >${strings.updated} ${this.renderTime(modified, lang, zone)}</span
              >`
            : nothing
        }
      </div>
    `;
  }
}
