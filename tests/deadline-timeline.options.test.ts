import { expect, fixture, html } from '@open-wc/testing';
import '../src/default-register.js';
import '../src/components/deadline-timeline/deadline-timeline.js';
import type { TrDeadlineTimeline } from '../src/components/deadline-timeline/deadline-timeline.js';
import { defaultAxisYears } from '../src/components/deadline-timeline/deadline-timeline.model.js';
import { readTimelineOptions, showAnnualAttribute, type TimelineAttributes } from '../src/components/deadline-timeline/deadline-timeline.options.js';
import { bundledRegister } from '../src/data/bundled.js';
import { TaskRegisterError } from '../src/data/errors.js';
import { playsRole } from '../src/data/selectors.js';
import { alertOf, root, settled, text } from './support/widgets.js';

const register = bundledRegister();
const asOf = new Date(Date.UTC(2025, 5, 30));
const defaults: TimelineAttributes = { from: '', to: '', groupBy: 'none', units: '', unitRole: 'all', showAnnual: true };
const read = (attributes: Partial<TimelineAttributes>) => readTimelineOptions({ ...defaults, ...attributes }, register, asOf);
const idOf = (name: string) => register.units.find((unit) => unit.name === name)!.id;

/** The attribute error `read` throws (and fails the test when it throws none). */
function errorOf(attributes: Record<string, unknown>): TaskRegisterError {
  try {
    read(attributes as Partial<TimelineAttributes>);
  } catch (error) {
    expect(error).to.be.instanceOf(TaskRegisterError);
    return error as TaskRegisterError;
  }
  throw new Error(`no error for ${JSON.stringify(attributes)}`);
}

describe('deadline-timeline options', () => {
  describe('readTimelineOptions', () => {
    it('fills in the defaults: every task, no grouping, annual work shown, the axis from the deadlines', () => {
      const axis = defaultAxisYears(register, 2025);
      expect(read({})).to.deep.equal({ asOf, from: axis.from, to: axis.to, groupBy: 'none', unitIds: [], role: 'all', showAnnual: true });
      expect([axis.from, axis.to]).to.deep.equal([2022, 2025]);
    });

    it('reads units from a comma string and from an array alike, as unit ids', () => {
      const ids = [idOf('省教育厅'), idOf('省人力社保厅')];
      expect(read({ units: '省教育厅,省人力社保厅' }).unitIds).to.deep.equal(ids);
      expect(read({ units: '省教育厅、省人力社保厅' }).unitIds).to.deep.equal(ids);
      expect(read({ units: ['省教育厅', ' 省人力社保厅 '] }).unitIds).to.deep.equal(ids);
      expect(read({ units: [] }).unitIds).to.deep.equal([]);
    });

    it('reads keywords and yes/no in any case, as written or as set by script', () => {
      const options = read({ groupBy: 'LEAD' as never, unitRole: 'Participant' as never, showAnnual: 'off' as never });
      expect([options.groupBy, options.role, options.showAnnual]).to.deep.equal(['lead', 'participant', false]);
      expect(read({ showAnnual: false }).showAnnual).to.equal(false);
    });

    it('widens a one-sided axis to reach the other default end', () => {
      expect(read({ from: '2024' })).to.include({ from: 2024, to: 2025 });
      expect(read({ to: '2021' })).to.include({ from: 2021, to: 2021 });
      expect(read({ from: '2020', to: '2030' })).to.include({ from: 2020, to: 2030 });
    });

    it('names the attribute at fault, with the nearest valid values', () => {
      const groupBy = errorOf({ groupBy: 'leed' });
      expect([groupBy.details.attribute, groupBy.details.suggestions?.[0]]).to.deep.equal(['group-by', 'lead']);
      expect(errorOf({ unitRole: 'leader' }).details.attribute).to.equal('unit-role');
      expect(errorOf({ showAnnual: 'maybe' }).details).to.deep.include({ attribute: 'show-annual', suggestions: ['true', 'false'] });
      const units = errorOf({ units: ['edu', '省教育'] });
      expect(units.details.attribute).to.equal('units');
      expect(units.details.suggestions).to.include('省教育厅');
      expect(errorOf({ from: '20x2' }).details.attribute).to.equal('from');
      expect(errorOf({ to: '25' }).details.attribute).to.equal('to');
      expect(errorOf({ from: '2026', to: '2023' }).key).to.equal('attrFromAfterTo');
      expect(errorOf({ from: '1900', to: '2100' })).to.include({ key: 'attrSpanTooLong' });
    });

    it('checks the grouping before the units and the units before the axis', () => {
      expect(errorOf({ groupBy: 'x', units: 'nobody', from: 'x' }).details.attribute).to.equal('group-by');
      expect(errorOf({ units: 'nobody', from: 'x' }).details.attribute).to.equal('units');
    });
  });

  describe('showAnnualAttribute', () => {
    const from = (value: string | null) => showAnnualAttribute.fromAttribute!(value, Boolean);
    it('is yes when absent, empty, or written as its own name; no for false, 0, no, off', () => {
      expect([null, '', 'true', ' YES ', 'on', '1', 'show-annual'].map(from)).to.deep.equal([true, true, true, true, true, true, true]);
      expect(['false', '0', 'no', 'Off'].map(from)).to.deep.equal([false, false, false, false]);
    });
    it('keeps other text as written, for the error to name it', () => {
      expect(from('maybe')).to.equal('maybe');
    });
  });
});

describe('<tr-deadline-timeline> properties', () => {
  async function timeline(template: ReturnType<typeof html>): Promise<TrDeadlineTimeline> {
    return settled(await fixture<TrDeadlineTimeline>(template));
  }
  const marks = (el: Element) => [...root(el).querySelectorAll('path.mark[data-key]')].map((mark) => mark.getAttribute('data-key'));

  it('takes units as an array set by script, as a Vue or React binding hands them', async () => {
    const el = await timeline(html`<tr-deadline-timeline as-of="2025-06-30"></tr-deadline-timeline>`);
    el.units = ['省教育厅', '省人力社保厅'];
    await settled(el);
    // The alert's text, not the element: a failure then says what the alert said.
    expect(text(alertOf(el))).to.equal('');
    const ids = [idOf('省教育厅'), idOf('省人力社保厅')];
    const expected = register.tasks.filter((task) => ids.some((id) => playsRole(task, id, 'all')));
    expect(marks(el)).to.have.length(expected.length);
    expect(marks(el).length).to.be.within(1, register.tasks.length - 1);
    expect(text(root(el).querySelector('[part~="summary"]'))).to.contain('省教育厅、省人力社保厅');
    const written = await timeline(html`<tr-deadline-timeline as-of="2025-06-30" units="省教育厅,省人力社保厅"></tr-deadline-timeline>`);
    expect(marks(written)).to.deep.equal(marks(el));
  });

  it('has typed properties: a boolean showAnnual, keyword unions, a list of units', async () => {
    const el = await timeline(
      html`<tr-deadline-timeline as-of="2025-06-30" group-by="Lead" unit-role="LEAD" units="edu,hrss" show-annual="off"></tr-deadline-timeline>`,
    );
    expect([el.groupBy, el.unitRole, el.showAnnual]).to.deep.equal(['lead', 'lead', false]);
    expect(el.units).to.deep.equal(['edu', 'hrss']);
    el.showAnnual = true;
    await settled(el);
    expect(root(el).querySelectorAll('path.mark[data-key^="annual|"]').length).to.be.greaterThan(0);
  });

  it('returns each removed attribute to its default', async () => {
    const el = await timeline(
      html`<tr-deadline-timeline as-of="2025-06-30" from="2024" to="2025" group-by="status" units="edu" unit-role="lead" show-annual="false"></tr-deadline-timeline>`,
    );
    const all = await timeline(html`<tr-deadline-timeline as-of="2025-06-30"></tr-deadline-timeline>`);
    expect(marks(el)).to.not.deep.equal(marks(all));
    for (const name of ['from', 'to', 'group-by', 'units', 'unit-role', 'show-annual']) el.removeAttribute(name);
    await settled(el);
    expect({ from: el.from, to: el.to, groupBy: el.groupBy, units: el.units, unitRole: el.unitRole, showAnnual: el.showAnnual }).to.deep.equal({
      from: '',
      to: '',
      groupBy: 'none',
      units: [],
      unitRole: 'all',
      showAnnual: true,
    });
    expect(marks(el)).to.deep.equal(marks(all));
    expect(text(root(el).querySelector('[part~="summary"]'))).to.equal(text(root(all).querySelector('[part~="summary"]')));
  });
});
