/**
 * The data contract of a task register, version 2: what governments actually publish. The
 * document's own numbers (序号 as written), its role columns and their words, sections, every kind
 * of deadline a table states (or none), open units of measure. In zod/mini (no eval, so it runs
 * under a strict Content-Security-Policy); every type comes from `z.infer`.
 *
 * `parseRegisterV2` validates the shape (strict objects: an unknown field is an error naming it,
 * except inside `extra`) and the cross-field rules, upgrades a version-1 register, and returns a
 * deeply frozen register.
 */
import { z } from 'zod/mini';
import { registerIssue, TaskRegisterError, withTaskNumber, type RegisterIssue } from './errors.js';
import { describeZodIssue, parseRegisterV1, type ZodIssueLike } from './parse.js';
import { isValidatedRegister, trustedRegister } from './trusted.js';
import type { DeepReadonly, Register } from './schema.js';

export const roleIds = ['lead', 'responsible', 'participant'] as const;
export const comparatorsV2 = ['atLeast', 'exactly', 'about', 'atMost', 'moreThan', 'lessThan', 'range'] as const;
export const deadlineKinds = ['year', 'month', 'date', 'annual', 'ongoing', 'text', 'none'] as const;

/** ASCII identifier: lower-case letters, digits and hyphens. */
export const asciiIdPattern = /^[a-z0-9][a-z0-9-]*$/;

function buildSchemas() {
  const id = z.string().check(z.regex(asciiIdPattern));
  const text = z.string().check(z.minLength(1));
  const year = z.int().check(z.gte(1900), z.lte(2200));
  const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
  /** A portal's own fields, carried untouched. */
  const extra = z.optional(z.record(z.string(), z.unknown()));

  const RoleSchema = z.strictObject({
    id: z.enum(roleIds),
    /** The document's column word: 牵头单位, 责任单位, 主要责任单位, 协同配合单位… */
    label: text,
    labelEn: z.optional(text),
  });

  const UnitSchema = z.strictObject({
    id,
    /** The name as written, without 等 and trailing punctuation. */
    name: text,
    nameEn: z.optional(text),
    /** An open ASCII kind, e.g. `provincial-department`, `collective`. */
    kind: z.optional(id),
    extra,
  });

  const SectionSchema = z.strictObject({
    id,
    /** The heading's number as written: 一, （四）, ——. */
    number: z.optional(text),
    title: text,
    titleEn: z.optional(text),
    parentId: z.optional(id),
  });

  const DeadlineSchema = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('year'), year, text }),
    z.strictObject({ kind: z.literal('month'), year, month: z.int().check(z.gte(1), z.lte(12)), text }),
    z.strictObject({ kind: z.literal('date'), date: isoDate, text }),
    z.strictObject({ kind: z.literal('annual'), text }),
    z.strictObject({ kind: z.literal('ongoing'), text }),
    z.strictObject({ kind: z.literal('text'), text }),
    z.strictObject({ kind: z.literal('none') }),
  ]);

  const unitList = z.optional(z.array(id));
  const TaskUnitsSchema = z.strictObject({ lead: unitList, responsible: unitList, participant: unitList });

  /** Cells as the document writes them, where they differ from what the register holds. */
  const WrittenSchema = z.strictObject({
    lead: z.optional(z.string()),
    responsible: z.optional(z.string()),
    participant: z.optional(z.string()),
    deadline: z.optional(z.string()),
    leaders: z.optional(z.string()),
  });

  const TaskSchema = z.strictObject({
    /** Stable ASCII id, e.g. `t52`. */
    id,
    /** The document's 序号 as written: "52", "3", "（一）1". May repeat across sections. */
    number: text,
    sectionId: z.optional(id),
    /** The task text, character for character. */
    content: text,
    units: TaskUnitsSchema,
    deadline: DeadlineSchema,
    indicatorIds: z.array(id),
    /** 分管领导 / 责任领导 as written. */
    leaders: z.optional(z.array(text)),
    note: z.optional(text),
    written: z.optional(WrittenSchema),
    extra,
  });

  const indicatorCommon = {
    id,
    /** The id of the task whose text states the target. */
    task: id,
    label: text,
    labelEn: z.optional(text),
    /** Unit of measure as written: 所 个 家 % 倍 万元 亿元 万人 人 公里, or `ratio` (target:1). */
    measure: text,
    nounEn: z.optional(text),
    dueYear: z.optional(year),
    /** The exact substring of the task's content the target comes from. */
    quote: text,
    /** A candidate the importer proposed, not yet reviewed. */
    review: z.optional(z.literal(true)),
  };

  const IndicatorSchema = z.discriminatedUnion('comparator', [
    z.strictObject({
      ...indicatorCommon,
      comparator: z.enum(['atLeast', 'exactly', 'about', 'atMost', 'moreThan', 'lessThan']),
      target: z.number(),
    }),
    z.strictObject({ ...indicatorCommon, comparator: z.literal('range'), min: z.number(), max: z.number() }),
  ]);

  const RegisterV2Schema = z.strictObject({
    schemaVersion: z.literal(2),
    id,
    title: text,
    titleEn: z.optional(text),
    subtitle: z.optional(text),
    subtitleEn: z.optional(text),
    issuer: z.optional(text),
    documentNumber: z.optional(text),
    issuedDate: z.optional(isoDate),
    /** The plan's year, when the document states it (2023年重点工作). */
    planYear: z.optional(year),
    roles: z.array(RoleSchema).check(z.minLength(1)),
    units: z.array(UnitSchema),
    sections: z.array(SectionSchema),
    tasks: z.array(TaskSchema).check(z.minLength(1)),
    indicators: z.array(IndicatorSchema),
    extra,
  });

  return { RoleSchema, UnitSchema, SectionSchema, DeadlineSchema, TaskSchema, IndicatorSchema, RegisterV2Schema };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;

/** The version-2 shape (cross-field rules are checked by `parseRegisterV2`). */
export function registerV2Schema(): Schemas['RegisterV2Schema'] {
  schemas ??= buildSchemas();
  return schemas.RegisterV2Schema;
}

/** Mutable shapes, for code that builds a register (the importer, tests). */
export type RegisterV2Input = z.infer<Schemas['RegisterV2Schema']>;
export type RoleV2Input = z.infer<Schemas['RoleSchema']>;
export type UnitV2Input = z.infer<Schemas['UnitSchema']>;
export type SectionV2Input = z.infer<Schemas['SectionSchema']>;
export type TaskV2Input = z.infer<Schemas['TaskSchema']>;
export type DeadlineV2Input = z.infer<Schemas['DeadlineSchema']>;
export type IndicatorV2Input = z.infer<Schemas['IndicatorSchema']>;

/** A validated version-2 register and its parts: deeply read-only. */
export type RegisterV2 = DeepReadonly<RegisterV2Input>;
export type RoleV2 = RegisterV2['roles'][number];
export type RoleId = RoleV2['id'];
export type UnitV2 = RegisterV2['units'][number];
export type SectionV2 = RegisterV2['sections'][number];
export type TaskV2 = RegisterV2['tasks'][number];
export type DeadlineV2 = TaskV2['deadline'];
export type DeadlineKind = DeadlineV2['kind'];
export type IndicatorV2 = RegisterV2['indicators'][number];
export type ComparatorV2 = IndicatorV2['comparator'];

const isCalendarDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
};

/** The rules a shape cannot express: unique ids, resolving references, declared roles, sections without cycles. */
export function crossFieldIssuesV2(register: RegisterV2Input): RegisterIssue[] {
  const issues: RegisterIssue[] = [];
  const unique = (items: readonly { id: string }[], at: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) issues.push(registerIssue(`${at}[${i}].id`, 'issueDuplicateId', item.id));
      seen.add(item.id);
    });
    return seen;
  };
  const roleIdsDeclared = unique(register.roles, 'roles');
  const unitIds = unique(register.units, 'units');
  const sectionIds = unique(register.sections, 'sections');
  unique(register.tasks, 'tasks');
  const indicatorIds = unique(register.indicators, 'indicators');

  const names = new Set<string>();
  register.units.forEach((unit, i) => {
    if (names.has(unit.name)) issues.push(registerIssue(`units[${i}].name`, 'issueDuplicateUnitName', unit.name));
    names.add(unit.name);
  });

  const parentOf = new Map(register.sections.map((s) => [s.id, s.parentId]));
  register.sections.forEach((section, i) => {
    if (section.parentId === undefined) return;
    if (!sectionIds.has(section.parentId)) {
      issues.push(registerIssue(`sections[${i}].parentId`, 'issueUnknownSection', section.parentId));
      return;
    }
    // Walk up: a cycle comes back to this section within as many steps as there are sections.
    let at: string | undefined = section.parentId;
    for (let steps = 0; at !== undefined && steps <= register.sections.length; steps++) {
      if (at === section.id) {
        issues.push(registerIssue(`sections[${i}].parentId`, 'issueSectionCycle', section.id));
        break;
      }
      at = parentOf.get(at);
    }
  });

  const taskById = new Map(register.tasks.map((t) => [t.id, t]));
  register.tasks.forEach((task, i) => {
    const at = `tasks[${i}]`;
    if (task.sectionId !== undefined && !sectionIds.has(task.sectionId)) {
      issues.push(registerIssue(`${at}.sectionId`, 'issueUnknownSection', task.sectionId));
    }
    let count = 0;
    const roleOf = new Map<string, string>();
    for (const role of roleIds) {
      const ids = task.units[role];
      if (ids === undefined) continue;
      if (!roleIdsDeclared.has(role)) issues.push(registerIssue(`${at}.units.${role}`, 'issueUndeclaredRole', role));
      ids.forEach((unitId, j) => {
        count++;
        const path = `${at}.units.${role}[${j}]`;
        if (!unitIds.has(unitId)) issues.push(registerIssue(path, 'issueUnknownUnit', unitId));
        else if (roleOf.get(unitId) === role) issues.push(registerIssue(path, 'issueRepeatedUnit', unitId));
        else if (roleOf.has(unitId)) issues.push(registerIssue(path, 'issueUnitInTwoRoles', unitId, roleOf.get(unitId)!, role));
        roleOf.set(unitId, role);
      });
    }
    if (count === 0) issues.push(registerIssue(`${at}.units`, 'issueTaskNoUnits'));
    if (task.deadline.kind === 'date' && !isCalendarDate(task.deadline.date)) {
      issues.push(registerIssue(`${at}.deadline.date`, 'issueFormat'));
    }
    task.indicatorIds.forEach((id, j) => {
      if (!indicatorIds.has(id)) issues.push(registerIssue(`${at}.indicatorIds[${j}]`, 'issueUnknownIndicator', id));
    });
  });

  register.indicators.forEach((indicator, i) => {
    const at = `indicators[${i}]`;
    const task = taskById.get(indicator.task);
    if (!task) {
      issues.push(registerIssue(`${at}.task`, 'issueUnknownTaskId', indicator.task));
      return;
    }
    if (!task.indicatorIds.includes(indicator.id)) {
      issues.push(registerIssue(`${at}.task`, 'issueIndicatorNotListed', indicator.id, task.number));
    }
    if (!task.content.includes(indicator.quote)) {
      issues.push(registerIssue(`${at}.quote`, 'issueQuoteNotInTask', task.number));
    }
    if (indicator.comparator === 'range' && !(indicator.min < indicator.max)) {
      issues.push(registerIssue(`${at}.max`, 'issueRange'));
    }
  });
  if (register.issuedDate !== undefined && !isCalendarDate(register.issuedDate)) {
    issues.push(registerIssue('issuedDate', 'issueFormat'));
  }
  return issues;
}

/** Whether a value is a register `parseRegisterV2` returned. */
export function isValidatedRegisterV2(value: unknown): value is RegisterV2 {
  return isValidatedRegister(value) && (value as { schemaVersion?: unknown }).schemaVersion === 2;
}

/** The roles of every version-1 register: its two columns. */
export const v1Roles: readonly RoleV2Input[] = [
  { id: 'lead', label: '牵头单位', labelEn: 'Lead units' },
  { id: 'participant', label: '参与单位', labelEn: 'Participating units' },
];

/** A validated version-1 register in the version-2 model: nothing lost, nothing added but the roles. */
export function upgradeV1(register: Register): RegisterV2Input {
  const taskId = (n: number) => `t${n}`;
  return {
    schemaVersion: 2,
    id: register.id,
    title: register.title,
    ...(register.titleEn !== undefined ? { titleEn: register.titleEn } : {}),
    subtitle: register.subtitle,
    ...(register.subtitleEn !== undefined ? { subtitleEn: register.subtitleEn } : {}),
    ...(register.issuer !== undefined ? { issuer: register.issuer } : {}),
    ...(register.documentNumber !== undefined ? { documentNumber: register.documentNumber } : {}),
    ...(register.issuedDate !== undefined ? { issuedDate: register.issuedDate } : {}),
    roles: v1Roles.map((role) => ({ ...role })),
    units: register.units.map((u) => ({ id: u.id, name: u.name, nameEn: u.nameEn, kind: u.kind })),
    sections: [],
    tasks: register.tasks.map((t) => {
      const written = {
        ...(t.written?.lead !== undefined ? { lead: t.written.lead } : {}),
        ...(t.written?.participants !== undefined ? { participant: t.written.participants } : {}),
      };
      return {
        id: taskId(t.number),
        number: String(t.number),
        content: t.content,
        units: {
          lead: [...t.leadUnitIds],
          ...(t.participantUnitIds.length ? { participant: [...t.participantUnitIds] } : {}),
        },
        deadline: { ...t.deadline },
        indicatorIds: [...t.indicatorIds],
        ...(Object.keys(written).length ? { written } : {}),
      };
    }),
    indicators: register.indicators.map((i) => {
      const common = {
        id: i.id,
        task: taskId(i.task),
        label: i.label,
        labelEn: i.labelEn,
        measure: i.measure,
        ...(i.nounEn !== undefined ? { nounEn: i.nounEn } : {}),
        dueYear: i.dueYear,
        quote: i.quote,
      };
      return i.comparator === 'range'
        ? { ...common, comparator: 'range' as const, min: i.min, max: i.max }
        : { ...common, comparator: i.comparator, target: i.target };
    }),
  };
}

/** Whether unknown JSON is a version-1 register (no `schemaVersion`, or 1). */
export function isRegisterV1(json: unknown): boolean {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return false;
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  return version === undefined || version === 1;
}

/**
 * The cross-field rules on input whose shape failed, so one run reports every problem; skipped
 * when the input is too far from a register to walk (the shape issues say why).
 */
function bestEffortCrossField(input: unknown): RegisterIssue[] {
  try {
    return crossFieldIssuesV2(input as RegisterV2Input);
  } catch {
    return [];
  }
}

/**
 * Validates unknown JSON as a version-2 register, or a version-1 register which it upgrades.
 * Throws `TaskRegisterError` (`invalid-register`) whose issues carry JSON paths.
 */
export function parseRegisterV2(json: unknown): RegisterV2 {
  if (isValidatedRegisterV2(json)) return json;
  const input = isRegisterV1(json) ? upgradeV1(parseRegisterV1(json)) : json;
  const result = registerV2Schema().safeParse(input);
  const issues = result.success
    ? crossFieldIssuesV2(result.data)
    : [...(result.error.issues as unknown as ZodIssueLike[]).map((issue) => describeZodIssue(issue, input)), ...bestEffortCrossField(input)];
  if (!result.success || issues.length > 0) {
    // Each issue in a task names it by the document's number (`任务5`), not by its index in the JSON (`tasks[4]`).
    throw new TaskRegisterError('invalid-register', 'invalidRegister', [issues.length], { issues: issues.map((issue) => withTaskNumber(issue, input)) });
  }
  return trustedRegister(result.data);
}

/** The unreviewed candidates of a register (`review: true`): `validate --strict` fails on them. */
export function reviewIssues(register: RegisterV2): RegisterIssue[] {
  return register.indicators.flatMap((indicator, i) =>
    indicator.review ? [registerIssue(`indicators[${i}].review`, 'issueCandidate', indicator.id)] : [],
  );
}

/** Validates unknown JSON as a register (version 2, or version 1 upgraded): the one entry point. */
export const parseRegister = parseRegisterV2;
