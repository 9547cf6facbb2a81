import type { AuditResult } from '../../shared/domain/audit-result'
import type { AuditOptions, AuditSpec, EngineProgress } from './types'

/** Messages between main and the engine's own process: one audit per process, then it exits. */
export type MessageToEngine = { type: 'start'; spec: AuditSpec; options: AuditOptions } | { type: 'cancel' }

export type MessageFromEngine =
  | { type: 'progress'; progress: EngineProgress }
  | { type: 'result'; result: AuditResult }
  | { type: 'failed'; message: string; cancelled: boolean }

/** The two ends a process can talk through: Electron's parentPort in the app, a forked Node process in tests. */
export interface EnginePort {
  post(message: MessageFromEngine): void
  onMessage(listener: (message: MessageToEngine) => void): void
}
