import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/components/signpost/signpost.js';
import '../../src/components/benefits/benefits.js';
import '../../src/components/group-finder/group-finder.js';
import { clearFeedStore } from '../../src/feed/store.js';
import { mountRoot } from '../helpers/mount.js';

// The ready-made themes in themes/*.css must keep every element accessible,
// contrast included, on the kind of page each is for.
const THEMES: Record<string, string> = {
  default: '#ffffff',
  soft: '#fffdf9',
  'high-contrast': '#ffffff',
  dark: '#161819',
};

describe('theme presets', () => {
  for (const [name, page] of Object.entries(THEMES)) {
    it(`${name}: the signpost, benefits and finder stay accessible`, async () => {
      clearFeedStore();
      const css = await (await fetch(`/themes/${name}.css`)).text();
      expect(css).to.contain('--sg-color-text');
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      const pageBackground = document.body.style.background;
      document.body.style.background = page;
      try {
        const wrapper = await mountRoot<HTMLElement>(html`<div>
          <sg-signpost variant="card"></sg-signpost>
          <sg-benefits show="compare,limits"></sg-benefits>
          <sg-group-finder feed="/test/finder/fixtures/groups.json" cache="off" geocoder="off" page-size="2"></sg-group-finder>
        </div>`);
        const finder = wrapper.querySelector('sg-group-finder')!;
        await waitUntil(() => finder.shadowRoot?.querySelector('[part="count"]'), 'finder did not load');
        const signpost = wrapper.querySelector('sg-signpost')!;
        const text = getComputedStyle(signpost.shadowRoot!.querySelector('[part="contact-name"]')!).color;
        const expected = getComputedStyle(document.documentElement).getPropertyValue('--sg-color-text').trim();
        const probe = document.createElement('span');
        probe.style.color = expected;
        document.body.append(probe);
        const wanted = getComputedStyle(probe).color;
        probe.remove();
        expect(text, 'the theme reached the element').to.equal(wanted);
        await expect(wrapper).to.be.accessible();
      } finally {
        style.remove();
        document.body.style.background = pageBackground;
      }
    });
  }
});
