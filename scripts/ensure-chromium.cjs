#!/usr/bin/env node
// The browser-mode tests drive a system Chromium (Playwright cannot download its own here).
// Before them, make sure one exists: use PARALLAX_CHROMIUM or /usr/bin/chromium, or install
// Debian's package when running as root with apt-get; otherwise say exactly what to do.
'use strict';
const { existsSync } = require('node:fs');
const { spawnSync } = require('node:child_process');

const wanted = process.env.PARALLAX_CHROMIUM || '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);

const canApt = process.platform === 'linux' && typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
if (canApt && !process.env.PARALLAX_CHROMIUM) {
  console.log('parallax: Chromium is missing; installing Debian\'s chromium package for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (install && install.status === 0 && existsSync(wanted)) process.exit(0);
}
console.error(
  `parallax: the browser tests need Chromium at ${wanted}. Install it (Debian/Ubuntu: apt-get install -y chromium) ` +
    'or point PARALLAX_CHROMIUM at a Chromium or Chrome binary.',
);
process.exit(1);
