import fs from 'node:fs';
import path from 'node:path';

// src/ and dist/ both sit one level below package.json.
const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { name: string; version: string };

export const SERVICE_NAME = pkg.name;
export const VERSION = pkg.version;
