/**
 * Reading the values portal teams write in attributes: dates, task ranges, unit lists. Each
 * returns what it understood and what it could not, so a widget can say exactly what was wrong.
 */
import type { Register } from './model.js';

/** `2025-06-30` → that day at 00:00 UTC; null for anything else, including `2025-13-45`. */
export function parseIsoDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** Today as a date at 00:00 UTC, in the reader's own calendar day. */
export function today(now = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** The same date as `2026-11-29`. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Splits a list attribute on commas (ASCII or full-width), 、 and whitespace; drops empties. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export interface TaskSelection {
  /** The ids of the tasks selected, in register order. */
  readonly ids: readonly string[];
  /** Parts that are neither a number, a range (`52-60`; not `60-52`) nor a task id. */
  readonly malformed: readonly string[];
  /** Parts well written that match no task. */
  readonly unknown: readonly string[];
}

/**
 * `52-60,73` → the tasks the document numbers 52 to 60 and 73 (numbers as written; a range takes
 * every task whose number is a whole number inside it), or task ids; checked against the register.
 * A number that several sections repeat selects each of those tasks.
 */
export function parseTaskSelection(text: string, register: Register): TaskSelection {
  const chosen = new Set<string>();
  const malformed: string[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[,，、;；\s]+/).filter(Boolean)) {
    const range = /^(\d+)\s*[-–~～至]\s*(\d+)$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to < from) {
        malformed.push(part);
        continue;
      }
      const hits = register.tasks.filter((task) => /^\d+$/.test(task.number) && Number(task.number) >= from && Number(task.number) <= to);
      if (!hits.length) unknown.push(part);
      hits.forEach((task) => chosen.add(task.id));
      continue;
    }
    const hits = register.tasks.filter((task) => task.number === part || task.id === part);
    if (hits.length) hits.forEach((task) => chosen.add(task.id));
    else if (/^[\w（）()\-.、一二三四五六七八九十]+$/.test(part)) unknown.push(part);
    else malformed.push(part);
  }
  return { ids: register.tasks.filter((task) => chosen.has(task.id)).map((task) => task.id), malformed, unknown };
}

export interface UnitSelection {
  /** Unit ids, in the order written, without repeats. */
  readonly ids: readonly string[];
  /** Parts that are neither a unit id nor a unit name. */
  readonly unknown: readonly string[];
}

/** `edu,hrss` or `省教育厅,省人力社保厅` (or a mix) → unit ids. */
export function parseUnitSelection(text: string, register: Register): UnitSelection {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const part of splitList(text)) {
    const unit = register.units.find((u) => u.id === part || u.name === part || u.id === part.toLowerCase());
    if (!unit) unknown.push(part);
    else if (!ids.includes(unit.id)) ids.push(unit.id);
  }
  return { ids, unknown };
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The `count` candidates closest to `input` (edit distance, then a shared substring first). */
export function nearest(input: string, candidates: readonly string[], count = 3): string[] {
  const needle = input.toLowerCase();
  return candidates
    .map((candidate) => {
      const lower = candidate.toLowerCase();
      const shares = lower.includes(needle) || needle.includes(lower) ? 0 : 1;
      return { candidate, score: shares * 1000 + editDistance(needle, lower) };
    })
    .sort((a, b) => a.score - b.score)
    .slice(0, count)
    .map((entry) => entry.candidate);
}
