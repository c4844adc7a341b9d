/**
 * An English article with two authors (one with a role) and dates, as `press-elements/server`
 * renders it (from dist/: run after `npm run build`), read in Tokyo: without JavaScript the dates
 * show in UTC, as the server wrote them; hydrated, in the reader's time zone, as a client-only
 * render shows them. Pages: test/server/ssr-pages.mjs.
 */
import { expect } from '@open-wc/testing';
import { formatDateTime } from '../../src/date-format.js';
import {
  emulateTimezone,
  flatTextIn,
  hydratedAndFresh,
  openFrame,
  realProblems,
  recordProblems,
  serverJsonLd,
  servePages,
  stopProblems,
  type Press,
} from './pages.js';

const published = '2017-03-02T09:15:00+07:00';
const updated = '2017-03-03T18:40:00+07:00';
const data = {
  lang: 'en',
  headline: 'Flood defences hold after a week of rain',
  standfirst: 'Engineers say the new levees worked as designed.',
  body: [
    { type: 'paragraph', text: 'The river peaked on Thursday night.' },
    {
      type: 'figure',
      src: '/fixtures/seed-article/images/meeting-600.png',
      width: 600,
      height: 400,
      credit: 'Ann Lee',
      caption: 'Engineers inspect the levee.',
    },
  ],
  authors: [
    { name: 'Ann Lee', url: '/authors/ann-lee', jobTitle: 'Science editor' },
    { name: 'Minh Anh' },
  ],
  published,
  updated,
};

/** Each `<time>` of the byline in `doc`: its machine-readable value and its text. */
const times = (doc: Document) =>
  [...doc.querySelector('press-byline')!.shadowRoot!.querySelectorAll('time')].map((time) => [
    time.dateTime,
    time.textContent.trim(),
  ]);

// Ann Lee's role after her name, as the byline shows a press-author's (en: " ({role})").
const names = ['Ann Lee (Science editor)', 'Minh Anh'];

describe('server rendering of an English article with two authors and dates, read in Tokyo', () => {
  let html: string;

  before(async () => {
    ({ html } = await servePages('english', data));
    await emulateTimezone('Asia/Tokyo');
  });

  after(() => emulateTimezone(null));

  it('reads in Tokyo here', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Asia/Tokyo');
  });

  it('shows both authors, a role, and the dates in UTC without JavaScript', async () => {
    const { frame, doc } = await openFrame('/ssr-pages/english/ssr.html', { scripts: false });
    const byline = flatTextIn(doc, 'press-byline');
    const link = doc.querySelector('press-byline press-author > a')?.getAttribute('href');
    const found = times(doc);
    frame.remove();
    expect(byline.startsWith(new Intl.ListFormat('en').format(names)), byline).to.be.true;
    expect(link).to.equal('/authors/ann-lee');
    const expected = [published, updated].map((iso) => [
      new Date(iso).toISOString(),
      formatDateTime(new Date(iso), 'en', 'UTC'),
    ]);
    expect(found).to.deep.equal(expected);
  });

  it('writes each author’s role into the structured data too', () => {
    expect(serverJsonLd(html).author.map((person) => [person.name, person.jobTitle])).to.deep.equal(
      [
        ['Ann Lee', 'Science editor'],
        ['Minh Anh', undefined],
      ],
    );
  });

  it('hydrates to the reader’s time zone, as a client-only render shows it', async () => {
    await recordProblems();
    const { frame, win, doc } = await openFrame('/ssr-pages/english/ssr.html');
    await win.customElements.whenDefined('press-byline');
    for (let round = 0; round < 3; round++)
      await doc.querySelector<Press>('press-byline')!.updateComplete;
    const hydrated = times(doc);
    const byline = flatTextIn(doc, 'press-byline');
    const pairs = await hydratedAndFresh(win);
    const copy = doc.createElement('div');
    copy.innerHTML = doc.querySelector('press-article')!.outerHTML;
    doc.body.append(copy);
    const freshByline = copy.querySelector<Press>('press-byline')!;
    for (let round = 0; round < 3; round++) await freshByline.updateComplete;
    const fresh = [...freshByline.shadowRoot!.querySelectorAll('time')].map((time) => [
      time.dateTime,
      time.textContent.trim(),
    ]);
    frame.remove();
    const problems = await stopProblems();
    expect(byline.startsWith(new Intl.ListFormat('en').format(names)), byline).to.be.true;
    expect(hydrated.length).to.equal(2);
    expect(hydrated).to.deep.equal(fresh);
    for (const pair of pairs) expect(pair.hydrated, pair.tag).to.deep.equal(pair.fresh);
    expect(
      hydrated.map(([, text]) => text),
      'the server’s UTC text was replaced',
    ).not.to.deep.equal(
      [published, updated].map((iso) => formatDateTime(new Date(iso), 'en', 'UTC')),
    );
    expect(realProblems(problems)).to.deep.equal([]);
  });
});
