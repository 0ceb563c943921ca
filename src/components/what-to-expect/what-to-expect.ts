import { ensureContextRoot } from '../../internal/context-root.js';
import { SgWhatToExpect } from './what-to-expect.component.js';

export * from './what-to-expect.component.js';
export default SgWhatToExpect;

ensureContextRoot();
SgWhatToExpect.define('sg-what-to-expect');
