import { MultiSelect } from '@mantine/core'
import type { ReactNode } from 'react'
import type { FindingRecord } from '../../db/records'

interface LinkedFindingsProps {
  findings: readonly FindingRecord[]
  linked: readonly string[]
  onChange: (fingerprints: string[]) => void
}

/** Findings of the latest runs the auditor cites for this answer, kept by fingerprint so re-runs keep the link. */
export function LinkedFindings({ findings, linked, onChange }: LinkedFindingsProps): ReactNode {
  const options = new Map(
    findings.map((finding) => [finding.fingerprint, `[${finding.severity}] ${finding.title}`]),
  )
  // A linked finding fixed since keeps its place in the answer, named by its fingerprint.
  for (const fingerprint of linked)
    if (!options.has(fingerprint)) options.set(fingerprint, `No longer found (${fingerprint.slice(0, 8)})`)
  return (
    <MultiSelect
      label="Linked findings"
      placeholder={
        findings.length === 0
          ? 'No findings yet: analyse a repository'
          : 'Pick findings that support this answer'
      }
      data={[...options].map(([value, label]) => ({ value, label }))}
      value={[...linked]}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage="No such finding"
    />
  )
}
