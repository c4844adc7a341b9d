import { expect } from '@open-wc/testing';
import {
  absoluteUrl,
  largestCandidate,
  resolvedUrl,
  safeSrcset,
  safeUrl,
  srcsetCandidates,
} from '../src/url-policy.js';
import { captureWarnings } from './helpers.js';

/**
 * The oracle is the browser itself: a URL may reach the DOM only if the browser's own URL parser
 * reads it as http(s) or as a data URL whose type is an image. The policy may drop more (odd but
 * harmless strings), never less.
 */
function browserDeemsSafe(value: string): boolean {
  const url = new URL(value, document.baseURI);
  if (url.protocol === 'http:' || url.protocol === 'https:') return true;
  return url.protocol === 'data:' && /^image\//i.test(url.pathname.trim());
}

/** A small deterministic generator (mulberry32), so a failing case can be reproduced. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SAFE = [
  'https://cdn.example.vn/anh/hop-1200.jpg',
  'http://example.com/a.png?x=1#y',
  'HTTPS://EXAMPLE.COM/A.PNG',
  '/images/a.png',
  './a.png',
  '../a.png',
  'a.png',
  '?v=2',
  '#frag',
  '//cdn.example.com/a.png',
  'ảnh/hội-nghị.png',
  'data:image/png;base64,iVBORw0KGgo=',
  'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg"/%3E',
  'data:image/webp;base64,UklGRg==',
  'data:image/avif;base64,AAAA',
  'DATA:IMAGE/JPEG;base64,/9j/',
];

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'javascript :alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'jav\u0000ascript:alert(1)',
  '\u00a0javascript:alert(1)',
  '\ufeffjavascript:alert(1)',
  '\u2028javascript:alert(1)',
  'javascript\u0000:alert(1)',
  'vbscript:msgbox(1)',
  'livescript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:application/javascript,alert(1)',
  'data:image/png',
  'data:,image/png',
  'data:;base64,aW1hZ2UvcG5n',
  'data:text/plain;image/png,x',
  'data:imagex/png,x',
  'file:///etc/passwd',
  'blob:https://example.com/uuid',
  'filesystem:https://example.com/temporary/a',
  'ftp://example.com/a.png',
  'mailto:a@example.com',
  'tel:+84123',
  'about:blank',
  'chrome://settings',
  'x:y',
  'ws://example.com/',
];

describe('url policy', () => {
  it('keeps http(s), relative and image data URLs unchanged', () => {
    for (const url of SAFE) {
      expect(browserDeemsSafe(url), url).to.be.true;
      expect(safeUrl(url, 'test', 'image'), url).to.equal(url.trim());
      // Links and structured data take http(s) and relative URLs only, never data URLs.
      expect(safeUrl(url, 'link test'), url).to.equal(/^data:/i.test(url) ? undefined : url.trim());
    }
  });

  it('never makes a harmless path a script URL through a hostile base', async () => {
    const bases = ['javascript:/', 'JavaScript://x/', 'data:text/html,/', 'vbscript:/', 'length:/'];
    const warnings = await captureWarnings(() => {
      for (const base of bases) {
        expect(absoluteUrl('/author', base, 'base test'), base).to.equal('/author');
        expect(absoluteUrl('img/ok.png', base, 'base test', 'image'), base).to.equal('img/ok.png');
      }
    });
    expect(warnings).to.have.length(bases.length);
    expect(absoluteUrl('/author', 'https://báo.vn/a/b', 'base test')).to.equal(
      new URL('/author', 'https://báo.vn/a/b').href,
    );
    expect(absoluteUrl('javascript:alert(1)', 'https://a.vn/', 'base test')).to.equal(undefined);
  });

  it('resolves any string without throwing, as the browser would', () => {
    const odd = ['http://www.<script>alert(1)</script', 'http://[::1', 'https://a b', '%', ''];
    for (const url of odd) {
      const parsed = URL.canParse(url, document.baseURI);
      expect(resolvedUrl(url, document.baseURI), url).to.equal(
        parsed ? new URL(url, document.baseURI).href : undefined,
      );
    }
  });

  it('drops a relative URL that no page could resolve (an invalid host after //)', async () => {
    const unparsable = ['//<form/action=javascript&#x3A;alert(1)>', '//|\\', '//[::1'];
    const warnings = await captureWarnings(() => {
      for (const url of unparsable) {
        expect(URL.canParse(url, document.baseURI), url).to.be.false;
        expect(safeUrl(url, 'relative test', 'image'), url).to.equal(undefined);
      }
    });
    expect(warnings).to.have.length(unparsable.length);
  });

  it('drops every URL the browser would not read as http(s) or an image', async () => {
    const warnings = await captureWarnings(() => {
      for (const url of HOSTILE) {
        if (browserDeemsSafe(url)) continue; // e.g. 'java\u00a0script:' parses as a relative path
        expect(safeUrl(url, 'hostile test'), JSON.stringify(url)).to.equal(undefined);
      }
    });
    const dropped = new Set(HOSTILE.filter((url) => !browserDeemsSafe(url)).map((u) => u.trim()));
    expect(dropped.size).to.be.greaterThan(HOSTILE.length / 2);
    // One warning per distinct URL.
    expect(warnings.filter((w) => w.includes('hostile test'))).to.have.length(dropped.size);
  });

  it('never lets an unsafe URL through, however it is disguised (2,000 generated cases)', async () => {
    const next = random(20260301);
    const schemes = ['javascript:alert(1)', 'vbscript:x', 'data:text/html,<b>x', 'file:///x'];
    const noise = [
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u001f',
      ' ',
      '\u00a0',
      '\ufeff',
      '\u200b',
      '\u007f',
    ];
    let checked = 0;
    await captureWarnings(() => {
      for (let i = 0; i < 2000; i++) {
        let url = schemes[Math.floor(next() * schemes.length)]!;
        url = Array.from(url, (char) => (next() < 0.5 ? char.toUpperCase() : char)).join('');
        for (let n = Math.floor(next() * 3); n >= 0; n--) {
          const at = Math.floor(next() * (url.indexOf(':') + 2));
          url = url.slice(0, at) + noise[Math.floor(next() * noise.length)]! + url.slice(at);
        }
        const kept = safeUrl(url, 'generated');
        if (kept !== undefined) expect(browserDeemsSafe(kept), JSON.stringify(url)).to.be.true;
        checked++;
      }
    });
    expect(checked).to.equal(2000);
  });

  it('warns once per dropped URL, however often it is checked', async () => {
    const warnings = await captureWarnings(() => {
      for (let i = 0; i < 5; i++) safeUrl('javascript:void(5)', 'repeat test');
    });
    expect(warnings).to.have.length(1);
  });

  it('splits srcset as the HTML parser does', () => {
    expect(srcsetCandidates('a.png 1x,b.png 2x')).to.deep.equal([
      ['a.png', '1x'],
      ['b.png', '2x'],
    ]);
    expect(srcsetCandidates(' a.png,  b.png 600w ,c.png')).to.deep.equal([
      ['a.png', ''],
      ['b.png', '600w'],
      ['c.png', ''],
    ]);
    const data = 'data:image/png;base64,AAAA';
    expect(srcsetCandidates(`${data} 1x, /big.png 2x`)).to.deep.equal([
      [data, '1x'],
      ['/big.png', '2x'],
    ]);
    expect(srcsetCandidates('a.png (bogus, descriptor) 1x, b.png 2x')).to.deep.equal([
      ['a.png', '(bogus, descriptor) 1x'],
      ['b.png', '2x'],
    ]);
    expect(srcsetCandidates('')).to.deep.equal([]);
    expect(srcsetCandidates(null)).to.deep.equal([]);
  });

  it('drops unsafe srcset candidates, also ones hidden after a comma with no space', async () => {
    const warnings = await captureWarnings(() => {
      expect(safeSrcset('a.png 1x,javascript:alert(1) 2x', 'srcset test')).to.equal('a.png 1x');
      expect(
        safeSrcset('data:image/png;base64,AA 1x, data:text/html,<b> 2x', 'srcset test'),
      ).to.equal('data:image/png;base64,AA 1x');
      expect(safeSrcset('java\u0000script:x 1x', 'srcset test')).to.equal(undefined);
    });
    expect(warnings.filter((w) => w.includes('srcset test'))).to.have.length(3);
    expect(safeSrcset('a.png 600w, b.png 1200w', 'srcset test')).to.equal(
      'a.png 600w, b.png 1200w',
    );
  });

  it('finds the largest candidate for a zoomed view', () => {
    const widths = [600, 2400, 1200];
    const srcset = widths.map((w) => `/m-${w}.png ${w}w`).join(', ');
    expect(largestCandidate(srcset, '/m.png')).to.equal(`/m-${Math.max(...widths)}.png`);
    expect(largestCandidate('/a.png, /b.png 3x, /c.png 1.5x', '/x.png')).to.equal('/b.png');
    expect(largestCandidate('', '/fallback.png')).to.equal('/fallback.png');
  });
});
