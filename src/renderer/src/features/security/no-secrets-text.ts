import type { SecretsFacts } from '../../../../shared/domain/facts/secrets-facts'
import { countNoun } from '../code-health/count-noun'

/**
 * What an empty result means, worded so no one reads it as "there are no secrets": it names what was
 * not searched.
 */
export function noSecretsText(facts: SecretsFacts): { title: string; body: string } {
  const limits = [
    ...(facts.history !== undefined
      ? []
      : [
          'only the files of the analysed commit were read, so a credential committed earlier and deleted since is still in the history but was not looked for',
        ]),
    ...(facts.skipped.length > 0
      ? [`${countNoun(facts.skipped.length, 'file was', 'files were')} not searched (listed below)`]
      : []),
    'the rules recognise only the credential formats they know, so a home-made token or a password in plain words can pass',
  ]
  return {
    title: `No secrets found in ${countNoun(facts.filesScanned, 'file')}`,
    body: `This does not prove there are none: ${limits.join('; ')}.`,
  }
}
