import { html, nothing, type TemplateResult } from 'lit';
import { FEED_FORMATS } from '../feed/types.js';

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

const NONE: readonly AttributeProblem[] = [];

function problem(attribute: string, value: unknown, expected: string): readonly AttributeProblem[] {
  return [{ attribute, value: String(value), expected }];
}

/** "a, b or c" */
function either(values: readonly string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

/** One of a few words. An empty value is wrong unless `optional` (left out means the default). */
export function oneOf(
  attribute: string,
  value: unknown,
  allowed: readonly string[],
  options: { optional?: boolean; expected?: string } = {},
): readonly AttributeProblem[] {
  const text = String(value ?? '');
  if (options.optional && text === '') return NONE;
  return allowed.includes(text) ? NONE : problem(attribute, text, options.expected ?? either(allowed));
}

/** A comma- or space-separated list whose every name is one of `allowed` (empty is fine). */
export function listOf(
  attribute: string,
  value: unknown,
  allowed: readonly string[],
  options: { ignoreCase?: boolean; expected?: string } = {},
): readonly AttributeProblem[] {
  const text = String(value ?? '');
  const names = text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((n) => (options.ignoreCase ? n.toLowerCase() : n));
  return names.every((n) => allowed.includes(n))
    ? NONE
    : problem(attribute, text, options.expected ?? `some of ${allowed.join(', ')}, with commas between`);
}

/** A number from `min` to `max` (a whole number unless `whole: false`). */
export function numberFrom(
  attribute: string,
  value: unknown,
  min: number,
  max: number,
  options: { whole?: boolean; expected?: string } = {},
): readonly AttributeProblem[] {
  const n = typeof value === 'string' && value.trim() === '' ? Number.NaN : Number(value);
  const whole = options.whole ?? true;
  const ok = n >= min && n <= max && (!whole || Number.isInteger(n));
  return ok ? NONE : problem(attribute, value, options.expected ?? `${whole ? 'a whole number' : 'a number'} from ${min} to ${max}`);
}

/** `heading-level`: 2 to 6, so the element's headings fit the page's outline. */
export function headingLevel(value: unknown): readonly AttributeProblem[] {
  return numberFrom('heading-level', value, 2, 6, { expected: 'a number from 2 to 6 (the heading level that fits your page)' });
}

const FORMATS: readonly string[] = FEED_FORMATS;

/** The feed options every feed reader shares: `format` and `cache`. */
export function feedOptions(format: unknown, cache: unknown): readonly AttributeProblem[] {
  return [
    ...oneOf('format', format, FORMATS, { optional: true, expected: `${FORMATS.join(', ')}, or leave it out` }),
    ...oneOf('cache', cache, ['off'], { optional: true, expected: 'off, or leave it out' }),
  ];
}

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
