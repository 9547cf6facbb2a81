import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { EngineProgress } from '../../../src/main/engine/types'
import { CANCEL_GRACE_MS, runAuditInProcess } from '../../../src/main/jobs/engine-process'
import { forkEngine } from '../../helpers/fork-engine'

const standIn = (name: string): string => resolve('test/fixtures/engine-stand-ins', `${name}.mjs`)
const spec = { source: '/somewhere/repo', sourceKind: 'local' as const }

function exited(child: { exitCode: number | null; signalCode: string | null }): boolean {
  return child.exitCode !== null || child.signalCode !== null
}

describe('runAuditInProcess', () => {
  it('returns the result the engine process sends, and ends the process', async () => {
    const engine = forkEngine(standIn('answers'))
    const result = await runAuditInProcess(engine.launch, spec, { cacheDir: '/cache' }, {})
    expect(result).toEqual({ schemaVersion: 1, echo: '/somewhere/repo', cacheDir: '/cache' })
    await expect.poll(() => exited(engine.children[0]!)).toBe(true)
  })

  it('turns a crash of the engine process into an error that explains it', async () => {
    const engine = forkEngine(standIn('crashes'))
    const progress: EngineProgress[] = []
    await expect(
      runAuditInProcess(
        engine.launch,
        spec,
        { cacheDir: '/cache' },
        { onProgress: (update) => progress.push(update) },
      ),
    ).rejects.toThrow(/stopped unexpectedly \(exit code 134\).*out of memory/)
    expect(progress).toHaveLength(1)
  })

  it('cancels through the engine when it answers', async () => {
    const engine = forkEngine(standIn('answers'))
    const controller = new AbortController()
    const running = runAuditInProcess(
      engine.launch,
      { ...spec, source: 'hold' },
      { cacheDir: '/c' },
      { signal: controller.signal },
    )
    setTimeout(() => controller.abort(), 50)
    await expect(running).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('kills an engine that does not answer a cancel within the grace period', async () => {
    const engine = forkEngine(standIn('ignores-cancel'))
    const controller = new AbortController()
    const running = runAuditInProcess(engine.launch, spec, { cacheDir: '/c' }, { signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    const started = Date.now()
    await expect(running).rejects.toMatchObject({ name: 'AbortError' })
    expect(Date.now() - started).toBeLessThan(CANCEL_GRACE_MS + 1_000)
    await expect.poll(() => exited(engine.children[0]!)).toBe(true)
  })

  it('does not start a process for an audit cancelled before it began', async () => {
    const engine = forkEngine(standIn('answers'))
    const controller = new AbortController()
    controller.abort()
    await expect(
      runAuditInProcess(engine.launch, spec, { cacheDir: '/c' }, { signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    })
    expect(engine.children).toHaveLength(0)
  })
})
