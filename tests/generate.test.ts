import { expect } from '@open-wc/testing';
import { generateRegister } from '../src/data/generate.js';
import { isValidatedRegisterV2, parseRegister } from '../src/data/schema-v2.js';

describe('generateRegister', () => {
  it('makes a valid version-2 register of the size asked, the same every time', () => {
    const a = generateRegister({ tasks: 2000, units: 60 });
    const b = generateRegister({ tasks: 2000, units: 60 });
    expect(a.schemaVersion).to.equal(2);
    expect(isValidatedRegisterV2(a)).to.equal(true);
    expect(a.tasks).to.have.length(2000);
    expect(a.units).to.have.length(60);
    expect(a.roles.map((role) => role.id)).to.deep.equal(['lead', 'participant']);
    expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
    expect(parseRegister(JSON.parse(JSON.stringify(a)))).to.deep.equal(a);
    a.tasks.forEach((task, i) => {
      expect([task.id, task.number]).to.deep.equal([`t${i + 1}`, String(i + 1)]);
      expect(task.units.lead).to.have.length(1);
      expect(task.units.responsible).to.equal(undefined);
      // No empty participant list: a task without participants has none at all.
      if (task.units.participant) {
        expect(task.units.participant).not.to.be.empty;
        expect(task.units.participant).not.to.include(task.units.lead![0]);
      }
      expect(['year', 'annual']).to.include(task.deadline.kind);
    });
  });
});
