#!/usr/bin/env node
// Fetches the Electron runtime after `npm install`. npm 11 blocks dependency install
// scripts, and Electron's own script fails the whole install when its download host is
// unreachable, so the root package runs it here and turns a failure into one clear line.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const required = process.argv.includes('--required');
const root = path.resolve(__dirname, '..');
let electronDir;
try {
  electronDir = path.dirname(require.resolve('electron/package.json', { paths: [root] }));
} catch {
  console.log('parallax: Electron is not installed (production install?): Parallax will run in the browser (npm start).');
  process.exit(0);
}

function runtimePresent() {
  try {
    const file = path.join(electronDir, 'path.txt');
    const rel = fs.readFileSync(file, 'utf8').trim();
    return fs.existsSync(path.join(electronDir, 'dist', rel));
  } catch {
    return false;
  }
}

if (!runtimePresent()) {
  const env = { ...process.env };
  if (required) delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const skip = !required && /^(1|true)$/i.test(env.ELECTRON_SKIP_BINARY_DOWNLOAD || '');
  if (!skip) {
    spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { env, stdio: 'inherit', timeout: 10 * 60 * 1000 });
  }
}

if (runtimePresent()) {
  console.log('parallax: Electron runtime ready: `npm start` opens the desktop app.');
} else {
  console.log(
    'parallax: the Electron runtime could not be installed: Parallax will run in the browser until it is. ' +
      'Install it with `npm run install-electron`.'
  );
  if (required) process.exit(1);
}
