import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/benefits/benefits.js';
import type { SgBenefits } from '../../src/components/benefits/benefits.component.js';
import { mount } from '../helpers/mount.js';

const root = (el: SgBenefits) => el.shadowRoot!;
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const all = <T extends Element = HTMLElement>(el: SgBenefits, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const texts = (el: SgBenefits, selector: string) => all(el, selector).map((n) => squash(n.textContent));

/** Text of an element as shown, following slots to what the page put in them. */
function shownText(node: Element): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child instanceof HTMLSlotElement) {
      const assigned = child.assignedNodes({ flatten: true });
      out += assigned.length ? assigned.map((n) => n.textContent).join('') : shownText(child);
    } else if (child instanceof Element) out += shownText(child);
    else if (child.nodeType === Node.TEXT_NODE) out += child.textContent ?? '';
  }
  return squash(out);
}
/** Headings a visitor can see, as "h3 Title". */
const headings = (el: SgBenefits) =>
  all(el, 'h2, h3, h4, h5, h6')
    .filter((h) => h.checkVisibility())
    .map((h) => `${h.localName} ${shownText(h)}`);
const sectionHeadings = (el: SgBenefits) => all(el, '.section__heading').map((h) => shownText(h));

describe('<sg-benefits>', () => {
  afterEach(() => setViewport({ width: 1024, height: 768 }));

  describe('default content', () => {
    it('shows all four sections by default, with real headings in order', async () => {
      const el = await fixture<SgBenefits>(html`<sg-benefits></sg-benefits>`);
      expect(headings(el).slice(0, 2)).to.deep.equal(['h2 How a peer support group can help', 'h3 What a group can give you']);
      expect(sectionHeadings(el)).to.deep.equal([
        'What a group can give you',
        'Groups, talking therapy and medication',
        'Not for everyone',
        'What the research says',
      ]);
      expect(headings(el)).to.include.members(['h4 What makes a group work well', 'h4 Sources']);
      await expect(el).to.be.accessible();
    });

    it('lists seven benefits, each with a line and an everyday example', async () => {
      const el = await fixture<SgBenefits>(html`<sg-benefits show="benefits"></sg-benefits>`);
      expect(texts(el, '.item__heading')).to.deep.equal([
        'You are not alone',
        'A safe place to talk',
        'Ideas that have worked for others',
        'Hope for the future',
        'Encouragement to keep going',
        'More confidence with people',
        'Less shame',
      ]);
      const examples = texts(el, '.item__example');
      expect(examples).to.have.length(7);
      for (const example of examples) expect(example).to.match(/^For example: \S/);
      expect(all(el, '.item__text')).to.have.length(7);
    });

    it('is honest about limits and says what makes a group work', async () => {
      const el = await fixture<SgBenefits>(html`<sg-benefits show="limits"></sg-benefits>`);
      expect(sectionHeadings(el)).to.deep.equal(['Not for everyone']);
      expect(texts(el, '.item__heading')).to.deep.equal([
        'It can feel hard at first',
        'Groups are all different',
        'It does not replace care',
      ]);
      expect(squash(root(el).textContent)).to.contain('It works best alongside them.');
      expect(texts(el, '.works__title')).to.deep.equal([
        'A skilled facilitator',
        'A manageable size',
        'Structure, with room to be flexible',
        'Regular meetings',
        'Open to everyone',
      ]);
      await expect(el).to.be.accessible();
    });

    it('gives the honest research summary and links each source that has an address', async () => {
      const el = await fixture<SgBenefits>(html`<sg-benefits show="research"></sg-benefits>`);
      expect(shownText(root(el).querySelector('.research__summary')!)).to.contain(
        'There is little evidence that it reduces symptoms or hospital stays on its own.',
      );
      const citations = texts(el, '.source__citation');
      expect(citations).to.have.length(6);
      for (const [name, year] of [
        ['Lloyd-Evans', '2014'],
        ['Pistrang', '2008'],
        ['White', '2020'],
        ['Chien', '2019'],
        ['NICE', 'CG178'],
        ['Mental Health Foundation', '2012'],
      ]) {
        expect(citations.some((c) => c.includes(name!) && c.includes(year!)), name).to.equal(true);
      }
      const links = all<HTMLAnchorElement>(el, '.source__citation a').map((a) => a.getAttribute('href'));
      expect(links).to.include.members([
        'https://doi.org/10.1186/1471-244X-14-39',
        'https://doi.org/10.1007/s10464-008-9181-0',
        'https://www.nice.org.uk/guidance/cg178',
      ]);
      expect(squash(root(el).textContent)).to.contain('“limited but promising”');
      await expect(el).to.be.accessible();
    });

    it('compares groups with therapy and medication as complements, never saying medication cannot help', async () => {
      const el = await fixture<SgBenefits>(html`<sg-benefits show="compare"></sg-benefits>`);
      expect(texts(el, 'tbody th')).to.deep.equal([
        'Shared experience',
        'Who leads it',
        'Cost',
        'Waiting times',
        'Meeting others like you',
        'Flexibility',
        'Stigma',
      ]);
      const words = squash(root(el).textContent);
      expect(words).to.contain('They can work well together');
      expect(words).to.contain('it helps many people');
      expect(words).to.contain('Prescription charges may apply in England');
      expect(words).to.contain('Waiting times vary and can be long');
      expect(words).not.to.match(/better than|cannot help|can't help|does not work|£\d|\d+\s*weeks/i);
    });
  });

  describe('show and layout', () => {
    it('shows only the sections named in show, in the element’s order', async () => {
      const el = await fixture<SgBenefits>(html`<sg-benefits show="research, benefits"></sg-benefits>`);
      expect(sectionHeadings(el)).to.deep.equal(['What a group can give you', 'What the research says']);
      expect(root(el).querySelector('table')).to.equal(null);
    });

    it('warns about a section it does not know, shows everything, and tells the editor in debug mode', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await fixture<SgBenefits>(html`<sg-benefits show="benefit" debug></sg-benefits>`);
        expect(sectionHeadings(el)).to.have.length(4);
        expect(warnings.map((w) => String(w[0])).join('\n')).to.contain('show="benefit"');
        expect(squash(root(el).querySelector('.editor-note')?.textContent)).to.contain('benefits, compare, limits, research');
        await expect(el).to.be.accessible();
      } finally {
        console.warn = original;
      }
    });

    it('puts benefits side by side as cards, and one under another as a list', async () => {
      const cards = await fixture<SgBenefits>(html`<sg-benefits show="benefits"></sg-benefits>`);
      const [a, b] = all(cards, '.item');
      expect(a!.getBoundingClientRect().top).to.equal(b!.getBoundingClientRect().top);
      expect(getComputedStyle(a!).borderTopWidth).not.to.equal('0px');

      const list = await fixture<SgBenefits>(html`<sg-benefits show="benefits" layout="list"></sg-benefits>`);
      const [c, d] = all(list, '.item');
      expect(d!.getBoundingClientRect().top).to.be.greaterThan(c!.getBoundingClientRect().bottom - 1);
      expect(getComputedStyle(c!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      await expect(list).to.be.accessible();
    });

    it('starts its headings at heading-level', async () => {
      const el = await fixture<SgBenefits>(html`<sg-benefits heading-level="3" show="benefits"></sg-benefits>`);
      expect(headings(el).slice(0, 3)).to.deep.equal([
        'h3 How a peer support group can help',
        'h4 What a group can give you',
        'h5 You are not alone',
      ]);
    });
  });

  describe('comparison table', () => {
    it('is a real table at 1024px: caption, column and row headers with scopes, no repeated labels', async () => {
      await setViewport({ width: 1024, height: 768 });
      const el = await fixture<SgBenefits>(html`<sg-benefits show="compare"></sg-benefits>`);
      const table = root(el).querySelector('table')!;
      expect(shownText(table.querySelector('caption')!)).to.equal(
        'How peer support groups, talking therapy and medication compare',
      );
      expect(getComputedStyle(table).display).to.equal('table');
      expect(all(el, 'thead th[scope="col"]').map((th) => squash(th.textContent))).to.deep.equal([
        'What we compare',
        'Peer support group',
        'Talking therapy',
        'Medication',
      ]);
      expect(all(el, 'tbody th[scope="row"]')).to.have.length(7);
      expect(all(el, 'tbody td')).to.have.length(21);
      expect(all(el, '.compare__label').some((l) => l.checkVisibility())).to.equal(false);
      expect(all(el, 'thead th')[1]!.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('stacks into cards at 320px, keeping table semantics and a visible column label on every value', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<SgBenefits>(html`<sg-benefits show="compare"></sg-benefits>`);
      const table = root(el).querySelector('table')!;
      expect(table.querySelector('caption')).to.exist;
      expect(all(el, 'th[scope="col"]')).to.have.length(4);
      expect(all(el, 'th[scope="row"]')).to.have.length(7);
      const columns = all(el, 'thead th').map((th) => squash(th.textContent)).slice(1);
      for (const row of all(el, 'tbody tr')) {
        const cells = [...row.querySelectorAll('td')];
        const top = cells.map((c) => c.getBoundingClientRect().top);
        // Stacked: each value sits below the one before it, not beside it.
        expect(top[1]).to.be.greaterThan(top[0]!);
        expect(top[2]).to.be.greaterThan(top[1]!);
        cells.forEach((cell, i) => {
          const label = cell.querySelector<HTMLElement>('.compare__label')!;
          expect(label.checkVisibility(), `label in ${squash(row.textContent)}`).to.equal(true);
          expect(squash(label.textContent)).to.equal(columns[i]);
          expect(label.getBoundingClientRect().top).to.be.lessThan(
            cell.querySelector('.compare__value')!.getBoundingClientRect().top,
          );
        });
      }
      // Nothing spills sideways on a small phone.
      expect(table.getBoundingClientRect().right).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });
  });

  describe('replacing the words from the feed', () => {
    it('uses the feed’s benefits and comparison rows, as text never markup, skipping broken rows', async () => {
      const el = await fixture<SgBenefits>(html`<sg-benefits
        .content=${{
          benefits: [
            { title: 'Friends who get it', text: 'Our members <b>understand</b>.', example: 'Tea after the meeting.' },
            { title: '', text: 'No title, left out' },
          ],
          comparison: [
            { aspect: 'Cost', peer: 'Free at Example Mind', therapy: 'Free on the NHS', medication: 'Ask your GP' },
            { aspect: 'Broken', peer: 'no other cells' },
          ],
        }}
      ></sg-benefits>`);
      expect(texts(el, '.section--benefits .item__heading')).to.deep.equal(['Friends who get it']);
      expect(texts(el, '.section--benefits .item__text')).to.deep.equal(['Our members <b>understand</b>.']);
      expect(root(el).querySelector('.item__text b')).to.equal(null);
      expect(texts(el, '.item__example')).to.deep.equal(['For example: Tea after the meeting.']);
      expect(texts(el, 'tbody th')).to.deep.equal(['Cost']);
      expect(texts(el, 'tbody td .compare__value')).to.deep.equal(['Free at Example Mind', 'Free on the NHS', 'Ask your GP']);
      await expect(el).to.be.accessible();
    });

    it('accepts a comparison with its own caption and column names', async () => {
      const el = await fixture<SgBenefits>(html`<sg-benefits
        show="compare"
        .content=${{
          comparison: {
            caption: 'Our groups and other help',
            columns: { peer: 'Our groups' },
            rows: [{ aspect: 'Who leads', peer: 'Volunteers', therapy: 'A therapist', medication: 'A doctor' }],
          },
        }}
      ></sg-benefits>`);
      expect(shownText(root(el).querySelector('caption')!)).to.equal('Our groups and other help');
      expect(texts(el, 'thead th')).to.deep.equal(['What we compare', 'Our groups', 'Talking therapy', 'Medication']);
    });

    it('falls back to the built-in words when the feed’s comparison is unusable', async () => {
      const el = await fixture<SgBenefits>(html`<sg-benefits show="compare" .content=${{ comparison: 'a table' }}></sg-benefits>`);
      expect(all(el, 'tbody tr')).to.have.length(7);
    });
  });

  describe('replacing the words in the page’s HTML', () => {
    it('reads benefits, the table, limits, group tips and sources from template children, and slotted text', async () => {
      const el = await fixture<SgBenefits>(html`<sg-benefits>
        <span slot="heading">Why join one of our groups?</span>
        <p slot="intro">Our groups are run by volunteers.</p>
        <template data-benefit>
          <h3>Company</h3>
          <p>You meet people who understand. <a href="https://example.org/stories">Read their stories</a>.</p>
          <p data-example>Sam found a walking buddy.</p>
          <script>window.__sgBenefitsRan = true;</script>
        </template>
        <template data-comparison>
          <table>
            <thead><tr><th>Thing</th><th>Our groups</th><th>Counselling</th><th>Tablets</th></tr></thead>
            <tbody><tr><th>Cost</th><td>Free</td><td>Varies</td><td>Prescription charge</td></tr></tbody>
          </table>
        </template>
        <template data-limit><h4>Not a crisis service</h4><p>We meet once a week.</p></template>
        <template data-works><p>Trained volunteers</p></template>
        <template data-source><h4>Example Mind survey (2025)</h4><p>Members told us they felt less alone.</p></template>
      </sg-benefits>`);
      await aTimeout(0);
      expect(headings(el)[0]).to.equal('h2 Why join one of our groups?');
      expect(shownText(root(el).querySelector('.intro')!)).to.equal('Our groups are run by volunteers.');
      expect(texts(el, '.section--benefits .item__heading')).to.deep.equal(['Company']);
      const link = root(el).querySelector<HTMLAnchorElement>('.item__text a');
      expect(link?.href).to.equal('https://example.org/stories');
      expect(texts(el, '.item__example')).to.deep.equal(['For example: Sam found a walking buddy.']);
      expect(root(el).querySelector('script')).to.equal(null);
      expect((window as { __sgBenefitsRan?: boolean }).__sgBenefitsRan).to.equal(undefined);
      expect(texts(el, 'thead th')).to.deep.equal(['Thing', 'Our groups', 'Counselling', 'Tablets']);
      expect(texts(el, 'tbody td .compare__value')).to.deep.equal(['Free', 'Varies', 'Prescription charge']);
      expect(texts(el, '.section--limits .item__heading')).to.deep.equal(['Not a crisis service']);
      expect(texts(el, '.works__item')).to.deep.equal(['Trained volunteers']);
      expect(texts(el, '.source__citation')).to.deep.equal(['Example Mind survey (2025)']);
      expect(texts(el, '.source__finding')).to.deep.equal(['Members told us they felt less alone.']);
      await expect(el).to.be.accessible();
    });

    it('wins over the feed, and takes effect when a template is added later', async () => {
      const el = await fixture<SgBenefits>(html`<sg-benefits
        show="benefits"
        .content=${{ benefits: [{ title: 'From the feed', text: 'Feed words' }] }}
      ></sg-benefits>`);
      expect(texts(el, '.item__heading')).to.deep.equal(['From the feed']);
      const template = document.createElement('template');
      template.setAttribute('data-benefit', '');
      template.innerHTML = '<h3>From the page</h3><p>Editor words</p>';
      el.append(template);
      await aTimeout(0);
      await el.updateComplete;
      expect(texts(el, '.item__heading')).to.deep.equal(['From the page']);
    });
  });

  describe('Welsh', () => {
    it('speaks Welsh under lang="cy", keeping English citations marked as English', async () => {
      const wrapper = await mount(html`<sg-benefits></sg-benefits>`, { lang: 'cy' });
      const el = wrapper.querySelector('sg-benefits')!;
      await el.updateComplete;
      expect(headings(el)[0]).to.equal('h2 Sut gall grŵp cymorth cymheiriaid helpu');
      expect(texts(el, '.section--benefits .item__heading')[0]).to.equal('Dydych chi ddim ar eich pen eich hun');
      expect(texts(el, '.item__example')[0]).to.match(/^Er enghraifft: /);
      expect(texts(el, 'thead th')).to.deep.equal([
        'Beth rydyn ni’n ei gymharu',
        'Grŵp cymorth cymheiriaid',
        'Therapi siarad',
        'Meddyginiaeth',
      ]);
      expect(root(el).querySelector('.base')!.getAttribute('lang')).to.equal('cy');
      expect(all(el, '.source__citation').every((c) => c.getAttribute('lang') === 'en')).to.equal(true);
      expect(squash(root(el).textContent)).not.to.contain('For example');
      await expect(el).to.be.accessible();
    });

    it('switches language when the page’s lang changes', async () => {
      const el = await fixture<SgBenefits>(html`<sg-benefits show="limits"></sg-benefits>`);
      el.setAttribute('lang', 'cy');
      await aTimeout(0);
      await el.updateComplete;
      expect(sectionHeadings(el)).to.deep.equal(['Nid i bawb']);
    });
  });
});
