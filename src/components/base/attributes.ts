/**
 * The one attribute layer. Lit converters turn attribute text into the property's type (a removed
 * attribute gives the default, so no special pass is needed); readers turn a property's value,
 * whether it came from an attribute or from script (`el.units = ['省教育厅']`), into a checked
 * value, or throw an attribute error naming the attribute, the value and what was expected.
 * Readers that check against the register return the value plus what they ignored.
 */
import type { ComplexAttributeConverter } from 'lit';
import { attributeError, type TaskRegisterError } from '../../data/errors.js';
import { nearest, parseIsoDate, parseTaskSelection, parseUnitSelection, splitList, type TaskSelection } from '../../data/query.js';
import type { Register } from '../../data/model.js';

export { attributeError };

/** A list property: an array, or the text of a list attribute (`a,b`, `a、b`). */
export type ListValue = string | readonly string[];

/** Attribute text as written, trimmed; a removed attribute gives ''. */
export const textAttribute: ComplexAttributeConverter<string> = {
  fromAttribute: (value) => (value ?? '').trim(),
};

/** A keyword attribute (`sort="name"`), trimmed and lower-cased; a removed one gives `fallback`. */
export function keywordAttribute<T extends string>(fallback: T): ComplexAttributeConverter<T> {
  // Text outside the keywords is kept as written, so `readKeyword` can name it in its error.
  return { fromAttribute: (value) => ((value ?? '').trim().toLowerCase() || fallback) as T };
}

/** A list attribute (`edu,hrss`, `省教育厅、省人力社保厅`); a removed one gives []. */
export const listAttribute: ComplexAttributeConverter<ListValue> = {
  fromAttribute: (value) => splitList(value ?? ''),
  toAttribute: (value: ListValue) => (typeof value === 'string' ? value : value.join(',')),
};

const trueWords = ['', 'true', '1', 'yes', 'on'];
const falseWords = ['false', '0', 'no', 'off'];

/** A yes/no attribute: `true`, `false` and their usual spellings; a removed one gives `fallback`. */
export function flagAttribute(fallback: boolean): ComplexAttributeConverter<boolean> {
  return {
    fromAttribute: (value) => {
      if (value === null) return fallback;
      const word = value.trim().toLowerCase();
      if (trueWords.includes(word)) return true;
      if (falseWords.includes(word)) return false;
      // Kept as written for `readFlag` to report.
      return value as unknown as boolean;
    },
    toAttribute: (value: boolean) => String(value),
  };
}

function invalid(attribute: string, value: unknown, expected: string, extra: readonly string[] = [], suggestions: readonly string[] = []): TaskRegisterError {
  return attributeError(attribute, 'attrInvalid', [attribute, String(value), expected, ...extra], suggestions);
}

/** One of `allowed` (case-insensitive); empty gives `fallback`; else an error with the nearest. */
export function readKeyword<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
  const wanted = String(value ?? '').trim().toLowerCase();
  if (wanted === '') return fallback;
  const found = allowed.find((option) => option === wanted);
  if (found) return found;
  throw invalid(attribute, value, 'expectOneOf', [allowed.join(', ')], nearest(wanted, allowed, allowed.length));
}

/** A yes/no value set as a boolean or written as text. */
export function readFlag(attribute: string, value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return fallback;
  const word = String(value).trim().toLowerCase();
  if (trueWords.includes(word)) return true;
  if (falseWords.includes(word)) return false;
  throw invalid(attribute, value, 'expectOneOf', ['true, false'], ['true', 'false']);
}

/** A four-digit year, or null when empty. */
export function readYear(attribute: string, value: unknown): number | null {
  const text = String(value ?? '').trim();
  if (!text) return null;
  if (!/^\d{4}$/.test(text)) throw invalid(attribute, text, 'expectYear');
  return Number(text);
}

/** An ISO date (`2025-06-30`) at 00:00 UTC, or null when empty. */
export function readDate(attribute: string, value: unknown): Date | null {
  const text = String(value ?? '').trim();
  if (!text) return null;
  const date = parseIsoDate(text);
  if (!date) throw invalid(attribute, text, 'expectIsoDate');
  return date;
}

/**
 * A number as people write it (`268`, `1,234.5`, `-2.5`, `1e3`, a minus sign), or null when empty.
 * Anything else is an error.
 */
export function readNumber(attribute: string, value: unknown): number | null {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw invalid(attribute, value, 'expectNumber');
  }
  const text = String(value ?? '').trim().replace(/^\u2212/, '-');
  if (text === '') return null;
  const plain = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  const number = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain) ? Number(plain) : NaN;
  if (!Number.isFinite(number)) throw invalid(attribute, String(value).trim(), 'expectNumber');
  return number;
}

/** Seconds within `1..600`, or `fallback` when empty. */
export function readSeconds(attribute: string, value: unknown, fallback: number): number {
  const text = String(value ?? '').trim();
  if (text === '') return fallback;
  const seconds = Number(text);
  if (!(seconds > 0 && seconds <= 600)) throw invalid(attribute, text, 'expectSeconds');
  return seconds;
}

/** The parts of a list property, from an array (script) or its text (attribute). */
export function readList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((part) => String(part).trim()).filter(Boolean);
  return splitList(String(value ?? ''));
}

/** A reading checked against the register: the value, and the parts it ignored. */
export interface Reading<T> {
  readonly value: T;
  readonly ignored: readonly string[];
}

/**
 * Unit ids or names. Unknown ones are ignored (`strict: false`, listed in `ignored`) or an error
 * with the nearest names (`strict: true`).
 */
export function readUnits(attribute: string, value: unknown, register: Register, strict: boolean): Reading<readonly string[]> {
  const parts = readList(value);
  if (!parts.length) return { value: [], ignored: [] };
  const selection = parseUnitSelection(parts.join(','), register);
  if (strict && selection.unknown.length) {
    const candidates = register.units.flatMap((unit) => [unit.id, unit.name]);
    throw attributeError(attribute, 'attrUnknownUnits', [selection.unknown], nearest(selection.unknown[0]!, candidates, 3));
  }
  return { value: selection.ids, ignored: selection.unknown };
}

/** Task numbers and ranges (`1-10,20`): the numbers found, the malformed parts, the unknown numbers. */
export function readTasks(value: unknown, register: Register): TaskSelection {
  return parseTaskSelection(readList(value).join(','), register);
}
