// custom-elements.json: the one description of every element's attributes,
// properties, events, slots, parts and custom properties, read by the docs,
// Storybook and editors' tooling. Written from the JSDoc on each class.
export default {
  // The elements and the base classes they inherit attributes from; the pure
  // modules (feed, search, schedule) are not part of the elements' API.
  globs: ['src/components/**/*.ts', 'src/internal/sg-element.ts', 'src/internal/sg-feed-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  litelement: true,
  outdir: '.',
  // package.json already names the manifest; the check script writes elsewhere and must not rewrite it.
  packagejson: false,
};
