import type { DebtStatus } from '../../../shared/domain/debt-item'
import type { SnapshotDebtItem, SnapshotFinding } from '../../../shared/report/audit-snapshot'
import { SOURCE_ROOT, type SarifLocation, type SarifResult } from './sarif-log'
import { SARIF_LEVEL } from './severity-levels'

/** The key under which our own fingerprint travels; versioned, as GitHub's own keys are. */
export const FINGERPRINT_KEY = 'diligentFingerprint/v1'

/** The triage that means "do not show this as an open problem" to a SARIF viewer. */
const SUPPRESSING_STATUSES: ReadonlySet<DebtStatus> = new Set(['false-positive', 'wont-fix'])

/**
 * A repository-relative path as a URI reference: each segment percent-encoded, so a space, `#` or `%`
 * in a file name stays part of the path, and backslashes read as separators.
 */
export function pathToUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

function locationOf(finding: SnapshotFinding): SarifLocation[] {
  const uri = finding.location === null ? '' : pathToUri(finding.location.path)
  if (finding.location === null || uri === '') return []
  const { line, column } = finding.location
  return [
    {
      physicalLocation: {
        artifactLocation: { uri, uriBaseId: SOURCE_ROOT },
        ...(line === null
          ? {}
          : { region: { startLine: line, ...(column === null ? {} : { startColumn: column }) } }),
      },
    },
  ]
}

/**
 * One finding as a SARIF result. The message is the finding's title only: its evidence is a snippet of
 * the audited file (redacted, but still the company's code), and the export carries only our own words.
 * A suppression says the auditor's verdict, never their notes, which may be confidential.
 */
export function toSarifResult(
  finding: SnapshotFinding,
  ruleIndex: number,
  item: SnapshotDebtItem | undefined,
): SarifResult {
  const status = item?.status ?? 'open'
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[finding.severity],
    message: { text: finding.title },
    locations: locationOf(finding),
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: {
      severity: finding.severity,
      category: finding.category,
      effortMinutes: finding.effortMinutes,
      ...(item === undefined ? {} : { priority: item.priority }),
      status,
    },
    ...(SUPPRESSING_STATUSES.has(status)
      ? { suppressions: [{ kind: 'external', status: 'accepted', justification: status }] }
      : {}),
  }
}
