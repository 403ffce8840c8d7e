/**
 * The register model every widget reads: the version-2 data contract under its plain names. A
 * version-1 register is upgraded to it on parse.
 */
export type {
  ComparatorV2 as Comparator,
  DeadlineKind,
  DeadlineV2 as Deadline,
  IndicatorV2 as Indicator,
  RegisterV2 as Register,
  RoleId,
  RoleV2 as Role,
  SectionV2 as Section,
  TaskV2 as Task,
  UnitV2 as Unit,
} from './schema-v2.js';
import type { IndicatorV2 } from './schema-v2.js';

/** An indicator with one target figure. */
export type PointIndicator = Exclude<IndicatorV2, { comparator: 'range' }>;
/** An indicator with a range (min–max). */
export type RangeIndicator = Extract<IndicatorV2, { comparator: 'range' }>;
/** A unit of measure as the document writes it (所, %, 万人, 亿元…), or `ratio`. */
export type Measure = string;
