export { DuplicationDetector } from './detector'
export {
  DEFAULT_DUPLICATION_LIMITS,
  DEFAULT_DUPLICATION_OPTIONS,
  type DuplicationLimits,
  type DuplicationOptions,
} from './options'
export type { Clone, CodeSpan, DuplicationReport } from './report'
