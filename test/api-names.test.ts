/**
 * No attribute or property in the manifest reuses a member of Lit's or the DOM's own element
 * classes: React, Vue and Angular set a property wherever `name in element`, so a name such as
 * `updated` or `render` would replace Lit's hook with a string and break the element.
 */
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { elements } from './security/manifest.js';

const camel = (name: string) =>
  name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Every member an element inherits, from LitElement down to EventTarget, and its statics. */
function inherited(): Set<string> {
  const names = new Set<string>();
  for (
    let proto: object | null = LitElement.prototype;
    proto;
    proto = Object.getPrototypeOf(proto) as object | null
  )
    for (const name of Object.getOwnPropertyNames(proto)) names.add(name);
  return names;
}

describe('API names', () => {
  const taken = inherited();

  it('the walk sees Lit and the DOM (control)', () => {
    for (const name of ['updated', 'render', 'update', 'title', 'hidden', 'lang', 'onclick'])
      expect(taken.has(name), name).to.be.true;
    expect(elements.length).to.be.at.least(6);
  });

  for (const element of elements) {
    it(`${element.tag}: no attribute or property shadows an inherited member`, () => {
      const names = [
        ...element.attributes.flatMap(({ name }) => [name, camel(name)]),
        ...element.properties.map(({ name }) => name),
      ];
      expect(names.filter((name) => taken.has(name))).to.deep.equal([]);
    });
  }
});
