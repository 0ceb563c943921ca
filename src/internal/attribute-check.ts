import { html, nothing, type TemplateResult } from 'lit';

/** A wrong attribute value: what was given and what would work. */
export interface AttributeProblem {
  readonly attribute: string;
  readonly value: string;
  readonly expected: string;
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
  return html`<div class="editor-note" part="editor-note" role="note">
    <p><strong>For the page editor:</strong></p>
    <ul>
      ${problems.map(
        (p) => html`<li><code>${`${p.attribute}="${p.value}"`}</code> is not a value this element knows. Use ${p.expected}.</li>`,
      )}
    </ul>
  </div>`;
}
