// The progress file's JSON Schema: current with the zod contract, and accepting and refusing what
// parseProgress accepts and refuses in shape.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { progressJsonSchema } from '../../src/cli/json-schema.ts';

const file = JSON.parse(readFileSync(new URL('../../schema/progress.schema.json', import.meta.url), 'utf8'));
const sample = JSON.parse(readFileSync(new URL('../../demo/progress.sample.json', import.meta.url), 'utf8'));

test('schema/progress.schema.json is the one generated from the zod contract', () => {
  assert.deepEqual(file, JSON.parse(JSON.stringify(progressJsonSchema())));
});

test('accepts the sample progress file and refuses a wrong status, a bad date and an unknown field', () => {
  const validate = new Ajv2020({ strict: false }).compile(file);
  assert.equal(validate(sample), true, JSON.stringify(validate.errors));
  const report = { task: '5', date: '2024-06-30', status: 'inProgress' };
  const withReport = (r) => ({ schemaVersion: 1, register: sample.register, tasks: [r] });
  assert.equal(validate(withReport(report)), true);
  assert.equal(validate(withReport({ ...report, status: 'done' })), false);
  assert.equal(validate(withReport({ ...report, date: '2024/06/30' })), false);
  assert.equal(validate(withReport({ ...report, owner: 'x' })), false);
  assert.equal(validate({ ...withReport(report), schemaVersion: 2 }), false);
});
