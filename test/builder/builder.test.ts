import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import {
  controlsFor,
  describedValues,
  elementsIn,
  escapeAttribute,
  THEMES,
  unionValues,
  type Manifest,
  type ManifestAttribute,
} from '../../demo/builder.js';
import { REGIONS } from '../../src/content/helplines.js';
import { waitFor as pollFor } from '../helpers/wait-for.js';

// The embed builder as an editor uses it: the real page (/demo/builder.html)
// in a frame, driven by keyboard and pointer. The code it copies is pasted into
// a fresh page that loads only the one-file script (/dist/), and must show
// what the preview showed. Nothing here leaves localhost.

type Win = Window & typeof globalThis & { axe?: { run: (context: Node) => Promise<{ violations: AxeViolation[] }> } };
interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown }[];
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** The shared poll, with the longer wait a page that builds its preview from the manifest needs. */
const waitFor = <T>(read: () => T | undefined | null | false, what: string, ms = 8000): Promise<T> => pollFor(read, what, ms);

function addFrame(width: number, height: number): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; left: 0; top: 0; width: ${width}px; height: ${height}px; border: 0; background: #fff`;
  document.body.append(frame);
  frames.push(frame);
  return frame;
}

/** Opens the builder and waits until its first preview is on the page. */
async function openBuilder(width = 780, height = 580): Promise<{ frame: HTMLIFrameElement; doc: Document; win: Win }> {
  const frame = addFrame(width, height);
  frame.src = '/demo/builder.html';
  await waitFor(() => frame.contentDocument?.documentElement?.hasAttribute('data-builder-ready'), 'the builder');
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow as Win };
}

/** Resolves after the preview has been rebuilt (the builder announces it with an event). */
function nextUpdate(doc: Document): Promise<void> {
  return new Promise((resolve) => doc.addEventListener('builder-update', () => resolve(), { once: true }));
}

function preview(doc: Document): HTMLElement {
  return doc.querySelector<HTMLElement>('#preview-stage > *')!;
}

function snippetText(doc: Document): string {
  return doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
}

function activeId(doc: Document): string {
  return doc.activeElement?.id ?? '';
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Clicks an element inside the frame with the mouse, as a person would. */
async function click(frame: HTMLIFrameElement, el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center', behavior: 'instant' });
  const outer = frame.getBoundingClientRect();
  const inner = el.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(outer.left + inner.left + Math.min(8, inner.width / 2)), Math.round(outer.top + inner.top + inner.height / 2)],
  });
}

/** Replaces a text box's value by keyboard: select all, then type. */
async function retype(doc: Document, id: string, text: string): Promise<void> {
  const input = doc.getElementById(id) as HTMLInputElement;
  input.focus();
  input.select();
  await press('Backspace');
  await sendKeys({ type: text });
}

/** A fresh page with nothing but the pasted code. */
async function pastePage(code: string): Promise<{ doc: Document; win: Win }> {
  const frame = addFrame(780, 580);
  frame.style.left = '790px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A charity page</title></head><body><main>\n${code}\n</main></body></html>`;
  await loaded;
  return { doc: frame.contentDocument!, win: frame.contentWindow as Win };
}

/** What a visitor reads in an element's shadow root, whitespace folded. */
function visibleText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function attributesOf(el: Element): string[] {
  return [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();
}

async function axe(doc: Document, win: Win): Promise<AxeViolation[]> {
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc.head.append(script);
    await loaded;
  }
  const result = await win.axe!.run(doc);
  return result.violations;
}

function describe_(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`).join('\n');
}

let manifest: Manifest;
before(async () => {
  manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  const script = await fetch('/dist/support-group-widgets.js', { method: 'HEAD' });
  if (!script.ok) throw new Error('dist/support-group-widgets.js is missing: run `npm run build` first (npm test does).');
});

describe('embed builder: controls from custom-elements.json', () => {
  it('offers every attribute of each element, as a tick box, a list or a text box', async () => {
    const { doc } = await openBuilder();
    for (const radio of doc.querySelectorAll<HTMLInputElement>('input[name="element"]')) {
      radio.click();
      const tag = radio.value;
      await waitFor(() => preview(doc)?.localName === tag, `the ${tag} preview`);
      const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;
      expect(declaration.attributes!.length, tag).to.be.above(3);
      for (const attribute of declaration.attributes!) {
        const controls = doc.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`#builder-options [name="${attribute.name}"]`);
        expect(controls.length, `${tag} ${attribute.name}`).to.be.above(0);
        if (attribute.type?.text === 'boolean') expect((controls[0] as HTMLInputElement).type).to.equal('checkbox');
        for (const control of controls) {
          // Every control has a visible label with words in it.
          expect(control.labels?.[0]?.textContent?.trim(), `${tag} ${attribute.name} label`).to.match(/\w{2}/);
        }
      }
    }
    // Values named in the JSDoc become a list; a comma-separated set becomes tick boxes.
    doc.querySelector<HTMLInputElement>('#el-signpost')!.click();
    const variant = await waitFor(() => doc.querySelector<HTMLSelectElement>('#opt-sg-signpost-variant'), 'variant list');
    expect([...variant.options].map((o) => o.value)).to.deep.equal(['banner', 'compact', 'card']);
    const region = doc.querySelector<HTMLSelectElement>('#opt-sg-signpost-region')!;
    expect([...region.options].map((o) => o.value)).to.include.members(['uk', 'scotland', 'northern-ireland']);
    doc.querySelector<HTMLInputElement>('#el-benefits')!.click();
    await waitFor(() => doc.querySelectorAll('input[type="checkbox"][name="show"]').length === 4, 'show tick boxes');
  });

  it('reads union types and values named in descriptions', () => {
    expect(unionValues("'a' | 'b-c' | 'd'")).to.deep.equal(['a', 'b-c', 'd']);
    expect(unionValues('string')).to.equal(undefined);
    expect(unionValues('string | number')).to.equal(undefined);
    expect(describedValues('`banner` (default), `compact` or `card`; see `<sg-feed>` and `a,b`')).to.deep.equal([
      'banner',
      'compact',
      'card',
    ]);
    const [size, on] = controlsFor('sg-x', [
      { name: 'size', type: { text: "'small' | 'large'" }, default: "'small'" },
      { name: 'on', type: { text: 'boolean' }, default: 'false' },
    ]);
    expect(size!.kind).to.equal('select');
    expect(on!.kind).to.equal('checkbox');
  });

  it('reads every form of values the JSDoc uses, and nothing that is only an example', () => {
    // One value a pair of backticks, with notes between them.
    expect(describedValues('`stepper` (default): one step at a time. `list`: every step at once.')).to.deep.equal(['stepper', 'list']);
    expect(describedValues('`uk` (default), `england`, `northern-ireland` or `ireland`.')).to.deep.equal([
      'uk',
      'england',
      'northern-ireland',
      'ireland',
    ]);
    // A list in one pair of backticks.
    expect(describedValues('One of `uk | england | northern-ireland`.')).to.deep.equal(['uk', 'england', 'northern-ireland']);
    expect(describedValues("One of `'cards' | 'list'`.")).to.deep.equal(['cards', 'list']);
    expect(describedValues('Sections, comma-separated: `steps, worries`.')).to.deep.equal(['steps', 'worries']);
    // Examples, combined values, elements and schemes are not values to offer.
    expect(describedValues('Topics, comma-separated (e.g. `anxiety`).')).to.deep.equal([]);
    expect(describedValues('A town, like `leeds`, or a topic such as `carers`.')).to.deep.equal([]);
    expect(describedValues('Comma-separated (`anxiety,carers`), a place or `lat,lng`, see `<sg-feed>`, `https:` or `http:`.')).to.deep.equal([]);
    expect(describedValues(undefined)).to.deep.equal([]);

    // An attribute named region gets no list unless the manifest gives its values.
    const [bare] = controlsFor('sg-x', [{ name: 'region', type: { text: 'string' }, description: 'Where the visitor is.' }]);
    expect(bare!.kind).to.equal('text');
    const [listed] = controlsFor('sg-x', [
      { name: 'region', type: { text: 'string' }, default: "'north'", description: 'Where: `north | south`.' },
    ]);
    expect(listed!.kind === 'select' && listed.options.map((o) => o.value)).to.deep.equal(['north', 'south']);
  });

  it('gives two attributes that point to each other one list, from whichever names the values', () => {
    const elements = new Map<string, ManifestAttribute[]>([
      ['sg-a', [{ name: 'place', type: { text: 'string' }, description: 'As on `<sg-b>`: `north` (default) or `south`.' }]],
      ['sg-b', [{ name: 'place', type: { text: 'string' }, default: "'north'", description: 'Where the visitor is.' }]],
      ['sg-c', [{ name: 'place', type: { text: 'string' }, description: 'Unrelated: names no element.' }]],
    ]);
    const [b] = controlsFor('sg-b', elements.get('sg-b')!, elements);
    expect(b!.kind === 'select' && b.options.map((o) => o.value)).to.deep.equal(['north', 'south']);
    const [c] = controlsFor('sg-c', elements.get('sg-c')!, elements);
    expect(c!.kind).to.equal('text');
  });

  it('lists only theme presets that exist in themes/', async () => {
    for (const theme of THEMES.filter((t) => t.file)) {
      const response = await fetch(`/themes/${theme.file}.css`);
      expect(response.ok, theme.file).to.equal(true);
      expect(await response.text()).to.contain('--sg-color-text');
    }
  });
});

describe('embed builder: by keyboard', () => {
  it('picks the crisis help, sets region, size and sticky with arrows and Space, and the copied code shows the same', async () => {
    const { doc } = await openBuilder();
    doc.querySelector<HTMLInputElement>('#el-finder')!.focus();
    let updated = nextUpdate(doc);
    await press('ArrowDown');
    await updated;
    expect(doc.querySelector<HTMLInputElement>('#el-signpost')!.checked).to.equal(true);
    expect(preview(doc).localName).to.equal('sg-signpost');

    // Tab from the radios through the feed fieldset to the region list.
    const order: string[] = [];
    for (let i = 0; i < 6 && activeId(doc) !== 'opt-sg-signpost-region'; i++) {
      await press('Tab');
      order.push(activeId(doc));
    }
    expect(order).to.include('opt-sg-signpost-feed');
    expect(activeId(doc)).to.equal('opt-sg-signpost-region');

    // uk → england → scotland → wales
    for (let i = 0; i < 3; i++) {
      updated = nextUpdate(doc);
      await press('ArrowDown');
      await updated;
    }
    expect(preview(doc).getAttribute('region')).to.equal('wales');
    await waitFor(() => preview(doc).shadowRoot?.querySelector('a[href="tel:111"]'), 'NHS 111 Wales in the preview');

    await press('Tab');
    expect(activeId(doc)).to.equal('opt-sg-signpost-variant');
    updated = nextUpdate(doc);
    await press('ArrowDown');
    await updated;
    expect(preview(doc).getAttribute('variant')).to.equal('compact');

    await press('Tab');
    expect(activeId(doc)).to.equal('opt-sg-signpost-sticky');
    updated = nextUpdate(doc);
    await press('Space');
    await updated;
    expect(preview(doc).hasAttribute('sticky')).to.equal(true);

    const code = snippetText(doc);
    expect(code).to.contain('<sg-signpost region="wales" variant="compact" sticky></sg-signpost>');
    expect(code).to.match(/<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/support-group-widgets@\d+\.\d+\.\d+\/dist\/support-group-widgets\.js" defer><\/script>/);

    // The same code, loading the local one-file script instead of the CDN.
    const local = code.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/support-group-widgets@[^/]+/g, location.origin);
    const pasted = await pastePage(local);
    const el = await waitFor(() => pasted.doc.querySelector('sg-signpost')?.shadowRoot?.querySelector('a[href="tel:111"]') && pasted.doc.querySelector('sg-signpost')!, 'the pasted signpost');
    expect(attributesOf(el)).to.deep.equal(attributesOf(preview(doc)));
    const numbers = (root: Element) => [...root.shadowRoot!.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')].map((a) => a.textContent!.trim());
    expect(numbers(el).length).to.be.above(2);
    expect(numbers(el)).to.deep.equal(numbers(preview(doc)));
    expect(visibleText(el)).to.equal(visibleText(preview(doc)));
  });

  it('has no keyboard trap: Tab goes from the form through the preview to the code and the copy button, and back', async () => {
    const { doc } = await openBuilder();
    doc.querySelector<HTMLInputElement>('#el-signpost')!.click();
    await waitFor(() => preview(doc)?.localName === 'sg-signpost', 'signpost preview');
    doc.getElementById('base')!.focus();
    const seen: string[] = [];
    for (let i = 0; i < 40 && activeId(doc) !== 'copy'; i++) {
      await press('Tab');
      const active = doc.activeElement!;
      seen.push(active.id || active.localName);
    }
    expect(seen, 'focus passed through the preview').to.include('sg-signpost');
    expect(seen.slice(-2)).to.deep.equal(['snippet', 'copy']);
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(activeId(doc)).to.equal('snippet');
  });
});

describe('embed builder: the finder’s region', () => {
  it('offers every region the manifest names, and the copied code keeps the one chosen', async () => {
    const attribute = elementsIn(manifest).get('sg-group-finder')!.find((a) => a.name === 'region')!;
    // The manifest names, in backticks, each region the crisis help knows.
    for (const region of REGIONS) expect(attribute.description, region).to.contain(`\`${region}\``);

    const { frame, doc, win } = await openBuilder();
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    const select = doc.getElementById('opt-sg-group-finder-region') as HTMLSelectElement;
    expect(select.localName).to.equal('select');
    expect([...select.options].map((o) => o.value)).to.deep.equal([...REGIONS]);
    expect(select.value).to.equal('uk');
    // Each region in words, not as the attribute writes it.
    const labels = [...select.options].map((o) => o.textContent!);
    expect(labels).to.include('Northern Ireland');
    for (const label of labels) expect(label).to.match(/^[A-Z][a-z]+( [A-Za-z]+)*$/);

    // By keyboard: uk → england → scotland → wales → northern-ireland.
    select.focus();
    for (let i = 0; i < 4; i++) {
      const updated = nextUpdate(doc);
      await press('ArrowDown');
      await updated;
    }
    expect(select.value).to.equal('northern-ireland');
    expect(preview(doc).getAttribute('region')).to.equal('northern-ireland');
    // The new preview has loaded its groups, so the page below it stays put.
    await waitFor(() => preview(doc).shadowRoot?.querySelector('[part="count"]'), 'the preview finder');

    await click(frame, doc.getElementById('copy')!);
    await waitFor(() => doc.getElementById('copy-status')!.textContent!.includes('Copied'), 'the Copied message');
    expect(copied).to.match(/<sg-group-finder [^>]*region="northern-ireland"/);
    const pasted = new DOMParser().parseFromString(copied, 'text/html').querySelector('sg-group-finder')!;
    expect(attributesOf(pasted)).to.deep.equal(attributesOf(preview(doc)));

    // Back to the default: the attribute is left out of the code.
    select.focus();
    for (let i = 0; i < 4; i++) {
      const updated = nextUpdate(doc);
      await press('ArrowUp');
      await updated;
    }
    expect(select.value).to.equal('uk');
    expect(snippetText(doc)).not.to.contain('region=');
  });
});

describe('embed builder: copying the code', () => {
  it('copies a finder in Welsh with the soft theme that renders like the preview, and says "Copied" politely', async () => {
    const { frame, doc, win } = await openBuilder();
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });

    // Files from this test server instead of the CDN.
    await retype(doc, 'base', location.origin);
    await waitFor(() => snippetText(doc).includes(`${location.origin}/dist/`), 'the code to use the new address');
    let updated: Promise<void>;

    // Theme by keyboard: the list's third entry is "soft".
    doc.getElementById('theme')!.focus();
    updated = nextUpdate(doc);
    await press('ArrowDown');
    await updated;
    updated = nextUpdate(doc);
    await press('ArrowDown');
    await updated;
    expect(doc.querySelector<HTMLSelectElement>('#theme')!.value).to.equal('soft');

    // Welsh and "structured data" with the pointer.
    updated = nextUpdate(doc);
    await click(frame, doc.querySelector('label[for="lang-cy"]')!);
    await updated;
    updated = nextUpdate(doc);
    await click(frame, doc.querySelector('label[for="opt-sg-group-finder-structured-data"]')!);
    await updated;
    await retype(doc, 'opt-sg-group-finder-page-size', '5');
    await waitFor(() => preview(doc).getAttribute('page-size') === '5', 'page-size="5" in the preview');

    const shown = preview(doc);
    expect(shown.getAttribute('lang')).to.equal('cy');
    expect(shown.getAttribute('page-size')).to.equal('5');
    const count = await waitFor(() => shown.shadowRoot?.querySelector('[part="count"]'), 'the preview finder');

    const status = doc.getElementById('copy-status')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    await click(frame, doc.getElementById('copy')!);
    await waitFor(() => status.textContent!.includes('Copied'), 'the Copied message');
    expect(copied).to.equal(snippetText(doc));
    expect(copied).to.contain(`<link rel="stylesheet" href="${location.origin}/themes/soft.css">`);
    expect(copied).to.contain(`<script src="${location.origin}/dist/support-group-widgets.js" defer></script>`);

    const pasted = await pastePage(copied);
    const el = await waitFor(() => {
      const finder = pasted.doc.querySelector('sg-group-finder');
      return finder?.shadowRoot?.querySelector('[part="count"]') && finder;
    }, 'the pasted finder');
    expect(el.localName).to.equal(shown.localName);
    expect(attributesOf(el)).to.deep.equal(attributesOf(shown));
    expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim()).to.equal(count.textContent!.trim());
    expect(count.textContent).to.match(/grŵp/);
    const cards = (root: Element) => [...root.shadowRoot!.querySelectorAll('h3, h4')].map((h) => h.textContent!.trim());
    expect(cards(el).length).to.be.above(0);
    expect(cards(el)).to.deep.equal(cards(shown));
    // The theme reached both: the same primary colour on the same button.
    const colour = (root: Element, w: Window) => w.getComputedStyle(root.shadowRoot!.querySelector('button')!).backgroundColor;
    expect(colour(el, pasted.win)).to.equal(colour(shown, win));
    expect(colour(el, pasted.win)).to.equal('rgb(47, 93, 80)');
    // Structured data in both.
    expect(el.querySelector('script[type="application/ld+json"]')).to.not.equal(null);
  });

  it('selects the code and says how to copy it when the clipboard is refused', async () => {
    const { frame, doc, win } = await openBuilder();
    await waitFor(() => preview(doc).shadowRoot?.querySelector('[part="count"]'), 'the preview finder');
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('Refused', 'NotAllowedError')) },
    });
    const status = doc.getElementById('copy-status')!;
    await click(frame, doc.getElementById('copy')!);
    await waitFor(() => status.textContent!.trim(), 'a message');
    const code = doc.querySelector<HTMLTextAreaElement>('#snippet')!;
    expect(status.textContent).not.to.contain('Copied');
    expect(status.textContent).to.contain('selected');
    expect(doc.activeElement).to.equal(code);
    expect(code.selectionStart).to.equal(0);
    expect(code.selectionEnd).to.equal(code.value.length);
    expect(code.value.length).to.be.above(50);
  });

  it('keeps a feed address with " and < in it as one attribute, in the code and in the page it makes', async () => {
    const { doc } = await openBuilder();
    const feed = `${location.origin}/demo/data/groups.json?a="><b id="bold">x</b>&c=<i>`;
    await retype(doc, 'opt-sg-group-finder-feed', feed);
    // A web address reaches the preview when the editor presses Enter, not letter by letter.
    expect(preview(doc).getAttribute('feed')).not.to.equal(feed);
    await press('Enter');
    await waitFor(() => preview(doc).getAttribute('feed') === feed, 'the new feed in the preview');
    const code = snippetText(doc);
    expect(code).to.contain('feed="' + escapeAttribute(feed) + '"');
    expect(code).not.to.contain('<b');
    const parsed = new DOMParser().parseFromString(code, 'text/html');
    const finders = parsed.querySelectorAll('sg-group-finder');
    expect(finders.length).to.equal(1);
    expect(finders[0]!.getAttribute('feed')).to.equal(feed);
    expect(attributesOf(finders[0]!)).to.deep.equal(attributesOf(preview(doc)));
    expect(parsed.querySelector('b, i, #bold')).to.equal(null);
    expect(escapeAttribute('a"b<c>&d')).to.equal('a&quot;b&lt;c&gt;&amp;d');
  });
});

describe('embed builder: accessible and small-screen friendly', () => {
  it('passes axe with the finder, and with the dark crisis card in Welsh', async () => {
    const { doc, win } = await openBuilder();
    await waitFor(() => preview(doc).shadowRoot?.querySelector('[part="count"]'), 'the preview finder');
    let violations = await axe(doc, win);
    expect(violations, describe_(violations)).to.deep.equal([]);

    doc.querySelector<HTMLInputElement>('#el-signpost')!.click();
    await waitFor(() => preview(doc)?.localName === 'sg-signpost', 'signpost preview');
    const set = async (id: string, value: string) => {
      const el = doc.getElementById(id) as HTMLSelectElement;
      el.value = value;
      const updated = nextUpdate(doc);
      el.dispatchEvent(new Event('change', { bubbles: true }));
      await updated;
    };
    await set('opt-sg-signpost-variant', 'card');
    await set('theme', 'dark');
    doc.querySelector<HTMLInputElement>('#lang-cy')!.click();
    await waitFor(() => preview(doc).getAttribute('lang') === 'cy', 'Welsh');
    await waitFor(() => preview(doc).shadowRoot?.querySelector('a[href="tel:116123"]'), 'the card');
    violations = await axe(doc, win);
    expect(violations, describe_(violations)).to.deep.equal([]);
  });

  it('puts the preview in a labelled region and the form in fieldsets with legends', async () => {
    const { doc } = await openBuilder();
    const region = doc.getElementById('preview-stage')!.closest('section')!;
    expect(doc.getElementById(region.getAttribute('aria-labelledby')!)!.textContent).to.equal('Preview');
    const legends = [...doc.querySelectorAll('#builder-form fieldset > legend')].map((l) => l.textContent);
    expect(legends).to.include.members(['Which widget?', 'Your groups feed', 'Options for “Group finder”', 'Language']);
  });

  it('shows a clear focus ring on each kind of control reached by keyboard', async () => {
    const { doc, win } = await openBuilder();
    const ring = () => {
      const style = win.getComputedStyle(doc.activeElement!);
      return `${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2}`;
    };
    doc.getElementById('base')!.focus();
    expect(ring(), 'text box').to.equal('solid true');
    doc.getElementById('snippet')!.focus();
    expect(ring(), 'code box').to.equal('solid true');
    await press('Tab');
    expect(activeId(doc)).to.equal('copy');
    expect(ring(), 'button').to.equal('solid true');
    doc.getElementById('lang-en')!.focus();
    await press('Tab');
    expect(activeId(doc)).to.equal('theme');
    expect(ring(), 'list').to.equal('solid true');
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(activeId(doc)).to.equal('lang-en');
    expect(ring(), 'radio').to.equal('solid true');
  });

  it('shares the demo page’s stylesheet, but the preview keeps the widgets’ own colours or the chosen theme', async () => {
    const { doc, win } = await openBuilder();
    const sheets = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => new URL(l.href).pathname);
    expect(sheets).to.deep.equal(['/demo/demo.css', '/demo/builder.css']);
    // demo.css colours the demo page's widgets…
    expect(win.getComputedStyle(doc.documentElement).getPropertyValue('--sg-color-primary').trim()).to.equal('#2f5d50');
    // …but with no theme the preview shows the built-in blue, as on a page with no styles of its own.
    await waitFor(() => preview(doc).shadowRoot?.querySelector('[part="count"]'), 'the preview finder');
    const button = () => win.getComputedStyle(preview(doc).shadowRoot!.querySelector('button')!).backgroundColor;
    expect(button()).to.equal('rgb(29, 79, 145)');
    // The theme file is asked for as CSS (vite's dev server answers JavaScript otherwise).
    const accepted: string[] = [];
    const fetchBefore = win.fetch;
    win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).includes('/themes/')) accepted.push(new Headers(init?.headers).get('accept') ?? '');
      return fetchBefore.call(win, input, init);
    };
    const theme = doc.getElementById('theme') as HTMLSelectElement;
    theme.value = 'dark';
    const updated = nextUpdate(doc);
    theme.dispatchEvent(new Event('change', { bubbles: true }));
    await updated;
    await waitFor(() => preview(doc).shadowRoot?.querySelector('button'), 'the dark preview');
    expect(button()).to.equal('rgb(143, 184, 240)');
    expect(accepted).to.deep.equal(['text/css']);
  });

  it('fits a 320 pixel wide screen with no sideways scrolling', async () => {
    const { doc } = await openBuilder(320, 640);
    await waitFor(() => preview(doc).shadowRoot?.querySelector('[part="count"]'), 'the preview finder');
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    for (const id of ['snippet', 'copy', 'base', 'opt-sg-group-finder-feed']) {
      expect(doc.getElementById(id)!.getBoundingClientRect().right, id).to.be.at.most(320);
    }
  });
});
