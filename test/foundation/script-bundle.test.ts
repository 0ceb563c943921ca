import { expect } from '@open-wc/testing';
import { openFrame } from '../helpers/frame.js';
import { waitFor } from '../helpers/wait-for.js';

// The one-file script, as a CMS editor uses it: in a page with nothing else,
// loaded twice, with no network. `npm test` builds dist/ before this runs.
function loadPage(body: string): Promise<HTMLIFrameElement> {
  return openFrame({ srcdoc: `<!doctype html><html lang="en"><head><title>Embed</title></head><body>${body}</body></html>` });
}

describe('dist/support-group-widgets.js', () => {
  before(async function () {
    const response = await fetch('/dist/support-group-widgets.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/support-group-widgets.js is missing: run `npm run build` first (npm test does).');
  });

  it('shows Samaritans 116 123 with a tel: link in a page with nothing else, even loaded twice', async () => {
    const frame = await loadPage(`
      <script>window.__errors = []; addEventListener('error', (e) => __errors.push(String(e.message)));</script>
      <script src="/dist/support-group-widgets.js"></script>
      <script src="/dist/support-group-widgets.js"></script>
      <sg-signpost></sg-signpost>`);
    const win = frame.contentWindow as Window & { __errors: string[] };
    const el = frame.contentDocument!.querySelector('sg-signpost')!;
    const link = await waitFor(() => el.shadowRoot?.querySelector<HTMLAnchorElement>('a[href="tel:116123"]'), 'the tel:116123 link', 3000);
    expect(link.textContent).to.contain('116 123');
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('upgrades markup the page had before the script, and markup a CMS adds later', async () => {
    const frame = await loadPage(`<sg-signpost region="scotland"></sg-signpost>
      <script src="/dist/support-group-widgets.js" defer></script>`);
    const doc = frame.contentDocument!;
    const first = doc.querySelector('sg-signpost')!;
    await waitFor(() => first.shadowRoot?.querySelector('a[href="tel:0800838587"]'), 'the tel:0800838587 link in markup from before the script', 3000);
    const later = doc.createElement('sg-signpost');
    later.setAttribute('region', 'ireland');
    doc.body.append(later);
    await waitFor(() => later.shadowRoot?.querySelector('a[href="tel:112"]'), 'the tel:112 link in markup added later', 3000);
    frame.remove();
  });

  for (const [how, tag] of [
    ['async in the head', '<script src="/dist/support-group-widgets.js" async></script>'],
    ['at the end of the body', ''],
  ] as const) {
    it(`works loaded ${how}`, async () => {
      const frame = await loadPage(`${tag}<sg-signpost region="wales"></sg-signpost>${tag ? '' : '<script src="/dist/support-group-widgets.js"></script>'}`);
      const el = frame.contentDocument!.querySelector('sg-signpost')!;
      await waitFor(() => el.shadowRoot?.querySelector('a[href="tel:111"]'), `the tel:111 link, script loaded ${how}`, 3000);
      frame.remove();
    });
  }

  it('is not restyled by the host page\'s own CSS reset and button styles', async () => {
    const frame = await loadPage(`<style>* { margin: 3em; color: rgb(255, 0, 0) !important; } button { background: rgb(255, 0, 255); border-radius: 99em; } a { color: rgb(0, 255, 0); }</style>
      <script src="/dist/support-group-widgets.js"></script>
      <sg-signpost variant="compact"></sg-signpost>`);
    const el = frame.contentDocument!.querySelector('sg-signpost')!;
    const button = await waitFor(() => el.shadowRoot?.querySelector<HTMLButtonElement>('[part="more-button"]'), 'the compact banner\'s more button', 3000);
    const style = frame.contentWindow!.getComputedStyle(button);
    expect(style.backgroundColor).not.to.equal('rgb(255, 0, 255)');
    expect(style.borderRadius).not.to.equal('99em');
    const link = el.shadowRoot!.querySelector('a')!;
    expect(frame.contentWindow!.getComputedStyle(link).color).not.to.equal('rgb(0, 255, 0)');
    frame.remove();
  });
});

