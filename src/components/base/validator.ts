/**
 * Loads the validator on first use. In the ES build it is a chunk a bundler splits off; the
 * drop-in files replace this module by `validator.dropin.ts`, which loads `tr-validate.js` from
 * beside the script.
 */
import { registerMessages } from '../../i18n/errors.js';

export type Validation = typeof import('./validation.js');

let loading: Promise<Validation> | undefined;

export function loadValidation(): Promise<Validation> {
  loading ??= import('./validation.js').then((validation) => {
    registerMessages(validation.validationMessages);
    return validation;
  });
  return loading;
}
