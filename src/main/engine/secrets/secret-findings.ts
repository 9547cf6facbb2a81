import type { SecretOccurrence } from '../../../shared/domain/facts/secrets-facts'
import type { FindingDraft } from '../types'

const REFERENCES: FindingDraft['references'] = [
  { kind: 'cwe', id: 'CWE-798', url: 'https://cwe.mitre.org/data/definitions/798.html' },
]
const REMEDIATION =
  'Rotate the credential first: treat it as compromised, since everyone with a clone has it. Then remove it from the history (git filter-repo), move it to a secret manager or the deployment environment, and add a pre-commit secret scanner (e.g. gitleaks) and the host’s push protection so new ones are blocked.'
/** Rotation, a history rewrite and a scanner in CI: half a day for one credential. */
const EFFORT_MINUTES = 240
const NOT_VERIFIED =
  'Diligent never tries a found credential against its provider, so whether it is still live is unknown.'

export interface SecretFindingText {
  title: string
  description: string
}

function loweredNote(occurrence: SecretOccurrence): string {
  return occurrence.loweredBecause === null
    ? ''
    : ` Severity lowered because ${occurrence.loweredBecause}; a real credential there is just as usable, so confirm it is fake.`
}

const SHORT_SHA_CHARS = 12

function historyNote(occurrence: SecretOccurrence): string {
  const commit = occurrence.commit
  if (commit === undefined || commit === null) return ''
  const added = `commit ${commit.sha.slice(0, SHORT_SHA_CHARS)} by ${commit.author} on ${commit.date.slice(0, 10)}`
  return occurrence.inHistoryOnly === true
    ? ` Removed from the code but still in the history (added in ${added}): every clone still has it, so it must be rotated.`
    : ` Added in ${added}.`
}

/** One finding per occurrence. Evidence and fingerprint hold only the redacted value, never the line. */
export function secretFinding(occurrence: SecretOccurrence, text: SecretFindingText): FindingDraft {
  return {
    ruleId: occurrence.ruleId,
    category: 'security',
    severity: occurrence.severity,
    title: text.title,
    explanation: `${text.description}${historyNote(occurrence)}${loweredNote(occurrence)} ${NOT_VERIFIED}`,
    location: { path: occurrence.path, line: occurrence.line, column: null },
    evidence: occurrence.redacted,
    effortMinutes: EFFORT_MINUTES,
    remediation: REMEDIATION,
    references: REFERENCES,
    snippet: occurrence.redacted ?? occurrence.ruleId,
  }
}

export const ENV_FILE_TEXT: SecretFindingText = {
  title: 'Environment file committed',
  description:
    'A .env file holds a deployment’s configuration and usually its passwords and API keys; committed, it is shared with everyone who can read the repository.',
}

export const KEY_FILE_TEXT: SecretFindingText = {
  title: 'Private key or key store committed',
  description:
    'A private key or key store file (PEM with a private key, .key, .p12/.pfx, Java keystore, SSH identity) is in the repository; anyone with a clone can impersonate its owner or decrypt what it protects.',
}
