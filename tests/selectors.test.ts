import { expect } from '@open-wc/testing';
import { bundledRegister } from '../src/data/bundled.js';
import { nearest, parseIsoDate, parseTaskSelection, parseUnitSelection, splitList, toIsoDate } from '../src/data/query.js';
import {
  deadlineYears,
  indicatorById,
  isDated,
  roleOf,
  roleOfRegister,
  sectionById,
  taskById,
  taskByNumber,
  tasksOfUnit,
  unitByName,
  unitIdsOfTask,
  unitsOfTask,
  usedRoles,
} from '../src/data/selectors.js';
import { taskStatusAt } from '../src/data/status.js';

const register = bundledRegister();
const task = (number: string) => taskByNumber(register, number)!;

describe('selectors', () => {
  it('finds the tasks of a unit by role', () => {
    expect(tasksOfUnit(register, 'edu', 'lead')).to.have.length(24);
    expect(tasksOfUnit(register, 'edu', 'participant')).to.have.length(13);
    expect(tasksOfUnit(register, 'edu', 'responsible')).to.have.length(0);
    expect(tasksOfUnit(register, 'edu')).to.have.length(37);
    expect(tasksOfUnit(register, 'trade-unions').map((t) => t.number)).to.deep.equal(['27']);
  });

  it('gives the units of a task by role: task 5 led by 省发展改革委 with 省教育厅 and 省人力社保厅', () => {
    const groups = unitsOfTask(register, task('5'));
    expect(groups.map((group) => [group.role.id, group.role.label, group.units.map((u) => u.name)])).to.deep.equal([
      ['lead', '牵头单位', ['省发展改革委']],
      ['participant', '参与单位', ['省教育厅', '省人力社保厅']],
    ]);
    expect(unitIdsOfTask(task('5'))).to.deep.equal(['drc', 'edu', 'hrss']);
    // A task without participants has only its lead group (task 1: 省教育厅 alone).
    expect(unitsOfTask(register, task('1')).map((group) => group.role.id)).to.deep.equal(['lead']);
    expect(roleOf(task('5'), 'edu')).to.equal('participant');
    expect(roleOf(task('5'), 'drc')).to.equal('lead');
    expect(roleOf(task('5'), 'sasac')).to.equal(null);
  });

  it('gives the document’s role words, and the roles its tasks use', () => {
    expect(roleOfRegister(register, 'lead')?.label).to.equal('牵头单位');
    expect(roleOfRegister(register, 'participant')?.label).to.equal('参与单位');
    expect(roleOfRegister(register, 'responsible')).to.equal(undefined);
    expect(usedRoles(register).map((role) => role.id)).to.deep.equal(['lead', 'participant']);
  });

  it('finds tasks by id and by the document’s number as written', () => {
    expect(taskByNumber(register, '5')!.id).to.equal('t5');
    expect(taskByNumber(register, ' 27 ')!.id).to.equal('t27');
    expect(taskByNumber(register, '47')).to.equal(undefined);
    expect(taskById(register, 't46')!.number).to.equal('46');
    expect(taskById(register, '46')).to.equal(undefined);
    // The document has no section headings.
    expect(sectionById(register, undefined)).to.equal(undefined);
    expect(sectionById(register, 's1')).to.equal(undefined);
  });

  it('looks up units and indicators', () => {
    expect(unitByName(register, '省国资委')!.id).to.equal('sasac');
    expect(indicatorById(register, 'integration-enterprises')).to.include({ task: 't5', target: 300, measure: '家' });
    expect(indicatorById(register, 'nope')).to.equal(undefined);
  });

  it('gives each task’s state at an as-of date, with no progress reported', () => {
    const at = (iso: string) => parseIsoDate(iso)!;
    const state = (number: string, iso: string) => taskStatusAt(task(number), at(iso)).state;
    expect(state('26', '2023-06-30')).to.equal('passedNoReport');
    expect(state('2', '2023-06-30')).to.equal('dueThisYear');
    expect(state('1', '2023-06-30')).to.equal('notYetDue');
    expect(state('7', '2023-06-30')).to.equal('dueThisYear');
    expect(state('2', '2023-12-31')).to.equal('dueThisYear');
    expect(state('2', '2024-01-01')).to.equal('passedNoReport');
  });

  it('gives the span of deadline years, and which deadlines are dated', () => {
    expect(deadlineYears(register)).to.deep.equal({ first: 2022, last: 2025 });
    expect(isDated(task('1').deadline)).to.equal(true);
    expect(isDated(task('7').deadline)).to.equal(false);
    expect(isDated({ kind: 'month', year: 2020, month: 12, text: '2020年12月' })).to.equal(true);
    expect(isDated({ kind: 'date', date: '2022-10-31', text: '2022年10月底前' })).to.equal(true);
    expect(isDated({ kind: 'ongoing', text: '持续推进' })).to.equal(false);
    expect(isDated({ kind: 'none' })).to.equal(false);
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

  it('reads task numbers and ranges as the document writes them, naming the malformed and unknown parts', () => {
    expect(parseTaskSelection('1-3, 20', register).ids).to.deep.equal(['t1', 't2', 't3', 't20']);
    expect(parseTaskSelection('5，3、3', register).ids).to.deep.equal(['t3', 't5']);
    expect(parseTaskSelection('t7,8', register).ids).to.deep.equal(['t7', 't8']);
    // A range takes the tasks it covers; it is unknown only when it covers none.
    expect(parseTaskSelection('45-48, 47-50', register)).to.deep.equal({ ids: ['t45', 't46'], malformed: [], unknown: ['47-50'] });
    const messy = parseTaskSelection('a-b,2,9-7,任务3,47', register);
    expect(messy.ids).to.deep.equal(['t2']);
    expect(messy.malformed).to.deep.equal(['9-7', '任务3']);
    // `a-b` could be a task id: well written, but no task has it.
    expect(messy.unknown).to.deep.equal(['a-b', '47']);
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
