/**
 * `style=${styleProperties({ ... })}`: Lit's styleMap, minus its one inline-style write. styleMap
 * renders its first value as a `style` attribute string, which a strict Content Security Policy
 * (`style-src` without 'unsafe-inline') refuses; this directive sets every value through the CSSOM
 * (`style.setProperty`), which CSP allows. On the server it renders the attribute, as styleMap does.
 */
import { noChange } from 'lit';
import {
  Directive,
  directive,
  PartType,
  type AttributePart,
  type PartInfo,
} from 'lit/directive.js';

type Properties = Readonly<Record<string, string | undefined>>;

/** `aspectRatio` → `aspect-ratio`; custom properties (`--x`) and kebab-case pass unchanged. */
const cssName = (name: string) =>
  name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

class StylePropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('styleProperties() belongs in a `style` attribute binding.');
    }
  }

  render(properties: Properties): string {
    return Object.entries(properties)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${cssName(name)}:${value};`)
      .join('');
  }

  override update(part: AttributePart, [properties]: [Properties]): typeof noChange {
    const { style } = part.element;
    const current = new Set<string>();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      const property = cssName(name);
      current.add(property);
      style.setProperty(property, value);
    }
    for (const property of this.previous)
      if (!current.has(property)) style.removeProperty(property);
    this.previous = current;
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
