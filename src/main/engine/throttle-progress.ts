import type { EngineProgress } from './types'

/** At most ten updates a second reach the UI; a change of phase or analyzer always goes through. */
export const PROGRESS_INTERVAL_MS = 100

export function throttleProgress(
  report: (progress: EngineProgress) => void,
  now: () => number = () => performance.now(),
): (progress: EngineProgress) => void {
  let lastSentAt = Number.NEGATIVE_INFINITY
  let lastStep = ''
  return (progress) => {
    const step = `${progress.phase}:${progress.analyzerId ?? ''}`
    const time = now()
    if (step === lastStep && time - lastSentAt < PROGRESS_INTERVAL_MS) return
    lastStep = step
    lastSentAt = time
    report(progress)
  }
}
