import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const api = 'http://localhost:8000';

// The API owns /graphql (HTTP and WebSocket) and /api; in development Vite forwards them.
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: api, ws: true, changeOrigin: true },
  '/api': { target: api, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: {
    // scripts/bundle-size.ts reads the manifest to find the JavaScript of the first load.
    manifest: true,
    target: 'es2022',
  },
});
