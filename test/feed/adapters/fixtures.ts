/** Loads a fixture file from test/feed/fixtures/ through the test server. */
export async function fixtureText(path: string): Promise<string> {
  const response = await fetch(`/test/feed/fixtures/${path}`);
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return response.text();
}

export async function fixtureJson(path: string): Promise<unknown> {
  return JSON.parse(await fixtureText(path)) as unknown;
}

/**
 * Papa Parse ships as UMD, which the test server cannot serve as an ES
 * module; loading it with a classic script tag sets `window.Papa`, which the
 * CSV loader uses when present, exactly as on a page that already has it.
 */
export async function loadPapaScript(): Promise<void> {
  if ((window as { Papa?: unknown }).Papa) return;
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/papaparse/papaparse.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('papaparse did not load'));
    document.head.append(script);
  });
}
