/** What counts as a clone: at least this many tokens spanning at least this many lines. */
export interface DuplicationOptions {
  minTokens: number
  minLines: number
}

/** jscpd's defaults (its "mild" mode, which ignores comments and whitespace, is the only mode here). */
export const DEFAULT_DUPLICATION_OPTIONS: Readonly<DuplicationOptions> = { minTokens: 50, minLines: 5 }

/** The bounds that keep a run's memory and report size fixed whatever the repository holds. */
export interface DuplicationLimits {
  /** Clones listed in the report, biggest first; the count covers them all. */
  maxReportedClones: number
  /** Files listed in the report, most duplicated lines first. */
  maxReportedFiles: number
  /**
   * Tokens kept (two bytes each, plus the line table and the fingerprints) to compare later files
   * against; files after this many are still compared with what is kept, but not kept themselves.
   */
  maxIndexedTokens: number
  /**
   * Earlier places remembered per fingerprint, so a common short run cannot hide a real clone; in
   * generated code repeating one pattern more often than this, a copy may go unmatched.
   */
  maxPlacesPerFingerprint: number
}

export const DEFAULT_DUPLICATION_LIMITS: Readonly<DuplicationLimits> = {
  maxReportedClones: 500,
  maxReportedFiles: 500,
  maxIndexedTokens: 40_000_000,
  maxPlacesPerFingerprint: 8,
}

function positiveInteger(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback
}

export function resolveOptions(options: Partial<DuplicationOptions>): DuplicationOptions {
  return {
    minTokens: positiveInteger(options.minTokens, DEFAULT_DUPLICATION_OPTIONS.minTokens),
    minLines: positiveInteger(options.minLines, DEFAULT_DUPLICATION_OPTIONS.minLines),
  }
}

export function resolveLimits(limits: Partial<DuplicationLimits>): DuplicationLimits {
  const defaults = DEFAULT_DUPLICATION_LIMITS
  return {
    maxReportedClones: positiveInteger(limits.maxReportedClones, defaults.maxReportedClones),
    maxReportedFiles: positiveInteger(limits.maxReportedFiles, defaults.maxReportedFiles),
    maxIndexedTokens: positiveInteger(limits.maxIndexedTokens, defaults.maxIndexedTokens),
    maxPlacesPerFingerprint: Math.min(
      255,
      positiveInteger(limits.maxPlacesPerFingerprint, defaults.maxPlacesPerFingerprint),
    ),
  }
}
