/**
 * The timeline's attributes read into the model's options, pure: the properties as set (by
 * attribute or by script), the register and the as-of date in; checked options out, or an
 * attribute error naming the attribute, the value and what was expected.
 */
import type { ComplexAttributeConverter } from 'lit';
import { attributeError } from '../../data/errors.js';
import type { Register } from '../../data/model.js';
import { roleFilters, type RoleFilter } from '../../data/selectors.js';
import { flagAttribute, readFlag, readKeyword, readUnits, readYear, type ListValue } from '../base/attributes.js';
import { defaultAxisYears, groupings, type GroupBy, type ModelOptions } from './deadline-timeline.model.js';

/** The timeline's own properties, as the element holds them. */
export interface TimelineAttributes {
  readonly from: string;
  readonly to: string;
  readonly groupBy: GroupBy;
  readonly units: ListValue;
  readonly unitRole: RoleFilter;
  readonly showAnnual: boolean;
}

const flag = flagAttribute(true);

/** `show-annual`: yes/no, default yes; the attribute's own name (`show-annual="show-annual"`) also means yes. */
export const showAnnualAttribute: ComplexAttributeConverter<boolean> = {
  ...flag,
  fromAttribute: (value, type) => value?.trim().toLowerCase() === 'show-annual' || flag.fromAttribute!(value, type),
};

/** The longest axis drawn, in years. */
const maxSpan = 100;

/**
 * Checks every attribute (in the order an author reads them: grouping, units, axis) and fills in
 * the default axis: from the earliest deadline (or the as-of year) to the latest (or the as-of year).
 */
export function readTimelineOptions(attributes: TimelineAttributes, register: Register, asOf: Date): ModelOptions {
  const groupBy = readKeyword('group-by', attributes.groupBy, groupings, 'none');
  const role = readKeyword('unit-role', attributes.unitRole, roleFilters, 'all');
  const showAnnual = readFlag('show-annual', attributes.showAnnual, true);
  const unitIds = readUnits('units', attributes.units, register, true).value;
  const defaults = defaultAxisYears(register, asOf.getUTCFullYear());
  const fromYear = readYear('from', attributes.from);
  const toYear = readYear('to', attributes.to);
  const from = fromYear ?? Math.min(defaults.from, toYear ?? defaults.from);
  const to = toYear ?? Math.max(defaults.to, fromYear ?? defaults.to);
  if (from > to) throw attributeError('from', 'attrFromAfterTo', [from, to]);
  if (to - from > maxSpan) throw attributeError('to', 'attrSpanTooLong', [from, to]);
  return { asOf, from, to, groupBy, unitIds, role, showAnnual };
}
