/**
 * Hostile strings a CMS could put in any attribute or property. Every payload that would run
 * script calls the global canary `__pressCanary(id)` (or `parent.__pressCanary` from a frame), so a
 * test sees any execution, whatever the route: parsed markup, an event handler, a URL, a template.
 */

export type PayloadKind =
  | 'script'
  | 'event-handler'
  | 'broken-markup'
  | 'url'
  | 'template'
  | 'unicode'
  | 'huge'
  | 'odd-value';

export interface Payload {
  kind: PayloadKind;
  value: string;
}

const CANARY = '__pressCanary';

const script = [
  `<script>${CANARY}('script')</script>`,
  `"><script>${CANARY}('attr-break')</script>`,
  `'><script>${CANARY}('attr-break-single')</script>`,
  `</title></style></textarea><script>${CANARY}('rawtext-break')</script>`,
  `<svg><script>${CANARY}('svg-script')</script></svg>`,
  `<scr<script>ipt>${CANARY}('nested-tag')</scr</script>ipt>`,
  `<SCRIPT SRC="data:text/javascript,${CANARY}('script-src')"></SCRIPT>`,
  `<iframe srcdoc="<script>parent.${CANARY}('srcdoc')</script>"></iframe>`,
  `<template><script>${CANARY}('template-script')</script></template>`,
];

const eventHandlers = [
  `<img src=x onerror=${CANARY}('img-onerror')>`,
  `<img src="x" onerror="&#95;_pressCanary('entity-handler')">`,
  `" onmouseover="${CANARY}('attr-handler')`,
  `' onfocus='${CANARY}("attr-handler-single")' autofocus='`,
  `" autofocus onfocus="${CANARY}('autofocus')" x="`,
  `<svg onload=${CANARY}('svg-onload')>`,
  `<body onload=${CANARY}('body-onload')>`,
  `<details open ontoggle=${CANARY}('ontoggle')>`,
  `<video><source onerror=${CANARY}('source-onerror')></video>`,
  `<input autofocus onfocus=${CANARY}('input-autofocus')>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${CANARY}('mxss')>`,
  `<noscript><p title="</noscript><img src=x onerror=${CANARY}('noscript')>">`,
  `<a href="javascript:${CANARY}('anchor')">link</a>`,
  `<form><button formaction="javascript:${CANARY}('formaction')">go</button></form>`,
  `<object data="javascript:${CANARY}('object')"></object>`,
  `<div style="background:url('javascript:${CANARY}(1)')">x</div>`,
];

const brokenMarkup = [
  '<',
  '<!--',
  '-->',
  '<![CDATA[',
  '</press-figure></press-article>',
  `"'><`,
  '<p',
  '<img src="',
  '&',
  '&amp;lt;script&amp;gt;',
  '</slot><slot name="media">',
  '<style>* { display: none !important; }</style>',
  '<<<<>>>>',
];

const urls = [
  `javascript:${CANARY}('js-url')`,
  `JaVaScRiPt:${CANARY}('js-case')`,
  `  javascript:${CANARY}('js-leading-space')`,
  `java\tscript:${CANARY}('js-tab')`,
  `java\nscript:${CANARY}('js-newline')`,
  `java\u0000script:${CANARY}('js-nul')`,
  `\u0001\u0002javascript:${CANARY}('js-control')`,
  `javascript&colon;${CANARY}('js-colon-entity')`,
  `&#106;avascript:${CANARY}('js-entity')`,
  `&#x6A;&#x61;vascript:${CANARY}('js-hex-entity')`,
  `javascript://%0a${CANARY}('js-comment')`,
  `javascript:/*</script>*/${CANARY}('js-comment-break')`,
  `vbscript:msgbox("${CANARY}")`,
  `VBScript:msgbox("${CANARY}")`,
  `data:text/html,<script>${CANARY}('data-html')</script>`,
  `data:text/html;base64,${btoa(`<script>${CANARY}('data-b64')</script>`)}`,
  ` DATA:text/javascript,${CANARY}('data-js')`,
  `data:application/javascript,${CANARY}('data-app-js')`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${CANARY}('svg-data')"/>`,
  `https://example.invalid/x.png" onerror="${CANARY}('url-quote')`,
  `//example.invalid/x.png, javascript:${CANARY}('srcset-second') 2x`,
  `x.png 1x, javascript:${CANARY}('srcset-list') 2x`,
];

const templates = [
  `\${${CANARY}('template-literal')}`,
  `{{constructor.constructor('${CANARY}("angular")')()}}`,
  `<%= ${CANARY}('erb') %>`,
  '{{7*7}}',
  '#{7*7}',
  `lit$123456$`,
  `<?lit$123456$>`,
  `<!--?lit$123456$-->`,
  `@click=\${${CANARY}}`,
];

const unicode = [
  '\u202Egnp.exe\u202C',
  `\u202Ejavascript:${CANARY}('rlo')`,
  '\u2066\u2067\u2068 isolates \u2069\u2069',
  '\u200F\u200E\u061C marks',
  '\uFEFF\u200B\u200C\u200D zero width',
  'Z\u0334\u0321\u031B\u0324\u0353\u0347a\u0336\u0327\u035Al\u0338\u0322\u0359g\u0335\u031Bo\u0337\u0328',
  'lone \uD800 and \uDFFF surrogates',
  '\u0000\u0007\u001B[31m control',
  'مرحبا بالعالم שלום עולם',
];

/** One unbroken 100,000-character word, varied like a pasted token or a base64 blob. */
export const UNBROKEN_WORD = Array.from({ length: 100_000 }, (_, i) =>
  String.fromCharCode(65 + ((i * 7 + (i >> 3)) % 26)),
).join('');

/**
 * One glyph repeated 100,000 times. Rendered like the rest but not laid out: Chromium takes seconds
 * to break it into lines, and WebKit cannot break a run of one repeated glyph beyond about 30,000
 * even in a plain <div>, so the check would measure the engines, not the elements.
 */
export const REPEATED_GLYPH = 'A'.repeat(100_000);

const huge = [
  UNBROKEN_WORD,
  REPEATED_GLYPH,
  'word '.repeat(20_000),
  'Жжж '.repeat(25_000),
  `https://example.invalid/${'a/'.repeat(1_000)}${'b'.repeat(2_000)}.png`,
  `<b>${'<i> '.repeat(25_000)}deep</b>`,
];

const oddValues = [
  '',
  '   ',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '-1',
  '1e309',
  '0x10',
  '[object Object]',
];

const tag = (kind: PayloadKind, values: string[]): Payload[] =>
  values.map((value) => ({ kind, value }));

export const payloads: readonly Payload[] = [
  ...tag('script', script),
  ...tag('event-handler', eventHandlers),
  ...tag('broken-markup', brokenMarkup),
  ...tag('url', urls),
  ...tag('template', templates),
  ...tag('unicode', unicode),
  ...tag('huge', huge),
  ...tag('odd-value', oddValues),
];

/** Calls of the canary seen so far; the tests install it before anything renders. */
export const canaryCalls: unknown[] = [];

export function installCanary(): void {
  (globalThis as Record<string, unknown>)[CANARY] = (...args: unknown[]) => canaryCalls.push(args);
}

/** URL-bearing attributes: their value is fetched or navigated to. */
export const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'xlink:href',
  'cite',
  'ping',
  'background',
  'longdesc',
  'manifest',
  'codebase',
]);

/**
 * Whether a URL would run script or render active content when followed: the scheme as a browser
 * reads it (C0 controls and whitespace stripped), `javascript:`, `vbscript:`, or a `data:` URL that
 * is not an image.
 */
export function isDangerousUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const scheme = value.replace(/[\u0000-\u0020\u007F]+/g, '').toLowerCase();
  return (
    scheme.startsWith('javascript:') ||
    scheme.startsWith('vbscript:') ||
    (scheme.startsWith('data:') && !scheme.startsWith('data:image/'))
  );
}
