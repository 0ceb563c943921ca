/**
 * The embed builder (demo/builder.html): an editor picks an element, sets its
 * options, sees it live and copies the code for their website.
 *
 * The controls come from custom-elements.json (written from each element's
 * JSDoc), so a new attribute shows up here without touching this file: a
 * checkbox for a boolean, a list for a set of values (a union type, the
 * values the description names in backticks, or those of the same attribute
 * on an element the description points to), a text box otherwise. The
 * wording below only makes the labels plainer for editors.
 *
 * Demo only: nothing here is part of the library bundle. Nothing the editor
 * types is ever parsed as markup: the preview is built with createElement and
 * setAttribute, and the snippet escapes every attribute value.
 */
import '../src/index.js';
import { VERSION } from '../src/version.js';

// ---------------------------------------------------------------------------
// The manifest, as far as the builder reads it.

export interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
  inheritedFrom?: { name: string };
}

export interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: ManifestAttribute[];
}

export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

/** The four elements an editor places on a page, in the order offered. */
export const ELEMENTS = [
  { tag: 'sg-group-finder', label: 'Group finder' },
  { tag: 'sg-signpost', label: 'Crisis help' },
  { tag: 'sg-benefits', label: 'Why go to a group' },
  { tag: 'sg-what-to-expect', label: 'Your first group' },
] as const;

export type Tag = (typeof ELEMENTS)[number]['tag'];

/** The ready-made looks in themes/*.css ('' = no theme file). */
export const THEMES = [
  { file: '', label: 'None (the built-in look)' },
  { file: 'default', label: 'Default: the built-in colours, written out to change' },
  { file: 'soft', label: 'Soft: calm, warm colours and rounder corners' },
  { file: 'high-contrast', label: 'High contrast' },
  { file: 'dark', label: 'Dark: for pages with a dark background' },
] as const;

export const DEFAULT_BASE = `https://cdn.jsdelivr.net/npm/support-group-widgets@${VERSION}`;

// ---------------------------------------------------------------------------
// Plain-English wording. Keys are attribute names, or `tag attribute` where an
// element means something of its own. Anything missing falls back to the
// manifest's description, so a new attribute is never left out.

interface Wording {
  label: string;
  hint?: string;
  /** Labels for the attribute's values. */
  values?: Record<string, string>;
  /** Several values can be chosen together (written comma-separated). */
  multiple?: boolean;
}

const REGION_NAMES: Record<string, string> = {
  uk: 'The whole UK',
  england: 'England',
  scotland: 'Scotland',
  wales: 'Wales',
  'northern-ireland': 'Northern Ireland',
  ireland: 'Ireland',
};

const WORDING: Record<string, Wording> = {
  feed: {
    label: 'Address of your groups feed',
    hint: 'The web address of your list of groups: our JSON format, Open Referral UK, Meeting Guide or a CSV spreadsheet. The preview changes when you press Enter or leave the box.',
  },
  'sg-signpost feed': {
    label: 'Address of your groups feed (optional)',
    hint: 'Leave empty to show only the built-in helplines. A feed can add your own contacts.',
  },
  'sg-benefits feed': {
    label: 'Address of your groups feed (optional)',
    hint: 'Only needed if your feed changes the words shown.',
  },
  'sg-what-to-expect feed': {
    label: 'Address of your groups feed (optional)',
    hint: 'Only needed if your feed changes the words shown.',
  },
  format: {
    label: 'Feed format',
    hint: 'Usually the widget can tell by itself.',
    values: {
      '': 'Work it out for me',
      native: 'Our JSON format',
      'open-referral': 'Open Referral UK',
      'meeting-guide': 'Meeting Guide',
      csv: 'CSV spreadsheet',
    },
  },
  cache: {
    label: 'Do not keep a copy of the feed in the visitor’s browser',
    hint: 'Then the feed is loaded again on every page.',
  },
  debug: {
    label: 'Show messages for editors',
    hint: 'Shows problems with the feed or the settings on the page. Turn this off before you publish.',
  },
  'heading-level': {
    label: 'Heading level',
    hint: 'Pick the level that fits your page. If the widget sits under a level 2 heading, pick 3.',
    values: { '2': 'Level 2', '3': 'Level 3', '4': 'Level 4', '5': 'Level 5', '6': 'Level 6' },
  },
  region: { label: 'Where your visitors live', hint: 'Which helplines to show.', values: REGION_NAMES },
  'sg-group-finder region': {
    label: 'Where your visitors live',
    hint: 'Which helplines to show if the groups cannot load.',
    values: REGION_NAMES,
  },
  variant: {
    label: 'Size',
    values: { banner: 'Banner', compact: 'Compact: one line and a button for more', card: 'Card: every contact listed' },
  },
  sticky: { label: 'Stay at the top of the screen while people scroll' },
  dismissible: { label: 'Let visitors hide it', hint: 'A small button brings it back.' },
  topics: {
    label: 'Topics to start with (optional)',
    hint: 'Topics from your feed, with commas between them, like anxiety,carers.',
  },
  attendance: {
    label: 'Ways of joining to start with (optional)',
    multiple: true,
    values: { 'in-person': 'In person', online: 'Online', hybrid: 'In person and online', phone: 'By phone' },
  },
  near: { label: 'Place to start from (optional)', hint: 'A town or postcode. Distances are measured from here.' },
  radius: { label: 'Distance limit in miles', hint: '0 means any distance.' },
  'page-size': { label: 'Groups shown at first', hint: 'More appear when someone presses “Show more groups”.' },
  online: {
    label: 'Online and phone groups',
    values: { with: 'Show with the others', apart: 'Show in their own list', only: 'Only show these', hide: 'Do not show' },
  },
  geocoder: {
    label: 'Town and postcode search service',
    hint: 'Leave this as it is, or type off to hide the town or postcode box. Nothing is sent until a visitor searches.',
  },
  'what-to-expect': {
    label: 'Link to your “first group” page (optional)',
    hint: 'Where the link “What happens at a first group?” goes, like #first-group or https://example.org/first-group.',
  },
  'sync-url': {
    label: 'Keep the search in the page address',
    hint: 'So people can share a search, and the back button works.',
  },
  'structured-data': {
    label: 'Help search engines list your groups',
    hint: 'Adds details of the groups shown that Google and others can read.',
  },
  'sg-benefits show': {
    label: 'Parts to show',
    hint: 'Tick none to show them all.',
    values: {
      benefits: 'How a group can help',
      compare: 'Compared with therapy and medicine',
      limits: 'When a group may not suit you',
      research: 'What the research says',
    },
  },
  'sg-what-to-expect show': {
    label: 'Parts to show',
    hint: 'Tick none to show both.',
    values: { steps: 'The steps of a first meeting', worries: 'Common worries' },
  },
  layout: { label: 'Layout', values: { cards: 'Cards', list: 'A list' } },
  mode: { label: 'How the steps are shown', values: { stepper: 'One step at a time', list: 'All steps at once' } },
  step: { label: 'Step to start on', hint: 'Only used when the steps are shown one at a time.' },
  href: {
    label: 'Where “Find a group” goes (optional)',
    hint: 'Leave empty to move to the group finder on the same page, or give an address like https://example.org/groups.',
  },
};

// ---------------------------------------------------------------------------
// From the manifest to form controls.

interface ControlBase {
  /** The attribute. */
  name: string;
  label: string;
  hint: string;
  /** The attribute's value when it is left out. */
  fallback: string;
  /** Belongs with the feed options (inherited from the feed base class). */
  feed: boolean;
}

export type Control =
  | (ControlBase & { kind: 'checkbox'; value: string | null })
  | (ControlBase & { kind: 'select'; options: { value: string; label: string }[] })
  | (ControlBase & { kind: 'choices'; options: { value: string; label: string }[] })
  | (ControlBase & { kind: 'text' | 'number' | 'url' });

/** `'a' | 'b' | 'c'` → ['a', 'b', 'c']; anything else → undefined. */
export function unionValues(typeText: string | undefined): string[] | undefined {
  if (!typeText) return undefined;
  const parts = typeText.split('|').map((part) => part.trim());
  if (parts.length < 2 || !parts.every((part) => /^(['"]).*\1$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

/** A value as an attribute takes it: lower case words joined by hyphens (`northern-ireland`), or a number. */
const PLAIN_VALUE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The plain values a description names, in the forms our JSDoc uses:
 * - each in backticks: "`banner` (default), `compact` or `card`",
 *   "`stepper`: one step at a time. `list`: every step";
 * - a list in one pair of backticks, split by `|` or by a comma and a space:
 *   "`uk | england | wales`", "`'cards' | 'list'`", "`steps, worries`".
 * Not values: an example ("e.g. `anxiety`", "like `#top`", "such as `carers`"),
 * a value made of several (`anxiety,carers`, `lat,lng`: a comma with no space),
 * an element (`<sg-feed>`) or a scheme (`https:`).
 */
export function describedValues(description: string | undefined): string[] {
  const found: string[] = [];
  for (const match of (description ?? '').matchAll(/`([^`]+)`/g)) {
    const before = (description ?? '').slice(0, match.index).trimEnd();
    if (/(\be\.g\.|\bfor example,?|\blike|\bsuch as)$/i.test(before)) continue;
    const items = match[1]!.split(/\s*\|\s*|,\s+/).map((item) => item.trim().replace(/^(['"])(.*)\1$/, '$2'));
    if (!items.every((item) => PLAIN_VALUE.test(item))) continue;
    for (const item of items) if (!found.includes(item)) found.push(item);
  }
  return found;
}

/** The values an attribute names itself: its union type, else its description. */
function ownValues(attribute: ManifestAttribute): string[] {
  return unionValues(attribute.type?.text) ?? describedValues(attribute.description);
}

/** The elements a description points to: "(see `<sg-signpost>`)" → ['sg-signpost']. */
function elementsNamed(description: string | undefined): string[] {
  return [...(description ?? '').matchAll(/`<([a-z][a-z0-9]*-[a-z0-9-]*)>`/g)].map((match) => match[1]!);
}

/**
 * The values of an attribute that names none itself, from the same attribute
 * on an element it points to, or that points to it. The finder's `region` says
 * it is the signpost's (see `<sg-signpost>`), so the two share one list, which
 * either description may name.
 */
export function sharedValues(tag: string, name: string, elements: ReadonlyMap<string, readonly ManifestAttribute[]>): string[] {
  const own = elements.get(tag)?.find((attribute) => attribute.name === name);
  for (const [other, attributes] of elements) {
    if (other === tag) continue;
    const same = attributes.find((attribute) => attribute.name === name);
    if (!same) continue;
    if (!elementsNamed(own?.description).includes(other) && !elementsNamed(same.description).includes(tag)) continue;
    const values = ownValues(same);
    if (values.length > 0) return values;
  }
  return [];
}

/** A manifest default as the attribute would read: `'uk'` → uk, `20` → 20. */
function unquote(value: string | undefined): string {
  if (value === undefined) return '';
  const text = value.trim();
  return /^(['"`]).*\1$/.test(text) ? text.slice(1, -1) : text;
}

function plain(description: string | undefined): string {
  return (description ?? '').replace(/`/g, '');
}

/**
 * The element's attributes as form controls, in the manifest's order. With
 * every element's attributes (`elements`), an attribute that names no values
 * can take those of the attribute it shares (see sharedValues).
 */
export function controlsFor(
  tag: string,
  attributes: readonly ManifestAttribute[],
  elements: ReadonlyMap<string, readonly ManifestAttribute[]> = new Map(),
): Control[] {
  return attributes.map((attribute): Control => {
    const wording = WORDING[`${tag} ${attribute.name}`] ?? WORDING[attribute.name];
    const base: ControlBase = {
      name: attribute.name,
      label: wording?.label ?? attribute.name,
      hint: wording?.hint ?? (wording ? '' : plain(attribute.description)),
      fallback: unquote(attribute.default),
      feed: attribute.inheritedFrom?.name === 'SgFeedElement',
    };
    const type = attribute.type?.text ?? 'string';
    const label = (value: string) => wording?.values?.[value] ?? (value || 'Not set');
    if (type === 'boolean') return { ...base, kind: 'checkbox', value: null, fallback: '' };

    const values = ownValues(attribute);
    if (values.length === 0) values.push(...sharedValues(tag, attribute.name, elements));
    const range = /\((\d)\s*[–-]\s*(\d)\)/.exec(attribute.description ?? '');
    if (values.length === 0 && range && /number/.test(type)) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) values.push(String(n));
    }
    const multiple = wording?.multiple || /comma-separated/i.test(attribute.description ?? '');

    if (values.length >= 2 && multiple && !values.some((v) => v.includes(','))) {
      return { ...base, kind: 'choices', options: values.map((value) => ({ value, label: label(value) })) };
    }
    if (values.length >= 2) {
      const options = values.includes(base.fallback) ? values : [base.fallback, ...values];
      return { ...base, kind: 'select', options: options.map((value) => ({ value, label: label(value) })) };
    }
    // One named value and nothing by default, like cache="off": a tick box that writes it.
    if (values.length === 1 && base.fallback === '') return { ...base, kind: 'checkbox', value: values[0]! };
    if (/^number$/.test(type)) return { ...base, kind: 'number' };
    if (attribute.name === 'feed') return { ...base, kind: 'url' };
    return { ...base, kind: 'text' };
  });
}

/** Each element's attributes from the manifest, keyed by tag. */
export function elementsIn(manifest: Manifest): Map<string, ManifestAttribute[]> {
  const found = new Map<string, ManifestAttribute[]>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) found.set(declaration.tagName, declaration.attributes ?? []);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------
// The code to copy.

/** A value that is safe inside a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface Embed {
  tag: string;
  /** Attribute name and value, in order; '' for a boolean attribute. */
  attributes: [string, string][];
  theme: string;
  base: string;
}

export function packageUrl(base: string): string {
  return (base.trim() || DEFAULT_BASE).replace(/\/+$/, '');
}

export function scriptUrl(base: string): string {
  return `${packageUrl(base)}/dist/support-group-widgets.js`;
}

export function themeUrl(base: string, theme: string): string {
  return `${packageUrl(base)}/themes/${theme}.css`;
}

/** The element as HTML: `<sg-signpost region="wales" sticky></sg-signpost>`. */
export function elementMarkup(tag: string, attributes: readonly [string, string][]): string {
  const written = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  return `<${tag}${written.join('')}></${tag}>`;
}

/** The whole snippet: theme link (if any), the script tag, the element. */
export function snippet(embed: Embed): string {
  const lines: string[] = [];
  if (embed.theme) lines.push(`<link rel="stylesheet" href="${escapeAttribute(themeUrl(embed.base, embed.theme))}">`);
  lines.push(`<script src="${escapeAttribute(scriptUrl(embed.base))}" defer></script>`);
  lines.push(elementMarkup(embed.tag, embed.attributes));
  return lines.join('\n');
}

// ---------------------------------------------------------------------------
// The page.

type Values = Map<string, string | boolean>;

function byId<T extends HTMLElement>(root: ParentNode, id: string): T {
  const found = root.querySelector<T>(`#${id}`);
  if (!found) throw new Error(`The builder page has no #${id}`);
  return found;
}

function make<K extends keyof HTMLElementTagNameMap>(
  name: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A label, its hint (linked by aria-describedby) and the control, in one field. */
function field(control: HTMLInputElement | HTMLSelectElement, label: string, hint: string, labelFirst = true): HTMLElement {
  const wrapper = make('div', { class: labelFirst ? 'field' : 'field field--check' });
  const labelEl = make('label', { for: control.id }, label);
  const parts: HTMLElement[] = labelFirst ? [labelEl] : [control, labelEl];
  if (hint) {
    const hintEl = make('p', { class: 'hint', id: `${control.id}-hint` }, hint);
    control.setAttribute('aria-describedby', hintEl.id);
    parts.push(hintEl);
  }
  if (labelFirst) parts.push(control);
  wrapper.append(...parts);
  return wrapper;
}

function renderControl(tag: string, control: Control, values: Values): HTMLElement {
  const id = `opt-${tag}-${control.name}`;
  const current = values.get(control.name);
  switch (control.kind) {
    case 'checkbox': {
      const input = make('input', { type: 'checkbox', id, name: control.name });
      input.checked = current === true;
      return field(input, control.label, control.hint, false);
    }
    case 'select': {
      const select = make('select', { id, name: control.name });
      for (const option of control.options) {
        const el = make('option', { value: option.value }, option.label);
        el.selected = option.value === current;
        select.append(el);
      }
      return field(select, control.label, control.hint);
    }
    case 'choices': {
      const chosen = String(current ?? '').split(',');
      const fieldset = make('fieldset', { class: 'choices' });
      fieldset.append(make('legend', {}, control.label));
      if (control.hint) {
        const hint = make('p', { class: 'hint', id: `${id}-hint` }, control.hint);
        fieldset.setAttribute('aria-describedby', hint.id);
        fieldset.append(hint);
      }
      for (const option of control.options) {
        const input = make('input', { type: 'checkbox', id: `${id}-${option.value}`, name: control.name, value: option.value });
        input.checked = chosen.includes(option.value);
        fieldset.append(field(input, option.label, '', false));
      }
      return fieldset;
    }
    default: {
      const input = make('input', { type: control.kind === 'number' ? 'number' : 'text', id, name: control.name });
      if (control.kind === 'number') input.setAttribute('min', '0');
      if (control.kind === 'url') {
        input.setAttribute('inputmode', 'url');
        input.setAttribute('spellcheck', 'false');
        input.setAttribute('autocomplete', 'off');
      }
      input.value = String(current ?? '');
      return field(input, control.label, control.hint);
    }
  }
}

/** What the form says about one control, as the value to keep. */
function readControl(form: HTMLFormElement, tag: string, control: Control): string | boolean {
  const id = `opt-${tag}-${control.name}`;
  if (control.kind === 'checkbox') return form.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`)?.checked ?? false;
  if (control.kind === 'choices') {
    return control.options
      .filter((option) => form.querySelector<HTMLInputElement>(`#${CSS.escape(`${id}-${option.value}`)}`)?.checked)
      .map((option) => option.value)
      .join(',');
  }
  return form.querySelector<HTMLInputElement | HTMLSelectElement>(`#${CSS.escape(id)}`)?.value ?? '';
}

/** The attributes to write: only what differs from the element's own default. */
export function attributesFor(controls: readonly Control[], values: Values): [string, string][] {
  const written: [string, string][] = [];
  for (const control of controls) {
    const value = values.get(control.name);
    if (control.kind === 'checkbox') {
      if (value === true) written.push([control.name, control.value ?? '']);
      continue;
    }
    const text = String(value ?? '').trim();
    if (text !== '' && text !== control.fallback) written.push([control.name, text]);
  }
  return written;
}

export interface BuilderOptions {
  /** Where custom-elements.json is. */
  manifestUrl?: URL | string;
  /** The feed the group finder starts with, so the preview shows groups. */
  sampleFeed?: string;
}

/** Wires up the builder in a page that has builder.html's markup. */
export async function startBuilder(root: ParentNode = document, options: BuilderOptions = {}): Promise<void> {
  const form = byId<HTMLFormElement>(root, 'builder-form');
  const optionsBox = byId<HTMLElement>(root, 'builder-options');
  const stage = byId<HTMLElement>(root, 'preview-stage');
  const code = byId<HTMLTextAreaElement>(root, 'snippet');
  const copy = byId<HTMLButtonElement>(root, 'copy');
  const status = byId<HTMLElement>(root, 'copy-status');
  const themeSelect = byId<HTMLSelectElement>(root, 'theme');
  const baseInput = byId<HTMLInputElement>(root, 'base');
  const themeStyle = make('style', { id: 'preview-theme' });
  document.head.append(themeStyle);

  const manifestUrl = options.manifestUrl ?? new URL('../custom-elements.json', import.meta.url);
  const response = await fetch(manifestUrl);
  if (!response.ok) throw new Error(`Could not load ${String(manifestUrl)}`);
  const elements = elementsIn((await response.json()) as Manifest);
  const sampleFeed = options.sampleFeed ?? new URL('./data/groups.json', location.href).href;

  for (const theme of THEMES) themeSelect.append(make('option', { value: theme.file }, theme.label));
  baseInput.value = DEFAULT_BASE;

  const controls = new Map<string, Control[]>();
  const values = new Map<string, Values>();
  for (const { tag } of ELEMENTS) {
    const list = controlsFor(tag, elements.get(tag) ?? [], elements);
    controls.set(tag, list);
    const start: Values = new Map();
    for (const control of list) start.set(control.name, control.kind === 'checkbox' ? false : control.fallback);
    if (tag === 'sg-group-finder') start.set('feed', sampleFeed);
    values.set(tag, start);
  }

  const chosenTag = (): Tag =>
    (form.querySelector<HTMLInputElement>('input[name="element"]:checked')?.value as Tag | undefined) ?? 'sg-group-finder';
  const chosenLang = (): string => form.querySelector<HTMLInputElement>('input[name="lang"]:checked')?.value ?? 'en';

  const renderOptions = () => {
    const tag = chosenTag();
    const element = ELEMENTS.find((e) => e.tag === tag)!;
    const list = controls.get(tag)!;
    const current = values.get(tag)!;
    const feedSet = make('fieldset');
    feedSet.append(make('legend', {}, 'Your groups feed'));
    const optionSet = make('fieldset');
    optionSet.append(make('legend', {}, `Options for “${element.label}”`));
    for (const control of list) (control.feed ? feedSet : optionSet).append(renderControl(tag, control, current));
    optionsBox.replaceChildren(feedSet, optionSet);
  };

  let themeLoaded = '';
  const applyTheme = async (theme: string) => {
    if (theme === themeLoaded) return;
    themeLoaded = theme;
    if (!theme) {
      themeStyle.textContent = '';
      return;
    }
    // Asked for as CSS: without it, vite's dev server (npm start) answers a JavaScript module.
    const file = await fetch(new URL(`../themes/${theme}.css`, import.meta.url), { headers: { Accept: 'text/css' } });
    const css = await file.text();
    // Each preset is written for :root; here it dresses the preview only.
    if (themeLoaded === theme) themeStyle.textContent = css.replace(/:root/g, '#preview-stage');
  };

  let shown = '';
  const update = async () => {
    const tag = chosenTag();
    const list = controls.get(tag)!;
    const current = values.get(tag)!;
    for (const control of list) current.set(control.name, readControl(form, tag, control));
    const attributes = attributesFor(list, current);
    if (chosenLang() === 'cy') attributes.push(['lang', 'cy']);
    const theme = themeSelect.value;
    code.value = snippet({ tag, attributes, theme, base: baseInput.value });
    // Rebuild the preview only when it would look different (not when a box
    // merely loses focus), so it does not reload for nothing.
    const key = JSON.stringify([tag, attributes, theme]);
    if (key === shown) return;
    shown = key;
    await applyTheme(theme);
    if (key !== shown) return; // a newer change is on its way
    const preview = document.createElement(tag);
    for (const [name, value] of attributes) preview.setAttribute(name, value);
    stage.replaceChildren(preview);
    stage.dataset.theme = theme;
    await (preview as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
    stage.dispatchEvent(new CustomEvent('builder-update', { bubbles: true }));
  };

  // Lists and tick boxes change the preview at once; typing waits for a
  // pause; a web address waits until the editor leaves the box or presses
  // Enter, so half-typed addresses are not fetched.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const now = () => {
    clearTimeout(timer);
    void update();
  };
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'element') renderOptions();
    now();
  });
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.type !== 'text' && target.type !== 'number') return;
    clearTimeout(timer);
    if (target.inputMode !== 'url' || target === baseInput) timer = setTimeout(now, 300);
  });
  form.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'radio') {
      event.preventDefault();
      now();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    now();
  });

  copy.addEventListener('click', async () => {
    status.textContent = '';
    try {
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(code.value);
      await Promise.resolve();
      status.textContent = 'Copied. Now paste it into an HTML block on your website.';
    } catch {
      code.focus();
      code.select();
      status.textContent = 'The code is selected. Press Control and C (or Command and C on a Mac) to copy it.';
    }
  });

  renderOptions();
  await update();
  document.documentElement.dataset.builderReady = '';
}

if (document.querySelector('#builder-form')) void startBuilder();
