import { VERSION } from './version.js';

/** A class we registered carries the version that registered it. */
interface VersionedConstructor extends CustomElementConstructor {
  readonly version?: string;
}

/**
 * Registers a custom element without ever throwing.
 *
 * A CMS page can easily end up loading the script twice, or two charities'
 * widgets can bring two versions. The first definition wins; a second copy of
 * the same version returns quietly and a different version warns once, naming
 * both, so the page keeps working either way.
 *
 * @returns true when this call registered the tag.
 */
export function define(tag: string, ctor: VersionedConstructor): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    return true;
  }
  const mine = ctor.version ?? VERSION;
  if (existing !== ctor && existing.version !== mine) {
    console.warn(
      `support-group-widgets: <${tag}> is already defined by ${existing.version ? `version ${existing.version}` : 'another script'}; ` +
        `this copy (version ${mine}) was not registered. Load the script once.`,
    );
  }
  return false;
}
