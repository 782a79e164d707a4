#!/usr/bin/env node
'use strict';
// The `parallax` command: the built CLI (npm install builds it through `prepare`).
require('../out/main/cli.js');
