import type { Finding } from '../../shared/domain/finding'
import { cweUrl, owaspTop10Url } from '../../shared/domain/owasp-top-ten'

type Reference = Finding['references'][number]

const cwe = (digits: string): Reference => {
  const id = `CWE-${Number.parseInt(digits, 10)}`
  return { kind: 'cwe', id, url: cweUrl(id) }
}

/**
 * One tag as a reference, in the spellings real tools use: CodeQL's `external/cwe/cwe-079`, Semgrep's
 * `CWE-89: Improper Neutralization…` and `OWASP-A03:2021 - Injection`, and our own export's
 * `external/owasp/A03:2021`. Anything else is not a reference.
 */
export function referenceFromTag(tag: string): Reference | null {
  const codeql = /^external\/cwe\/cwe-(\d{1,5})$/i.exec(tag.trim())
  if (codeql) return cwe(codeql[1] as string)
  const semgrep = /^CWE-(\d{1,5})\b/i.exec(tag.trim())
  if (semgrep) return cwe(semgrep[1] as string)
  const owasp = /^(?:OWASP-|external\/owasp\/)(A\d{1,2}:\d{4})\b/i.exec(tag.trim())
  if (owasp) {
    const id = (owasp[1] as string).toUpperCase()
    return { kind: 'owasp', id, url: owaspTop10Url(id) }
  }
  return null
}

export const isCweTag = (tag: string): boolean => referenceFromTag(tag)?.kind === 'cwe'

/** Only an https link is kept: the app opens references, and nothing else from a file is worth opening. */
export function httpsUrl(candidate: string | undefined): string | null {
  if (candidate === undefined) return null
  try {
    const url = new URL(candidate)
    return url.protocol === 'https:' && url.username === '' && url.password === '' ? url.toString() : null
  } catch {
    return null
  }
}

/** CWE and OWASP references from the tags, without repeats, then the rule's documentation. */
export function referencesOf(
  tags: readonly string[],
  helpUri: string | undefined,
  docId: string,
): Reference[] {
  const seen = new Set<string>()
  const references: Reference[] = []
  for (const reference of tags.map(referenceFromTag)) {
    if (reference === null || seen.has(`${reference.kind}:${reference.id}`)) continue
    seen.add(`${reference.kind}:${reference.id}`)
    references.push(reference)
  }
  const url = httpsUrl(helpUri)
  if (url !== null) references.push({ kind: 'doc', id: docId, url })
  return references
}
