/** Loads a fixture file from test/feed/fixtures/ through the test server. */
export async function fixtureText(path: string): Promise<string> {
  const response = await fetch(`/test/feed/fixtures/${path}`);
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return response.text();
}

export async function fixtureJson(path: string): Promise<unknown> {
  return JSON.parse(await fixtureText(path)) as unknown;
}
