import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build for three runtimes. The main build also emits the Node-only entries (CLI,
// index worker, bench), which run in plain Node as well as in Electron: none imports electron.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/node/cli/cli.ts'),
          'index-worker': resolve(__dirname, 'src/node/index/index-worker.ts'),
          'variants-worker': resolve(__dirname, 'src/node/index/variants-worker.ts'),
          bench: resolve(__dirname, 'src/node/bench/bench.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      // The page is loaded on every start (and over HTTP in browser mode): ship it minified.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
