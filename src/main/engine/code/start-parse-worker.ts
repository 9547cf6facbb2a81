import { Worker, type WorkerOptions } from 'node:worker_threads'

/**
 * Starts the parse worker. In the built app electron-vite emits it as `parse-worker.js` beside the
 * engine's entry (see electron.vite.config.ts). Run from source (the CLI through tsx, the tests) it is
 * TypeScript, and a worker does not inherit the parent's loader: a two-line bootstrap registers tsx
 * in the worker before importing it.
 */
export function startParseWorker(options: WorkerOptions): Worker {
  // `here` is a variable on purpose: a literal `new URL('…', import.meta.url)` is rewritten by bundlers.
  const here = import.meta.url
  if (!here.endsWith('.ts')) return new Worker(new URL('./parse-worker.js', here), options)
  const tsx = import.meta.resolve('tsx/esm/api')
  const entry = new URL('./parse-worker.ts', here).href
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}) })`
  return new Worker(bootstrap, { ...options, eval: true })
}
