/**
 * `parseRegister`: unknown JSON in, a validated, deeply frozen `Register` out, or a
 * `TaskRegisterError` whose issues name the path and the problem (a message key and parameters).
 */
import { isValidatedRegister, trustedRegister } from './trusted.js';
import { registerIssue, TaskRegisterError, withTaskNumber, type RegisterIssue } from './errors.js';
import { registerShapeSchema, type Register, type RegisterInput } from './schema.js';

export type ZodIssueLike = {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  minimum?: unknown;
  maximum?: unknown;
  values?: unknown[];
  keys?: string[];
};

/** `['tasks', 4, 'leadUnitIds', 0]` → `tasks[4].leadUnitIds[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** The value at a path of the input, to tell a missing field from a wrong one. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A zod issue as a register issue: its path, and what is wrong in words the catalog writes. */
export function describeZodIssue(issue: ZodIssueLike, root: unknown): RegisterIssue {
  return withTaskNumber(describeZodProblem(issue, root), root);
}

function describeZodProblem(issue: ZodIssueLike, root: unknown): RegisterIssue {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(root, issue.path) === undefined
        ? registerIssue(path, 'issueMissing')
        : registerIssue(path, 'issueType', String(issue.expected));
    case 'unrecognized_keys':
      return registerIssue(path, 'issueUnknownFields', issue.keys ?? []);
    case 'too_small':
      return registerIssue(path, 'issueTooSmall', String(issue.minimum));
    case 'too_big':
      return registerIssue(path, 'issueTooBig', String(issue.maximum));
    case 'invalid_format':
      return registerIssue(path, 'issueFormat');
    case 'invalid_value':
      return registerIssue(path, 'issueValue', (issue.values ?? []).map(String).join(', '));
    case 'invalid_union':
      return registerIssue(path, 'issueUnion');
    default:
      return registerIssue(path, 'issueOther', issue.message);
  }
}

/** The rules a shape cannot express: unique ids, resolving references, 1..n numbering. */
export function crossFieldIssues(register: RegisterInput): RegisterIssue[] {
  const issues: RegisterIssue[] = [];
  const unitIds = new Set<string>();
  const unitNames = new Set<string>();
  register.units.forEach((unit, i) => {
    if (unitIds.has(unit.id)) issues.push(registerIssue(`units[${i}].id`, 'issueDuplicateUnitId', unit.id));
    if (unitNames.has(unit.name)) issues.push(registerIssue(`units[${i}].name`, 'issueDuplicateUnitName', unit.name));
    unitIds.add(unit.id);
    unitNames.add(unit.name);
  });

  const indicatorIds = new Set<string>();
  register.indicators.forEach((indicator, i) => {
    if (indicatorIds.has(indicator.id)) {
      issues.push(registerIssue(`indicators[${i}].id`, 'issueDuplicateIndicator', indicator.id));
    }
    indicatorIds.add(indicator.id);
  });

  register.tasks.forEach((task, i) => {
    const at = `tasks[${i}]`;
    if (task.number !== i + 1) issues.push(registerIssue(`${at}.number`, 'issueTaskNumber', i + 1, task.number));
    const seen = new Set<string>();
    const checkUnits = (ids: readonly string[], field: string) =>
      ids.forEach((id, j) => {
        if (!unitIds.has(id)) issues.push(registerIssue(`${at}.${field}[${j}]`, 'issueUnknownUnit', id));
        else if (seen.has(id)) {
          const lead = task.leadUnitIds.includes(id) && field === 'participantUnitIds';
          issues.push(registerIssue(`${at}.${field}[${j}]`, lead ? 'issueLeadAndParticipant' : 'issueRepeatedUnit', id));
        }
        seen.add(id);
      });
    checkUnits(task.leadUnitIds, 'leadUnitIds');
    checkUnits(task.participantUnitIds, 'participantUnitIds');
    task.indicatorIds.forEach((id, j) => {
      if (!indicatorIds.has(id)) issues.push(registerIssue(`${at}.indicatorIds[${j}]`, 'issueUnknownIndicator', id));
    });
  });

  register.indicators.forEach((indicator, i) => {
    const at = `indicators[${i}]`;
    const task = register.tasks[indicator.task - 1];
    if (!task || task.number !== indicator.task) {
      issues.push(registerIssue(`${at}.task`, 'issueUnknownTask', indicator.task));
      return;
    }
    if (!task.indicatorIds.includes(indicator.id)) {
      issues.push(registerIssue(`${at}.task`, 'issueIndicatorTask', indicator.id, indicator.task));
    }
    if (!task.content.includes(indicator.quote)) {
      issues.push(registerIssue(`${at}.quote`, 'issueQuote', indicator.task));
    }
    if (indicator.comparator === 'range' && !(indicator.min < indicator.max)) {
      issues.push(registerIssue(`${at}.max`, 'issueRange'));
    }
  });
  return issues.map((issue) => withTaskNumber(issue, register));
}

export { isValidatedRegister, trustedRegister };

/**
 * Validates unknown JSON as a version-1 register (the upgrade path of `parseRegister` in
 * `schema-v2.ts`). Throws `TaskRegisterError` (`invalid-register`).
 */
export function parseRegisterV1(json: unknown): Register {
  if (isValidatedRegister(json) && (json as { schemaVersion?: unknown }).schemaVersion !== 2) return json as unknown as Register;
  const result = registerShapeSchema().safeParse(json);
  const issues = result.success
    ? crossFieldIssues(result.data)
    : (result.error.issues as unknown as ZodIssueLike[]).map((issue) => describeZodIssue(issue, json));
  if (!result.success || issues.length > 0) {
    throw new TaskRegisterError('invalid-register', 'invalidRegister', [issues.length], { issues });
  }
  return trustedRegister(result.data);
}
