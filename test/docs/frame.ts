// A page in an iframe with the one-file script, as an editor's CMS page would
// have it, for running the docs' samples. `npm test` builds
// dist/support-group-widgets.js before the browser tests run.
//
// The page's Content-Security-Policy allows only this test server, so a
// sample can never reach the internet; anything it tries to load from
// elsewhere is recorded and fails the test.
import { openFrame } from '../helpers/frame.js';
import { waitFor } from '../helpers/wait-for.js';

export const SCRIPT = '/dist/support-group-widgets.js';

/** A sample feed on the test server, standing in for the `https://…` feed addresses in the docs. */
export const SAMPLE_FEED = '/demo/data/groups.json';

export interface FrameWindow extends Window {
  __violations: string[];
  __errors: string[];
  SupportGroupWidgets?: Record<string, unknown>;
  axe?: { run(context: Element, options?: object): Promise<{ violations: AxeViolation[] }> };
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown; html: string; failureSummary?: string }[];
}

const POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

const RECORDER = `window.__violations = []; window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => __violations.push(e.violatedDirective + ' ' + e.blockedURI));
addEventListener('error', (e) => __errors.push(String(e.message)));`;

/**
 * Loads `body` in a fresh iframe page with the one-file script (and axe, for
 * checking). `head` goes after the script, for styles.
 */
export function loadFrame(body: string, options: { head?: string; lang?: string; pageStyle?: string } = {}): Promise<HTMLIFrameElement> {
  const srcdoc = `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<title>A page from the docs</title>
<script>${RECORDER}</script>
<script src="/node_modules/axe-core/axe.min.js"></script>
<script src="${SCRIPT}"></script>
${options.head ?? ''}
</head><body${options.pageStyle ? ` style="${options.pageStyle}"` : ''}><main><h1>A page from the docs</h1>
<h2>A section</h2>
${body}
</main></body></html>`;
  return openFrame({ srcdoc }, { width: '1024px', height: '800px' });
}

export function frameWindow(frame: HTMLIFrameElement): FrameWindow {
  return frame.contentWindow as FrameWindow;
}

/** When an element has finished what a visitor would wait for. */
const SETTLED: Record<string, (el: Element) => boolean> = {
  'sg-signpost': (el) => el.shadowRoot?.querySelector('[part="base"], [part="restore-button"]') != null,
  'sg-group-finder': (el) => el.shadowRoot?.querySelector('[part="count"]') != null,
  'sg-benefits': (el) => (el.shadowRoot?.querySelectorAll('.section').length ?? 0) > 0,
  'sg-what-to-expect': (el) => (el.shadowRoot?.querySelectorAll('.section').length ?? 0) > 0,
  'sg-feed': (el) => el.matches(':defined'),
};

/** Waits until every `sg-` element in the page is defined and settled; returns them. */
export async function settle(frame: HTMLIFrameElement): Promise<Element[]> {
  const doc = frame.contentDocument!;
  const elements = [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('sg-'));
  for (const el of elements) {
    const settled = SETTLED[el.localName];
    if (!settled) throw new Error(`<${el.localName}> is not an element this package has`);
    await waitFor(() => el.matches(':defined') && settled(el), `<${el.localName}> did not upgrade and render`);
  }
  return elements;
}

/** Runs axe in the frame on its <main>; throws with a readable list when anything fails. */
export async function expectAccessible(frame: HTMLIFrameElement, label: string): Promise<void> {
  const win = frameWindow(frame);
  if (!win.axe) throw new Error('axe did not load in the frame');
  const { violations } = await win.axe.run(frame.contentDocument!.querySelector('main')!);
  if (violations.length > 0) {
    const lines = violations.flatMap((v) => [`${v.id}: ${v.help}`, ...v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`)]);
    throw new Error(`${label}: accessibility violations\n${lines.join('\n')}`);
  }
}

/** Nothing was blocked by the page's policy and no script error happened. */
export function expectQuiet(frame: HTMLIFrameElement, label: string): void {
  const win = frameWindow(frame);
  if (win.__violations.length > 0) throw new Error(`${label}: tried to load from outside the test server: ${win.__violations.join(', ')}`);
  if (win.__errors.length > 0) throw new Error(`${label}: script errors: ${win.__errors.join(', ')}`);
}

/**
 * Makes a docs HTML sample runnable here: the script tag is already in the
 * page, theme links point at the repository's themes/, and feed addresses on
 * the web point at a sample feed on the test server.
 */
export function localise(html: string): string {
  return html
    .replace(/<script\b[^>]*support-group-widgets(?:\.min)?\.js[^>]*><\/script>/g, '')
    .replace(/href="[^"]*\/themes\/([\w-]+\.css)"/g, 'href="/themes/$1"')
    .replace(/\b(feed|src)="https?:\/\/[^"]+"/g, `$1="${SAMPLE_FEED}"`);
}

/**
 * Makes a docs JS sample runnable as a classic script: imports from the
 * package read the one-file script's global (`SupportGroupWidgets`), which
 * has the same exports.
 */
export function asClassicScript(js: string): string {
  return js
    .replace(/import\s*\{([^}]+)\}\s*from\s*['"]support-group-widgets['"];?/g, (_m, names: string) => `const {${names}} = window.SupportGroupWidgets;`)
    .replace(/import\s*['"]support-group-widgets(?:\/[\w-]+)?['"];?/g, '');
}

/** Runs a classic script in the frame, as an inline `<script>` would. */
export function runScript(frame: HTMLIFrameElement, code: string): void {
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  script.textContent = code;
  doc.body.append(script);
}
