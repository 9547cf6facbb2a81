import { redact } from '../engine/secrets/redact'
import type { CompiledSecretRule } from '../engine/secrets/rule-pack'
import { candidateRules, findSecrets } from '../engine/secrets/scan-text'

/**
 * A redactor for text another tool wrote: CodeQL's hard-coded-credentials message quotes the value, and
 * a message can quote any line of the audited code. Every secret the engine's own rules recognise is
 * replaced by the same redacted form the engine reports, so imported text is held to the engine's rule.
 */
export function secretRedactor(
  rules: readonly CompiledSecretRule[],
  key: Uint8Array,
): (text: string) => string {
  return (text) => {
    const secrets = [
      ...new Set(findSecrets(text, candidateRules(text.toLowerCase(), rules)).map((m) => m.secret)),
    ]
    // Longest first, so a secret that contains another is replaced whole.
    secrets.sort((left, right) => right.length - left.length)
    return secrets.reduce((redacted, secret) => redacted.split(secret).join(redact(secret, key)), text)
  }
}
