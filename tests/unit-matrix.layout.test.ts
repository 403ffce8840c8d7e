import { expect } from '@open-wc/testing';
import { bundledRegister } from '../src/data/bundled.js';
import { generateRegister } from '../src/data/generate.js';
import { moveForKey, moveInGrid } from '../src/components/base/roving.js';
import { placeTooltip } from '../src/components/base/tooltip.js';
import { revealScroll, shouldVirtualize, visibleRange } from '../src/components/unit-matrix/unit-matrix.layout.js';
import { abbreviateName, buildMatrix, compactNumbers, roleAt, roleCode, shortText, type Matrix, type MatrixOptions } from '../src/components/unit-matrix/unit-matrix.model.js';
import { readAttributes, type MatrixAttributes } from '../src/components/unit-matrix/unit-matrix.options.js';
import { TaskRegisterError } from '../src/data/errors.js';
import { errorMessages } from '../src/i18n/errors.js';

const register = bundledRegister();
const defaults: MatrixOptions = { unitIds: null, taskIds: null, role: 'all', deadline: null, sort: 'involvement', lang: 'zh-CN' };
const matrixOf = (options: Partial<MatrixOptions> = {}) => buildMatrix(register, { ...defaults, ...options });
const unitIds = (matrix: Matrix) => matrix.units.map((u) => u.unit.id);
const taskNumbers = (matrix: Matrix) => matrix.tasks.map((t) => Number(t.task.number));
const ids = (numbers: number[]) => numbers.map((n) => `t${n}`);
const leads = (entry: Matrix['units'][number]) => entry.byRole[roleCode('lead')];
const participations = (entry: Matrix['units'][number]) => entry.byRole[roleCode('participant')];

/** The role of a unit in a task, looked up through the matrix's own indexes. */
function roleIn(matrix: Matrix, taskNumber: number, unitId: string) {
  const t = matrix.tasks.findIndex((entry) => entry.task.number === String(taskNumber));
  const u = matrix.units.findIndex((entry) => entry.unit.id === unitId);
  return roleAt(matrix, t, u);
}

describe('unit-matrix layout', () => {
  describe('buildMatrix', () => {
    it('holds every unit and task of the register, with the roles the table gives', () => {
      const matrix = matrixOf();
      expect(matrix.units).to.have.length(11);
      expect(matrix.tasks).to.have.length(46);
      expect(roleIn(matrix, 5, 'drc')).to.equal('lead');
      expect(roleIn(matrix, 5, 'edu')).to.equal('participant');
      expect(roleIn(matrix, 5, 'hrss')).to.equal('participant');
      expect(roleIn(matrix, 5, 'finance')).to.equal(null);
      expect(roleIn(matrix, 12, 'edu')).to.equal('lead');
      expect(roleIn(matrix, 12, 'hrss')).to.equal('lead');
      expect(roleIn(matrix, 31, 'wenzhou')).to.equal('lead');
      expect(roleIn(matrix, 31, 'taizhou')).to.equal('lead');
      expect(['edu', 'hrss', 'drc', 'finance'].map((id) => roleIn(matrix, 31, id))).to.deep.equal(Array(4).fill('participant'));
      const marked = Array.from(matrix.roles).filter((code) => code !== 0).length;
      const expected = register.tasks.reduce((sum, t) => sum + (t.units.lead?.length ?? 0) + (t.units.participant?.length ?? 0), 0);
      expect(marked).to.equal(expected);
    });

    it('totals leads and participations per unit and units involved per task', () => {
      const matrix = matrixOf();
      const edu = matrix.units.find((u) => u.unit.id === 'edu')!;
      expect([leads(edu), participations(edu)]).to.deep.equal([24, 13]);
      const hrss = matrix.units.find((u) => u.unit.id === 'hrss')!;
      expect([leads(hrss), participations(hrss)]).to.deep.equal([11, 16]);
      expect(matrix.tasks.find((t) => t.task.number === '31')!.involved).to.equal(6);
      expect(matrix.tasks.find((t) => t.task.number === '5')!.involved).to.equal(3);
      expect(matrix.tasks.find((t) => t.task.number === '1')!.involved).to.equal(1);
    });

    it('sorts by involvement (ties in register order), register order, or name in each language', () => {
      expect(unitIds(matrixOf())).to.deep.equal([
        'edu', 'hrss', 'city-governments', 'drc', 'finance', 'eit', 'industry-authorities', 'sasac', 'trade-unions', 'wenzhou', 'taizhou',
      ]);
      expect(unitIds(matrixOf({ sort: 'register' }))).to.deep.equal(register.units.map((u) => u.id));
      expect(matrixOf({ sort: 'name' }).units.map((u) => u.unit.name)).to.deep.equal([
        '各设区市政府', '各行业主管部门', '省财政厅', '省发展改革委', '省国资委', '省教育厅', '省经信厅', '省人力社保厅', '省总工会', '台州市政府', '温州市政府',
      ]);
      expect(unitIds(matrixOf({ sort: 'name', lang: 'en' }))).to.deep.equal([
        'industry-authorities', 'city-governments', 'eit', 'edu', 'finance', 'hrss', 'drc', 'trade-unions', 'sasac', 'taizhou', 'wenzhou',
      ]);
    });

    it('keeps, unless named, only the units and tasks with a marked cell', () => {
      const edu = matrixOf({ unitIds: ['edu'] });
      expect(unitIds(edu)).to.deep.equal(['edu']);
      expect(edu.tasks).to.have.length(37);
      expect(taskNumbers(matrixOf({ unitIds: ['edu'], role: 'lead' }))).to.have.length(24);
      const participants = matrixOf({ role: 'participant' });
      expect(unitIds(participants)).to.not.include.members(['wenzhou', 'taizhou', 'sasac']);
      expect(participants.units).to.have.length(8);
      expect(participants.tasks).to.have.length(31);
      expect(participants.units.every((u) => leads(u) === 0)).to.equal(true);
      // Named tasks stay even with nothing marked; then no unit is left.
      const none = matrixOf({ taskIds: ['t1'], role: 'participant' });
      expect(taskNumbers(none)).to.deep.equal([1]);
      expect(none.units).to.have.length(0);
      // Named units stay even with nothing marked.
      expect(unitIds(matrixOf({ unitIds: ['wenzhou', 'edu'], taskIds: ['t1', 't2'] }))).to.deep.equal(['edu', 'wenzhou']);
    });

    it('filters by deadline and counts totals over the tasks shown', () => {
      const annual = matrixOf({ deadline: { years: new Set(), annual: true } });
      expect(taskNumbers(annual)).to.deep.equal([7, 8, 9, 12, 13, 15, 18, 19, 24, 25, 28, 40, 41, 46]);
      const edu = annual.units.find((u) => u.unit.id === 'edu')!;
      expect(leads(edu)! + participations(edu)!).to.equal(14);
      expect(unitIds(annual)).to.not.include('finance');
      const early = matrixOf({ deadline: { years: new Set([2022, 2023]), annual: false } });
      expect(taskNumbers(early)).to.deep.equal([2, 6, 26]);
      expect(taskNumbers(matrixOf({ taskIds: ids([1, 2, 3, 4, 5]), deadline: { years: new Set([2025]), annual: false } }))).to.deep.equal([1, 3, 4, 5]);
    });

    it('handles a generated register of 2,000 tasks and 60 units', () => {
      const big = generateRegister({ tasks: 2000, units: 60 });
      const matrix = buildMatrix(big, defaults);
      expect(matrix.tasks).to.have.length(2000);
      expect(matrix.roles.length).to.equal(2000 * matrix.units.length);
      const first = big.tasks[0]!;
      expect(roleIn(matrix, 1, first.units.lead![0]!)).to.equal('lead');
      const totals = matrix.units.map((u) => leads(u)! + participations(u)!);
      expect(totals).to.deep.equal([...totals].sort((a, b) => b - a));
    });
  });

  describe('text', () => {
    it('shortens a task to its first sentence or 24 characters', () => {
      expect(shortText(register.tasks[4]!.content)).to.equal('深入实施产教融合“五个一批”工程…');
      expect(shortText('建成全国一流技师学院10所。')).to.equal('建成全国一流技师学院10所');
      expect(Array.from(shortText(register.tasks[29]!.content)).length).to.be.at.most(25);
      expect(shortText('短')).to.equal('短');
    });

    it('abbreviates long English unit names only', () => {
      expect(abbreviateName('Provincial Department of Education')).to.equal('Prov. Dept. of Education');
      expect(abbreviateName('Provincial Department of Human Resources and Social Security')).to.equal('Prov. Dept. of Human Res. & Social Security');
      expect(abbreviateName('Wenzhou Municipal Government')).to.equal('Wenzhou Municipal Govt.');
      expect(abbreviateName('Synthetic unit 12')).to.equal('Synthetic unit 12');
    });

    it('compacts runs of whole numbers into ranges and keeps other numbers as written', () => {
      expect(compactNumbers(['1', '2', '3', '5', '7', '8'])).to.deep.equal(['1-3', '5', '7-8']);
      expect(compactNumbers(['52', '53', '（一）1', '（一）2', '60'])).to.deep.equal(['52-53', '（一）1', '（一）2', '60']);
      expect(compactNumbers([])).to.deep.equal([]);
    });
  });

  describe('windowing', () => {
    it('virtualizes only large matrices', () => {
      expect(shouldVirtualize(11, 46)).to.equal(false);
      expect(shouldVirtualize(60, 2000)).to.equal(true);
    });

    it('finds the rows in view, with overscan, clamped to the list', () => {
      expect(visibleRange(0, 400, 40, 2000, 5)).to.deep.equal({ start: 0, end: 15 });
      expect(visibleRange(4000, 400, 40, 2000, 5)).to.deep.equal({ start: 95, end: 115 });
      expect(visibleRange(4010, 400, 40, 2000, 0)).to.deep.equal({ start: 100, end: 111 });
      expect(visibleRange(80_000, 400, 40, 2000, 5)).to.deep.equal({ start: 1995, end: 2000 });
      expect(visibleRange(0, 400, 40, 0, 5)).to.deep.equal({ start: 0, end: 0 });
      expect(visibleRange(0, 0, 0, 100, 3)).to.deep.equal({ start: 0, end: 7 });
    });

    it('scrolls as little as needed to reveal an item', () => {
      expect(revealScroll(0, 400, 3, 40)).to.equal(0);
      expect(revealScroll(0, 400, 10, 40)).to.equal(40);
      expect(revealScroll(800, 400, 5, 40)).to.equal(200);
      expect(revealScroll(0, 400, 1999, 40)).to.equal(79_960 - 400 + 40);
    });
  });

  describe('keyboard', () => {
    it('maps keys to moves', () => {
      expect(moveForKey('ArrowRight', false)).to.equal('right');
      expect(moveForKey('Home', false)).to.equal('rowStart');
      expect(moveForKey('Home', true)).to.equal('first');
      expect(moveForKey('End', true)).to.equal('last');
      expect(moveForKey('a', false)).to.equal(null);
    });

    it('moves within the grid and never leaves it', () => {
      const at = { row: 3, column: 4 };
      expect(moveInGrid(at, 'right', 10, 6, 3)).to.deep.equal({ row: 3, column: 5 });
      expect(moveInGrid({ row: 3, column: 5 }, 'right', 10, 6, 3)).to.deep.equal({ row: 3, column: 5 });
      expect(moveInGrid({ row: 0, column: 0 }, 'up', 10, 6, 3)).to.deep.equal({ row: 0, column: 0 });
      expect(moveInGrid(at, 'rowStart', 10, 6, 3)).to.deep.equal({ row: 3, column: 0 });
      expect(moveInGrid(at, 'rowEnd', 10, 6, 3)).to.deep.equal({ row: 3, column: 5 });
      expect(moveInGrid(at, 'first', 10, 6, 3)).to.deep.equal({ row: 0, column: 0 });
      expect(moveInGrid(at, 'last', 10, 6, 3)).to.deep.equal({ row: 9, column: 5 });
      expect(moveInGrid(at, 'pageDown', 10, 6, 3)).to.deep.equal({ row: 6, column: 4 });
      expect(moveInGrid(at, 'pageDown', 10, 6, 30)).to.deep.equal({ row: 9, column: 4 });
      expect(moveInGrid(at, 'pageUp', 10, 6, 30)).to.deep.equal({ row: 0, column: 4 });
    });
  });

  describe('tooltip placement', () => {
    const frame = { left: 100, top: 50, right: 900, bottom: 650 };
    const viewport = { width: 1000, height: 700 };
    const tip = { width: 200, height: 80 };

    it('goes below the cell, aligned with its start, as an offset in the frame', () => {
      const cell = { left: 300, top: 200, right: 330, bottom: 230 };
      expect(placeTooltip(cell, tip, frame, viewport, 6)).to.deep.equal({ x: 200, y: 186, side: 'below' });
    });

    it('flips above near the bottom of the viewport', () => {
      const cell = { left: 300, top: 640, right: 330, bottom: 670 };
      expect(placeTooltip(cell, tip, frame, viewport, 6)).to.deep.equal({ x: 200, y: 640 - 6 - 80 - 50, side: 'above' });
    });

    it('aligns with the cell end near the right edge, and stays inside the frame and the viewport', () => {
      const cell = { left: 850, top: 200, right: 880, bottom: 230 };
      expect(placeTooltip(cell, tip, frame, viewport, 6).x).to.equal(880 - 200 - 100);
      const wide = { width: 900, height: 80 };
      expect(placeTooltip(cell, wide, frame, viewport, 6).x).to.equal(0);
      // The frame scrolled partly off the top-left of the viewport: the tip stays on screen.
      const shifted = { left: -300, top: -400, right: 500, bottom: 200 };
      const near = { left: -250, top: 100, right: -220, bottom: 130 };
      expect(placeTooltip(near, tip, shifted, viewport, 6)).to.deep.equal({ x: 300, y: 536, side: 'below' });
    });
  });

  describe('reading attributes', () => {
    const blank: MatrixAttributes = { units: '', tasks: '', role: '', deadline: '', sort: '', orientation: '', highlightUnit: '', highlightTask: '', colorBy: '', groupBy: '' };
    const read = (attributes: Partial<MatrixAttributes>) => readAttributes({ ...blank, ...attributes }, register);
    const problem = (attributes: Partial<MatrixAttributes>) => {
      try {
        read(attributes);
      } catch (error) {
        if (error instanceof TaskRegisterError) return { attribute: error.details.attribute, text: errorMessages(error), suggestions: error.details.suggestions ?? [] };
        throw error;
      }
      throw new Error('expected an attribute error');
    };

    it('defaults everything', () => {
      expect(read({})).to.deep.include({ unitIds: null, taskIds: null, role: 'all', deadline: null, sort: 'involvement', orientation: 'units', colorBy: 'role', groupBy: 'none' });
    });

    it('reads units by id or name, tasks by ranges, deadlines by year or annual', () => {
      expect(read({ units: 'edu，省人力社保厅' }).unitIds).to.deep.equal(['edu', 'hrss']);
      expect(read({ tasks: '1-3,20' }).taskIds).to.deep.equal(['t1', 't2', 't3', 't20']);
      const deadline = read({ deadline: '2025, annual' }).deadline!;
      expect([...deadline.years]).to.deep.equal([2025]);
      expect(deadline.annual).to.equal(true);
      expect(read({ deadline: '2023年' }).deadline!.years.has(2023)).to.equal(true);
      expect(read({ role: 'LEAD', sort: ' name ', orientation: 'tasks' })).to.deep.include({ role: 'lead', sort: 'name', orientation: 'tasks' });
      expect(read({ highlightUnit: '省教育厅', highlightTask: '任务5' })).to.deep.include({ highlightUnitId: 'edu', highlightTaskId: 't5' });
      expect(read({ colorBy: 'Status', groupBy: 'section' })).to.deep.include({ colorBy: 'status', groupBy: 'none' });
    });

    it('notes the ignored part of a partly valid list in both languages', () => {
      const { unitIds, ignored } = read({ units: 'edu,省教委', tasks: '1-3,x,99' });
      expect(unitIds).to.deep.equal(['edu']);
      expect(ignored[0]!['zh-CN']).to.contain('units').and.contain('省教委');
      expect(ignored[1]!.en).to.contain('tasks').and.contain('"x"').and.contain('99');
    });

    it('names the attribute of a value that selects nothing, with close valid values', () => {
      const units = problem({ units: '省教委' });
      expect(units.attribute).to.equal('units');
      expect(units.text['zh-CN']).to.contain('省教委');
      expect(units.suggestions).to.include('省教育厅');
      expect(problem({ tasks: '50-60' }).text.en).to.contain('50-60');
      expect(problem({ deadline: '2030' }).suggestions).to.include('2025');
      expect(problem({ deadline: 'anual' }).suggestions[0]).to.equal('annual');
      const role = problem({ role: 'leader' });
      expect(role.attribute).to.equal('unit-role');
      expect(role.text.en).to.contain('all, lead, responsible, participant');
      // A role the register does not use: an error naming the ones it uses.
      const unused = problem({ role: 'responsible' });
      expect(unused.attribute).to.equal('unit-role');
      expect(unused.text['zh-CN']).to.contain('lead, participant, all');
      expect(problem({ colorBy: 'state' }).attribute).to.equal('color-by');
      expect(role.suggestions[0]).to.equal('lead');
      expect(problem({ sort: 'alpha' }).text['zh-CN']).to.contain('involvement, register, name');
      expect(problem({ orientation: 'rows' }).attribute).to.equal('orientation');
      expect(problem({ highlightUnit: 'edux' }).suggestions).to.include('edu');
      expect(problem({ highlightTask: 'five' }).attribute).to.equal('highlight-task');
      expect(problem({ highlightTask: '99' }).text.en).to.contain('99');
    });
  });
});
