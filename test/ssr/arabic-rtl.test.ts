/**
 * An Arabic article, right to left, as `press-elements/server` renders it (from dist/: run after
 * `npm run build`): read without JavaScript, then hydrated. Pages: test/server/ssr-pages.mjs.
 */
import { expect } from '@open-wc/testing';
import { stringsFor } from '../../src/i18n.js';
import {
  flatTextIn,
  hydratedAndFresh,
  openFrame,
  openSettled,
  realProblems,
  recordProblems,
  servePages,
  stopProblems,
} from './pages.js';

const data = {
  lang: 'ar',
  dir: 'rtl',
  kicker: 'محليات',
  headline: 'افتتاح مكتبة عامة جديدة في وسط المدينة',
  standfirst: 'تضم المكتبة أكثر من عشرين ألف كتاب.',
  body: [
    { type: 'paragraph', text: 'افتتحت البلدية المكتبة صباح اليوم.' },
    {
      type: 'figure',
      src: '/fixtures/seed-article/images/inspection-600.png',
      width: 600,
      height: 400,
      credit: 'سارة',
      caption: 'قاعة القراءة الرئيسية.',
    },
  ],
  authors: [{ name: 'سارة أحمد' }, { name: 'ليلى حسن' }],
  published: '2024-05-01T08:00:00+03:00',
  timeZone: 'Asia/Riyadh',
};

describe('server rendering of an Arabic article, right to left', () => {
  before(() => servePages('arabic', data));

  it('reads right to left without JavaScript, in Arabic', async () => {
    const { frame, win, doc } = await openFrame('/ssr-pages/arabic/ssr.html', { scripts: false });
    const base = doc.querySelector('press-header')!.shadowRoot!.querySelector('[part="base"]')!;
    const direction = win.getComputedStyle(base).direction;
    const header = flatTextIn(doc, 'press-header');
    const figure = flatTextIn(doc, 'press-figure');
    const byline = flatTextIn(doc, 'press-byline');
    frame.remove();
    expect(direction).to.equal('rtl');
    expect(header.includes(data.headline) && header.includes(data.standfirst), header).to.be.true;
    expect(figure).to.include(data.body[1]!.caption);
    expect(figure).to.include(`${stringsFor('ar').creditPrefix} ${data.body[1]!.credit}`);
    const names = data.authors.map((author) => author.name);
    expect(byline.startsWith(new Intl.ListFormat('ar').format(names)), byline).to.be.true;
  });

  it('hydrates to what a client-only render shows, with no error', async () => {
    await recordProblems();
    const { frame, win } = await openSettled('/ssr-pages/arabic/ssr.html');
    const pairs = await hydratedAndFresh(win);
    frame.remove();
    const problems = await stopProblems();
    for (const pair of pairs) expect(pair.hydrated, pair.tag).to.deep.equal(pair.fresh);
    expect(realProblems(problems)).to.deep.equal([]);
  });
});
