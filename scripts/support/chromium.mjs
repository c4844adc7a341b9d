/**
 * Headless Chromium for the node-side checks, the stories check and the benchmarks: the system
 * binary, never a downloaded one, driven by the test runner's own puppeteer-core (the copy that
 * comes with @web/test-runner-chrome), so every tool here drives browsers the same way.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_FLAGS, chromiumPath } from './system-chromium.mjs';

const chromeLauncher = createRequire(
  createRequire(import.meta.url).resolve('@web/test-runner-chrome'),
);
const { default: puppeteer } = await import(
  pathToFileURL(chromeLauncher.resolve('puppeteer-core')).href
);

export function launch(options = {}) {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
    ...options,
  });
}

/** Collects a page's console errors and warnings and uncaught errors, as text. */
export function recordProblems(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * Runs in the page: the text a reader meets under `selector`, in the flat tree (shadow content
 * with slotted nodes in place of their slots), skipping what is not rendered.
 */
export function flatTextIn(page, selector) {
  return page.evaluate((sel) => {
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      if (!(node instanceof Element)) return '';
      if (node instanceof HTMLStyleElement || node instanceof HTMLTemplateElement) return '';
      if (
        node instanceof HTMLElement &&
        !node.checkVisibility() &&
        !(node instanceof HTMLSlotElement)
      )
        return '';
      if (node instanceof HTMLSlotElement) {
        const assigned = node.assignedNodes();
        return (assigned.length ? assigned : [...node.childNodes]).map(walk).join('');
      }
      const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
      return [...children].map(walk).join('');
    };
    const root = document.querySelector(sel);
    return root ? walk(root).replace(/\s+/g, ' ').trim() : '';
  }, selector);
}
