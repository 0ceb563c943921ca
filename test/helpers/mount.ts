import { render, type TemplateResult } from 'lit';

const mounted: HTMLElement[] = [];

/**
 * Renders a template into a fresh `<div>` (with the given attributes, such
 * as `lang`) and waits until every Lit element in it has rendered.
 *
 * open-wc's fixture() waits for an animation frame when its root is a plain
 * element, and a test page running in the background while other files run
 * may not get one; this waits on the elements themselves instead.
 */
export async function mount(template: TemplateResult, attributes: Record<string, string> = {}): Promise<HTMLElement> {
  const host = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  document.body.append(host);
  mounted.push(host);
  render(template, host);
  const pending = [...host.querySelectorAll('*')]
    .map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
    .filter((p): p is Promise<unknown> => p instanceof Promise);
  await Promise.all(pending);
  return host;
}

afterEach(() => {
  for (const host of mounted.splice(0)) host.remove();
});

/**
 * Like open-wc's fixture() for a template whose root is a plain element (a
 * `<div lang="cy">` around a widget): returns that root once every Lit
 * element inside has rendered, without waiting for an animation frame.
 */
export async function mountRoot<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const host = await mount(template);
  return host.firstElementChild as T;
}
