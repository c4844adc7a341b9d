/**
 * The theming playground: every `--press-*` token with its value in effect, editable live on the
 * seed article, with the contrast of the main colour pairs and the CSS to copy into a theme file.
 * A Storybook-only element (not part of the library), so it may use literal colours.
 */
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import customElements from '../../custom-elements.json' with { type: 'json' };
import { defaultTokens } from '../../src/tokens.js';
import { themeNames, themeTitles, themeTokens, type ThemeName } from './themes.js';

export interface TokenInfo {
  name: string;
  /** The element it belongs to, or `global`. */
  group: string;
  /** The documented default (for component tokens, usually a global token). */
  fallback: string;
  description: string;
}

interface ManifestDeclaration {
  tagName?: string;
  cssProperties?: { name: string; default?: string; description?: string }[];
}

/** Every global token (src/tokens.ts) and every component token documented in the manifest. */
export function allTokens(): TokenInfo[] {
  const global = Object.entries(defaultTokens).map(([name, value]) => ({
    name: `--press-${name}`,
    group: 'global',
    fallback: value,
    description: '',
  }));
  const declarations = customElements.modules.flatMap(
    (module) => (module as { declarations?: ManifestDeclaration[] }).declarations ?? [],
  );
  const component = declarations.flatMap((declaration) =>
    (declaration.cssProperties ?? []).map((property) => ({
      name: property.name,
      group: declaration.tagName ?? 'component',
      fallback: property.default ?? '',
      description: property.description ?? '',
    })),
  );
  return [...global, ...component];
}

type Rgb = [number, number, number];

/** The colour a CSS colour value resolves to, through the browser, or undefined. */
function resolveColour(probe: HTMLElement, value: string): Rgb | undefined {
  probe.style.color = '';
  probe.style.color = value;
  if (!probe.style.color) return undefined;
  const numbers = getComputedStyle(probe)
    .color.match(/[\d.]+/g)
    ?.map(Number);
  return numbers && numbers.length >= 3 ? [numbers[0]!, numbers[1]!, numbers[2]!] : undefined;
}

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The pairs whose contrast a theme must keep, with the ratio WCAG 2.2 asks of each. */
const pairs = [
  ['--press-color-text', '--press-color-background', 4.5, '1.4.3 text'],
  ['--press-color-text-muted', '--press-color-background', 4.5, '1.4.3 captions, byline'],
  ['--press-color-accent', '--press-color-background', 4.5, '1.4.3 kicker'],
  ['--press-color-link', '--press-color-background', 4.5, '1.4.3 links'],
  ['--press-color-text-muted', '--press-color-surface', 4.5, '1.4.3 image fallback'],
  ['--press-color-border', '--press-color-background', 3, '1.4.11 control borders'],
  ['--press-color-focus', '--press-color-background', 3, '1.4.11 focus ring'],
] as const;

/**
 * @summary Lists every token with its value in effect, lets a designer edit any of them live on
 * the slotted preview, and prints the resulting theme.
 *
 * @slot - The preview (an article) the edited tokens apply to.
 */
export class StoryThemePlayground extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-columns: minmax(20rem, 28rem) minmax(0, 1fr);
      gap: 1.5rem;
      align-items: start;
      font:
        0.875rem/1.4 system-ui,
        sans-serif;
      color: #1c1c1c;
    }
    @media (max-width: 60rem) {
      :host {
        grid-template-columns: 1fr;
      }
    }
    .panel {
      position: sticky;
      inset-block-start: 0;
      max-block-size: 100vh;
      overflow: auto;
      background: #ffffff;
      border: 1px solid #767676;
      border-radius: 0.25rem;
      padding: 0.75rem;
    }
    h2 {
      font-size: 1rem;
      margin: 1rem 0 0.5rem;
    }
    h2:first-child {
      margin-block-start: 0;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
    }
    th,
    td {
      text-align: start;
      padding: 0.25rem;
      border-block-end: 1px solid #d0d0d0;
      vertical-align: middle;
    }
    code {
      font-size: 0.8125rem;
      overflow-wrap: anywhere;
    }
    .row {
      display: flex;
      gap: 0.25rem;
      align-items: center;
    }
    input[type='text'] {
      inline-size: 100%;
      min-inline-size: 8rem;
      font: inherit;
      padding: 0.125rem 0.25rem;
      border: 1px solid #767676;
    }
    input[type='color'] {
      inline-size: 2rem;
      block-size: 1.75rem;
      padding: 0;
      border: 1px solid #767676;
    }
    .changed input[type='text'] {
      border-color: #0a4fb3;
      border-width: 2px;
    }
    .pass {
      color: #0b6b2b;
    }
    .fail {
      color: #a3121c;
      font-weight: 700;
    }
    textarea {
      inline-size: 100%;
      min-block-size: 8rem;
      font:
        0.8125rem/1.4 ui-monospace,
        monospace;
      box-sizing: border-box;
    }
    select,
    button {
      font: inherit;
      min-block-size: 1.75rem;
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .preview {
      min-inline-size: 0;
      padding: 1rem 0;
      background: var(--press-color-background);
      color: var(--press-color-text);
    }
  `;

  static override get properties() {
    return { theme: {}, edits: { state: true }, inEffect: { state: true } };
  }

  /** The theme whose values the editor starts from. */
  theme: ThemeName = 'default';

  /** The designer's edits, by token name. */
  private edits = new Map<string, string>();

  private inEffect = new Map<string, string>();

  private readonly tokens = allTokens();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.edits = new Map();
  }

  protected override updated(): void {
    this.measure();
  }

  override firstUpdated(): void {
    this.measure();
  }

  /** The value of every token as the preview sees it now. */
  private measure() {
    const preview = this.renderRoot.querySelector<HTMLElement>('.preview');
    if (!preview) return;
    const style = getComputedStyle(preview);
    const next = new Map(
      this.tokens.map((token) => [token.name, style.getPropertyValue(token.name).trim()]),
    );
    const same =
      next.size === this.inEffect.size &&
      [...next].every(([name, value]) => this.inEffect.get(name) === value);
    if (!same) this.inEffect = next;
  }

  private get themeValues(): Map<string, string> {
    return themeTokens(this.theme);
  }

  private edit(name: string, value: string) {
    const edits = new Map(this.edits);
    if (value.trim() === '') edits.delete(name);
    else edits.set(name, value);
    this.edits = edits;
  }

  /** The theme with the edits, as the CSS a portal would ship. */
  private get cssText(): string {
    const values = new Map(this.themeValues);
    for (const [name, value] of this.edits) values.set(name, value);
    const lines = [...values].map(([name, value]) => `  ${name}: ${value};`);
    return `:root {\n${lines.join('\n')}\n}\n`;
  }

  private colourOf(name: string): Rgb | undefined {
    const probe = this.renderRoot.querySelector<HTMLElement>('.probe');
    const value = this.inEffect.get(name);
    return probe && value ? resolveColour(probe, value) : undefined;
  }

  private renderPairs(): TemplateResult {
    return html`<table>
      <caption class="visually-hidden">
        Contrast of the main colour pairs
      </caption>
      <thead>
        <tr>
          <th scope="col">Pair</th>
          <th scope="col">Ratio</th>
          <th scope="col">Needs</th>
        </tr>
      </thead>
      <tbody>
        ${pairs.map(([fg, bg, needed, what]) => {
          const a = this.colourOf(fg);
          const b = this.colourOf(bg);
          const ratio = a && b ? contrastRatio(a, b) : undefined;
          const pass = ratio !== undefined && ratio >= needed;
          return html`<tr>
            <td>
              <code>${fg.replace('--press-color-', '')}</code> on
              <code>${bg.replace('--press-color-', '')}</code><br />${what}
            </td>
            <td class=${pass ? 'pass' : 'fail'}>
              ${ratio === undefined ? '–' : `${ratio.toFixed(2)}:1 ${pass ? '✓' : '✗'}`}
            </td>
            <td>${needed}:1</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderToken(token: TokenInfo): TemplateResult {
    const edited = this.edits.get(token.name);
    const current = this.inEffect.get(token.name) ?? '';
    const shown = edited ?? current;
    const colour = /color|colour|background|placeholder|focus|border/.test(token.name)
      ? this.colourOf(token.name)
      : undefined;
    const id = `token${token.name}`;
    return html`<tr class=${edited !== undefined ? 'changed' : ''}>
      <td>
        <label for=${id}><code>${token.name}</code></label>
        ${token.description ? html`<br /><small>${token.description}</small>` : nothing}
      </td>
      <td>
        <div class="row">
          ${
            colour
              ? html`<input
                  type="color"
                  aria-label=${`${token.name} colour picker`}
                  .value=${hex(colour)}
                  @input=${(event: Event) =>
                    this.edit(token.name, (event.target as HTMLInputElement).value)}
                />`
              : nothing
          }
          <input
            id=${id}
            type="text"
            .value=${shown}
            placeholder=${token.fallback}
            @change=${(event: Event) =>
              this.edit(token.name, (event.target as HTMLInputElement).value)}
          />
        </div>
      </td>
    </tr>`;
  }

  protected override render() {
    const groups = [...new Set(this.tokens.map((token) => token.group))];
    const edits = Object.fromEntries(this.edits);
    const themeStyle = Object.fromEntries(this.themeValues);
    return html`
      <div class="panel">
        <h2>Theme</h2>
        <div class="row">
          <label for="theme">Start from</label>
          <select
            id="theme"
            @change=${(event: Event) =>
              (this.theme = (event.target as HTMLSelectElement).value as ThemeName)}
          >
            ${themeNames.map(
              (name) =>
                html`<option value=${name} ?selected=${name === this.theme}>
                  ${themeTitles[name]}
                </option>`,
            )}
          </select>
          <button type="button" @click=${() => (this.edits = new Map())}>Reset edits</button>
        </div>
        <h2>Contrast (WCAG 2.2 AA)</h2>
        ${this.renderPairs()}
        <h2>Your theme</h2>
        <label for="css">CSS to save as a theme file (themes/*.css)</label>
        <textarea id="css" readonly .value=${this.cssText}></textarea>
        ${groups.map(
          (group) =>
            html`<h2>${group === 'global' ? 'Global tokens' : `<${group}> tokens`}</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Token</th>
                    <th scope="col">Value in effect</th>
                  </tr>
                </thead>
                <tbody>
                  ${this.tokens
                    .filter((token) => token.group === group)
                    .map((token) => this.renderToken(token))}
                </tbody>
              </table>`,
        )}
      </div>
      <div class="preview" style=${styleMap({ ...themeStyle, ...edits })}>
        <span class="probe" hidden></span>
        <slot></slot>
      </div>
    `;
  }
}

/**
 * Registers the playground. A function rather than a side effect of importing: package.json's
 * `sideEffects` lets the production build drop modules imported only for their effects.
 */
export function defineThemePlayground(): void {
  if (!globalThis.customElements.get('story-theme-playground')) {
    globalThis.customElements.define('story-theme-playground', StoryThemePlayground);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'story-theme-playground': StoryThemePlayground;
  }
}
