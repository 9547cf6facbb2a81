import type { Analyzer } from '../types'
import { architectureAnalyzer } from './architecture'
import { complexityAnalyzer } from './complexity'
import { dependenciesAnalyzer } from './dependencies'
import { gitHistoryAnalyzer } from './git-history'
import { hotspotsAnalyzer } from './hotspots'
import { inventoryAnalyzer } from './inventory'
import { secretsAnalyzer } from './secrets'
import { securityPatternsAnalyzer } from './security-patterns'

/**
 * Every analyzer the engine runs. Adding an analyzer is adding its file and a line here. Each starts
 * once the ones it needs are done: complexity's parse (a worker thread) overlaps the history reading.
 */
export const ANALYZERS: readonly Analyzer[] = [
  inventoryAnalyzer,
  complexityAnalyzer,
  gitHistoryAnalyzer,
  dependenciesAnalyzer,
  architectureAnalyzer,
  hotspotsAnalyzer,
  secretsAnalyzer,
  securityPatternsAnalyzer,
]
