// Writes docs/case-record.schema.json from the code (bot/dist, so run `tsc -b` first: the npm script does).
// The schema is the case record's published format: a new network type or body is a new value in it, so it is
// regenerated with the change and checked by tests/records/case-record.spec.ts.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const require = createRequire(import.meta.url);
const { caseRecordJsonSchema } = require('../bot/dist/app/records/case-record-export.js');
const target = fileURLToPath(new URL('../docs/case-record.schema.json', import.meta.url));
const options = { ...(await prettier.resolveConfig(target)), filepath: target };
const text = await prettier.format(JSON.stringify(caseRecordJsonSchema(), null, 2), options);
writeFileSync(target, text);
console.log(`Wrote ${target}`);
