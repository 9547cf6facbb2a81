import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY_META } from './src/shared/security/csp'

/** Writes the shared CSP into index.html, so a browser that never sees main's header enforces it too. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'diligent-csp-meta',
    transformIndexHtml: (html) =>
      html.replace(
        '<!-- csp -->',
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`,
      ),
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The engine gets its own entry: main starts it in a separate utility process. The parse worker
        // is the engine's worker thread; it is found beside whichever file loads it, so chunks stay flat.
        input: {
          index: resolve('src/main/index.ts'),
          engine: resolve('src/main/engine/process-entry.ts'),
          'parse-worker': resolve('src/main/engine/code/parse-worker.ts'),
        },
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload can only be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react(), contentSecurityPolicyMeta()],
  },
})
