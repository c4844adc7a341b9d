import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import '../src/components/byline/define.js';
import type { PressArticle, PressByline } from '../src/index.js';
import { captureWarnings, expectedDate, flatText, settle, spokenLang } from './helpers.js';

describe('press-byline', () => {
  it('joins slotted authors as the language joins a list', async () => {
    const el = await fixture<PressByline>(
      html`<press-byline lang="vi"
        ><a href="/a">Bích Nga</a><a href="/b">Minh Anh</a></press-byline
      >`,
    );
    expect(flatText(el)).to.include('Bích Nga và Minh Anh');
    await expect(el).to.be.accessible();
  });

  it('joins three English authors', async () => {
    const el = await fixture<PressByline>(
      html`<press-byline lang="en"><span>Ann</span><span>Bo</span><span>Cy</span></press-byline>`,
    );
    expect(flatText(el)).to.include('Ann, Bo, and Cy');
  });

  it('renders the author attribute when nothing is slotted', async () => {
    const el = await fixture<PressByline>(html`<press-byline author="Bích Nga"></press-byline>`);
    expect(flatText(el)).to.include('Bích Nga');
  });

  it('renders the source with its prefix', async () => {
    const el = await fixture<PressByline>(
      html`<press-byline lang="vi" author="Bích Nga" source="VOV"></press-byline>`,
    );
    expect(flatText(el)).to.include('Theo VOV');
  });

  it('formats published and updated times in the time zone', async () => {
    const el = await fixture<PressByline>(
      html`<press-byline
        lang="en"
        author="A"
        published="2017-03-02T09:15:00+07:00"
        modified="2017-03-03T10:00:00+07:00"
        time-zone="Asia/Ho_Chi_Minh"
      ></press-byline>`,
    );
    const times = el.shadowRoot!.querySelectorAll('time');
    expect(times).to.have.length(2);
    expect(times[0]!.getAttribute('datetime')).to.equal('2017-03-02T02:15:00.000Z');
    const expected = expectedDate('2017-03-02T09:15:00+07:00', 'en', 'Asia/Ho_Chi_Minh');
    expect(times[0]!.textContent).to.equal(expected);
    expect(flatText(el)).to.include('Updated');
  });

  it('still reads the former `updated` attribute from HTML, with one deprecation warning', async () => {
    const els: PressByline[] = [];
    const warnings = await captureWarnings(async () => {
      for (const date of ['2017-03-03T10:00:00+07:00', '2017-03-04T10:00:00+07:00'])
        els.push(
          await fixture<PressByline>(
            html`<press-byline
              lang="vi"
              author="A"
              published="2017-03-02T09:15:00+07:00"
              updated=${date}
            ></press-byline>`,
          ),
        );
    });
    for (const el of els) expect(el.shadowRoot!.querySelectorAll('time')).to.have.length(2);
    expect(els[1]!.dateModified).to.equal('2017-03-04T10:00:00+07:00');
    expect(warnings.filter((w) => w.includes('`updated`'))).to.have.length(1);
    // The new name wins where both are given.
    const both = await fixture<PressByline>(
      html`<press-byline
        author="A"
        modified="2017-03-05T10:00:00Z"
        updated="2017-03-04T10:00:00Z"
      ></press-byline>`,
    );
    expect(both.dateModified).to.equal('2017-03-05T10:00:00Z');
  });

  it('takes every documented member as a property, as React, Vue and Angular set them', async () => {
    const el = document.createElement('press-byline');
    // What a framework does for each prop: a property wherever `name in element`.
    const props: Record<string, string> = {
      author: 'Bích Nga',
      published: '2017-03-02T09:15:00+07:00',
      modified: '2017-03-03T10:00:00+07:00',
      'time-zone': 'Asia/Ho_Chi_Minh',
    };
    for (const [name, value] of Object.entries(props)) {
      if (name in el) (el as unknown as Record<string, string>)[name] = value;
      else el.setAttribute(name, value);
    }
    el.lang = 'vi';
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('time')).to.have.length(2);
    expect(flatText(el)).to.include('Bích Nga');
    el.remove();
  });

  it('leaves out a date that does not parse, warning once', async () => {
    let el!: PressByline;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PressByline>(
        html`<press-byline author="A" published="yesterday-ish"></press-byline>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(el.shadowRoot!.querySelector('time')).to.equal(null);
    expect(flatText(el)).to.not.include('Invalid');
    expect(warnings.filter((w) => w.includes('yesterday-ish'))).to.have.length(1);
  });

  it('renders nothing visible when empty', async () => {
    const el = await fixture<PressByline>(html`<press-byline></press-byline>`);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });
});

/** The byline's visible parts, by name. */
function part(el: PressByline, name: string): Element | null {
  return el.shadowRoot!.querySelector(`[part="${name}"]`);
}

describe('press-byline with bad input', () => {
  it('renders nothing at all when empty or only white space', async () => {
    const el = await fixture<PressByline>(html`<press-byline> </press-byline>`);
    expect(el.shadowRoot!.children).to.have.length(0);
    expect(flatText(el)).to.equal('');
  });

  it('ignores a time zone that does not parse, warning once with its name', async () => {
    let el!: PressByline;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PressByline>(
        html`<press-byline
          author="A"
          published="2024-05-10T08:30:00+07:00"
          time-zone="Mars/Olympus"
        ></press-byline>`,
      );
      el.author = 'B';
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('time-zone="Mars/Olympus"'))).to.have.length(1);
    const expected = expectedDate('2024-05-10T08:30:00+07:00', 'en');
    expect(part(el, 'published')!.querySelector('time')!.textContent).to.equal(expected);
  });

  it('leaves out an update that does not parse, naming the attribute', async () => {
    let el!: PressByline;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PressByline>(
        html`<press-byline
          author="A"
          published="2024-05-10"
          modified="2024-13-45T99:00"
        ></press-byline>`,
      );
    });
    expect(part(el, 'updated')).to.equal(null);
    expect(part(el, 'published')).to.not.equal(null);
    expect(warnings.filter((w) => w.includes('modified="2024-13-45T99:00"'))).to.have.length(1);
    expect(flatText(el)).to.not.match(/Invalid|NaN/);
  });

  it('shows an update only when it is later than the publication', async () => {
    const el = await fixture<PressByline>(
      html`<press-byline
        author="A"
        published="2024-05-10T10:00:00+07:00"
        modified="2024-05-10T02:00:00Z"
      ></press-byline>`,
    );
    expect(part(el, 'updated')).to.equal(null);
    el.dateModified = '2024-05-10T03:01:00Z';
    await el.updateComplete;
    expect(part(el, 'updated')).to.not.equal(null);
  });
});

describe('press-byline relative times', () => {
  const rtf = (lang: string) => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });

  it('says how long ago, in the language, with the absolute time as its title', async () => {
    const threeHoursAgo = new Date(Date.now() - 3 * 3600_000 - 60_000).toISOString();
    const el = await fixture<PressByline>(
      html`<press-byline lang="vi" author="A" relative published=${threeHoursAgo}></press-byline>`,
    );
    const time = part(el, 'published')!.querySelector('time')!;
    expect(time.textContent).to.equal(rtf('vi').format(-3, 'hour'));
    expect(time.textContent).to.equal('3 giờ trước');
    expect(time.title).to.match(/\d/);
    expect(time.getAttribute('datetime')).to.equal(new Date(threeHoursAgo).toISOString());
  });

  it('turns absolute past the threshold', async () => {
    const threeHoursAgo = new Date(Date.now() - 3 * 3600_000).toISOString();
    const el = await fixture<PressByline>(
      html`<press-byline
        author="A"
        relative
        relative-threshold="2"
        published=${threeHoursAgo}
      ></press-byline>`,
    );
    const time = part(el, 'published')!.querySelector('time')!;
    expect(time.textContent).to.not.equal(rtf('en').format(-3, 'hour'));
    expect(time.textContent).to.include(String(new Date(threeHoursAgo).getFullYear()));
    expect(time.hasAttribute('title')).to.equal(false);
  });

  it('refreshes when the words change, and keeps no timer while the page is hidden', async () => {
    const { clockRunning } = await import('../src/refresh-clock.js');
    // 300 ms short of an hour: "59 minutes ago" now, "1 hour ago" once the hour is up.
    const published = new Date(Date.now() - 3600_000 + 300).toISOString();
    const el = await fixture<PressByline>(
      html`<press-byline author="A" relative published=${published}></press-byline>`,
    );
    const time = () => part(el, 'published')!.querySelector('time')!.textContent;
    expect(time()).to.equal(rtf('en').format(-59, 'minute'));
    expect(clockRunning()).to.equal(true);

    // The browser hides the page (a background tab): the one property that says so, and its event.
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(clockRunning()).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(time()).to.equal(rtf('en').format(-59, 'minute'));

    // Shown again: what fell due while hidden is refreshed at once.
    delete (document as { visibilityState?: unknown }).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(time()).to.equal(rtf('en').format(-1, 'hour'));
  });

  it('stops refreshing when it leaves the page', async () => {
    const { clockRunning } = await import('../src/refresh-clock.js');
    const el = await fixture<PressByline>(
      html`<press-byline author="A" relative published=${new Date().toISOString()}></press-byline>`,
    );
    expect(clockRunning()).to.equal(true);
    el.remove();
    expect(clockRunning()).to.equal(false);
  });
});

describe('press-byline: language of parts (WCAG 3.1.2)', () => {
  const byline = (lang: string) =>
    fixture<HTMLElement>(
      html`<press-article lang=${lang}>
        <press-byline
          author="A"
          source="X"
          published="2024-05-10T09:00:00+07:00"
          modified="2024-05-11T09:00:00+07:00"
          reading-time="4"
        ></press-byline>
      </press-article>`,
    ).then((el) => el.querySelector('press-byline')!);
  const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!;

  it('marks English labels standing in for a missing translation, and keeps the dates in the article’s language', async () => {
    // Thai has no built-in byline strings: the labels are English, the dates Thai.
    const el = await byline('th');
    for (const name of ['published', 'updated'])
      expect(spokenLang(shadow(el, `[part="${name}"] [part="label"]`)), name).to.equal('en');
    expect(spokenLang(shadow(el, '[part="source"] > span'))).to.equal('en');
    expect(spokenLang(shadow(el, '[part="published"] time'))).to.equal('th');
    // A stand-in phrase is English throughout: "4 min read", not Thai minutes in an English frame.
    const reading = shadow(el, '[part="reading-time"]');
    expect(spokenLang(reading)).to.equal('en');
    expect(flatText(reading)).to.equal(
      `${new Intl.NumberFormat('en', { style: 'unit', unit: 'minute' }).format(4)} read`,
    );
    await expect(el).to.be.accessible();
  });

  it('marks nothing in a language that has its strings', async () => {
    for (const lang of ['vi', 'ar', 'ja']) {
      const el = await byline(lang);
      const marked = [...el.shadowRoot!.querySelectorAll('[lang]')];
      expect(
        marked.map((node) => node.getAttribute('lang')),
        lang,
      ).to.deep.equal([]);
    }
  });
});

describe('press-byline reading time', () => {
  const minutes = (lang: string, n: number, unitDisplay: 'short' | 'long' = 'short') =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay }).format(n);

  it('estimates Vietnamese from its words ("5 phút đọc")', async () => {
    // 1,140 words: five minutes at the default 228 words a minute.
    const words = Array.from({ length: 1140 }, (_, i) => ['đọc', 'báo', 'Kon', 'Tum'][i % 4]);
    const el = await fixture<HTMLElement>(
      html`<press-article lang="vi">
        <press-byline author="A" reading-time></press-byline>
        <p>${words.join(' ')}</p>
      </press-article>`,
    );
    const byline = el.querySelector('press-byline')!;
    await byline.updateComplete;
    expect(flatText(part(byline, 'reading-time')!)).to.equal(`${minutes('vi', 5)} đọc`);
    expect(flatText(part(byline, 'reading-time')!)).to.equal('5 phút đọc');
  });

  it('estimates Japanese from its characters, and follows the text as it grows', async () => {
    // 1,071 characters: three minutes at 357 characters a minute.
    const text = '桜の開花が発表された。'.repeat(107) + '桜';
    const el = await fixture<HTMLElement>(
      html`<press-article lang="ja">
        <press-byline author="A" reading-time></press-byline>
        <p>${text}</p>
      </press-article>`,
    );
    const byline = el.querySelector('press-byline')!;
    await byline.updateComplete;
    expect(flatText(part(byline, 'reading-time')!)).to.equal(`読了時間 ${minutes('ja', 3)}`);
    const more = document.createElement('p');
    more.textContent = text;
    el.append(more);
    await new Promise((resolve) => setTimeout(resolve));
    await byline.updateComplete;
    expect(flatText(part(byline, 'reading-time')!)).to.equal(`読了時間 ${minutes('ja', 6)}`);
  });

  it('shows the minutes a CMS gives, and nothing when not asked', async () => {
    const el = await fixture<PressByline>(
      html`<press-byline lang="en" author="A" reading-time="7"></press-byline>`,
    );
    expect(flatText(part(el, 'reading-time')!)).to.equal(`${minutes('en', 7)} read`);
    el.readingTime = undefined;
    await el.updateComplete;
    expect(part(el, 'reading-time')).to.equal(null);
  });
});

describe('press-author', () => {
  it('renders a name, a link, a role in the language’s brackets and an avatar', async () => {
    const el = await fixture<PressByline>(
      html`<press-byline lang="ja">
        <press-author
          href="/kisha/yamada"
          job-title="社会部"
          avatar="/fixtures/samples/avatars/hanako-yamada.svg"
          >山田 花子</press-author
        >
        <press-author name="佐藤 健"></press-author>
      </press-byline>`,
    );
    const [first, second] = Array.from(el.querySelectorAll('press-author'));
    await first!.updateComplete;
    expect(first!.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/kisha/yamada');
    expect(flatText(first!.shadowRoot!.querySelector('[part="role"]')!)).to.equal('（社会部）');
    expect(first!.shadowRoot!.querySelector('img')!.alt).to.equal('');
    expect(flatText(second!)).to.equal('佐藤 健');
    const joined = new Intl.ListFormat('ja', { type: 'conjunction' }).format([
      '山田 花子（社会部）',
      '佐藤 健',
    ]);
    expect(flatText(part(el, 'authors')!)).to.equal(joined);
    await expect(el).to.be.accessible();
  });

  it('keeps the portal’s own link, role and avatar, adding no second link', async () => {
    const el = await fixture<PressByline>(
      html`<press-byline lang="vi">
        <press-author href="/other"
          ><img
            slot="avatar"
            src="/fixtures/samples/avatars/bich-nga.svg"
            alt=""
            width="32"
            height="32"
          /><a href="/tac-gia/bich-nga">Bích Nga</a
          ><span slot="role">Phóng viên</span></press-author
        >
      </press-byline>`,
    );
    const author = el.querySelector('press-author')!;
    await author.updateComplete;
    expect(author.shadowRoot!.querySelector('a')).to.equal(null);
    expect(author.querySelector('a')!.getAttribute('href')).to.equal('/tac-gia/bich-nga');
    expect(flatText(author)).to.equal('Bích Nga (Phóng viên)');
  });

  it('drops an unsafe link with one warning', async () => {
    let el!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      el = await fixture(html`<press-author href="javascript:alert(1)" name="A"></press-author>`);
    });
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(warnings.filter((w) => w.includes('javascript:alert(1)'))).to.have.length(1);
  });
});

describe('press-byline strings', () => {
  it('takes the portal’s own wording for a label, keeping the rest', async () => {
    const { registerStrings } = await import('../src/i18n.js');
    registerStrings('vi-VN', { updated: 'Sửa lúc' });
    try {
      const el = await fixture<PressByline>(
        html`<press-byline
          lang="vi-VN"
          author="A"
          source="VOV"
          published="2024-05-10"
          modified="2024-05-11"
        ></press-byline>`,
      );
      expect(flatText(el.shadowRoot!.querySelector('[part="updated"] [part="label"]')!)).to.equal(
        'Sửa lúc',
      );
      expect(flatText(el.shadowRoot!.querySelector('[part="source"]')!)).to.equal('Theo VOV');
    } finally {
      registerStrings('vi-VN', { updated: 'Cập nhật' });
    }
  });
});

describe('press-byline with the portal’s own separators', () => {
  it('puts the language’s separators in place of the portal’s, and lists the same authors', async () => {
    const el = await fixture<PressArticle>(
      html`<press-article lang="vi">
        <press-header headline="H"></press-header>
        <press-byline><a href="/a">Ann</a>, <a href="/b">Bo</a> and <span>Cy</span></press-byline>
      </press-article>`,
    );
    const byline = el.querySelector('press-byline')!;
    await byline.updateComplete;
    const joined = new Intl.ListFormat('vi', { type: 'conjunction' }).format(['Ann', 'Bo', 'Cy']);
    expect(flatText(part(byline, 'authors')!)).to.equal(joined);
    await el.structuredDataComplete;
    await new Promise((resolve) => setTimeout(resolve));
    const data = JSON.parse(el.jsonLdScript!.textContent) as { author: { name: string }[] };
    expect(data.author.map((a) => a.name)).to.deep.equal(['Ann', 'Bo', 'Cy']);
  });
});

describe('removed attributes', () => {
  it('leave every text empty, never throwing: byline, author, header and article', async () => {
    const article = await fixture<HTMLElement>(
      html`<press-article lang="vi" publisher="P">
        <press-header kicker="K" kicker-href="/k" headline="H" standfirst="S"></press-header>
        <press-byline
          author="A"
          source="VOV"
          published="2024-05-10"
          modified="2024-05-11"
          time-zone="Asia/Ho_Chi_Minh"
          reading-time="3"
        ></press-byline>
        <press-author name="N" href="/n" job-title="J" avatar="/a.svg"></press-author>
      </press-article>`,
    );
    await settle(article);
    article.removeAttribute('publisher');
    for (const el of article.querySelectorAll('press-header, press-byline, press-author')) {
      for (const name of el.getAttributeNames()) el.removeAttribute(name);
    }
    await settle(article);
    await new Promise((resolve) => setTimeout(resolve));
    const byline = article.querySelector('press-byline')!;
    expect(byline.shadowRoot!.children).to.have.length(0);
    expect(flatText(article.querySelector('press-header')!)).to.equal('');
    expect(flatText(article.querySelector('press-author')!)).to.equal('');
    expect(article.querySelector('script')).to.equal(null);
  });
});
