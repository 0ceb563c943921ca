import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { mountRoot } from '../helpers/mount.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/signpost/signpost.js';
import type { SgSignpost } from '../../src/components/signpost/signpost.component.js';

const textOf = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const q = <T extends Element = HTMLElement>(el: SgSignpost, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: SgSignpost, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
/** Links a visitor can see, as "text → href". */
const visibleLinks = (el: SgSignpost) =>
  qa<HTMLAnchorElement>(el, 'a')
    .filter((a) => a.checkVisibility())
    .map((a) => `${a.textContent!.replace(/\s+/g, ' ').trim()} → ${a.getAttribute('href')}`);

describe('<sg-signpost>', () => {
  afterEach(() => sessionStorage.clear());

  describe('regions', () => {
    it('shows Samaritans and Shout with call and text links across the UK by default', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost></sg-signpost>`);
      expect(visibleLinks(el)).to.include.members([
        'Call 116 123 → tel:116123',
        'Text SHOUT to 85258 → sms:85258?body=SHOUT',
        '999 → tel:999',
      ]);
      expect(textOf(el)).to.contain('If a life is at risk right now, call 999 or go to A&E.');
      await expect(el).to.be.accessible();
    });

    it('adds NHS 111 with the mental health option in England', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost region="england"></sg-signpost>`);
      expect(visibleLinks(el)).to.include('Call 111 → tel:111');
      expect(textOf(el)).to.contain('Choose the mental health option');
      await expect(el).to.be.accessible();
    });

    it('shows NHS 24 and Breathing Space, with its real hours, in Scotland', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost region="scotland"></sg-signpost>`);
      expect(visibleLinks(el)).to.include.members(['Call 111 → tel:111', 'Call 0800 83 85 87 → tel:0800838587']);
      expect(textOf(el)).to.contain('NHS 24');
      expect(textOf(el)).to.contain('Monday to Thursday, 6pm to 2am. Friday 6pm to Monday 6am');
      await expect(el).to.be.accessible();
    });

    it('says press 2 for NHS 111 Wales and leaves out the unconfirmed C.A.L.L. line', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost region="wales" variant="card"></sg-signpost>`);
      expect(textOf(el)).to.contain('NHS 111 Wales');
      expect(textOf(el)).to.contain('Press 2');
      expect(textOf(el)).not.to.match(/C\.A\.L\.L|132 737|137 737|81066/);
      await expect(el).to.be.accessible();
    });

    it('shows Lifeline and its textphone in Northern Ireland', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost region="northern-ireland" variant="card"></sg-signpost>`);
      expect(visibleLinks(el)).to.include.members([
        'Call 0808 808 8000 → tel:08088088000',
        'Textphone 18001 0808 808 8000 → tel:1800108088088000',
      ]);
      await expect(el).to.be.accessible();
    });

    it('uses 112 or 999, Samaritans Ireland and 50808 with no keyword in Ireland, and no UK-only lines', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost region="ireland" variant="card"></sg-signpost>`);
      expect(visibleLinks(el)).to.include.members(['112 → tel:112', '999 → tel:999', 'Text 50808 → sms:50808']);
      expect(textOf(el)).to.contain('call 112 or 999.');
      expect(textOf(el)).not.to.contain('A&E');
      expect(textOf(el)).not.to.match(/SHOUT|85258|Childline|NHS/);
      await expect(el).to.be.accessible();
    });

    it('falls back to UK contacts for an unknown region, warns in the console and tells the editor in debug mode', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await fixture<SgSignpost>(html`<sg-signpost region="atlantis" debug></sg-signpost>`);
        expect(visibleLinks(el)).to.include('Call 116 123 → tel:116123');
        const note = q(el, '[part="editor-note"]');
        expect(note?.textContent).to.contain('region="atlantis"');
        expect(note?.textContent).to.contain('northern-ireland');
        expect(String(warnings[0]?.[0])).to.contain('region="atlantis"');
        await expect(el).to.be.accessible();
      } finally {
        console.warn = original;
      }
    });

    it('keeps the editor note off the page without debug', async () => {
      const original = console.warn;
      console.warn = () => {};
      try {
        const el = await fixture<SgSignpost>(html`<sg-signpost variant="huge"></sg-signpost>`);
        expect(q(el, '[part="editor-note"]')).to.equal(null);
        expect(q(el, '.base--banner')).to.exist;
      } finally {
        console.warn = original;
      }
    });
  });

  describe('variants', () => {
    it('banner: a labelled region with a heading, and more help behind a button', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost></sg-signpost>`);
      const section = q(el, 'section')!;
      const headingEl = q(el, 'h2')!;
      expect(section.getAttribute('aria-labelledby')).to.equal(headingEl.id);
      expect(headingEl.textContent).to.equal('Need to talk to someone now?');
      const more = q<HTMLButtonElement>(el, '[part="more-button"]')!;
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      expect(visibleLinks(el)).not.to.include('Call 0800 1111 → tel:08001111');
      more.click();
      await el.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      expect(visibleLinks(el)).to.include('Call 0800 1111 → tel:08001111');
      await expect(el).to.be.accessible();
    });

    it('compact: one line with the first contact, the rest and the emergency line behind "More places to get help"', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost variant="compact"></sg-signpost>`);
      expect(visibleLinks(el)).to.deep.equal(['Call 116 123 → tel:116123']);
      expect(q(el, 'section')!.getAttribute('aria-label')).to.equal('Help now');
      await expect(el).to.be.accessible();
      q<HTMLButtonElement>(el, '[part="more-button"]')!.click();
      await el.updateComplete;
      expect(visibleLinks(el)).to.include.members(['999 → tel:999', 'Text SHOUT to 85258 → sms:85258?body=SHOUT']);
      await expect(el).to.be.accessible();
    });

    it('card: every contact listed at once, with no button to press', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost variant="card"></sg-signpost>`);
      expect(q(el, '[part="more-button"]')).to.equal(null);
      expect(visibleLinks(el)).to.include.members(['Call 0800 58 58 58 → tel:0800585858', 'Email jo@samaritans.org → mailto:jo@samaritans.org']);
      expect(textOf(el)).to.contain('5pm to midnight, every day');
      await expect(el).to.be.accessible();
    });

    it('puts its heading at the level the editor asks for', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost heading-level="3"></sg-signpost>`);
      expect(q(el, 'h3')?.textContent).to.equal('Need to talk to someone now?');
      expect(q(el, 'h2')).to.equal(null);
    });

    it('fits a 320px screen without sideways scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await fixture<SgSignpost>(html`<sg-signpost variant="card" region="scotland"></sg-signpost>`);
        expect(el.scrollWidth).to.be.at.most(320);
        expect(q(el, 'section')!.scrollWidth).to.be.at.most(q(el, 'section')!.clientWidth + 1);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('keyboard', () => {
    it('opens more help with Enter and closes it with Escape, returning focus to the button', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost variant="compact"></sg-signpost>`);
      const button = q<HTMLButtonElement>(el, '[part="more-button"]')!;
      const link = q<HTMLAnchorElement>(el, '[part="contact-link"]')!;
      link.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.textContent).to.contain('999');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });

    it('shows a visible focus indicator on links', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost></sg-signpost>`);
      const link = q<HTMLAnchorElement>(el, '[part="contact-link"]')!;
      const before = getComputedStyle(link).backgroundColor;
      link.focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(link);
      const after = getComputedStyle(link).backgroundColor;
      expect(after).to.equal('rgb(255, 221, 0)');
      expect(after).not.to.equal(before);
    });
  });

  describe('dismissing', () => {
    it('cannot be hidden unless the editor turns it on', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost></sg-signpost>`);
      expect(q(el, '[part="dismiss-button"]')).to.equal(null);
    });

    it('hides to a small button for the rest of the visit, and comes back when asked', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost dismissible></sg-signpost>`);
      const dismiss = q<HTMLButtonElement>(el, '[part="dismiss-button"]')!;
      expect(dismiss.getAttribute('aria-label')).to.equal('Hide crisis help');
      setTimeout(() => dismiss.click());
      const event = await oneEvent(el, 'sg-dismiss');
      expect(event.detail).to.deep.equal({ dismissed: true });
      await el.updateComplete;
      expect(visibleLinks(el)).to.deep.equal([]);
      const restore = q<HTMLButtonElement>(el, '[part="restore-button"]')!;
      expect(restore.textContent!.trim()).to.equal('Show crisis help');
      expect(el.shadowRoot!.activeElement).to.equal(restore);
      await expect(el).to.be.accessible();

      // A new page view in the same browser session remembers the choice.
      const again = await fixture<SgSignpost>(html`<sg-signpost dismissible></sg-signpost>`);
      expect(q(again, '[part="restore-button"]')).to.exist;

      restore.click();
      await el.updateComplete;
      expect(visibleLinks(el)).to.include('Call 116 123 → tel:116123');
      expect(sessionStorage.getItem('sg-signpost:dismissed')).to.equal(null);
    });

    it('ignores a remembered dismissal when the element is not dismissible', async () => {
      sessionStorage.setItem('sg-signpost:dismissed', '1');
      const el = await fixture<SgSignpost>(html`<sg-signpost></sg-signpost>`);
      expect(visibleLinks(el)).to.include('Call 116 123 → tel:116123');
    });
  });

  describe('sticky', () => {
    it('makes room for itself in the page\'s scroll padding, so #anchors land below it, and tidies up', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost sticky variant="compact"></sg-signpost>`);
      await aTimeout(50);
      const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
      expect(padding).to.be.at.least(el.getBoundingClientRect().height);
      el.remove();
      expect(getComputedStyle(document.documentElement).scrollPaddingTop).to.equal('auto');
    });

    it('leaves a page\'s own scroll padding alone', async () => {
      document.documentElement.style.scrollPaddingTop = '3px';
      try {
        await fixture<SgSignpost>(html`<sg-signpost sticky></sg-signpost>`);
        await aTimeout(50);
        expect(getComputedStyle(document.documentElement).scrollPaddingTop).to.equal('3px');
      } finally {
        document.documentElement.style.removeProperty('scroll-padding-top');
      }
    });

    it('never leaves the focused element hidden under the banner', async () => {
      const wrapper = await mountRoot<HTMLDivElement>(html`<div>
        <sg-signpost sticky variant="compact"></sg-signpost>
        ${Array.from({ length: 40 }, (_, i) => html`<p><a href="#l${i}" id="l${i}">Link ${i}</a></p>`)}
      </div>`);
      const banner = wrapper.querySelector('sg-signpost')!;
      await banner.updateComplete;
      // Put link 20 right under the banner, then move focus to it.
      const link = wrapper.querySelector<HTMLAnchorElement>('#l20')!;
      window.scrollTo(0, 0);
      const top = link.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - 5);
      await aTimeout(50);
      expect(banner.getBoundingClientRect().top).to.equal(0);
      expect(link.getBoundingClientRect().top).to.be.below(banner.getBoundingClientRect().bottom);
      link.focus();
      await aTimeout(50);
      expect(link.getBoundingClientRect().top).to.be.at.least(banner.getBoundingClientRect().bottom);
      window.scrollTo(0, 0);
    });
  });

  describe('events', () => {
    it('tells the page which contact was chosen, without sending anything anywhere', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost></sg-signpost>`);
      const link = q<HTMLAnchorElement>(el, 'a[href="tel:116123"]')!;
      // Keep the test page from following the tel: link.
      link.addEventListener('click', (e) => e.preventDefault());
      setTimeout(() => link.click());
      const event = await oneEvent(document, 'sg-contact');
      expect(event.detail).to.deep.equal({ id: 'samaritans', channel: 'call' });
      expect(event.composed).to.equal(true);
    });
  });

  describe('contacts from a feed', () => {
    const local = {
      id: 'example-line',
      name: 'Example Mind helpline',
      channel: 'call' as const,
      value: '020 7946 0123',
      href: 'tel:02079460123',
      hours: 'Weekdays, 9am to 5pm',
      regions: ['england'],
    };

    it('adds a charity\'s own line after the built-in ones', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost region="england" .contacts=${[local]}></sg-signpost>`);
      const names = qa(el, '.list--primary [part="contact-name"]').map((n) => n.textContent);
      expect(names).to.deep.equal(['Samaritans', 'Shout', 'NHS 111', 'Example Mind helpline']);
      expect(visibleLinks(el)).to.include('Call 020 7946 0123 → tel:02079460123');
    });

    it('can replace the built-in lines but never the emergency line', async () => {
      const el = await fixture<SgSignpost>(
        html`<sg-signpost region="england" .contacts=${[local]} .contactsMode=${'replace'}></sg-signpost>`,
      );
      const names = qa(el, '[part="contact-name"]').map((n) => n.textContent);
      expect(names).to.deep.equal(['Example Mind helpline']);
      expect(visibleLinks(el)).to.include('999 → tel:999');
    });

    it('puts a contact set from script through the same link check as a feed\'s, and takes one with no regions', async () => {
      const risky = { ...local, id: 'risky', name: 'Risky line', href: 'javascript:alert(1)' } as typeof local;
      const { regions: _regions, ...anywhere } = { ...local, id: 'anywhere', name: 'Anywhere line' };
      const el = await fixture<SgSignpost>(html`<sg-signpost region="england" .contacts=${[risky, anywhere]}></sg-signpost>`);
      const hrefs = qa(el, 'a').map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.some((h) => h.toLowerCase().startsWith('javascript:'))).to.equal(false);
      expect(textOf(el)).to.contain('Risky line');
      expect(textOf(el)).to.contain('Anywhere line');
    });

    it('leaves out a feed line for another region', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost region="scotland" .contacts=${[local]}></sg-signpost>`);
      expect(textOf(el)).not.to.contain('Example Mind helpline');
    });
  });

  describe('Welsh', () => {
    it('speaks Welsh inside a Welsh section of an English page', async () => {
      const wrapper = await mountRoot<HTMLElement>(html`<div lang="cy"><sg-signpost region="wales"></sg-signpost></div>`);
      const el = wrapper.querySelector('sg-signpost')!;
      await el.updateComplete;
      expect(q(el, 'h2')!.textContent).to.equal('Angen siarad â rhywun nawr?');
      expect(visibleLinks(el)).to.include('Ffoniwch 116 123 → tel:116123');
      expect(textOf(el)).to.contain('Pwyswch 2 am gymorth iechyd meddwl');
      expect(q(el, 'section')!.getAttribute('lang')).to.equal('cy');
      await expect(el).to.be.accessible();
    });

    it('marks its text with the language it is really in: English on a page in a language it does not have', async () => {
      const wrapper = await mountRoot<HTMLElement>(html`<div lang="fr"><sg-signpost></sg-signpost></div>`);
      const el = wrapper.querySelector('sg-signpost')!;
      await el.updateComplete;
      expect(q(el, 'h2')!.textContent).to.equal('Need to talk to someone now?');
      expect(q(el, 'section')!.getAttribute('lang')).to.equal('en');
    });

    it('switches language when the page changes lang', async () => {
      const wrapper = await mountRoot<HTMLElement>(html`<div lang="en"><sg-signpost></sg-signpost></div>`);
      const el = wrapper.querySelector('sg-signpost')!;
      await el.updateComplete;
      expect(q(el, 'h2')!.textContent).to.equal('Need to talk to someone now?');
      wrapper.setAttribute('lang', 'cy');
      await aTimeout(0);
      await el.updateComplete;
      expect(q(el, 'h2')!.textContent).to.equal('Angen siarad â rhywun nawr?');
    });
  });

  describe('colour schemes', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    const background = (el: SgSignpost) => getComputedStyle(q(el, '[part="base"]')!).backgroundColor;

    it('stays light on a light page even when the visitor prefers dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await fixture<SgSignpost>(html`<sg-signpost></sg-signpost>`);
      expect(background(el)).to.equal('rgb(234, 242, 250)');
    });

    it('goes dark when the page allows a dark scheme and the visitor prefers it, and stays accessible', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const wrapper = await mountRoot<HTMLElement>(html`<div class="dark-ok"><sg-signpost></sg-signpost></div>`);
      wrapper.style.colorScheme = 'light dark';
      const el = wrapper.querySelector('sg-signpost')!;
      await el.updateComplete;
      expect(background(el)).to.equal('rgb(28, 42, 58)');
      await expect(el).to.be.accessible();
    });

    it('lets the page theme it with custom properties', async () => {
      const el = await fixture<SgSignpost>(html`<sg-signpost></sg-signpost>`);
      el.style.setProperty('--sg-signpost-background', 'rgb(255, 250, 240)');
      expect(background(el)).to.equal('rgb(255, 250, 240)');
    });
  });
});

