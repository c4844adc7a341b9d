#!/usr/bin/env node
// Regenerates files.json for the legacy article-body corpus in this folder.
//
//   node test/legacy/corpus/index.mjs          # rewrite files.json
//   node test/legacy/corpus/index.mjs --check  # exit 1 if files.json is stale
//
// Every `<folder>/<name>.html` is one article body (a fragment that sits inside
// <article>…</article>). The `legacy` list of each entry is computed with plain
// string / regular-expression checks on the raw markup (no DOM parsing), so it can
// be re-run anywhere Node runs. The checks are deliberately simple; each one is
// documented next to its test below. See SOURCES.md for where the bodies come from.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

/** Folder → language/direction. Folders not listed are English, left-to-right. */
export const folderLang = {
  vietnamese: { lang: 'vi', dir: 'ltr' },
  arabic: { lang: 'ar', dir: 'rtl' },
  japanese: { lang: 'ja', dir: 'ltr' },
  hindi: { lang: 'hi', dir: 'ltr' },
  russian: { lang: 'ru', dir: 'ltr' },
  thai: { lang: 'th', dir: 'ltr' },
};

/** Single files whose language differs from their folder's. */
export const fileLang = {
  'readability/gmw-zh.html': { lang: 'zh', dir: 'ltr' },
  'quill/example-echarts-zh.html': { lang: 'zh', dir: 'ltr' },
};

const DEFAULT = { lang: 'en', dir: 'ltr' };
export const MIN_BYTES = 200;
export const MAX_BYTES = 60 * 1024;

/** All values of style="…" / style='…' attributes, lower-cased. */
function styles(html) {
  const out = [];
  for (const m of html.matchAll(/\sstyle\s*=\s*("([^"]*)"|'([^']*)')/gi)) {
    out.push((m[2] ?? m[3] ?? '').toLowerCase());
  }
  return out;
}

/** Opening tags of one element name, e.g. tags(html, 'img'). */
function tags(html, name) {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((m) => m[0]);
}

/** Value of an attribute in one opening tag, or undefined. */
function attr(tag, name) {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[2] ?? m[3] ?? m[4]) : undefined;
}

/** Style value of one opening tag (lower-cased), or ''. */
function tagStyle(tag) {
  return (attr(tag, 'style') ?? '').toLowerCase();
}

const ABSOLUTE_WIDTH = /(^|[;\s])width\s*:\s*[\d.]+\s*(px|pt|cm|mm|in|pc|em)\b/;
const NUMERIC = /^\s*\d+(\.\d+)?\s*(px)?\s*$/i;

/** Ordered list of feature names and their checks. */
export const checks = {
  // A style attribute sets font-size, or the `font:` shorthand with a size (Word's `font:7.0pt "Times New Roman"`).
  'inline-font-size': (h) => styles(h).some((s) => /(^|[;\s])font-size\s*:/.test(s) || /(^|[;\s])font\s*:\s*[\d.]+\s*(pt|px|em|%)/.test(s)),
  // A <font> element (any of size/face/color, or bare).
  'font-element': (h) => /<font\b/i.test(h),
  // A style attribute sets `color:` (not background-color), or a <font color=…>.
  'inline-color': (h) => styles(h).some((s) => /(^|[;\s])color\s*:/.test(s)) || tags(h, 'font').some((t) => attr(t, 'color') !== undefined),
  // A bgcolor attribute on any element.
  bgcolor: (h) => /<[a-z][^>]*\sbgcolor\s*=/i.test(h),
  // A style attribute sets line-height.
  'inline-line-height': (h) => styles(h).some((s) => /(^|[;\s])line-height\s*:/.test(s)),
  // A style attribute sets letter-spacing.
  'letter-spacing': (h) => styles(h).some((s) => /(^|[;\s])letter-spacing\s*:/.test(s)),
  // A <table> with a numeric (non-%) width attribute or an absolute style width,
  // or a <td>/<th>/<col> with such a width (the table is then laid out at fixed widths too).
  'fixed-width-table': (h) =>
    ['table', 'td', 'th', 'col'].some((n) =>
      tags(h, n).some((t) => {
        const w = attr(t, 'width');
        return (w !== undefined && NUMERIC.test(w)) || ABSOLUTE_WIDTH.test(tagStyle(t));
      }),
    ),
  // An <img> whose style sets an absolute width (px, pt, …).
  'fixed-width-image': (h) => tags(h, 'img').some((t) => ABSOLUTE_WIDTH.test(tagStyle(t))),
  // An <img> with a width or height attribute.
  'image-size-attributes': (h) => tags(h, 'img').some((t) => attr(t, 'width') !== undefined || attr(t, 'height') !== undefined),
  // An <iframe> element.
  iframe: (h) => /<iframe\b/i.test(h),
  // A <video> element.
  video: (h) => /<video\b/i.test(h),
  // An http(s) URL of 80 characters or more anywhere in the markup (href, src, text).
  'long-url': (h) => /https?:\/\/[^\s"'<>()]{72,}/i.test(h),
  // A <p> whose only content is &nbsp; (optionally wrapped in inline tags such as <span>, <o:p>, <strong>).
  'nbsp-paragraph': (h) => /<p\b[^>]*>(\s|<\/?(span|o:p|strong|b|em|i|font|u)\b[^>]*>)*(&nbsp;|&#160;|&#xa0;|\u00a0)(\s|&nbsp;|&#160;|&#xa0;|\u00a0|<\/?(span|o:p|strong|b|em|i|font|u)\b[^>]*>)*<\/p>/i.test(h),
  // After an <img>, the next <p>/<td>/<div> is centred (text-align:center or align=center)
  // and its content is italic or small (<em>, <i>, <small>, font-size ≤ 12px, <font size="1|2">).
  'caption-paragraph': (h) => {
    for (const m of h.matchAll(/<img\b[^>]*>/gi)) {
      const rest = h.slice(m.index + m[0].length);
      const open = rest.match(/<(p|td|div)\b[^>]*>/i);
      if (!open) continue;
      const name = open[1].toLowerCase();
      const after = rest.slice(open.index + open[0].length);
      const close = after.search(new RegExp(`</${name}>`, 'i'));
      const inner = close === -1 ? after.slice(0, 500) : after.slice(0, close);
      const centred = /text-align\s*:\s*center/i.test(open[0]) || /\salign\s*=\s*["']?center/i.test(open[0]) || /^\s*(<[^>]+>\s*)*<center\b/i.test(inner);
      const smallOrItalic = /<(em|i|small)\b/i.test(inner) || /font-size\s*:\s*(1[0-2]|[5-9])px/i.test(inner) || /<font\b[^>]*\ssize\s*=\s*["']?[12]\b/i.test(inner);
      if (centred && smallOrItalic) return true;
    }
    return false;
  },
  // A <table> used for layout: it holds an <img> in a cell, or has role="presentation".
  'layout-table': (h) => {
    for (const m of h.matchAll(/<table\b[^>]*>([\s\S]*?)<\/table>/gi)) {
      if (/\srole\s*=\s*["']?presentation/i.test(m[0].slice(0, m[0].indexOf('>') + 1))) return true;
      if (/<t[dh]\b[^>]*>(?:(?!<\/t[dh]>)[\s\S])*<img\b/i.test(m[1])) return true;
    }
    return false;
  },
  // A <figure> element.
  figure: (h) => /<figure\b/i.test(h),
  // A <big> or <small> element.
  'big-small': (h) => /<(big|small)\b/i.test(h),
};

export function detect(html) {
  return Object.entries(checks)
    .filter(([, test]) => test(html))
    .map(([name]) => name);
}

export function listFiles() {
  const files = [];
  for (const folder of readdirSync(root).sort()) {
    const dir = join(root, folder);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.html')) files.push(`${folder}/${name}`);
    }
  }
  return files;
}

export function build() {
  const problems = [];
  const entries = listFiles().map((file) => {
    const buf = readFileSync(join(root, file));
    if (buf.length < MIN_BYTES || buf.length > MAX_BYTES) problems.push(`${file}: ${buf.length} bytes (allowed ${MIN_BYTES}–${MAX_BYTES})`);
    const html = buf.toString('utf8');
    if (/<script\b|<link\b|<meta\b|<html\b|<head\b|<body\b/i.test(html)) problems.push(`${file}: contains a document-level or script element`);
    const source = file.split('/')[0];
    const { lang, dir } = fileLang[file] ?? folderLang[source] ?? DEFAULT;
    return { file, source, lang, dir, legacy: detect(html) };
  });
  return { entries, problems };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const { entries, problems } = build();
  const json = `${JSON.stringify(entries, null, 2)}\n`;
  const target = join(root, 'files.json');
  for (const p of problems) console.error(`warning: ${p}`);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // No files.json yet: it is stale by definition.
    }
    if (current !== json || problems.length) {
      console.error('files.json is out of date or the corpus has problems; run node test/legacy/corpus/index.mjs');
      process.exit(1);
    }
    console.log(`files.json is up to date (${entries.length} files)`);
  } else {
    writeFileSync(target, json);
    const counts = {};
    for (const e of entries) for (const f of e.legacy) counts[f] = (counts[f] ?? 0) + 1;
    console.log(`wrote files.json: ${entries.length} files`);
    for (const name of Object.keys(checks)) console.log(`  ${name}: ${counts[name] ?? 0}`);
    if (problems.length) process.exitCode = 1;
  }
}
