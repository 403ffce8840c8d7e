/**
 * The validator: what a page needs only when it gives its own register or progress data (`src`,
 * `register`, `progress-src`, `progress`): loading JSON, the zod contracts and their messages. The
 * drop-in files load it from `tr-validate.js` beside themselves when first needed; bundlers split
 * it into a chunk of its own.
 */
export { loadJson, loadRegister } from '../../data/load.js';
export { parseProgress } from '../../data/progress.js';
export { parseRegister } from '../../data/schema-v2.js';
export { validationMessages } from '../../i18n/validation-errors.js';
