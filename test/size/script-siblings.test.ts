import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/components/group-finder/group-finder.js';
import { loadPapaScript } from '../feed/adapters/fixtures.js';
import { openFrame } from '../helpers/frame.js';
import { mountRoot } from '../helpers/mount.js';
import { waitFor } from '../helpers/wait-for.js';

// The one-file script fetches the Meeting Guide, Open Referral and CSV readers
// (with Papa Parse) from support-group-widgets.formats.js next to itself, only
// when a feed needs them; an editor still pastes one script tag. These tests
// use the real built files (`npm test` builds dist/ first), served by
// test/server/size.middleware.mjs.
const SCRIPT = '/__size/script/support-group-widgets.js';
const MISSING = '/__size/missing/support-group-widgets.js';
const CANONICAL = '/test/finder/fixtures/groups.json';
const MEETING_GUIDE = '/test/feed/fixtures/meeting-guide/meetings.json';
const CSV = '/test/feed/fixtures/csv/groups.csv';

type PageWindow = Window & {
  __errors: string[];
  SupportGroupWidgets: { getFeed(url: string, request: { cache: 'off' }): Promise<{ error?: { kind: string; message: string } }> };
};

function loadPage(body: string): Promise<HTMLIFrameElement> {
  return openFrame({
    srcdoc: `<!doctype html><html lang="en"><head><title>Embed</title>
      <script>window.__errors = []; addEventListener('error', (e) => __errors.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));</script></head><body>${body}</body></html>`,
  });
}

const finder = (frame: HTMLIFrameElement, feed: string) => frame.contentDocument!.querySelector(`sg-group-finder[feed="${feed}"]`)!;
const countOf = (frame: HTMLIFrameElement, feed: string) => finder(frame, feed).shadowRoot?.querySelector('[part="count"]')?.textContent?.trim();
/** Every file of the script family this page fetched, by name. */
const fetched = (frame: HTMLIFrameElement) =>
  frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => /\/support-group-widgets\.[\w.-]*js$/.test(path))
    .map((path) => path.replace(/^.*\//, ''));

/**
 * What the ES module build shows for a feed (the finder from source, in this
 * test page): the count the one-file script must show too.
 */
async function expectedCount(url: string): Promise<string> {
  await loadPapaScript(); // the test page cannot import Papa Parse's CommonJS file as a module
  const el = await mountRoot(html`<sg-group-finder feed=${url} cache="off" geocoder="off"></sg-group-finder>`);
  const text = await waitFor(() => el.shadowRoot?.querySelector('[part="count"]')?.textContent?.trim(), `the count for ${url} from source`);
  expect(text, `${url} shows groups`).to.match(/^\d+ groups found$/);
  return text;
}

describe('the one-file script loads foreign feed readers from its own directory', () => {
  before(async function () {
    for (const name of ['support-group-widgets.js', 'support-group-widgets.formats.js']) {
      const response = await fetch(`/__size/script/${name}`, { method: 'HEAD' });
      if (!response.ok) throw new Error(`${name} is missing: run \`npm run build\` first (npm test does).`);
    }
  });

  it('shows a canonical feed without requesting any sibling file', async () => {
    const expected = await expectedCount(CANONICAL);
    const frame = await loadPage(`<script src="${SCRIPT}"></script>
      <sg-group-finder feed="${CANONICAL}" cache="off" geocoder="off"></sg-group-finder>`);
    await waitFor(() => countOf(frame, CANONICAL) === expected, `"${expected}"`);
    await new Promise((r) => setTimeout(r, 300));
    expect(fetched(frame)).to.deep.equal(['support-group-widgets.js']);
    expect((frame.contentWindow as PageWindow).__errors).to.deep.equal([]);
    frame.remove();
  });

  it('reads a Meeting Guide feed and a CSV feed on one page, fetching the readers once', async () => {
    const meetingGuide = await expectedCount(MEETING_GUIDE);
    const csv = await expectedCount(CSV);
    const frame = await loadPage(`<script src="${SCRIPT}"></script>
      <sg-group-finder feed="${MEETING_GUIDE}" cache="off" geocoder="off"></sg-group-finder>
      <sg-group-finder feed="${CSV}" cache="off" geocoder="off"></sg-group-finder>`);
    await waitFor(() => countOf(frame, MEETING_GUIDE) === meetingGuide, `"${meetingGuide}" from the Meeting Guide feed`);
    await waitFor(() => countOf(frame, CSV) === csv, `"${csv}" from the CSV feed`);
    expect(fetched(frame).sort()).to.deep.equal(['support-group-widgets.formats.js', 'support-group-widgets.js']);
    expect((frame.contentWindow as PageWindow).__errors).to.deep.equal([]);
    frame.remove();
  });

  it('says what to do when the readers cannot be loaded, and keeps the crisis numbers on screen', async () => {
    const frame = await loadPage(`<script>window.__logged = []; console.error = (...args) => __logged.push(args.map(String).join(' '));</script>
      <script src="${MISSING}"></script>
      <sg-signpost></sg-signpost>
      <sg-group-finder feed="${MEETING_GUIDE}" cache="off" geocoder="off"></sg-group-finder>`);
    const win = frame.contentWindow as PageWindow;
    const root = await waitFor(() => finder(frame, MEETING_GUIDE).shadowRoot, 'the finder');
    const alert = await waitFor(() => root.querySelector('[part="error"][role="alert"]'), 'the feed error');
    expect(alert.textContent).to.contain('could not load the groups');
    // Crisis help beside the error, and the page's own banner.
    const nested = await waitFor(() => root.querySelector('sg-signpost')?.shadowRoot?.querySelector('a[href="tel:116123"]'), 'Samaritans in the finder');
    expect(nested.textContent).to.contain('116 123');
    const banner = frame.contentDocument!.querySelector('sg-signpost')!;
    await waitFor(() => banner.shadowRoot?.querySelector('a[href="tel:116123"]'), 'Samaritans in the banner');
    // The typed feed error tells the editor exactly what failed and what to do.
    const result = await win.SupportGroupWidgets.getFeed(MEETING_GUIDE, { cache: 'off' });
    expect(result.error?.kind).to.equal('parse');
    const message = result.error?.message ?? '';
    expect(message).to.contain('This feed is in Meeting Guide format');
    expect(message).to.contain(`could not be loaded from ${new URL('/__size/missing/support-group-widgets.formats.js', location.href).href}`);
    expect(message).to.contain('sg-feed convert');
    expect(message).to.contain('host support-group-widgets.formats.js next to the script');
    expect(fetched(frame)).to.include('support-group-widgets.formats.js');
    // One line in the console for the editor, naming the file.
    const logged = (win as PageWindow & { __logged: string[] }).__logged;
    expect(logged.filter((line) => line.includes('could not load the feed readers from'))).to.have.length(1);
    expect(logged[0]).to.contain('/__size/missing/support-group-widgets.formats.js');
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('loads the readers under default-src \'self\' with Trusted Types required', async () => {
    const expected = await expectedCount(MEETING_GUIDE);
    const frame = await openFrame({ src: `/__size/csp.html?feed=${encodeURIComponent(MEETING_GUIDE)}` });
    await waitFor(() => countOf(frame, MEETING_GUIDE) === expected, `"${expected}" under the strict policy`);
    expect(fetched(frame).sort()).to.deep.equal(['support-group-widgets.formats.js', 'support-group-widgets.js']);
    expect((frame.contentWindow as Window & { __violations: string[] }).__violations).to.deep.equal([]);
    frame.remove();
  });
});
