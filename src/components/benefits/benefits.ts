import { ensureContextRoot } from '../../internal/context-root.js';
import { SgBenefits } from './benefits.component.js';

export * from './benefits.component.js';
export default SgBenefits;

ensureContextRoot();
SgBenefits.define('sg-benefits');
