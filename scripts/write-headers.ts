/** `npm run headers`: writes serve.json and public/_headers from scripts/headers.ts. */
import fs from 'node:fs';
import { HEADER_FILES } from './headers';

for (const [file, text] of Object.entries(HEADER_FILES())) fs.writeFileSync(file, text);
console.log(`wrote ${Object.keys(HEADER_FILES()).join(' and ')}`);
