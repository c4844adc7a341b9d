/*
 * Runs on the strict-CSP page (test/csp-check.mjs), loaded from 'self' before the library: records
 * every securitypolicyviolation, waits for the article to render, works the toolbar, then probes
 * that the policy is really enforced, and posts what it saw to /result.
 */
(() => {
  const seen = new Set();
  const violations = [];
  const record = (event) => {
    if (seen.has(event)) return;
    seen.add(event);
    violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: String(event.blockedURI),
      sample: String(event.sample || '').slice(0, 120),
      source: `${event.sourceFile || ''}:${event.lineNumber || 0}`,
    });
  };
  document.addEventListener('securitypolicyviolation', record, true);
  window.addEventListener('securitypolicyviolation', record, true);

  const frame = () =>
    new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  const report = (result) =>
    fetch('/result', { method: 'POST', body: JSON.stringify(result) }).catch(() => {});

  async function run() {
    const tags = [
      'press-article',
      'press-header',
      'press-figure',
      'press-byline',
      'press-a11y-toolbar',
    ];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const article = document.querySelector('press-article');
    const toolbar = document.querySelector('press-a11y-toolbar');
    const rendered = tags.every((tag) =>
      Array.from(document.querySelectorAll(tag)).every(
        (el) => el.shadowRoot && el.shadowRoot.childNodes.length > 0,
      ),
    );
    await frame();
    const buttons = Array.from(toolbar.shadowRoot.querySelectorAll('button'));
    const scales = [];
    for (const button of buttons) {
      button.click();
      await frame();
      scales.push(article.fontScale, article.getAttribute('contrast'));
    }
    // Back to the start: text size reset, contrast down.
    if (buttons[1]) buttons[1].click();
    await frame();
    const afterRun = violations.length;

    // Probes, after the run: an inline style and a string into an HTML sink must both be refused,
    // or the page was not under the policy and the zero above means nothing.
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    let sinkRefused = false;
    try {
      probe.innerHTML = '<b>probe</b>';
    } catch {
      sinkRefused = true;
    }
    await frame();
    report({
      userAgent: navigator.userAgent,
      rendered,
      buttons: buttons.length,
      scales,
      trustedTypes: typeof window.trustedTypes !== 'undefined',
      violations: violations.slice(0, afterRun),
      probeViolations: violations.slice(afterRun).map((v) => v.directive),
      sinkRefused,
    });
  }
  const start = () => run().catch((error) => report({ error: String(error && error.stack) }));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start);
})();
