import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/group-finder/group-finder.js';
import '../../src/components/signpost/signpost.js';
import '../../src/components/what-to-expect/what-to-expect.js';
import type { SgGroupFinder } from '../../src/components/group-finder/group-finder.component.js';
import type { SgSignpost } from '../../src/components/signpost/signpost.component.js';
import type { SgWhatToExpect } from '../../src/components/what-to-expect/what-to-expect.component.js';
import { watchingPage } from '../../src/components/what-to-expect/page-targets.js';

/*
 * A CMS (or a script) may add the finder or the crisis help to the page after
 * <sg-what-to-expect> has rendered. The buttons that lead there must then
 * appear, work by keyboard, and go again when the target is removed.
 */

const FEED = '/test/finder/fixtures/groups.json';
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const cta = (el: SgWhatToExpect) => q<HTMLButtonElement>(el, 'button.cta');
const helpNow = (el: SgWhatToExpect) => q<HTMLButtonElement>(el, '.help-now__button');

const added: Element[] = [];
afterEach(() => {
  for (const el of added.splice(0)) el.remove();
});

/** Puts an element on the page, as a CMS block would, and keeps it for clean-up. */
function add<T extends Element>(element: T, parent: ParentNode = document.body): T {
  parent.append(element);
  added.push(element);
  return element;
}

async function whatToExpect(attributes: Record<string, string> = {}): Promise<SgWhatToExpect> {
  const el = document.createElement('sg-what-to-expect');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  add(el);
  await el.updateComplete;
  return el;
}

/** A CMS block (a plain <div>) holding a finder, added at the end of the page. */
function finderBlock(): { block: HTMLElement; finder: SgGroupFinder } {
  const block = document.createElement('div');
  block.className = 'cms-block';
  const finder = document.createElement('sg-group-finder');
  finder.setAttribute('feed', FEED);
  finder.setAttribute('cache', 'off');
  finder.setAttribute('geocoder', 'off');
  block.append(finder);
  add(block);
  return { block, finder };
}

async function finderReady(finder: SgGroupFinder): Promise<void> {
  await waitUntil(() => q(finder, 'input[type="search"]'), 'the finder did not show its search box', { timeout: 5000 });
  await finder.updateComplete;
}

describe('<sg-what-to-expect> with a finder or crisis help added later', () => {
  it('shows "Find a group" when a finder is added after it rendered; Enter moves focus to the finder; removing it takes the button away', async () => {
    const el = await whatToExpect({ mode: 'list' });
    expect(cta(el), 'no button while there is no finder').to.equal(null);

    const { block, finder } = finderBlock();
    await waitUntil(() => cta(el), 'the button did not appear');
    expect(squash(cta(el)!.textContent)).to.equal('Find a group');
    await finderReady(finder);

    const chosen: unknown[] = [];
    el.addEventListener('sg-cta', (e) => chosen.push((e as CustomEvent).detail));
    cta(el)!.focus();
    await sendKeys({ press: 'Enter' });
    expect(chosen).to.deep.equal([{}]);
    expect(document.activeElement).to.equal(finder);
    expect(finder.shadowRoot!.activeElement?.matches('input[type="search"]'), 'focus is in the search box').to.equal(true);
    await expect(el).to.be.accessible();

    block.remove();
    await waitUntil(() => cta(el) === null, 'the button stayed after the finder went');
  });

  it('in stepper mode, the last step gains the button when a finder arrives', async () => {
    const el = await whatToExpect({ step: '7' });
    const controls = () => [...el.shadowRoot!.querySelectorAll('.controls button')].map((b) => squash(b.textContent));
    expect(controls()).to.deep.equal(['Back']);
    const { finder } = finderBlock();
    await waitUntil(() => controls().length === 2, 'the button did not appear');
    expect(controls()).to.deep.equal(['Back', 'Find a group']);
    finder.remove();
    await waitUntil(() => controls().length === 1, 'the button stayed');
  });

  it('shows "See who you can talk to now" when a signpost is added later; Enter moves focus to it; removing it takes the button away', async () => {
    const el = await whatToExpect({ show: 'worries' });
    expect(helpNow(el)).to.equal(null);

    const signpost = add(document.createElement('sg-signpost')) as SgSignpost;
    await waitUntil(() => helpNow(el), 'the button did not appear');
    await signpost.updateComplete;
    expect(squash(helpNow(el)!.textContent)).to.equal('See who you can talk to now');

    helpNow(el)!.focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(signpost);
    expect(squash(signpost.shadowRoot!.activeElement?.textContent)).to.equal('Need to talk to someone now?');
    await expect(el).to.be.accessible();

    signpost.remove();
    await waitUntil(() => helpNow(el) === null, 'the button stayed after the signpost went');
  });

  it('finds a target inside a block added later, and keeps the button while a second one is still there', async () => {
    const el = await whatToExpect({ show: 'worries' });
    const outer = add(document.createElement('section'));
    outer.innerHTML = '<div><div><sg-signpost variant="compact"></sg-signpost></div></div>';
    await waitUntil(() => helpNow(el), 'a signpost deep in an added block was missed');

    const second = add(document.createElement('sg-signpost'));
    outer.remove();
    // The first signpost went, the second is still on the page: the button leads there now.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(helpNow(el)).not.to.equal(null);
    helpNow(el)!.click();
    expect(document.activeElement).to.equal(second);
  });

  it('ignores changes elsewhere on the page (no re-render for other elements)', async () => {
    const el = await whatToExpect({ mode: 'list' });
    let updates = 0;
    const update = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<SgWhatToExpect['requestUpdate']>) => {
      updates += 1;
      update(...args);
    };
    const block = add(document.createElement('div'));
    for (let i = 0; i < 20; i++) block.append(document.createElement('p'));
    block.lastElementChild!.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(updates).to.equal(0);
  });

  it('stops watching the page when it leaves, and looks again when it comes back', async () => {
    const el = await whatToExpect({ mode: 'list' });
    expect(watchingPage()).to.equal(true);
    el.remove();
    expect(watchingPage(), 'no observer left behind').to.equal(false);

    const { finder } = finderBlock();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cta(el), 'a detached element does not re-render').to.equal(null);

    add(el, finder.parentElement!.parentElement!);
    await el.updateComplete;
    expect(cta(el), 'back on the page, it sees the finder').not.to.equal(null);
  });
});
