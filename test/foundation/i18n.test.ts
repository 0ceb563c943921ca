import { mountRoot } from '../helpers/mount.js';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocalizeController, resolveLang } from '../../src/i18n/localize.js';
import { fallbackChain, format, registerTranslation, translate } from '../../src/i18n/registry.js';
import { cy as signpostCy, en as signpostEn, signpostStrings } from '../../src/components/signpost/signpost.strings.js';
import { registerStrings } from '../../src/i18n/registry.js';

registerStrings(signpostStrings);

describe('localisation', () => {
  it('finds the nearest lang, across shadow roots', async () => {
    const outer = await mountRoot<HTMLElement>(html`<section lang="cy"><div id="host"></div></section>`);
    const host = outer.querySelector('#host')!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(resolveLang(inner)).to.equal('cy');
    inner.setAttribute('lang', 'pl');
    expect(resolveLang(inner)).to.equal('pl');
  });

  it('falls back from a regional code to the language, then to English', () => {
    expect(fallbackChain('cy-GB')).to.deep.equal(['cy-gb', 'cy', 'en']);
    expect(translate('cy-GB', 'signpost.heading')).to.equal('Angen siarad â rhywun nawr?');
    expect(translate('fr', 'signpost.heading')).to.equal('Need to talk to someone now?');
  });

  it('lets a site add a language and re-renders elements that use it', async () => {
    class Probe extends LitElement {
      readonly localize = new LocalizeController(this);
      override render() {
        return html`${this.localize.t('signpost.heading')}`;
      }
    }
    customElements.define('sg-test-probe', Probe);
    const el = await fixture<Probe>(html`<sg-test-probe lang="pl"></sg-test-probe>`);
    expect(el.shadowRoot!.textContent).to.equal('Need to talk to someone now?');
    registerTranslation('pl', { 'signpost.heading': 'Potrzebujesz teraz z kimś porozmawiać?' });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('Potrzebujesz teraz z kimś porozmawiać?');
  });

  it('chooses plural forms with the language\'s own rules and formats numbers', () => {
    const groups = { zero: '{count} grŵp', one: '{count} grŵp', two: '{count} grŵp', few: '{count} grŵp', many: '{count} grŵp', other: '{count} grŵp' };
    expect(format({ one: '{count} group found', other: '{count} groups found' }, 'en', { count: 1 })).to.equal('1 group found');
    expect(format({ one: '{count} group found', other: '{count} groups found' }, 'en', { count: 1200 })).to.equal(
      '1,200 groups found',
    );
    expect(format({ ...groups, two: 'dau grŵp' }, 'cy', { count: 2 })).to.equal('dau grŵp');
  });

  it('uses a zero form for 0 when there is one, in English too; otherwise the language\'s own form', () => {
    const found = { zero: 'No groups found', one: '{count} group found', other: '{count} groups found' };
    expect(format(found, 'en', { count: 0 })).to.equal('No groups found');
    expect(format(found, 'en', { count: 1 })).to.equal('1 group found');
    expect(format({ one: '{count} group found', other: '{count} groups found' }, 'en', { count: 0 })).to.equal('0 groups found');
  });

  it('has a Welsh string for every English signpost string, and no extras', () => {
    expect(Object.keys(signpostCy).sort()).to.deep.equal(Object.keys(signpostEn).sort());
    for (const [key, value] of Object.entries(signpostCy)) {
      expect(value, key).to.be.a('string').and.not.equal('');
    }
  });
});
