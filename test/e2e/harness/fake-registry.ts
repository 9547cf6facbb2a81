import type { RegistryFetch } from '../../../src/main/freshness/npm-registry-client'

/** A packument as the npm registry serves it, reduced to the fields Diligent reads. */
export interface FakePackument {
  name: string
  'dist-tags': { latest: string }
  time: Record<string, string>
  versions: Record<string, { deprecated?: string }>
}

/**
 * The harness never reaches the network: online checks get this stand-in for registry.npmjs.org, which
 * answers from `packuments` (404 for any other name) and records every URL it was asked for.
 */
export function fakeRegistryFetch(packuments: readonly FakePackument[], requests: string[]): RegistryFetch {
  const byName = new Map(packuments.map((packument) => [packument.name, packument]))
  return async (url) => {
    requests.push(url)
    const { hostname, pathname } = new URL(url)
    const packument =
      hostname === 'registry.npmjs.org' ? byName.get(decodeURIComponent(pathname.slice(1))) : undefined
    return packument === undefined
      ? new Response('{"error":"Not found"}', { status: 404 })
      : new Response(JSON.stringify(packument), { headers: { 'Content-Type': 'application/json' } })
  }
}
