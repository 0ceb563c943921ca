// custom-elements.json: the one description of every element's attributes,
// properties, events, slots, parts and custom properties, read by the docs,
// Storybook and editors' tooling. Written from the JSDoc on each class.

/**
 * Elements describe their attributes once, with `@attr` in the class JSDoc.
 * The property behind each attribute is the same setting, so it gets the same
 * description (and the attribute gets the property's, when only the property
 * has one): Storybook's autodocs then explain every row, whichever way a
 * developer sets it. An element's `@summary` is also its description, which
 * is what Storybook's docs page shows.
 */
function shareAttributeDescriptions() {
  return {
    name: 'share-attribute-descriptions',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          // Storybook's docs page shows an element's `description`; ours is written as `@summary`.
          if (declaration.tagName && !declaration.description?.trim() && declaration.summary) declaration.description = declaration.summary;
          for (const attribute of declaration.attributes ?? []) {
            const field = declaration.members?.find((m) => m.kind === 'field' && m.name === attribute.fieldName);
            if (!field) continue;
            if (!field.description && attribute.description) field.description = attribute.description;
            else if (!attribute.description && field.description) attribute.description = field.description;
          }
        }
      }
    },
  };
}

export default {
  // The elements and the base classes they inherit attributes from; the pure
  // modules (feed, search, schedule) are not part of the elements' API.
  globs: ['src/components/**/*.ts', 'src/internal/sg-element.ts', 'src/internal/sg-feed-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  litelement: true,
  outdir: '.',
  // package.json already names the manifest; the check script writes elsewhere and must not rewrite it.
  packagejson: false,
  plugins: [shareAttributeDescriptions()],
};
