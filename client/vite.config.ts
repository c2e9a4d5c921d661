import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './vite-plugins/graphqlDocuments.ts';
import { precompress } from './vite-plugins/precompress.ts';
import { reactAriaLocales } from './vite-plugins/reactAriaLocales.ts';

// The API server during `npm run dev`; the built client is served by the server itself.
const apiServer = process.env.COCON_API_URL ?? 'http://localhost:3000';
const sharedSource = fileURLToPath(new URL('../shared/src', import.meta.url));

export default defineConfig({
  plugins: [react(), graphqlDocuments(fileURLToPath(new URL('src/gql/graphql.ts', import.meta.url))), reactAriaLocales(['fr-FR', 'en-US']), precompress()],
  resolve: {
    // The client compiles the shared TypeScript source directly (the server uses its CommonJS build).
    // Pages that only need roles and permissions import `@cocon/shared/<module>`: the package's index also
    // brings the editor schema (tiptap), which only the document page should load.
    alias: [
      { find: /^@cocon\/shared$/, replacement: `${sharedSource}/index.ts` },
      { find: /^@cocon\/shared\/(.+)$/, replacement: `${sharedSource}/$1.ts` },
    ],
  },
  server: {
    proxy: {
      '/graphql/ws': { target: apiServer, ws: true },
      '/graphql': apiServer,
      '/health': apiServer,
      '/api': apiServer,
      '/collab': { target: apiServer, ws: true },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
