import type { TsconfigStrictness } from '../../../shared/domain/facts/complexity-facts'
import { readConfigFiles } from '../architecture/read-config-files'
import { readConfigPaths } from '../architecture/tsconfig-paths'
import type { AnalyzerContext } from '../types'

const PROJECT_CONFIG = /(^|\/)tsconfig\.json$/

/**
 * The strictness of each `tsconfig.json` (the config `tsc` picks up by default), after following
 * `extends` inside the repository. Bases shared through packages cannot be read offline: what they
 * might set is reported as unknown rather than guessed.
 */
export async function readTsconfigStrictness(
  context: Pick<AnalyzerContext, 'files' | 'readFile'>,
): Promise<TsconfigStrictness[]> {
  const configs = await readConfigFiles(context)
  const options = readConfigPaths(configs, [])
  return configs
    .filter((config) => PROJECT_CONFIG.test(config.path))
    .flatMap((config) => {
      const strictness = options.strictnessOf(config.path)
      return strictness === null ? [] : [{ path: config.path, ...strictness }]
    })
}
