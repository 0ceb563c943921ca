import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/signpost/signpost.js';
import '../../src/components/benefits/benefits.js';
import '../../src/components/what-to-expect/what-to-expect.js';
import '../../src/components/group-finder/group-finder.js';
import { clearFeedStore } from '../../src/feed/store.js';
import { mountRoot } from '../helpers/mount.js';

// The visitor's own display settings: Windows High Contrast (forced colours)
// and "reduce motion". Both are promised in the accessibility statement.
type Feature = { name: string; value: string };
const setMedia = (features: Feature[]) => executeServerCommand('sg-media-features', { features });

const TAGS = ['sg-signpost', 'sg-benefits', 'sg-what-to-expect', 'sg-group-finder'] as const;

async function mountAll(): Promise<HTMLElement> {
  clearFeedStore();
  const wrapper = await mountRoot<HTMLElement>(html`<div>
    <sg-signpost></sg-signpost>
    <sg-benefits></sg-benefits>
    <sg-what-to-expect mode="stepper"></sg-what-to-expect>
    <sg-group-finder feed="/test/finder/fixtures/groups.json" cache="off" geocoder="off"></sg-group-finder>
  </div>`);
  const finder = wrapper.querySelector('sg-group-finder')!;
  await waitUntil(() => finder.shadowRoot?.querySelector('[part="count"]'), 'the finder never showed results', { timeout: 8000 });
  for (const tag of TAGS) await (wrapper.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return wrapper;
}

/** Every element in the open shadow roots below `root`. */
function allInside(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allInside(el.shadowRoot));
  }
  return out;
}

/** What a system colour keyword resolves to right now. */
function systemColour(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('forced colours (Windows High Contrast)', () => {
  afterEach(() => setMedia([{ name: 'forced-colors', value: 'none' }]));

  it('every button keeps a visible border and the focused control a Highlight outline', async () => {
    await setMedia([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
    const wrapper = await mountAll();
    try {
      const buttons = allInside(wrapper).filter((el) => el.classList.contains('button') && (el as HTMLElement).offsetParent !== null);
      expect(buttons.length, 'buttons on screen').to.be.greaterThan(3);
      for (const button of buttons) {
        const style = getComputedStyle(button);
        // Backgrounds are dropped in forced colours: a button needs its own border to look like one.
        expect(style.borderTopStyle, `${button.textContent!.trim()}: border`).to.equal('solid');
        expect(parseFloat(style.borderTopWidth), `${button.textContent!.trim()}: border width`).to.be.greaterThan(0);
      }
      // Tab through the first controls on the page (links, buttons, inputs) and read each focus outline.
      const start = document.createElement('button');
      start.textContent = 'start';
      wrapper.prepend(start);
      start.focus();
      const kinds = new Set<string>();
      for (let i = 0; i < 14; i++) {
        await sendKeys({ press: 'Tab' });
        let focused: Element | null = document.activeElement;
        while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
        if (!focused || focused === start || focused === document.body) continue;
        kinds.add(focused.localName);
        const style = getComputedStyle(focused);
        const name = `${focused.localName} "${(focused.textContent ?? '').trim().slice(0, 30)}"`;
        expect(style.outlineStyle, `${name}: outline`).to.equal('solid');
        expect(parseFloat(style.outlineWidth), `${name}: outline width`).to.be.greaterThan(1);
        expect(style.outlineColor, `${name}: outline colour`).to.equal(systemColour('Highlight'));
      }
      expect([...kinds], 'links and buttons were reached').to.include.members(['a', 'button']);
    } finally {
      wrapper.remove();
    }
  });
});

describe('reduced motion', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    // A host page that animates the widgets' buttons through ::part().
    style = document.createElement('style');
    style.textContent = 'sg-group-finder::part(retry-button), sg-group-finder::part(more-button), sg-signpost::part(more-button) { transition: background-color 2s; }';
    document.head.append(style);
  });
  afterEach(async () => {
    style.remove();
    await setMedia([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
  });

  const durations = (wrapper: HTMLElement) =>
    allInside(wrapper)
      .filter((el) => el.getAttribute('part')?.split(' ').includes('more-button'))
      .map((el) => getComputedStyle(el).transitionDuration);

  it('a page’s transitions on parts run normally without the setting (so the next test means something)', async () => {
    await setMedia([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    const wrapper = await mountAll();
    try {
      const found = durations(wrapper);
      expect(found.length).to.be.greaterThan(0);
      expect(found).to.include('2s');
    } finally {
      wrapper.remove();
    }
  });

  it('with "reduce motion", nothing inside the elements moves, whatever the page asks', async () => {
    await setMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    const wrapper = await mountAll();
    try {
      expect(durations(wrapper).length).to.be.greaterThan(0);
      for (const el of allInside(wrapper)) {
        const computed = getComputedStyle(el);
        expect(computed.transitionDuration, `${el.localName}[part=${el.getAttribute('part')}]`).to.equal('0s');
        expect(computed.animationName).to.equal('none');
      }
    } finally {
      wrapper.remove();
    }
  });
});
