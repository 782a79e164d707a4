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

let why = 'ELECTRON_SKIP_BINARY_DOWNLOAD is set';
if (!runtimePresent()) {
  const env = { ...process.env };
  if (required) delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const skip = !required && /^(1|true)$/i.test(env.ELECTRON_SKIP_BINARY_DOWNLOAD || '');
  if (!skip) {
    // Electron's own script prints a long stack trace when the download fails; keep its first error line.
    const r = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { env, encoding: 'utf8', timeout: 10 * 60 * 1000 });
    const lines = `${r.stderr || ''}\n${r.stdout || ''}`.split('\n').map((l) => l.trim());
    why = lines.find((l) => /error/i.test(l) && !l.startsWith('at ')) || (r.error ? r.error.message : 'the download failed');
  }
}

if (runtimePresent()) {
  console.log('parallax: Electron runtime ready: `npm start` opens the desktop app.');
} else {
  console.log(
    `parallax: the Electron runtime could not be installed (${why.slice(0, 160)}): Parallax will run in the browser until it is. ` +
      'Install it with `npm run install-electron`.'
  );
  if (required) process.exit(1);
}
