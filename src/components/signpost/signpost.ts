import { ensureContextRoot } from '../../internal/context-root.js';
import { SgSignpost } from './signpost.component.js';

export * from './signpost.component.js';
export default SgSignpost;

ensureContextRoot();
SgSignpost.define('sg-signpost');
