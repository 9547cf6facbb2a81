import type { Analyzer } from '../types'
import { dependenciesAnalyzer } from './dependencies'
import { gitHistoryAnalyzer } from './git-history'
import { inventoryAnalyzer } from './inventory'

/** Every analyzer the engine runs. Adding an analyzer is adding its file and a line here. */
export const ANALYZERS: readonly Analyzer[] = [inventoryAnalyzer, gitHistoryAnalyzer, dependenciesAnalyzer]
