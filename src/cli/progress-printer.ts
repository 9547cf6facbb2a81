import type { EngineProgress } from '../main/engine/types'

/** One line per step on stderr, so stdout stays clean for scripts. */
export function createProgressPrinter(write: (line: string) => void): (progress: EngineProgress) => void {
  return (progress) => {
    const step = progress.analyzerId ?? progress.phase
    const count = progress.total ? ` ${progress.done}/${progress.total}` : ''
    write(`[${step}]${count} ${progress.message}\n`)
  }
}
