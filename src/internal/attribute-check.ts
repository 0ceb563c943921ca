import { html, nothing, type TemplateResult } from 'lit';
import { FEED_FORMATS } from '../feed/types.js';
import { listNames } from './sections.js';

/** A wrong attribute value: what was given and what would work. */
export interface AttributeProblem {
  readonly attribute: string;
  readonly value: string;
  readonly expected: string;
}

/*
 * Checks an element declares for its own attributes. Each returns the problem
 * as a list of none or one, so an element's `attributeProblems()` reads as
 * the list of what it accepts:
 *
 *   return [...super.attributeProblems(), ...oneOf('layout', this.layout, ['cards', 'list'])];
 *
 * The base element (`SgElement`) runs them before every render, warns once per
 * wrong value in the console and keeps the list for the on-page note.
 */

/** The problem, as a list of one, unless the value is `ok`. */
function check(ok: boolean, attribute: string, value: unknown, expected: string): readonly AttributeProblem[] {
  return ok ? [] : [{ attribute, value: String(value), expected }];
}

/** One of a few words. An empty value is wrong unless `optional` (left out means the default). */
export function oneOf(attribute: string, value: unknown, allowed: readonly string[], optional = false): readonly AttributeProblem[] {
  const text = String(value ?? '');
  return check((optional && !text) || allowed.includes(text), attribute, text, `one of ${allowed.join(', ')}${optional ? ', or leave it out' : ''}`);
}

/** A list, commas or spaces between, of names from `allowed` (empty is fine). */
export function listOf(attribute: string, value: unknown, allowed: readonly string[], ignoreCase = false): readonly AttributeProblem[] {
  const text = String(value ?? '');
  const names = ignoreCase ? listNames(text) : text.split(/[\s,]+/).filter(Boolean);
  return check(names.every((n) => allowed.includes(n)), attribute, text, `some of ${allowed.join(', ')}`);
}

/** A number from `min` to `max`; a whole number unless `whole` is false. */
export function numberFrom(
  attribute: string,
  value: unknown,
  min: number,
  max: number,
  whole = true,
  expected = `${whole ? 'a whole number' : 'a number'} from ${min} to ${max}`,
): readonly AttributeProblem[] {
  const n = String(value ?? '').trim() ? Number(value) : NaN;
  return check(n >= min && n <= max && (!whole || Number.isInteger(n)), attribute, value, expected);
}

/** `heading-level`: 2 to 6, so the element's headings fit the page's outline. */
export const headingLevel = (value: unknown) => numberFrom('heading-level', value, 2, 6);

/** The feed options every feed reader shares: `format` and `cache`. */
export const feedOptions = (format: unknown, cache: unknown) => [
  ...oneOf('format', format, FEED_FORMATS, true),
  ...oneOf('cache', cache, ['off'], true),
];

const warned = new WeakMap<Element, Set<string>>();

/**
 * Tells the editor about a wrong attribute: once in the console per element
 * and value, and (with `debug`) on the page. The element carries on with its
 * default instead of going blank.
 */
export function reportAttribute(element: Element, problem: AttributeProblem): void {
  const key = `${problem.attribute}=${problem.value}`;
  let seen = warned.get(element);
  if (!seen) warned.set(element, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(
    `<${element.localName}>: ${problem.attribute}="${problem.value}" is not a value it knows. Use ${problem.expected}.`,
    element,
  );
}

/** The on-page note for editors, shown only in debug mode. English on purpose: it is for the editor, not the visitor. */
export function renderAttributeProblems(problems: readonly AttributeProblem[], debug: boolean): TemplateResult | typeof nothing {
  if (!debug || problems.length === 0) return nothing;
  return html`<div class="editor-note" part="editor-note" role="note" lang="en">
    <p><strong>For the page editor:</strong></p>
    <ul>
      ${problems.map(
        (p) => html`<li><code>${`${p.attribute}="${p.value}"`}</code> is not a value this element knows. Use ${p.expected}.</li>`,
      )}
    </ul>
  </div>`;
}
