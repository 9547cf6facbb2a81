import { Worker } from 'node:worker_threads'

/**
 * The parse worker's heap cap: a repository that would need more fails this analysis with a clear
 * message instead of taking the engine process down. Measured need: well under 1 GB for 20,000 files.
 */
const WORKER_HEAP_MB = 2048
/** TypeScript's parser recurses per level of nesting; a deeper stack lets ordinary deep code parse. */
const WORKER_STACK_MB = 16

/**
 * Starts the parse worker, which loads TypeScript and then waits for its `ParseWorkerInput` message.
 * In the built app electron-vite emits it as `parse-worker.js` beside the engine's entry (see
 * electron.vite.config.ts). Run from source (the CLI through tsx, the tests) it is TypeScript, and a
 * worker does not inherit the parent's loader: a two-line bootstrap registers tsx in the worker before
 * importing it.
 */
export function startParseWorker(): Worker {
  const options = {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, stackSizeMb: WORKER_STACK_MB },
  }
  // `here` is a variable on purpose: a literal `new URL('…', import.meta.url)` is rewritten by bundlers.
  const here = import.meta.url
  if (!here.endsWith('.ts')) return new Worker(new URL('./parse-worker.js', here), options)
  const tsx = import.meta.resolve('tsx/esm/api')
  const entry = new URL('./parse-worker.ts', here).href
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}) })`
  return new Worker(bootstrap, { ...options, eval: true })
}
