import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The tab is served by the server at /tab/. Shared code (lifecycle names, the message catalogue) is bundled from
// its TypeScript sources, so only what the tab uses ends up in the bundle (never the card templating).
export default defineConfig({
  base: '/tab/',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@netvaerk\/shared\/(.*)$/, replacement: fileURLToPath(new URL('../shared/src/$1', import.meta.url)) },
    ],
  },
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
  },
});
