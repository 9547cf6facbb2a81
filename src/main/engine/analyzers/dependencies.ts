import { collectDependencies } from '../dependencies/collect-dependencies'
import { dependencyFindings } from '../dependencies/findings'
import { dependencyMetrics } from '../dependencies/metrics'
import type { Analyzer } from '../types'
import { matchVulnerabilities } from '../vulnerabilities/match'
import { loadOsvStore } from '../vulnerabilities/osv-store'
import { vulnerabilityFindings } from '../vulnerabilities/findings'

/**
 * Manifests and lockfiles of every ecosystem, resolved packages, licences and lockfile hygiene, read
 * as data and never run; then the resolved versions matched against the auditor's imported OSV
 * database, offline. Without a database the facts say the dependencies are unchecked (null), not clean.
 */
export const dependenciesAnalyzer: Analyzer<'dependencies'> = {
  id: 'dependencies',
  title: 'Dependencies and licences',
  version: 1,
  needs: [],
  async run(context) {
    context.signal.throwIfAborted()
    const report = await collectDependencies(context)
    const store =
      context.vulnerabilityDatabaseDir === null ? null : await loadOsvStore(context.vulnerabilityDatabaseDir)
    const vulnerabilities = store === null ? [] : matchVulnerabilities(store, report.facts.packages)
    const facts = { ...report.facts, vulnerabilityDatabase: store?.info ?? null, vulnerabilities }
    return {
      facts,
      metrics: [
        ...dependencyMetrics(facts),
        // Only when checked: a count of zero from no database would read as clean.
        ...(store === null
          ? []
          : [
              {
                id: 'dependencies/known-vulnerabilities',
                label: 'Known vulnerabilities',
                value: vulnerabilities.length,
                unit: 'count' as const,
              },
            ]),
      ],
      findings: [
        ...dependencyFindings(report),
        ...vulnerabilityFindings(vulnerabilities, facts.vulnerabilityDatabase, {
          now: context.now,
          packageCount: facts.packages.length,
        }),
      ],
    }
  },
}
