/** Reading widget attributes into values, or into errors that name the attribute. Pure. */
import { TaskRegisterError } from '../../data/errors.js';
import { nearest } from '../../data/query.js';
import { commonMessages } from '../../i18n/common.js';
import type { LocalizedText } from '../../i18n/lang.js';

/** An error for a bad attribute: the base shows it (naming the attribute) and fires `tr-error`. */
export function attributeError(attribute: string, text: LocalizedText, suggestions: readonly string[] = []): TaskRegisterError {
  return new TaskRegisterError('invalid-attribute', text, { attribute, suggestions });
}

/**
 * One of a fixed set of keywords (`sort="name"`), case-insensitive; empty gives `fallback`.
 * Anything else is an error listing the allowed values, nearest first as suggestions.
 */
export function oneOf<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
  const wanted = String(value ?? '').trim().toLowerCase();
  if (wanted === '') return fallback;
  const found = allowed.find((option) => option === wanted);
  if (found) return found;
  const list = allowed.join(', ');
  const text = {
    'zh-CN': commonMessages['zh-CN'].attrInvalid(attribute, String(value), commonMessages['zh-CN'].expectOneOf(list)),
    en: commonMessages.en.attrInvalid(attribute, String(value), commonMessages.en.expectOneOf(list)),
  };
  throw attributeError(attribute, text, nearest(wanted, allowed, allowed.length));
}
