import { expect, fixture, html } from '@open-wc/testing';
import { samples } from '../fixtures/samples/samples.js';
import {
  CHARACTERS_PER_MINUTE,
  countText,
  readingMinutes,
  WORDS_PER_MINUTE,
} from '../src/reading-time.js';
import { readableText } from '../src/reading-time-controller.js';

describe('reading time', () => {
  it('counts words in space-separated scripts, diacritics and all', () => {
    for (const lang of ['vi', 'en', 'ar'] as const) {
      const text = samples[lang].paragraphs.join(' ');
      const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      expect(countText(text)).to.deep.equal({ words, characters: 0 });
    }
  });

  it('counts characters in Japanese, and words in the Latin text among them', () => {
    const text = '東京でSakura festivalが始まった';
    const cjk = Array.from(text).filter((c) =>
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(c),
    ).length;
    expect(countText(text)).to.deep.equal({ words: 2, characters: cjk });
  });

  it('finds the words of Thai, Lao, Khmer and Burmese, which spaces do not separate', () => {
    // Spaces there end phrases and sentences: without a dictionary each phrase was one word.
    const words = ['แมว', 'กิน', 'ปลา'];
    expect(countText(words.join('')).words).to.equal(words.length);
    expect(countText(words.join(' ')).words).to.equal(words.length);
    const phrases = ['ຂ້ອຍກິນເຂົ້າ', 'ខ្ញុំញ៉ាំបាយ', 'ကျွန်တော်ထမင်းစားတယ်'];
    for (const phrase of phrases) {
      const text = Array.from({ length: 50 }, () => phrase).join(' ');
      expect(countText(text).words, phrase).to.be.at.least(2 * 50);
    }
    // Among them, Latin words and numbers still count one by one.
    expect(countText(`ตำรวจ COVID 19 ${words.join('')}`).words).to.be.at.least(
      2 + 1 + words.length,
    );
  });

  it('turns counts into whole minutes at the language’s rate, at least one', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(readingMinutes(words(WORDS_PER_MINUTE.default! * 4), 'en')).to.equal(4);
    expect(readingMinutes(words(WORDS_PER_MINUTE.ar! * 4), 'ar-EG')).to.equal(4);
    expect(readingMinutes('桜'.repeat(CHARACTERS_PER_MINUTE.default! * 2), 'ja')).to.equal(2);
    expect(readingMinutes('แมวกินปลา'.repeat(WORDS_PER_MINUTE.default!), 'th')).to.equal(3);
    expect(readingMinutes(words(10), 'vi')).to.equal(1);
    expect(readingMinutes(words(1000), 'vi', 100)).to.equal(10);
    expect(readingMinutes('  ', 'vi')).to.equal(0);
  });

  it('reads the article’s text without scripts, toolbars, bylines or hidden parts', async () => {
    const el = await fixture<HTMLElement>(
      html`<article>
        <p>one two</p>
        <script type="application/ld+json">
          { "x": "three" }
        </script>
        <press-a11y-toolbar>four</press-a11y-toolbar>
        <press-byline>five</press-byline>
        <p hidden>six</p>
        <p>seven</p>
      </article>`,
    );
    expect(readableText(el).split(/\s+/).filter(Boolean)).to.deep.equal(['one', 'two', 'seven']);
  });
});
