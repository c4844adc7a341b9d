import { html, isServer, nothing } from 'lit';
import { PressElement, text, textConverter } from '../../press-element.js';
import { stringsFor } from '../../i18n.js';
import { LocaleController } from '../../locale-controller.js';
import { SlotPresenceController } from '../../slot-presence.js';
import { safeUrl } from '../../url-policy.js';
import { authorStyles } from './author.styles.js';
import { readerSpacing } from '../../text-spacing.js';

/**
 * @summary One author of a byline: a name (text or the portal's link), optionally a role and an
 * avatar. Put one per author inside `<press-byline>`.
 *
 * @slot - The name: text, or the portal's own `<a>` (never rewritten). Wins over `name`.
 * @slot role - The author's role or job title ("Phóng viên"). Wins over `job-title`.
 * @slot avatar - The portal's own `<img>` (give it `alt=""`: the name is beside it). Wins over
 * `avatar`.
 *
 * @csspart name - The name, or the link rendered from `href`.
 * @csspart role - The role, in the language's brackets.
 * @csspart avatar - The `<img>` rendered from `avatar`.
 *
 * @cssprop [--press-author-avatar-size=2em] - Width and height of the avatar.
 * @cssprop [--press-author-role-weight=400] - Weight of the role.
 * @cssprop [--press-author-role-color=var(--press-color-text-muted)] - Colour of the role.
 */
export class PressAuthor extends PressElement {
  static override styles = [readerSpacing, authorStyles];

  static override get properties() {
    return {
      name: text,
      href: text,
      jobTitle: { attribute: 'job-title', converter: textConverter },
      avatar: text,
    };
  }

  /** The author's name, used when nothing is slotted. */
  name = '';

  /** The author's page; rendered as a link around `name` when http(s) or relative. */
  href = '';

  /** The author's role or job title (schema.org `jobTitle`), used when nothing is slotted. */
  jobTitle = '';

  /** URL of the author's picture, used when nothing is slotted into `avatar`. */
  avatar = '';

  private readonly locale = new LocaleController(this);
  private readonly slots = new SlotPresenceController(this);

  protected override render() {
    // A slotted link is the portal's own: no second link around it.
    const slottedLink = !isServer && this.querySelector(':scope > a:not([slot])');
    const href = slottedLink ? undefined : safeUrl(this.href, 'press-author href');
    const avatar = safeUrl(this.avatar, 'press-author avatar', 'image');
    const hasRole = this.slots.has('role') || this.jobTitle.trim() !== '';
    const [before, after] = stringsFor(this.locale.lang).authorRole.split('{role}');
    const name = html`<slot>${this.name}</slot>`;
    return html`<slot name="avatar"
        >${avatar ? html`<img part="avatar" src=${avatar} alt="" />` : nothing}</slot
      >${href ? html`<a part="name" href=${href}>${name}</a>` : html`<span part="name">${name}</span>`}${
        hasRole
          ? html`<span part="role"
              >${before}<slot name="role">${this.jobTitle}</slot>${after}</span
            >`
          : nothing
      }`;
  }
}
