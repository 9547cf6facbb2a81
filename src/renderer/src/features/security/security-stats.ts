import type { SecretsFacts } from '../../../../shared/domain/facts/secrets-facts'
import { countNoun } from '../code-health/count-noun'
import { committedSensitiveFiles } from './secret-rows'

/** A tile of the StatGrid, declared here so this module and its tests stay free of JSX. */
export interface SecurityStat {
  label: string
  value: string
  hint: string
  tone?: 'danger' | 'warning'
}

/** The headline numbers of the secrets scan. */
export function securityStats(facts: SecretsFacts): SecurityStat[] {
  const { critical, high, medium, low, info } = facts.countsBySeverity
  const found = facts.occurrences.length
  const sensitiveFiles = committedSensitiveFiles(facts)
  return [
    {
      label: 'Secrets found',
      value: found.toLocaleString(),
      hint: `${critical} critical · ${high} high · ${medium} medium · ${low} low · ${info} info`,
      ...(critical + high > 0 ? { tone: 'danger' as const } : found > 0 ? { tone: 'warning' as const } : {}),
    },
    filesScannedStat(facts),
    {
      label: 'Files skipped',
      value: facts.skipped.length.toLocaleString(),
      hint: 'binary, too large or unreadable: not searched',
      ...(facts.skipped.length > 0 ? { tone: 'warning' as const } : {}),
    },
    {
      label: '.env and key files',
      value: sensitiveFiles.toLocaleString(),
      hint: 'committed environment files and private keys',
      ...(sensitiveFiles > 0 ? { tone: 'danger' as const } : {}),
    },
  ]
}

/** Whether earlier commits were searched too: a secret deleted since is still in every clone. */
function filesScannedStat({ filesScanned, history }: SecretsFacts): SecurityStat {
  const stat = { label: 'Files scanned', value: filesScanned.toLocaleString() }
  if (history === undefined)
    return { ...stat, hint: 'this commit only: earlier commits not searched', tone: 'warning' }
  const commits = `and ${countNoun(history.commitsScanned, 'commit')} of history`
  return history.truncated
    ? {
        ...stat,
        hint: `${commits}, stopped early: ${history.truncatedBecause ?? 'a limit was reached'}`,
        tone: 'warning',
      }
    : { ...stat, hint: commits }
}
