import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/benefits/benefits.js';
import '../../src/components/feed/feed.js';
import '../../src/components/group-finder/group-finder.js';
import '../../src/components/signpost/signpost.js';
import '../../src/components/what-to-expect/what-to-expect.js';
import { feedOptions, headingLevel, listOf, numberFrom, oneOf } from '../../src/internal/attribute-check.js';

/*
 * Every element tells the editor about a wrong value of its own attributes:
 * one console warning, and with `debug` a note on the page an editor can
 * read (role="note", axe clean), while the element keeps showing its normal
 * content. Without `debug` the visitor sees no such note.
 */

const FEED = '/test/finder/fixtures/groups.json';
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

type Lit = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void };

interface Case {
  readonly tag: string;
  /** Attributes every instance gets, so it has what it needs (and makes no request it should not). */
  readonly base: Record<string, string>;
  /** Light DOM children. */
  readonly inner?: string;
  /** Wrong values, one attribute at a time. */
  readonly wrong: Record<string, string>;
  /** Waits for, and returns, a sign that the element shows its normal content. */
  readonly normal: (el: Lit) => Promise<string>;
  /** What that sign must contain. */
  readonly expected: string;
}

const heading = async (el: Lit) => squash(el.shadowRoot!.querySelector('[part~="heading"]')?.textContent);

const CASES: readonly Case[] = [
  {
    tag: 'sg-benefits',
    base: {},
    wrong: { show: 'benefit,faq', layout: 'grid', 'heading-level': '9', format: 'xml', cache: 'sometimes' },
    normal: heading,
    expected: 'How a peer support group can help',
  },
  {
    tag: 'sg-what-to-expect',
    base: {},
    wrong: {
      mode: 'carousel',
      show: 'faq',
      step: '12',
      href: 'javascript:alert(1)',
      'heading-level': 'one',
      format: 'xml',
      cache: 'sometimes',
    },
    // Still a working stepper: exactly one step showing (a step past the end shows the last).
    normal: async (el) => {
      const shown = el.shadowRoot!.querySelectorAll('.step:not([hidden]) .step__heading');
      return `${shown.length} step shown: ${shown.length === 1 ? 'yes' : 'no'}`;
    },
    expected: '1 step shown: yes',
  },
  {
    tag: 'sg-signpost',
    base: {},
    wrong: { region: 'atlantis', variant: 'popup', 'heading-level': '1', format: 'xml', cache: 'sometimes' },
    normal: async (el) => squash(el.shadowRoot!.querySelector('[part~="emergency"]')?.textContent),
    expected: 'call 999',
  },
  {
    tag: 'sg-feed',
    base: {},
    inner: '<p class="inside">Our groups meet every week.</p>',
    wrong: { format: 'xml', cache: 'sometimes' },
    normal: async (el) => {
      const inside = el.querySelector<HTMLElement>('.inside')!;
      return inside.checkVisibility() ? squash(inside.textContent) : '';
    },
    expected: 'Our groups meet every week.',
  },
  {
    tag: 'sg-group-finder',
    // cache="off" in every instance: the wrong-cache case is covered by the others (same shared check), and a saved copy would leak into other test files.
    base: { feed: FEED, cache: 'off', geocoder: 'off' },
    wrong: { region: 'mars', attendance: 'by-post', online: 'sometimes', 'page-size': '0', radius: '-3', format: 'xml' },
    normal: async (el) => {
      await waitUntil(() => el.shadowRoot!.querySelector('[part="count"]'), 'the finder did not show its results', { timeout: 5000 });
      const search = el.shadowRoot!.querySelector('[part="search-input"]');
      return `${search ? 'search box, ' : ''}${squash(el.shadowRoot!.querySelector('[part="count"]')!.textContent)}`;
    },
    // A wrong attendance value is left out, so every group is listed; the finder is still all there.
    expected: 'search box, ',
  },
];

let warnings: string[] = [];
const originalWarn = console.warn;
const placed: HTMLElement[] = [];

beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
});

afterEach(() => {
  console.warn = originalWarn;
  for (const el of placed.splice(0)) el.remove();
});

async function place(c: Case, attributes: Record<string, string>): Promise<Lit> {
  const el = document.createElement(c.tag) as Lit;
  for (const [name, value] of Object.entries({ ...c.base, ...attributes })) el.setAttribute(name, value);
  if (c.inner) el.innerHTML = c.inner;
  document.body.append(el);
  placed.push(el);
  await el.updateComplete;
  return el;
}

/** Editor notes about attributes (the finder and <sg-feed> also use the part for feed problems). */
function attributeNotes(el: Lit): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="editor-note"][role="note"]')].filter((n) =>
    n.textContent!.includes('is not a value this element knows'),
  );
}

/** Warnings from `tag` itself (a finder's crisis box is an <sg-signpost> of its own, which warns about its own region). */
const warningsAbout = (tag: string, attribute: string, value: string) => warnings.filter((w) => w.startsWith(`<${tag}>: ${attribute}="${value}"`));

describe('a wrong attribute gets a message for the editor', () => {
  for (const c of CASES) {
    describe(`<${c.tag}>`, () => {
      for (const [attribute, value] of Object.entries(c.wrong)) {
        it(`${attribute}="${value}": one console warning, a readable note with debug, and the normal content`, async () => {
          const el = await place(c, { [attribute]: value, debug: '' });
          expect(await c.normal(el)).to.contain(c.expected);

          const notes = attributeNotes(el);
          expect(notes, 'one editor note').to.have.length(1);
          expect(notes[0].checkVisibility(), 'the note is visible').to.equal(true);
          const text = squash(notes[0].textContent);
          expect(text).to.contain('For the page editor:');
          expect(text).to.contain(`${attribute}="${value}" is not a value this element knows. Use `);
          expect(text.match(/is not a value/g), 'only the wrong attribute is named').to.have.length(1);

          // More renders (the feed arriving, a visitor's click) do not repeat the warning.
          el.requestUpdate();
          await el.updateComplete;
          expect(warningsAbout(c.tag, attribute, value), 'warnings').to.have.length(1);
          await expect(el).to.be.accessible();
        });
      }

      it('without debug: every wrong value is warned about, nothing is shown to the visitor', async () => {
        const el = await place(c, c.wrong);
        expect(await c.normal(el)).to.contain(c.expected);
        expect(el.shadowRoot!.querySelectorAll('[part~="editor-note"]')).to.have.length(0);
        expect(squash(el.shadowRoot!.textContent)).not.to.contain('For the page editor');
        for (const [attribute, value] of Object.entries(c.wrong)) {
          expect(warningsAbout(c.tag, attribute, value), `${attribute}="${value}"`).to.have.length(1);
        }
      });

      it('right values (and the defaults) bring no warning and no note', async () => {
        const el = await place(c, { debug: '' });
        await c.normal(el);
        expect(attributeNotes(el)).to.have.length(0);
        expect(warnings.filter((w) => w.includes('is not a value it knows'))).to.deep.equal([]);
      });
    });
  }

  it('the note goes when the editor puts the attribute right, and names a new wrong value', async () => {
    const el = await place(CASES[0], { layout: 'grid', debug: '' });
    expect(attributeNotes(el)).to.have.length(1);
    el.setAttribute('layout', 'list');
    await el.updateComplete;
    expect(attributeNotes(el)).to.have.length(0);
    el.setAttribute('heading-level', '8');
    await el.updateComplete;
    expect(squash(attributeNotes(el)[0]?.textContent)).to.contain('heading-level="8"');
    expect(warnings.filter((w) => w.includes('is not a value it knows'))).to.have.length(2);
  });

  it('valid values of each kind are accepted', async () => {
    const el = await place(CASES[1], {
      debug: '',
      mode: 'list',
      show: 'Worries, steps',
      step: '7',
      href: '/groups',
      'heading-level': '4',
      format: 'csv',
      cache: 'off',
    });
    await el.updateComplete;
    expect(attributeNotes(el)).to.have.length(0);
    expect(warnings).to.deep.equal([]);
  });
});

describe('the attribute checks', () => {
  it('oneOf: a listed word; empty only when optional', () => {
    expect(oneOf('variant', 'card', ['banner', 'card'])).to.deep.equal([]);
    expect(oneOf('variant', 'Card', ['banner', 'card'])).to.deep.equal([{ attribute: 'variant', value: 'Card', expected: 'one of banner, card' }]);
    expect(oneOf('variant', '', ['banner', 'card'])).to.have.length(1);
    expect(oneOf('format', '', ['csv'], true)).to.deep.equal([]);
  });

  it('listOf: every name known, commas or spaces between', () => {
    expect(listOf('attendance', 'online, in-person', ['online', 'in-person'])).to.deep.equal([]);
    expect(listOf('attendance', '', ['online'])).to.deep.equal([]);
    expect(listOf('attendance', 'online,post', ['online'])[0]?.value).to.equal('online,post');
    expect(listOf('show', 'Steps', ['steps'])).to.have.length(1);
    expect(listOf('show', 'Steps', ['steps'], true)).to.deep.equal([]);
  });

  it('numberFrom and headingLevel: in range, whole unless told, never empty', () => {
    expect(numberFrom('step', 3, 1, 7)).to.deep.equal([]);
    expect(numberFrom('step', 2.5, 1, 7)).to.have.length(1);
    expect(numberFrom('page-size', 2.5, 1, 500, false)).to.deep.equal([]);
    expect(numberFrom('step', Number.NaN, 1, 7)[0]?.value).to.equal('NaN');
    expect(numberFrom('step', ' ', 1, 7)).to.have.length(1);
    expect(headingLevel(2)).to.deep.equal([]);
    expect(headingLevel('6')).to.deep.equal([]);
    expect(headingLevel('1')[0]?.attribute).to.equal('heading-level');
    expect(headingLevel('')).to.have.length(1);
  });

  it('feedOptions: a known format and cache="off", or neither', () => {
    expect(feedOptions('', '')).to.deep.equal([]);
    expect(feedOptions('meeting-guide', 'off')).to.deep.equal([]);
    expect(feedOptions('xml', 'on').map((p) => p.attribute)).to.deep.equal(['format', 'cache']);
  });
});
