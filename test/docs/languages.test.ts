import { expect, html } from '@open-wc/testing';
import '../../src/components/signpost/signpost.js';
import '../../src/components/benefits/benefits.js';
import '../../src/components/what-to-expect/what-to-expect.js';
import '../../src/components/group-finder/group-finder.js';
import { en as signpostEn, cy as signpostCy } from '../../src/components/signpost/signpost.strings.js';
import { en as benefitsEn, cy as benefitsCy } from '../../src/components/benefits/benefits.strings.js';
import { en as wteEn, cy as wteCy } from '../../src/components/what-to-expect/what-to-expect.strings.js';
import { en as finderEn, cy as finderCy } from '../../src/components/group-finder/group-finder.strings.js';
import { clearFeedStore } from '../../src/feed/store.js';
import { codeBlocks } from './markdown.mjs';
import { asClassicScript, expectQuiet, frameWindow, loadFrame, runScript, settle } from './frame.js';
import { waitFor } from '../helpers/wait-for.js';
import { mountRoot } from '../helpers/mount.js';

// What docs/languages.md promises: the language follows `lang` on the element
// or any ancestor, changes at runtime re-render, and the guide's
// registerTranslation() sample really adds a language. The Welsh strings come
// from the strings files, so a change of wording there cannot break this.

const guide = await (await fetch('/docs/languages.md')).text();
const jsBlocks = codeBlocks(guide).filter((b) => b.lang === 'js' && !b.notTested);
const switchSample = jsBlocks.find((b) => /setPageLanguage/.test(b.text));
const translationSample = jsBlocks.find((b) => /registerTranslation\('pl'/.test(b.text) && /signpost\.heading/.test(b.text));

const text = (el: Element, selector: string) => el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('languages: switching at runtime', () => {
  beforeEach(() => clearFeedStore());

  it('every element follows lang set on an ancestor at runtime, to Welsh and back to English', async function () {
    this.timeout(20000);
    const root = await mountRoot<HTMLDivElement>(html`<div>
      <sg-signpost></sg-signpost>
      <sg-benefits show="benefits"></sg-benefits>
      <sg-what-to-expect></sg-what-to-expect>
      <sg-group-finder feed="/test/finder/fixtures/groups.json" cache="off" geocoder="off"></sg-group-finder>
    </div>`);
    const [signpost, benefits, wte, finder] = ['sg-signpost', 'sg-benefits', 'sg-what-to-expect', 'sg-group-finder'].map((tag) => root.querySelector(tag)!);
    await waitFor(() => finder!.shadowRoot?.querySelector('[part="count"]'), 'the finder loaded');
    const checks: [Element, string, string, string][] = [
      [signpost!, '[part="heading"]', signpostEn['signpost.heading'], signpostCy['signpost.heading'] as string],
      [benefits!, '[part="heading"]', benefitsEn['benefits.heading'], benefitsCy['benefits.heading'] as string],
      [wte!, '[part="heading"]', wteEn['wte.heading'], wteCy['wte.heading'] as string],
      [finder!, 'label[for$="-search"]', finderEn['finder.searchLabel'], finderCy['finder.searchLabel'] as string],
    ];
    for (const [el, selector, english] of checks) expect(text(el, selector), `${el.localName} starts in English`).to.equal(english);

    root.setAttribute('lang', 'cy');
    for (const [el, selector, , welsh] of checks) {
      await waitFor(() => text(el, selector) === welsh, `${el.localName} did not switch to Welsh: "${text(el, selector)}"`);
    }

    root.setAttribute('lang', 'en');
    for (const [el, selector, english] of checks) {
      await waitFor(() => text(el, selector) === english, `${el.localName} did not switch back to English: "${text(el, selector)}"`);
    }
  });

  it('an element\'s own lang wins over its ancestor\'s', async () => {
    const root = await mountRoot<HTMLDivElement>(html`<div lang="cy"><sg-signpost lang="en"></sg-signpost><sg-signpost></sg-signpost></div>`);
    const [own, inherited] = [...root.querySelectorAll('sg-signpost')];
    expect(text(own!, '[part="heading"]')).to.equal(signpostEn['signpost.heading']);
    expect(text(inherited!, '[part="heading"]')).to.equal(signpostCy['signpost.heading']);
  });

  it('the guide\'s language switch sample works with the one-file script', async () => {
    expect(switchSample, 'languages.md has the setPageLanguage sample').to.not.equal(undefined);
    const frame = await loadFrame('<sg-signpost></sg-signpost><sg-what-to-expect></sg-what-to-expect>');
    try {
      const [signpost, wte] = await settle(frame);
      runScript(frame, `${switchSample!.text}\nwindow.setPageLanguage = setPageLanguage;`);
      const win = frameWindow(frame) as ReturnType<typeof frameWindow> & { setPageLanguage: (code: string) => void };
      expect(text(signpost!, '[part="heading"]')).to.equal(signpostEn['signpost.heading']);
      win.setPageLanguage('cy');
      await waitFor(() => text(signpost!, '[part="heading"]') === signpostCy['signpost.heading'], 'signpost in Welsh');
      await waitFor(() => text(wte!, '[part="heading"]') === wteCy['wte.heading'], 'walkthrough in Welsh');
      win.setPageLanguage('en');
      await waitFor(() => text(signpost!, '[part="heading"]') === signpostEn['signpost.heading'], 'signpost back in English');
      await waitFor(() => text(wte!, '[part="heading"]') === wteEn['wte.heading'], 'walkthrough back in English');
      expectQuiet(frame, 'setPageLanguage sample');
    } finally {
      frame.remove();
    }
  });
});

describe('languages: the registerTranslation() guide', () => {
  it('the sample adds a language that renders, leaving other languages alone', async () => {
    expect(translationSample, 'languages.md has the registerTranslation sample').to.not.equal(undefined);
    const heading = /'signpost\.heading':\s*'([^']+)'/.exec(translationSample!.text)![1]!;
    const more = /'signpost\.more':\s*'([^']+)'/.exec(translationSample!.text)?.[1];
    const frame = await loadFrame('<sg-signpost lang="pl"></sg-signpost><sg-signpost></sg-signpost>');
    try {
      const [polish, english] = await settle(frame);
      expect(text(polish!, '[part="heading"]'), 'before the sample runs, English').to.equal(signpostEn['signpost.heading']);
      runScript(frame, asClassicScript(translationSample!.text));
      await waitFor(() => text(polish!, '[part="heading"]') === heading, `the Polish heading did not appear: "${text(polish!, '[part="heading"]')}"`);
      if (more) expect(text(polish!, '[part="more-button"]')).to.equal(more);
      // Keys the sample leaves out fall back to English, never to a blank or a key name.
      expect(text(polish!, '[part="intro"]')).to.equal(signpostEn['signpost.intro']);
      expect(text(english!, '[part="heading"]')).to.equal(signpostEn['signpost.heading']);
      expectQuiet(frame, 'registerTranslation sample');
    } finally {
      frame.remove();
    }
  });

  it('the plural sample picks Polish plural forms for the finder\'s count', async () => {
    const plural = jsBlocks.find((b) => /'finder\.count'/.test(b.text));
    expect(plural, 'languages.md has the plural sample').to.not.equal(undefined);
    const frame = await loadFrame('<sg-group-finder lang="pl" feed="/test/finder/fixtures/groups.json" cache="off" geocoder="off"></sg-group-finder>');
    try {
      const [finder] = await settle(frame);
      runScript(frame, asClassicScript(plural!.text));
      // The fixture has five active groups: Polish "many" (pięć grup).
      await waitFor(() => /^Znaleziono \d+ grup$/.test(text(finder!, '[part="count"]')), `the Polish count did not appear: "${text(finder!, '[part="count"]')}"`);
      expect(new Intl.PluralRules('pl').select(Number(/\d+/.exec(text(finder!, '[part="count"]'))![0]))).to.equal('many');
      expectQuiet(frame, 'plural sample');
    } finally {
      frame.remove();
    }
  });
});
