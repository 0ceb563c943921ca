/** A page for {@link openFrame}: an address on the test server, or a whole HTML document. */
export type FramePage = { readonly src: string } | { readonly srcdoc: string };

export interface FrameOptions {
  /** CSS width and height of the frame, e.g. '1000px' (the browser's default size when left out). */
  readonly width?: string;
  readonly height?: string;
  /** Remove the frame after the current test, whether it passed or not. */
  readonly removeAfterTest?: boolean;
}

const toRemove: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of toRemove.splice(0)) frame.remove();
});

/**
 * Opens `page` in a new iframe at the end of the test page's body, as a
 * visitor or an editor's CMS page would load it, and resolves with the frame
 * once it has loaded (its scripts have run and its window is there).
 */
export function openFrame(page: FramePage, options: FrameOptions = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (options.width) frame.style.width = options.width;
  if (options.height) frame.style.height = options.height;
  if ('srcdoc' in page) frame.srcdoc = page.srcdoc;
  else frame.src = page.src;
  if (options.removeAfterTest) toRemove.push(frame);
  const loaded = new Promise<HTMLIFrameElement>((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
  document.body.append(frame);
  return loaded;
}
