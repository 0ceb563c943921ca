import { expect } from '@open-wc/testing';
import { TOKENS } from '../../src/styles/tokens.js';
import { codeBlocks, linkedDocs, type CodeBlock } from './markdown.mjs';
import { asClassicScript, expectAccessible, expectQuiet, frameWindow, loadFrame, localise, runScript, settle } from './frame.js';
import { waitFor } from '../helpers/wait-for.js';

// Every code sample in docs/*.md, exercised: "the docs' code samples are
// exercised by a test or copied from tested files" (issue 7). The list of
// docs is the index, docs/README.md; test/node/docs-cli.test.mjs checks that
// the index lists every file in docs/ (and runs the sg-feed shell samples).

interface Manifest {
  modules: {
    declarations?: { tagName?: string; cssParts?: { name: string }[]; cssProperties?: { name: string }[]; events?: { name: string }[] }[];
  }[];
}

const index = await (await fetch('/docs/README.md')).text();
const names = ['README.md', ...linkedDocs(index).filter((name) => !name.includes('/'))];
const docs = await Promise.all(names.map(async (name) => ({ name, text: await (await fetch(`/docs/${name}`)).text() })));
const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const partsOf = new Map(elements.map((d) => [d.tagName!, new Set((d.cssParts ?? []).map((p) => p.name))]));
const allowedProperties = new Set([...TOKENS.map((t) => `--sg-${t.name}`), ...elements.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name))]);

/** Top-level rules in a stylesheet's text (comments removed), to compare with what the browser kept. */
function countRules(css: string): number {
  let depth = 0;
  let rules = 0;
  for (const ch of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (ch === '{' && depth++ === 0) rules++;
    if (ch === '}') depth--;
  }
  return rules;
}

/** Renders all four content elements with a stylesheet and checks them with axe, contrast included. */
async function checkTheme(css: string, label: string): Promise<void> {
  const background = /--sg-color-background:\s*([^;]+);/.exec(css)?.[1]?.trim() ?? '#ffffff';
  const frame = await loadFrame(
    `<sg-signpost variant="card"></sg-signpost>
     <sg-group-finder feed="/test/finder/fixtures/groups.json" cache="off" geocoder="off" page-size="2"></sg-group-finder>
     <sg-benefits show="compare,limits"></sg-benefits>
     <sg-what-to-expect></sg-what-to-expect>`,
    { head: `<style>${css}</style>`, pageStyle: `background: ${background}` },
  );
  try {
    await settle(frame);
    const doc = frame.contentDocument!;
    const win = frameWindow(frame);
    const wanted = win.getComputedStyle(doc.documentElement).getPropertyValue('--sg-color-text').trim();
    if (wanted) {
      const probe = doc.createElement('span');
      probe.style.color = wanted;
      doc.body.append(probe);
      const name = doc.querySelector('sg-signpost')!.shadowRoot!.querySelector('[part="contact-name"]')!;
      expect(win.getComputedStyle(name).color, `${label}: the theme reached the element`).to.equal(win.getComputedStyle(probe).color);
      probe.remove();
    }
    await expectAccessible(frame, label);
    expectQuiet(frame, label);
  } finally {
    frame.remove();
  }
}

function checkCss(block: CodeBlock, label: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(block.text);
  expect(sheet.cssRules.length, `${label}: every rule parses (the browser drops rules it cannot read)`).to.equal(countRules(block.text));
  for (const [, name] of block.text.matchAll(/(--sg-[\w-]+)/g)) {
    expect(allowedProperties.has(name!), `${label}: ${name} is not a token the elements read`).to.equal(true);
  }
  for (const [, tag, part] of block.text.matchAll(/([a-z][\w-]*)::part\(([\w-]+)\)/g)) {
    expect(partsOf.has(tag!), `${label}: <${tag}> is not one of our elements`).to.equal(true);
    expect(partsOf.get(tag!)!.has(part!), `${label}: <${tag}> has no part "${part}"`).to.equal(true);
  }
}

async function checkHtml(block: CodeBlock, label: string): Promise<void> {
  const frame = await loadFrame(localise(block.text));
  try {
    const found = await settle(frame);
    if (/<sg-/.test(block.text)) expect(found.length, `${label}: the sample has elements to upgrade`).to.be.greaterThan(0);
    for (const link of frame.contentDocument!.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
      await waitFor(() => link.sheet && link.sheet.cssRules.length > 0, `${label}: ${link.getAttribute('href')} loads`);
    }
    for (const el of found) expect(el.shadowRoot ?? el.localName === 'sg-feed', `${label}: <${el.localName}> upgraded`).to.be.ok;
    await expectAccessible(frame, label);
    expectQuiet(frame, label);
  } finally {
    frame.remove();
  }
}

/** A search box, a postcode box, a group, a helpline and a step: what a visitor does, and what the site's analytics hear. */
async function checkAnalytics(code: string, label: string, expected: readonly string[]): Promise<void> {
  const frame = await loadFrame(`
    <script>window.__calls = []; window.gtag = (...args) => __calls.push(args); window.plausible = (...args) => __calls.push(args);</script>
    <sg-signpost variant="card"></sg-signpost>
    <sg-group-finder feed="/test/finder/fixtures/groups.json" cache="off" geocoder="/__finder/geo"></sg-group-finder>
    <sg-what-to-expect mode="stepper"></sg-what-to-expect>`);
  try {
    const doc = frame.contentDocument!;
    const win = frameWindow(frame) as ReturnType<typeof frameWindow> & { __calls: unknown[][]; startWidgetAnalytics?: () => void };
    // Links here would leave the page (tel:, a new tab): the click still reaches the elements, only the navigation is stopped.
    doc.addEventListener('click', (e) => e.preventDefault(), true);
    runScript(frame, code);
    await settle(frame);
    const finder = doc.querySelector('sg-group-finder')!.shadowRoot!;
    const nextResults = () => new Promise<void>((resolve) => doc.addEventListener('sg-results', () => resolve(), { once: true }));
    const search = async (text: string) => {
      const input = finder.querySelector<HTMLInputElement>('[part="search-input"]')!;
      const done = nextResults();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await done;
    };

    await search('Circle');
    expect(win.__calls, `${label}: nothing is sent before the site starts it`).to.deep.equal([]);

    expect(win.startWidgetAnalytics, `${label}: defines startWidgetAnalytics()`).to.be.a('function');
    win.startWidgetAnalytics!();
    win.startWidgetAnalytics!();

    await search('Anxiety Circle');
    const where = finder.querySelector<HTMLInputElement>('[part="where-input"]')!;
    where.value = 'LS1 4AP';
    where.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    where.form!.requestSubmit();
    await waitFor(() => finder.querySelector('[part="radius-select"]'), 'the postcode was looked up');
    finder.querySelector<HTMLButtonElement>('[part="result-name"]')!.click();
    doc.querySelector('sg-signpost')!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="contact-link"]')!.click();
    doc.querySelector('sg-what-to-expect')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="next-button"]')!.click();

    const names = win.__calls.map((args) => String(args[0] === 'event' ? args[1] : args[0]));
    for (const name of expected) expect(names, `${label}: sends "${name}"`).to.include(name);
    expect(names.filter((n) => n === expected[expected.length - 1]), `${label}: one call per action, even when started twice`).to.have.length(1);
    const sent = JSON.stringify(win.__calls);
    expect(sent, `${label}: never sends the search text`).not.to.contain('Circle');
    expect(sent, `${label}: never sends the postcode`).not.to.match(/LS1|4AP/i);
    const search0 = win.__calls.find((args) => /search/i.test(String(args[0] === 'event' ? args[1] : args[0])))!;
    expect(JSON.stringify(search0), `${label}: sends the number of groups found`).to.match(/"results":"?\d+"?/);
    expectQuiet(frame, label);
  } finally {
    frame.remove();
  }
}

const ANALYTICS: Record<string, readonly string[]> = {
  gtag: ['sg_search', 'sg_group_open', 'sg_contact', 'sg_step'],
  plausible: ['Group search', 'Group opened', 'Contact chosen', 'First meeting step'],
};

async function checkJs(block: CodeBlock, label: string): Promise<void> {
  const stub = Object.keys(ANALYTICS).find((name) => new RegExp(`\\b${name}\\(`).test(block.text));
  if (stub) return checkAnalytics(block.text, label, ANALYTICS[stub]!);
  // Any other sample runs in a page with the elements, without errors.
  const frame = await loadFrame('<sg-signpost></sg-signpost>');
  try {
    await settle(frame);
    runScript(frame, asClassicScript(block.text));
    await new Promise((r) => setTimeout(r, 50));
    expectQuiet(frame, label);
  } finally {
    frame.remove();
  }
}

/** Imports in a TypeScript sample name modules and exports that exist (paths are from src/). */
async function checkTsImports(block: CodeBlock, label: string): Promise<void> {
  const imports = [...block.text.matchAll(/import\s*\{([^}]+)\}\s*from\s*['"]([^'"]+)['"]/g)];
  for (const [, names, from] of imports) {
    const local = from!.startsWith('./') ? from!.slice(2).replace(/\.js$/, '.ts') : undefined;
    const path = from === 'support-group-widgets' ? '/src/index.ts' : local ? (local.startsWith('src/') ? `/${local}` : `/src/${local}`) : undefined;
    if (!path) continue;
    const mod = (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
    for (const name of names!.split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type '))) {
      expect(mod[name.split(/\s+as\s+/)[0]!], `${label}: ${from} exports ${name}`).not.to.equal(undefined);
    }
  }
}

function checkJson(block: CodeBlock, label: string): void {
  try {
    JSON.parse(block.text);
  } catch {
    for (const line of block.text.split('\n').filter((l) => l.trim())) expect(() => JSON.parse(line), `${label}: ${line}`).not.to.throw();
  }
}

describe('docs samples', () => {
  before(async () => {
    const response = await fetch('/dist/support-group-widgets.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/support-group-widgets.js is missing: run `npm run build` first (npm test does).');
  });

  it('reads the docs index and every doc it lists', () => {
    expect(names.length).to.be.greaterThan(8);
    for (const doc of docs) expect(doc.text, doc.name).to.match(/^# /);
  });

  it('documents every token and every part the elements have', () => {
    const theming = docs.find((d) => d.name === 'theming.md')!.text;
    for (const name of allowedProperties) expect(theming, `theming.md mentions ${name}`).to.contain(`\`${name}\``);
    for (const [tag, parts] of partsOf) {
      const line = theming.split('\n- **').find((item) => item.startsWith(`\`<${tag}>\``));
      expect(line, `theming.md lists the parts of <${tag}>`).to.be.a('string');
      for (const part of parts) expect(line, `theming.md lists <${tag}>::part(${part})`).to.contain(`\`${part}\``);
    }
  });

  it('describes every event the elements fire, with the elements that fire it', () => {
    const analytics = docs.find((d) => d.name === 'analytics.md')!.text;
    const rows = analytics.split('\n').filter((line) => line.startsWith('| `sg-'));
    for (const el of elements) {
      for (const event of el.events ?? []) {
        const row = rows.find((r) => r.startsWith(`| \`${event.name}\` |`));
        expect(row, `analytics.md has a row for ${event.name}`).to.be.a('string');
        expect(row, `analytics.md says <${el.tagName}> fires ${event.name}`).to.contain(`<${el.tagName}>`);
      }
    }
  });

  for (const { name, text } of docs) {
    describe(name, () => {
      for (const block of codeBlocks(text)) {
        const label = `docs/${name}:${block.line} (${block.lang || 'text'})`;
        if (block.notTested) {
          // Listed as skipped, so the count of passes only counts checks that ran.
          it.skip(`${label} is left out: ${block.notTested}`, () => {});
          continue;
        }
        if (block.lang === 'html') {
          it(`${label} renders with the one-file script and passes axe`, async () => checkHtml(block, label));
        } else if (block.lang === 'css') {
          it(`${label} parses and uses only real tokens and parts`, () => checkCss(block, label));
          if (block.example) it(`${label} (${block.example}) keeps every element accessible, contrast included`, async () => checkTheme(block.text, label));
        } else if (block.lang === 'js' || block.lang === 'javascript') {
          it(`${label} runs${/gtag\(|plausible\(/.test(block.text) ? ' with a stub, sending only after opt-in and never the search text or postcode' : ' without errors'}`, async () => checkJs(block, label));
        } else if (block.lang === 'json') {
          it(`${label} is valid JSON (one value, or one per line)`, () => checkJson(block, label));
        } else if (block.lang === 'ts') {
          it(`${label} imports names that exist`, async () => checkTsImports(block, label));
        }
        // sh: test/node/docs-cli.test.mjs; csv and text: shown, not run (csv files are checked by sg-feed there).
      }
    });
  }
});
