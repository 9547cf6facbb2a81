import { hotspotFindings } from '../hotspots/findings'
import { rankHotspots } from '../hotspots/rank-hotspots'
import { createTestedCheck } from '../hotspots/test-names'
import type { Analyzer } from '../types'

/** Complexity joined with churn: the files where debt costs most, and whether their authors are still here. */
export const hotspotsAnalyzer: Analyzer<'hotspots'> = {
  id: 'hotspots',
  title: 'Hotspots',
  version: 1,
  needs: ['complexity', 'git-history'],
  async run(context) {
    const { complexity, 'git-history': history } = context.facts
    if (complexity === undefined || history === undefined) {
      context.warn('Hotspots need both the complexity and the git-history results; one of them failed.')
      return { metrics: [], findings: [], facts: { hotspots: [], points: [] } }
    }
    const facts = rankHotspots({
      complexity,
      history,
      isTested: createTestedCheck(context.files.map((file) => file.path)),
      now: context.now,
    })
    const findings = hotspotFindings(facts)
    return {
      metrics: [
        {
          id: 'hotspots/complex-hotspots',
          label: 'Complex hotspots',
          value: findings.filter((finding) => finding.ruleId === 'hotspots/complex-hotspot').length,
          unit: 'count',
        },
        {
          id: 'hotspots/untested-hotspots',
          label: 'Hotspots without tests',
          value: findings.filter((finding) => finding.ruleId === 'hotspots/untested-hotspot').length,
          unit: 'count',
        },
      ],
      findings,
      facts,
    }
  },
}
