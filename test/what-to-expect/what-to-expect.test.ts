import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/signpost/signpost.js';
import '../../src/components/what-to-expect/what-to-expect.js';
import type { SgWhatToExpect, StepChangeDetail } from '../../src/components/what-to-expect/what-to-expect.component.js';
import { mount } from '../helpers/mount.js';

const root = (el: SgWhatToExpect) => el.shadowRoot!;
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const q = <T extends Element = HTMLElement>(el: SgWhatToExpect, selector: string) => root(el).querySelector<T>(selector);
const visible = (el: SgWhatToExpect, selector: string) =>
  [...root(el).querySelectorAll<HTMLElement>(selector)].filter((n) => n.checkVisibility());
const visibleTexts = (el: SgWhatToExpect, selector: string) => visible(el, selector).map((n) => squash(n.textContent));
/** What the stepper's live region currently says. */
const announced = (el: SgWhatToExpect) => squash(q(el, '[aria-live]')?.textContent);
/** The focused node inside the element, as a visitor's screen reader would land on it. */
const focused = (el: SgWhatToExpect) => (document.activeElement === el ? root(el).activeElement : null);
const buttons = (el: SgWhatToExpect) => visibleTexts(el, '.controls button, .controls a');

async function press(key: string, el: SgWhatToExpect): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<sg-what-to-expect>', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  describe('stepper', () => {
    it('shows the first of seven steps with a Next button and nothing announced yet', async () => {
      const el = await fixture<SgWhatToExpect>(html`<sg-what-to-expect></sg-what-to-expect>`);
      expect(visibleTexts(el, '.step__heading')).to.deep.equal(['Before you go']);
      expect(visibleTexts(el, '.step__count')).to.deep.equal(['Step 1 of 7']);
      expect(buttons(el)).to.deep.equal(['Next']);
      expect(announced(el)).to.equal('');
      expect(document.activeElement).not.to.equal(el);
      await expect(el).to.be.accessible();
    });

    it('moves on with Next by keyboard: announces "Step 2 of 7", focuses the step heading and fires sg-step-change', async () => {
      const el = await fixture<SgWhatToExpect>(html`<sg-what-to-expect></sg-what-to-expect>`);
      q(el, '.next')!.focus();
      const event = oneEvent(el, 'sg-step-change');
      await press('Enter', el);
      const { detail } = (await event) as CustomEvent<StepChangeDetail>;
      expect(detail).to.deep.equal({ index: 1, step: 2, count: 7 });
      expect(visibleTexts(el, '.step__heading')).to.deep.equal(['Arriving and introductions']);
      expect(announced(el)).to.equal('Step 2 of 7');
      expect(squash(focused(el)?.textContent)).to.equal('Arriving and introductions');
      expect(focused(el)?.localName).to.equal('h4');
      expect(el.getAttribute('step')).to.equal('2');
      expect(buttons(el)).to.deep.equal(['Back', 'Next']);
      await expect(el).to.be.accessible();
    });

    it('goes back with the Back button and Space', async () => {
      const el = await fixture<SgWhatToExpect>(html`<sg-what-to-expect step="3"></sg-what-to-expect>`);
      q(el, '.back')!.focus();
      await press('Space', el);
      expect(visibleTexts(el, '.step__heading')).to.deep.equal(['Arriving and introductions']);
      expect(announced(el)).to.equal('Step 2 of 7');
      expect(squash(focused(el)?.textContent)).to.equal('Arriving and introductions');
    });

    it('follows the arrow keys, Home and End from the step', async () => {
      const el = await fixture<SgWhatToExpect>(html`<sg-what-to-expect></sg-what-to-expect>`);
      q(el, '.next')!.focus();
      await press('ArrowRight', el);
      await press('ArrowRight', el);
      expect(announced(el)).to.equal('Step 3 of 7');
      expect(squash(focused(el)?.textContent)).to.equal('Sharing time');
      await press('ArrowLeft', el);
      expect(announced(el)).to.equal('Step 2 of 7');
      await press('End', el);
      expect(visibleTexts(el, '.step__heading')).to.deep.equal(['After your first meeting']);
      expect(announced(el)).to.equal('Step 7 of 7');
      await press('ArrowRight', el);
      expect(announced(el), 'no step after the last').to.equal('Step 7 of 7');
      await press('Home', el);
      expect(announced(el)).to.equal('Step 1 of 7');
      expect(squash(focused(el)?.textContent)).to.equal('Before you go');
    });

    it('starts at the step attribute without taking focus from the page', async () => {
      const el = await fixture<SgWhatToExpect>(html`<sg-what-to-expect step="4"></sg-what-to-expect>`);
      expect(visibleTexts(el, '.step__heading')).to.deep.equal(['Activities']);
      expect(document.activeElement).not.to.equal(el);
      expect(announced(el)).to.equal('');
    });

    it('tells people they never have to talk, and that it is fine if a group was not right', async () => {
      const el = await fixture<SgWhatToExpect>(html`<sg-what-to-expect mode="list"></sg-what-to-expect>`);
      const words = squash(root(el).textContent);
      expect(words).to.contain('You never have to talk.');
      expect(words).to.contain('If the group was not right for you, that is fine.');
    });
  });

  describe('Find a group', () => {
    afterEach(() => document.querySelectorAll('sg-group-finder').forEach((f) => f.remove()));

    it('ends the walk with a "Find a group" link when href is set', async () => {
      const el = await fixture<SgWhatToExpect>(html`<sg-what-to-expect step="7" href="/groups"></sg-what-to-expect>`);
      expect(buttons(el)).to.deep.equal(['Back', 'Find a group']);
      const link = q<HTMLAnchorElement>(el, 'a.cta')!;
      expect(link.getAttribute('href')).to.equal('/groups');
      await expect(el).to.be.accessible();
    });

    it('lets the page handle the click by cancelling sg-cta', async () => {
      const el = await fixture<SgWhatToExpect>(html`<sg-what-to-expect step="7" href="#found-a-group"></sg-what-to-expect>`);
      const seen: unknown[] = [];
      el.addEventListener('sg-cta', (e) => {
        seen.push((e as CustomEvent).detail);
        e.preventDefault();
      });
      q(el, 'a.cta')!.click();
      expect(seen).to.deep.equal([{ href: '#found-a-group' }]);
      expect(location.hash).not.to.equal('#found-a-group');
    });

    it('moves focus to the group finder on the page when there is no href', async () => {
      const finder = document.createElement('sg-group-finder');
      finder.attachShadow({ mode: 'open' }).innerHTML =
        '<h2 part="heading" tabindex="-1">Find a group</h2><input type="search" aria-label="Town or postcode">';
      document.body.append(finder);
      const el = await fixture<SgWhatToExpect>(html`<sg-what-to-expect step="7"></sg-what-to-expect>`);
      const event = oneEvent(el, 'sg-cta');
      q(el, 'button.cta')!.focus();
      await press('Enter', el);
      expect((await event).detail).to.deep.equal({});
      expect(document.activeElement).to.equal(finder);
      expect(finder.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Town or postcode');
    });

    it('leaves the button out when there is neither an href nor a finder, and ignores a javascript: href', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await fixture<SgWhatToExpect>(html`<sg-what-to-expect step="7" href="javascript:alert(1)" debug></sg-what-to-expect>`);
        expect(buttons(el)).to.deep.equal(['Back']);
        expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
        expect(warnings.map((w) => String(w[0])).join('\n')).to.contain('href="javascript:alert(1)"');
        expect(squash(q(el, '.editor-note')?.textContent)).to.contain('an https: address');
      } finally {
        console.warn = original;
      }
    });
  });

  describe('list mode and print', () => {
    it('shows every step at once as a numbered list, with the call to action after it', async () => {
      const el = await fixture<SgWhatToExpect>(html`<sg-what-to-expect mode="list" href="/groups"></sg-what-to-expect>`);
      expect(visibleTexts(el, 'ol.steps > li .step__heading')).to.deep.equal([
        'Before you go',
        'Arriving and introductions',
        'Sharing time',
        'Activities',
        'Support and advice',
        'Wrapping up',
        'After your first meeting',
      ]);
      expect(buttons(el)).to.deep.equal(['Find a group']);
      expect(q(el, '[aria-live]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('prints every step of a stepper, without its buttons', async () => {
      const el = await fixture<SgWhatToExpect>(html`<sg-what-to-expect step="2"></sg-what-to-expect>`);
      await emulateMedia({ media: 'print' });
      expect(visible(el, '.step__heading')).to.have.length(7);
      expect(buttons(el)).to.deep.equal([]);
    });
  });

  describe('worries and help now', () => {
    it('answers six common worries', async () => {
      const el = await fixture<SgWhatToExpect>(html`<sg-what-to-expect show="worries"></sg-what-to-expect>`);
      expect(q(el, '.stepper')).to.equal(null);
      expect(visibleTexts(el, '.worry__heading')).to.deep.equal([
        'Do I have to talk?',
        'Is it confidential?',
        'What if I get upset?',
        'Online or in person?',
        'Can I bring someone?',
        'What does it cost?',
      ]);
      expect(visibleTexts(el, '.worry__text')[0]).to.match(/^No\. You can just listen\./);
      await expect(el).to.be.accessible();
    });

    it('points to help right now without giving any phone number of its own', async () => {
      const el = await fixture<SgWhatToExpect>(html`<sg-what-to-expect mode="list"></sg-what-to-expect>`);
      expect(squash(q(el, '.help-now')?.textContent)).to.contain('If you need help right now, you do not have to wait for a group.');
      expect(squash(root(el).textContent)).not.to.match(/\d{3}/);
      expect(q(el, '.help-now__button')).to.equal(null);
    });

    it('takes the visitor to the crisis help when <sg-signpost> is on the page', async () => {
      const wrapper = await mount(html`<sg-signpost></sg-signpost><sg-what-to-expect show="worries"></sg-what-to-expect>`);
      const el = wrapper.querySelector('sg-what-to-expect')!;
      const signpost = wrapper.querySelector('sg-signpost')!;
      await el.updateComplete;
      const button = q(el, '.help-now__button')!;
      expect(squash(button.textContent)).to.equal('See who you can talk to now');
      button.focus();
      await press('Enter', el);
      expect(document.activeElement).to.equal(signpost);
      expect(squash(signpost.shadowRoot!.activeElement?.textContent)).to.equal('Need to talk to someone now?');
      await expect(el).to.be.accessible();
    });
  });

  describe('replacing the words', () => {
    it('uses the feed’s steps and FAQs, as text never markup', async () => {
      const el = await fixture<SgWhatToExpect>(html`<sg-what-to-expect
        .content=${{
          steps: [
            { title: 'Ring the bell', text: 'The door is <i>round the back</i>.' },
            { title: 'Cup of tea', text: 'First paragraph.\n\nSecond paragraph.' },
            { title: 42, text: 'not a title' },
          ],
          faqs: [{ question: 'Is there parking?', answer: 'Yes, at Example Hall.' }],
        }}
      ></sg-what-to-expect>`);
      expect(visibleTexts(el, '.step__count')).to.deep.equal(['Step 1 of 2']);
      expect(visibleTexts(el, '.step__text')).to.deep.equal(['The door is <i>round the back</i>.']);
      expect(q(el, '.step__text i')).to.equal(null);
      expect(visibleTexts(el, '.worry__heading')).to.deep.equal(['Is there parking?']);
      q(el, '.next')!.focus();
      await press('Enter', el);
      expect(announced(el)).to.equal('Step 2 of 2');
      expect(visible(el, '.step__text p')).to.have.length(2);
    });

    it('reads steps and worries from template children, and slotted text, over the feed', async () => {
      const el = await fixture<SgWhatToExpect>(html`<sg-what-to-expect
        mode="list"
        href="/groups"
        .content=${{ steps: [{ title: 'From the feed', text: 'Feed words' }] }}
      >
        <p slot="intro">Our Tuesday group, step by step.</p>
        <span slot="cta">See our groups</span>
        <span slot="help-now">Need help now? Our helpline page lists who to call.</span>
        <template data-step><h3>Come in</h3><p>Use the side door. <a href="https://example.org/map">Map</a></p></template>
        <template data-step><h3>Say hello</h3><p>Or don’t. That’s fine.</p></template>
        <template data-worry><h3>Is it wheelchair accessible?</h3><p>Yes, step-free.</p></template>
      </sg-what-to-expect>`);
      await aTimeout(0);
      expect(visibleTexts(el, '.step__heading')).to.deep.equal(['Come in', 'Say hello']);
      expect(q<HTMLAnchorElement>(el, '.step__text a')?.href).to.equal('https://example.org/map');
      expect(visibleTexts(el, '.worry__heading')).to.deep.equal(['Is it wheelchair accessible?']);
      const cta = q(el, '.cta')!.querySelector('slot')!;
      expect(squash(cta.assignedNodes().map((n) => n.textContent).join(''))).to.equal('See our groups');
      await expect(el).to.be.accessible();
    });
  });

  describe('Welsh and editor mistakes', () => {
    it('speaks Welsh under lang="cy", including what it announces', async () => {
      const wrapper = await mount(html`<sg-what-to-expect></sg-what-to-expect>`, { lang: 'cy' });
      const el = wrapper.querySelector('sg-what-to-expect')!;
      await el.updateComplete;
      expect(squash(q(el, '.heading')?.textContent)).to.equal('Beth sy’n digwydd mewn grŵp');
      expect(visibleTexts(el, '.step__count')).to.deep.equal(['Cam 1 o 7']);
      expect(buttons(el)).to.deep.equal(['Nesaf']);
      q(el, '.next')!.focus();
      await press('Enter', el);
      expect(announced(el)).to.equal('Cam 2 o 7');
      expect(squash(focused(el)?.textContent)).to.equal('Cyrraedd a chyflwyno');
      expect(buttons(el)).to.deep.equal(['Yn ôl', 'Nesaf']);
      expect(visibleTexts(el, '.worry__heading')[0]).to.equal('Oes rhaid i mi siarad?');
      expect(squash(root(el).textContent)).not.to.match(/\bStep\b|Common worries/);
      await expect(el).to.be.accessible();
    });

    it('falls back to the stepper for an unknown mode and tells the editor in debug mode', async () => {
      const original = console.warn;
      console.warn = () => {};
      try {
        const el = await fixture<SgWhatToExpect>(html`<sg-what-to-expect mode="carousel" debug></sg-what-to-expect>`);
        expect(visibleTexts(el, '.step__count')).to.deep.equal(['Step 1 of 7']);
        expect(squash(q(el, '.editor-note')?.textContent)).to.contain('mode="carousel"');
        await expect(el).to.be.accessible();
      } finally {
        console.warn = original;
      }
    });
  });
});
