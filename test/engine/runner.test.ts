import { describe, expect, it } from 'vitest'
import { orderAnalyzers, runAnalyzers, type SharedContext } from '../../src/main/engine/runner'
import type { Analyzer, EngineProgress } from '../../src/main/engine/types'

function sharedContext(signal: AbortSignal = new AbortController().signal): SharedContext {
  return {
    repoDir: '/nowhere',
    commitSha: null,
    commitDate: null,
    now: new Date('2026-11-24T00:00:00Z'),
    vulnerabilityDatabaseDir: null,
    redactionKey: new Uint8Array(32),
    files: [],
    caps: { maxFiles: 10, maxTotalBytes: 10, maxPathLength: 10, maxFileBytes: 10 },
    git: {
      run: async () => '',
      stream: async function* () {},
    },
    readFile: async () => null,
    sourceScan: () => Promise.reject(new Error('no code in these tests')),
    signal,
  }
}

function fakeAnalyzer(
  id: 'inventory' | 'git-history',
  needs: Analyzer['needs'],
  run: Analyzer['run'],
): Analyzer {
  return { id, title: `Fake ${id}`, version: 1, needs, run } as Analyzer
}

const emptyOutput = { metrics: [], findings: [], facts: {} as never }

describe('orderAnalyzers', () => {
  it('runs an analyzer after the ones it needs, whatever the registry order', () => {
    const history = fakeAnalyzer('git-history', ['inventory'], async () => emptyOutput)
    const inventory = fakeAnalyzer('inventory', [], async () => emptyOutput)
    expect(orderAnalyzers([history, inventory]).map((analyzer) => analyzer.id)).toEqual([
      'inventory',
      'git-history',
    ])
  })

  it('refuses a need that is not registered, and a cycle', () => {
    expect(() =>
      orderAnalyzers([fakeAnalyzer('git-history', ['inventory'], async () => emptyOutput)]),
    ).toThrow('needs inventory, which is not registered')
    expect(() =>
      orderAnalyzers([
        fakeAnalyzer('inventory', ['git-history'], async () => emptyOutput),
        fakeAnalyzer('git-history', ['inventory'], async () => emptyOutput),
      ]),
    ).toThrow('cycle')
  })
})

describe('runAnalyzers', () => {
  it('turns an analyzer that throws into a warning and still runs the others', async () => {
    const failing = fakeAnalyzer('inventory', [], async () => {
      throw new Error('parser exploded')
    })
    const working = fakeAnalyzer('git-history', [], async (context) => {
      context.warn('odd file', 'a.ts')
      return {
        metrics: [{ id: 'git-history/commits', label: 'Commits', value: 3, unit: 'count' }],
        findings: [],
        facts: { commitCount: 3 } as never,
      }
    })

    const output = await runAnalyzers([failing, working], sharedContext(), () => undefined)

    expect(output.warnings).toEqual([
      { analyzerId: 'inventory', message: 'Fake inventory failed: parser exploded', path: null },
      { analyzerId: 'git-history', message: 'odd file', path: 'a.ts' },
    ])
    expect(output.analyzers.map(({ id, status, error }) => ({ id, status, error }))).toEqual([
      { id: 'inventory', status: 'failed', error: 'parser exploded' },
      { id: 'git-history', status: 'succeeded', error: null },
    ])
    expect(output.metrics).toHaveLength(1)
    expect(output.facts).toEqual({ 'git-history': { commitCount: 3 } })
  })

  it('hands each analyzer the facts of the ones before it', async () => {
    const inventory = fakeAnalyzer('inventory', [], async () => ({
      ...emptyOutput,
      facts: { marker: 42 } as never,
    }))
    let seen: unknown
    const history = fakeAnalyzer('git-history', ['inventory'], async (context) => {
      seen = context.facts.inventory
      return emptyOutput
    })
    await runAnalyzers([history, inventory], sharedContext(), () => undefined)
    expect(seen).toEqual({ marker: 42 })
  })

  it('runs analyzers that do not need each other at the same time, and merges in dependency order', async () => {
    // The history analyzer waits for a signal only the inventory analyzer gives while still running:
    // run one after the other, this would never finish.
    let release: () => void = () => undefined
    const released = new Promise<void>((resolve) => (release = resolve))
    const history = fakeAnalyzer('git-history', [], async (context) => {
      await released
      context.warn('history warning')
      return emptyOutput
    })
    const inventory = fakeAnalyzer('inventory', [], async (context) => {
      context.warn('inventory warning')
      release()
      await new Promise((resolve) => setTimeout(resolve, 5))
      return emptyOutput
    })
    const output = await runAnalyzers([history, inventory], sharedContext(), () => undefined)
    expect(output.warnings.map((warning) => warning.message)).toEqual([
      'history warning',
      'inventory warning',
    ])
  })

  it('stops on cancellation instead of turning it into a warning', async () => {
    const controller = new AbortController()
    const cancelled = fakeAnalyzer('inventory', [], async () => {
      controller.abort()
      throw new DOMException('stop', 'AbortError')
    })
    const never = fakeAnalyzer('git-history', [], async () => {
      throw new Error('must not run')
    })
    await expect(
      runAnalyzers([cancelled, never], sharedContext(controller.signal), () => undefined),
    ).rejects.toThrow('stop')
  })

  it('reports progress tagged with the analyzer that is running', async () => {
    const progress: EngineProgress[] = []
    const inventory = fakeAnalyzer('inventory', [], async (context) => {
      context.progress({ done: 1, total: 2, message: 'a.ts' })
      return emptyOutput
    })
    await runAnalyzers([inventory], sharedContext(), (update) => progress.push(update))
    expect(progress).toEqual([
      { phase: 'analyze', analyzerId: 'inventory', done: 0, total: null, message: 'Fake inventory' },
      { phase: 'analyze', analyzerId: 'inventory', done: 1, total: 2, message: 'a.ts' },
    ])
  })
})
