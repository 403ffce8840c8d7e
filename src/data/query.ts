/**
 * Reading the values portal teams write in attributes: dates, task ranges, unit lists. Each
 * returns what it understood and what it could not, so a widget can say exactly what was wrong.
 */
import type { Register } from './schema.js';

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
  /** Task numbers selected, ascending, without repeats. */
  readonly numbers: readonly number[];
  /** Parts that are not a number or range (`a-b`, `5-3`). */
  readonly malformed: readonly string[];
  /** Numbers well written but not in the register. */
  readonly unknown: readonly number[];
}

/** `1-10,20` → tasks 1 to 10 and 20, checked against the register. */
export function parseTaskSelection(text: string, register: Register): TaskSelection {
  const exists = new Set(register.tasks.map((task) => task.number));
  const chosen = new Set<number>();
  const malformed: string[] = [];
  const unknown = new Set<number>();
  for (const part of text.split(/[,，、;；\s]+/).filter(Boolean)) {
    const match = /^(\d+)(?:\s*[-–~～至]\s*(\d+))?$/.exec(part);
    const from = match ? Number(match[1]) : NaN;
    const to = match?.[2] !== undefined ? Number(match[2]) : from;
    if (!match || to < from || to - from > 100_000) {
      malformed.push(part);
      continue;
    }
    for (let n = from; n <= to; n++) {
      if (exists.has(n)) chosen.add(n);
      else unknown.add(n);
    }
  }
  return { numbers: [...chosen].sort((a, b) => a - b), malformed, unknown: [...unknown].sort((a, b) => a - b) };
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
