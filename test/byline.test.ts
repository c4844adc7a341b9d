import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/byline/define.js';
import type { PressByline } from '../src/index.js';
import { captureWarnings, flatText as visibleText } from './helpers.js';

describe('press-byline', () => {
  it('joins slotted authors as the language joins a list', async () => {
    const el = await fixture<PressByline>(
      html`<press-byline lang="vi"
        ><a href="/a">Bích Nga</a><a href="/b">Minh Anh</a></press-byline
      >`,
    );
    expect(visibleText(el)).to.include('Bích Nga và Minh Anh');
    await expect(el).to.be.accessible();
  });

  it('joins three English authors', async () => {
    const el = await fixture<PressByline>(
      html`<press-byline lang="en"><span>Ann</span><span>Bo</span><span>Cy</span></press-byline>`,
    );
    expect(visibleText(el)).to.include('Ann, Bo, and Cy');
  });

  it('renders the author attribute when nothing is slotted', async () => {
    const el = await fixture<PressByline>(html`<press-byline author="Bích Nga"></press-byline>`);
    expect(visibleText(el)).to.include('Bích Nga');
  });

  it('renders the source with its prefix', async () => {
    const el = await fixture<PressByline>(
      html`<press-byline lang="vi" author="Bích Nga" source="VOV"></press-byline>`,
    );
    expect(visibleText(el)).to.include('Theo VOV');
  });

  it('formats published and updated times in the time zone', async () => {
    const el = await fixture<PressByline>(
      html`<press-byline
        lang="en"
        author="A"
        published="2017-03-02T09:15:00+07:00"
        updated="2017-03-03T10:00:00+07:00"
        time-zone="Asia/Ho_Chi_Minh"
      ></press-byline>`,
    );
    const times = el.shadowRoot!.querySelectorAll('time');
    expect(times).to.have.length(2);
    expect(times[0]!.getAttribute('datetime')).to.equal('2017-03-02T02:15:00.000Z');
    const expected = new Intl.DateTimeFormat('en', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Asia/Ho_Chi_Minh',
    }).format(new Date('2017-03-02T09:15:00+07:00'));
    expect(times[0]!.textContent).to.equal(expected);
    expect(visibleText(el)).to.include('Updated');
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
    expect(visibleText(el)).to.not.include('Invalid');
    expect(warnings.filter((w) => w.includes('yesterday-ish'))).to.have.length(1);
  });

  it('renders nothing visible when empty', async () => {
    const el = await fixture<PressByline>(html`<press-byline></press-byline>`);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });
});
