/**
 * The data contract of a task register, in zod/mini (no eval, so it runs under a strict
 * Content-Security-Policy). Every TypeScript type of the register comes from here.
 */
import { z } from 'zod/mini';

export const unitKinds = ['provincial-department', 'municipal-government', 'collective', 'other'] as const;
export const comparators = ['atLeast', 'exactly', 'about', 'atMost', 'range'] as const;
export const measures = ['所', '个', '家', '门', '%', '倍', '万元', 'ratio'] as const;

/**
 * The schemas, built on first use rather than when the module loads: a page that shows only the
 * bundled register never needs them (building them costs several milliseconds of startup).
 */
function buildSchemas() {
  /** ASCII identifier: lower-case letters, digits and hyphens. */
  const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/));
  const text = z.string().check(z.minLength(1));
  const year = z.int().check(z.gte(1900), z.lte(2200));

  const UnitSchema = z.object({
    /** Stable ASCII id, e.g. `edu`. */
    id,
    /** The unit's name exactly as the document writes it, e.g. 省教育厅. */
    name: text,
    /** English name. */
    nameEn: text,
    kind: z.enum(unitKinds),
  });

  const DeadlineSchema = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('year'), year, text }),
    z.object({ kind: z.literal('annual'), text }),
  ]);

  /**
   * Unit cells as the source table writes them, where that differs from the unit names joined by
   * 、 (a line break between names, a suffix shared by a list), so an export loses nothing.
   */
  const WrittenCellsSchema = z.object({
    lead: z.optional(text),
    participants: z.optional(z.string()),
  });

  const TaskSchema = z.object({
    /** 1-based task number (序号). */
    number: z.int().check(z.gte(1)),
    /** The 工作内容 cell, character for character. */
    content: text,
    leadUnitIds: z.array(id).check(z.minLength(1)),
    participantUnitIds: z.array(id),
    deadline: DeadlineSchema,
    indicatorIds: z.array(id),
    written: z.optional(WrittenCellsSchema),
  });


  const indicatorCommon = {
    /** Stable ASCII id, e.g. `integration-enterprises`. */
    id,
    /** Number of the task whose text states the target. */
    task: z.int().check(z.gte(1)),
    /** Short label in Chinese, e.g. 产教融合型企业. */
    label: text,
    labelEn: text,
    /** Unit of measure: a Chinese classifier, %, 倍, 万元, or `ratio` (target:1). */
    measure: z.enum(measures),
    /** English noun for counted things ("colleges"), used with 所/个/家/门. */
    nounEn: z.optional(text),
    /** Year by which the target is due. */
    dueYear: year,
    /** The exact substring of the task text the target comes from. */
    quote: text,
  };

  const PointIndicatorSchema = z.object({
    ...indicatorCommon,
    comparator: z.enum(['atLeast', 'exactly', 'about', 'atMost']),
    target: z.number().check(z.gte(0)),
  });

  const RangeIndicatorSchema = z.object({
    ...indicatorCommon,
    comparator: z.literal('range'),
    min: z.number().check(z.gte(0)),
    max: z.number().check(z.gte(0)),
  });

  const IndicatorSchema = z.discriminatedUnion('comparator', [PointIndicatorSchema, RangeIndicatorSchema]);

  /** The shape alone; cross-field rules are checked by `parseRegister`. */
  const RegisterShapeSchema = z.object({
    id,
    /** The plan's title, as written (without the 《》 brackets). */
    title: text,
    titleEn: z.optional(text),
    /** The table's own heading, e.g. 重点任务分工方案. */
    subtitle: text,
    subtitleEn: z.optional(text),
    /** Optional facts a source may give; absent when the document does not state them. */
    issuer: z.optional(text),
    documentNumber: z.optional(text),
    issuedDate: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
    units: z.array(UnitSchema).check(z.minLength(1)),
    tasks: z.array(TaskSchema).check(z.minLength(1)),
    indicators: z.array(IndicatorSchema),
  });

  return { UnitSchema, DeadlineSchema, TaskSchema, IndicatorSchema, RegisterShapeSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;

/** The register's shape (cross-field rules are checked by `parseRegister`). */
export function registerShapeSchema(): Schemas['RegisterShapeSchema'] {
  schemas ??= buildSchemas();
  return schemas.RegisterShapeSchema;
}

/** Mutable shapes, for code that builds a register (the importer, tests). */
export type UnitInput = z.infer<Schemas['UnitSchema']>;
export type TaskInput = z.infer<Schemas['TaskSchema']>;
export type IndicatorInput = z.infer<Schemas['IndicatorSchema']>;
export type RegisterInput = z.infer<Schemas['RegisterShapeSchema']>;

/** A validated register and its parts: deeply read-only. */
export type Register = DeepReadonly<RegisterInput>;
export type Unit = Register['units'][number];
export type Task = Register['tasks'][number];
export type Indicator = Register['indicators'][number];
export type PointIndicator = Extract<Indicator, { comparator: 'atLeast' | 'exactly' | 'about' | 'atMost' }>;
export type RangeIndicator = Extract<Indicator, { comparator: 'range' }>;
export type UnitKind = Unit['kind'];
export type Deadline = Task['deadline'];
export type Comparator = Indicator['comparator'];
export type Measure = Indicator['measure'];

export type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
