import { expect } from '@open-wc/testing';
import { generateRegister } from '../src/data/generate.js';

describe('generateRegister', () => {
  it('makes a valid register of the size asked, the same every time', () => {
    const a = generateRegister({ tasks: 2000, units: 60 });
    const b = generateRegister({ tasks: 2000, units: 60 });
    expect(a.tasks).to.have.length(2000);
    expect(a.units).to.have.length(60);
    expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
    for (const task of a.tasks) expect(task.participantUnitIds).not.to.include(task.leadUnitIds[0]);
  });
});
