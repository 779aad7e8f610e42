import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { currentFlowSheet, flowsDocPath } from './flow-sheet';

/** npm run flows: writes docs/FLOWS.md, the data flows of the registered documents. */
mkdirSync(dirname(flowsDocPath), { recursive: true });
writeFileSync(flowsDocPath, currentFlowSheet());
console.log(`wrote ${flowsDocPath}`);
