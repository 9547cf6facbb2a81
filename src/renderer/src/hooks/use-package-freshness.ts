import { notifications } from '@mantine/notifications'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { PackageFreshness, PackageQuery } from '../../../shared/domain/freshness'
import { callMain } from '../api/diligent'

/** Small lookup batches give a progress bar that moves and a Stop that takes effect quickly. */
const LOOKUP_BATCH = 48
/** Reading the cache costs no network, so it goes in large pieces. */
const CACHED_BATCH = 2_000

export interface LookupProgress {
  done: number
  total: number
}

export interface PackageFreshnessState {
  byName: ReadonlyMap<string, PackageFreshness>
  /** Set while a check runs. */
  progress: LookupProgress | null
  /** Asks main to look the packages up (online checks must be on); cached answers under a day old are reused. */
  check(): Promise<void>
  stop(): void
}

function batches<Item>(items: readonly Item[], size: number): Item[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  )
}

/**
 * One package's answer merged over what is shown: a cache read that lands after a lookup, or a failed
 * refresh, must not hide newer facts; its error is still shown beside them.
 */
function merge(current: PackageFreshness | undefined, answer: PackageFreshness): PackageFreshness {
  if (!current?.facts) return answer
  const newer =
    answer.facts !== null &&
    (answer.facts.fetchedAt > current.facts.fetchedAt ||
      (answer.facts.fetchedAt === current.facts.fetchedAt && answer.facts.source === 'network'))
  return newer ? answer : { ...current, error: answer.error }
}

function withAnswers(
  current: ReadonlyMap<string, PackageFreshness>,
  answers: readonly PackageFreshness[],
): ReadonlyMap<string, PackageFreshness> {
  const next = new Map(current)
  for (const answer of answers) next.set(answer.name, merge(current.get(answer.name), answer))
  return next
}

/**
 * Registry facts for these packages: what the cache already holds as soon as the card opens (online or
 * not), then whatever a check brings, batch by batch.
 */
export function usePackageFreshness(queries: readonly PackageQuery[]): PackageFreshnessState {
  const [byName, setByName] = useState<ReadonlyMap<string, PackageFreshness>>(new Map())
  const [progress, setProgress] = useState<LookupProgress | null>(null)
  // The running check stops at its next batch when the auditor presses Stop or leaves the page.
  const running = useRef(false)
  useEffect(() => () => void (running.current = false), [])

  useEffect(() => {
    let live = true
    void (async () => {
      for (const batch of batches(queries, CACHED_BATCH)) {
        const { packages } = await callMain('freshness:cached', { packages: batch })
        if (!live) return
        setByName((current) => withAnswers(current, packages))
      }
      // Without the cache the card just shows no registry facts yet; a check still works.
    })().catch(() => undefined)
    return () => {
      live = false
    }
  }, [queries])

  const check = useCallback(async (): Promise<void> => {
    running.current = true
    setProgress({ done: 0, total: queries.length })
    try {
      let done = 0
      for (const batch of batches(queries, LOOKUP_BATCH)) {
        if (!running.current) break
        const { packages } = await callMain('freshness:lookup', { packages: batch })
        done += batch.length
        setByName((current) => withAnswers(current, packages))
        setProgress({ done, total: queries.length })
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Freshness check stopped',
        message: error instanceof Error ? error.message : String(error),
      })
    } finally {
      running.current = false
      setProgress(null)
    }
  }, [queries])

  const stop = useCallback(() => {
    running.current = false
  }, [])

  return { byName, progress, check, stop }
}
