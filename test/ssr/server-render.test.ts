/**
 * What the server writes (`press-elements/server`, from dist/: run after `npm run build`), rendered
 * in node by test/server/ssr-pages.mjs and read here: every element on its own, no clock read,
 * escaping and declarative shadow roots.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import manifest from '../../custom-elements.json';
import { renderInNode, servePages, TAGS } from './pages.js';

describe('server rendering, in node', () => {
  it('renders every element of the manifest on its own, with no DOM to lean on', async () => {
    const all = (manifest.modules as { declarations?: { tagName?: string }[] }[])
      .flatMap((module) => module.declarations ?? [])
      .map((declaration) => declaration.tagName)
      .filter((tag): tag is string => Boolean(tag));
    expect(TAGS.every((tag) => all.includes(tag))).to.be.true;
    const rendered = await renderInNode<string[]>('tags', all);
    expect(rendered).to.have.length(all.length);
    for (const [index, tag] of all.entries())
      expect(rendered[index]).to.match(
        new RegExp(`^<!--lit-part [^>]+--><${tag}[^>]*><template shadowroot`),
      );
  });

  it('reads no clock while rendering (Next’s prerendering fails on Date.now())', async () => {
    const { article } = await servePages('clock', 'seed');
    const reads = await renderInNode<string[]>('clock', {
      article,
      templates: [
        html`<press-byline
          lang="vi"
          published="2017-03-02T08:00:00+07:00"
          modified="2017-03-03T09:30:00+07:00"
          relative
          >Bích Nga</press-byline
        >`,
      ],
    });
    expect(reads).to.deep.equal([]);
  });

  it('takes Lit templates as body blocks, escapes text and drops unsafe author links', async () => {
    const out = await renderInNode<string>('article', {
      lang: 'en',
      headline: '<img src=x onerror=alert(1)>',
      body: [html`<h2>Inline <em>markup</em></h2>`, { type: 'paragraph', text: '<b>not bold</b>' }],
      authors: [
        { name: 'A', url: 'javascript:alert(1)' },
        { name: 'B', url: '/authors/b' },
      ],
      toolbar: false,
    });
    expect(out).to.match(/<h2>Inline <em>markup<\/em><\/h2>/);
    expect(out).to.include('&lt;b&gt;not bold&lt;/b&gt;');
    expect(out).to.include('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).not.to.include('javascript:');
    expect(out).to.include('href="/authors/b"');
    expect(out).not.to.include('<press-a11y-toolbar');
  });

  it('renders every element of the seed article to declarative shadow DOM', async () => {
    const { html: markup } = await servePages('dsd', 'seed');
    for (const tag of TAGS) {
      const opening = new RegExp(
        `<${tag}\\b[^>]*>\\s*<template shadowroot="open" shadowrootmode="open"`,
      );
      expect(markup, `${tag} has a declarative shadow root`).to.match(opening);
    }
  });
});
