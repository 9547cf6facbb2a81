import { vi } from 'vitest'
import type { RegistryFetch } from '../../../src/main/freshness/npm-registry-client'

export interface FakeVersion {
  time: string
  deprecated?: string
}

/** A packument in the registry's shape: `latest` tag, `time` per version, and a `versions` entry each. */
export function packument(
  name: string,
  latest: string,
  versions: Record<string, FakeVersion>,
): { name: string } & Record<string, unknown> {
  return {
    _id: name,
    name,
    'dist-tags': { latest, next: `${latest}-next.0` },
    time: {
      created: '2015-01-01T00:00:00.000Z',
      modified: '2026-11-01T00:00:00.000Z',
      ...Object.fromEntries(Object.entries(versions).map(([version, { time }]) => [version, time])),
    },
    versions: Object.fromEntries(
      Object.entries(versions).map(([version, { deprecated }]) => [
        version,
        { name, version, dist: { tarball: `https://registry.npmjs.org/${name}/-/x.tgz` }, deprecated },
      ]),
    ),
    readme: 'x'.repeat(1_000),
  }
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' }, ...init })
}

/** A fetch that answers from packuments by package name (404 otherwise) and records each call. */
export function registryFetch(
  documents: readonly { name: string }[],
): ReturnType<typeof vi.fn<RegistryFetch>> {
  const byName = new Map(documents.map((document) => [document.name, document]))
  return vi.fn<RegistryFetch>(async (url) => {
    const document = byName.get(decodeURIComponent(new URL(url).pathname.slice(1)))
    return document === undefined
      ? jsonResponse({ error: 'Not found' }, { status: 404 })
      : jsonResponse(document)
  })
}
