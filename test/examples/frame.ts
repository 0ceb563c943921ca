import { sendKeys } from '@web/test-runner-commands';
import { openFrame } from '../helpers/frame.js';

// Helpers for the example pages: each is opened in an iframe from the test
// server, as a visitor would open it, and checked from outside.

export interface ExampleFrame {
  readonly frame: HTMLIFrameElement;
  readonly win: Window & typeof globalThis;
  readonly doc: Document;
  /** Uncaught errors and rejections in the page since it loaded. */
  readonly errors: string[];
}

export async function openExample(src: string): Promise<ExampleFrame> {
  const errors: string[] = [];
  const frame = await openFrame({ src }, { width: '1000px', height: '800px', removeAfterTest: true });
  const win = frame.contentWindow as Window & typeof globalThis;
  win.addEventListener('error', (e) => errors.push(String(e.message)));
  win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  return { frame, win, doc: frame.contentDocument!, errors };
}

export const shadow = (el: Element | null | undefined) => el?.shadowRoot ?? undefined;

/** The text a visitor sees in an element's shadow root, with spaces collapsed. */
export const textOf = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Runs axe-core inside the page on the given element hosts; returns "rule: target" for each violation. */
export async function axeViolations(page: ExampleFrame, hosts: readonly Element[]): Promise<string[]> {
  type Axe = { run(context: { include: Element[] }): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };
  const win = page.win as unknown as { axe?: Axe };
  if (!win.axe) {
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    page.doc.head.append(script);
    await ready;
  }
  // One run over every host (a run per host repeats axe's page-wide setup).
  const result = await win.axe!.run({ include: [...hosts] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** Focuses an input inside the page and types into it with the keyboard. */
export async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.ownerDocument.defaultView!.focus();
  input.focus();
  await sendKeys({ type: text });
}

/** The finder's own count line, e.g. "6 groups found". */
export const finderCount = (finder: Element) => shadow(finder)?.querySelector('[part="count"]')?.textContent?.trim() ?? '';

/** The names of the groups listed in a finder. */
export const resultNames = (finder: Element) =>
  [...(shadow(finder)?.querySelectorAll('[part="result-name"]') ?? [])].map((n) => n.textContent!.trim());
