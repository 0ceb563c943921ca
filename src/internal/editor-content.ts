import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * Content an editor writes in the page's own HTML, with no JavaScript:
 * `<template data-…>` children of the element, one per item. Shared by
 * <sg-benefits> and <sg-what-to-expect>.
 *
 * Template content is the page author's own markup (not the feed's), so its
 * body nodes are cloned into the shadow root and keep their links and
 * emphasis. Scripts and other active or page-wide elements are dropped on the
 * way: the element shows words, it does not run code or restyle the page.
 */

/** Text (from the feed or the defaults) or the editor's own nodes. */
export type Body = string | readonly Node[];

/** One item read from a `<template>`: a heading as its title, the rest as its body. */
export interface EditorItem {
  readonly title: string;
  readonly body: readonly Node[];
  /** The text of an element marked `data-example`, if any. */
  readonly example?: string;
}

/** A table read from a `<template>` holding `<tr>` rows. */
export interface EditorTable {
  /** Cell texts of the first row when it sits in a `<thead>`. */
  readonly head?: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const TITLE = '[data-title], h1, h2, h3, h4, h5, h6';
const DROPPED = 'script, style, link, meta, base, iframe, frame, object, embed, template, slot';

/** Text with runs of white space collapsed, as a visitor would read it. */
export function cleanText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function cloneContent(template: HTMLTemplateElement): DocumentFragment {
  const fragment = document.importNode(template.content, true);
  for (const el of fragment.querySelectorAll(DROPPED)) el.remove();
  return fragment;
}

/** Reads one item template. */
export function readTemplate(template: HTMLTemplateElement): EditorItem {
  const fragment = cloneContent(template);
  const titleEl = fragment.querySelector(TITLE);
  const title = cleanText(titleEl);
  titleEl?.remove();
  const exampleEl = fragment.querySelector('[data-example]');
  const example = cleanText(exampleEl);
  exampleEl?.remove();
  const body = [...fragment.childNodes].filter((n) => !(n.nodeType === Node.TEXT_NODE && !n.textContent?.trim()));
  return { title, body, ...(example ? { example } : {}) };
}

/** Reads a table template: each `<tr>` becomes a row of cell texts. */
export function readTableTemplate(template: HTMLTemplateElement): EditorTable {
  const fragment = cloneContent(template);
  const headRow = fragment.querySelector('thead tr');
  const rows = [...fragment.querySelectorAll('tr')]
    .filter((tr) => tr !== headRow)
    .map((tr) => [...tr.children].filter((c) => c.matches('th, td')).map(cleanText));
  const head = headRow ? [...headRow.children].filter((c) => c.matches('th, td')).map(cleanText) : undefined;
  return { rows, ...(head ? { head } : {}) };
}

/**
 * Watches the element's own children so templates added later (a CMS
 * preview, a framework rendering after us) still take effect, and caches
 * what it read so each render reuses the same nodes.
 */
export class EditorContentController implements ReactiveController {
  private cache = new Map<string, unknown>();
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.cache.clear();
    this.observer = new MutationObserver(() => {
      this.cache.clear();
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private templates(attribute: string): HTMLTemplateElement[] {
    return [...this.host.children].filter(
      (c): c is HTMLTemplateElement => c instanceof HTMLTemplateElement && c.hasAttribute(attribute),
    );
  }

  private cached<T>(key: string, read: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, read());
    return this.cache.get(key) as T;
  }

  /** Items from every `<template data-{name}>` child, in page order; empty when there are none. */
  items(attribute: string): readonly EditorItem[] {
    return this.cached(`items:${attribute}`, () =>
      this.templates(attribute)
        .map(readTemplate)
        .filter((item) => item.title || item.body.length > 0),
    );
  }

  /** The table in the first `<template data-{name}>` child, if there is one with rows. */
  table(attribute: string): EditorTable | undefined {
    return this.cached(`table:${attribute}`, () => {
      const [template] = this.templates(attribute);
      if (!template) return undefined;
      const table = readTableTemplate(template);
      return table.rows.length > 0 ? table : undefined;
    });
  }
}

/** Splits feed or default text into paragraphs at blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Renders a body: text as paragraphs (never as markup), or the editor's nodes as they are. */
export function renderBody(body: Body, className: string, part: string): TemplateResult | typeof nothing {
  if (typeof body === 'string') {
    const paras = paragraphs(body);
    if (paras.length === 0) return nothing;
    return html`<div class=${className} part=${part}>${paras.map((p) => html`<p>${p}</p>`)}</div>`;
  }
  if (body.length === 0) return nothing;
  return html`<div class=${className} part=${part}>${body}</div>`;
}

/** Keeps feed items whose fields are real, non-empty text; feeds are untrusted. */
export function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
