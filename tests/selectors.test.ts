import { expect } from '@open-wc/testing';
import { bundledRegister } from '../src/data/bundled.js';
import { nearest, parseIsoDate, parseTaskSelection, parseUnitSelection, splitList, toIsoDate } from '../src/data/query.js';
import {
  deadlineYears,
  indicatorById,
  roleOf,
  taskByNumber,
  tasksOfUnit,
  taskStatus,
  unitByName,
  unitsOfTask,
} from '../src/data/selectors.js';

const register = bundledRegister();
const task = (n: number) => taskByNumber(register, n)!;

describe('selectors', () => {
  it('finds the tasks of a unit by role', () => {
    expect(tasksOfUnit(register, 'edu', 'lead')).to.have.length(24);
    expect(tasksOfUnit(register, 'edu', 'participant')).to.have.length(13);
    expect(tasksOfUnit(register, 'edu')).to.have.length(37);
    expect(tasksOfUnit(register, 'trade-unions').map((t) => t.number)).to.deep.equal([27]);
  });

  it('gives the units of a task: task 5 led by 省发展改革委 with 省教育厅 and 省人力社保厅', () => {
    const units = unitsOfTask(register, task(5));
    expect(units.lead.map((u) => u.name)).to.deep.equal(['省发展改革委']);
    expect(units.participants.map((u) => u.name)).to.deep.equal(['省教育厅', '省人力社保厅']);
    expect(roleOf(task(5), 'edu')).to.equal('participant');
    expect(roleOf(task(5), 'drc')).to.equal('lead');
    expect(roleOf(task(5), 'sasac')).to.equal(null);
  });

  it('looks up units and indicators', () => {
    expect(unitByName(register, '省国资委')!.id).to.equal('sasac');
    expect(indicatorById(register, 'integration-enterprises')).to.include({ task: 5, target: 300, measure: '家' });
    expect(indicatorById(register, 'nope')).to.equal(undefined);
  });

  it('gives each task’s status at an as-of date', () => {
    const at = (iso: string) => parseIsoDate(iso)!;
    expect(taskStatus(task(26), at('2023-06-30'))).to.equal('passed');
    expect(taskStatus(task(2), at('2023-06-30'))).to.equal('due-this-year');
    expect(taskStatus(task(1), at('2023-06-30'))).to.equal('upcoming');
    expect(taskStatus(task(7), at('2023-06-30'))).to.equal('annual');
    expect(taskStatus(task(2), at('2023-12-31'))).to.equal('due-this-year');
    expect(taskStatus(task(2), at('2024-01-01'))).to.equal('passed');
  });

  it('gives the span of deadline years', () => {
    expect(deadlineYears(register)).to.deep.equal({ first: 2022, last: 2025 });
  });
});

describe('attribute values', () => {
  it('reads ISO dates strictly', () => {
    expect(toIsoDate(parseIsoDate('2025-06-30')!)).to.equal('2025-06-30');
    expect(parseIsoDate('2025-13-45')).to.equal(null);
    expect(parseIsoDate('2025-02-29')).to.equal(null);
    expect(parseIsoDate('30/06/2025')).to.equal(null);
    expect(parseIsoDate('')).to.equal(null);
  });

  it('reads task ranges, naming the malformed and unknown parts', () => {
    expect(parseTaskSelection('1-3, 20', register).numbers).to.deep.equal([1, 2, 3, 20]);
    expect(parseTaskSelection('5，3、3', register).numbers).to.deep.equal([3, 5]);
    const messy = parseTaskSelection('a-b,2,9-7,45-48', register);
    expect(messy.numbers).to.deep.equal([2, 45, 46]);
    expect(messy.malformed).to.deep.equal(['a-b', '9-7']);
    expect(messy.unknown).to.deep.equal([47, 48]);
  });

  it('reads unit lists by id or name', () => {
    expect(parseUnitSelection('edu,hrss', register).ids).to.deep.equal(['edu', 'hrss']);
    expect(parseUnitSelection('省教育厅，省人力社保厅', register).ids).to.deep.equal(['edu', 'hrss']);
    expect(parseUnitSelection('edu,省外事办,EDU', register)).to.deep.equal({ ids: ['edu'], unknown: ['省外事办'] });
    expect(splitList(' a , b、c ')).to.deep.equal(['a', 'b', 'c']);
  });

  it('suggests the nearest valid ids', () => {
    expect(nearest('integration-enterprise', register.indicators.map((i) => i.id), 1)).to.deep.equal(['integration-enterprises']);
    expect(nearest('hrs', register.units.map((u) => u.id), 1)).to.deep.equal(['hrss']);
  });
});
