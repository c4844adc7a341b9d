import { html, nothing } from 'lit';
import { PressElement, text, textConverter } from '../../press-element.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { rendersAsServer } from '../../server-parity.js';
import { SlotPresenceController } from '../../slot-presence.js';
import { safeUrl } from '../../url-policy.js';
import { noFakeItalics, stackedMarks } from '../../script-typography.js';
import { headerStyles } from './header.styles.js';
import { readerSpacing } from '../../text-spacing.js';

/** One template per heading level: cheaper than lit/static-html for six fixed tags. */
const headings = [
  (text: string) => html`<h1>${text}</h1>`,
  (text: string) => html`<h2>${text}</h2>`,
  (text: string) => html`<h3>${text}</h3>`,
  (text: string) => html`<h4>${text}</h4>`,
  (text: string) => html`<h5>${text}</h5>`,
  (text: string) => html`<h6>${text}</h6>`,
];

/** A heading level from 1 to 6; anything else gives 1. */
function clampLevel(level: unknown): number {
  const number = Number(level);
  return Number.isInteger(number) && number >= 1 && number <= 6 ? number : 1;
}

/**
 * @summary The article's header: kicker, headline and standfirst. Exactly one heading carries
 * the headline.
 *
 * @slot kicker - A section label or topic above the headline; text or the portal's own link.
 * @slot headline - The headline, ideally the portal's own `<h1>`. Content that is not a heading
 * element is given the heading role at `level`.
 * @slot standfirst - The lead paragraph.
 *
 * @csspart base - The wrapper of the three parts.
 * @csspart kicker - The kicker's wrapper.
 * @csspart headline - The headline's wrapper.
 * @csspart standfirst - The standfirst's wrapper.
 *
 * @cssprop [--press-header-font=var(--press-font-heading)] - Font family of the header.
 * @cssprop [--press-header-gap=var(--press-space-l)] - Space below the header.
 * @cssprop [--press-header-kicker-color=var(--press-color-accent)] - Kicker colour.
 * @cssprop [--press-header-kicker-size=var(--press-font-size-small)] - Kicker size.
 * @cssprop [--press-header-kicker-transform=none] - Kicker text transform (e.g. `uppercase`).
 * @cssprop [--press-header-kicker-letter-spacing=0.02em] - Kicker letter spacing (always normal in
 * Arabic, Persian, Urdu and CJK, where spacing breaks the script).
 * @cssprop [--press-header-headline-color=var(--press-color-text)] - Headline colour.
 * @cssprop [--press-header-headline-size=var(--press-font-size-headline)] - Headline size.
 * @cssprop [--press-header-headline-weight=700] - Headline weight.
 * @cssprop [--press-header-headline-line-height=var(--press-line-height-heading)] - Headline
 * line height.
 * @cssprop [--press-header-diacritics-line-height=1.4] - Headline line-height floor (unitless) in
 * scripts whose marks stack above and below their letters, which tighter lines let reach into the
 * next: by default 1.4 in Vietnamese, Thai and Devanagari, 1.6 in Lao, 1.7 in Khmer and Burmese.
 * @cssprop [--press-header-standfirst-color=var(--press-color-text)] - Standfirst colour.
 * @cssprop [--press-header-standfirst-size=var(--press-font-size-standfirst)] - Standfirst size.
 * @cssprop [--press-header-standfirst-weight=600] - Standfirst weight.
 * @cssprop [--press-header-standfirst-line-height=var(--press-line-height)] - Standfirst line
 * height.
 */
export class PressHeader extends PressElement {
  static override styles = [readerSpacing, noFakeItalics, stackedMarks, headerStyles];

  static override get properties() {
    return {
      kicker: text,
      kickerHref: { attribute: 'kicker-href', converter: textConverter },
      headline: text,
      standfirst: text,
      level: { type: Number },
    };
  }

  /** Kicker text, used when nothing is slotted into `kicker`. */
  kicker = '';

  /** Makes the kicker from the attribute a link (http(s) or relative; anything else is dropped). */
  kickerHref = '';

  /** Headline text, used when nothing is slotted into `headline`. */
  headline = '';

  /** Standfirst text, used when nothing is slotted into `standfirst`. */
  standfirst = '';

  /** Heading level (1–6) of the headline when it comes from the attribute. */
  level = 1;

  private readonly slots = new SlotPresenceController(this);

  /** Whether the slotted headline is already a heading, so no second heading role is added. */
  private slottedHeadingIsHeading(): boolean {
    if (rendersAsServer()) return true;
    const slotted = this.querySelector(':scope > [slot=headline]');
    return (
      !slotted || /^H[1-6]$/.test(slotted.tagName) || slotted.getAttribute('role') === 'heading'
    );
  }

  protected override render() {
    const level = clampLevel(this.level);
    const slottedHeadline = this.slots.has('headline');
    const { kicker, headline } = this;
    const hasKicker = this.slots.has('kicker') || kicker !== '';
    const kickerHref = kicker ? safeUrl(this.kickerHref, 'press-header kicker-href') : undefined;
    const hasHeadline = slottedHeadline || headline !== '';
    const hasStandfirst = this.slots.has('standfirst') || this.standfirst !== '';
    const headingRole = slottedHeadline && !this.slottedHeadingIsHeading();
    // Slot fallback stays in the DOM even when unused: leave it empty so one heading exists.
    const fallbackHeading = headline && !slottedHeadline ? headings[level - 1]!(headline) : nothing;

    return html`
      <div part="base" ?hidden=${!hasKicker && !hasHeadline && !hasStandfirst}>
        <div part="kicker" ?hidden=${!hasKicker}>
          <slot name="kicker"
            >${kickerHref ? html`<a href=${kickerHref}>${kicker}</a>` : kicker}</slot
          >
        </div>
        <div
          part="headline"
          ?hidden=${!hasHeadline}
          role=${ifDefined(headingRole ? 'heading' : undefined)}
          aria-level=${headingRole ? level : nothing}
        >
          <slot name="headline">${fallbackHeading}</slot>
        </div>
        <div part="standfirst" ?hidden=${!hasStandfirst}>
          <slot name="standfirst">${this.standfirst}</slot>
        </div>
      </div>
    `;
  }
}
