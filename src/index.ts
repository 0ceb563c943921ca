/**
 * support-group-widgets: every element, registered. This is the entry for the
 * one-file script (`dist/support-group-widgets.js`) and for
 * `import 'support-group-widgets'`.
 */
import './components/signpost/signpost.js';

export { SgSignpost } from './components/signpost/signpost.component.js';
export { define } from './define.js';
export { registerTranslation, type Message, type PluralMessage } from './i18n/registry.js';
export { HELPLINES, REGION_HELP, REGIONS, type Helpline, type Region } from './content/helplines.js';
export { VERSION } from './version.js';
export type * from './feed/types.js';
