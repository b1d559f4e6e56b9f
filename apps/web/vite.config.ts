import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web app: built to apps/web/dist and served by the Trailmap server at `/`. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
