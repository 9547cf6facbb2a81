/** The bands of the distribution chart; the limits themselves are in the shared complexity facts. */
export const COGNITIVE_BANDS: readonly [number, number | null][] = [
  [0, 5],
  [6, 10],
  [11, 15],
  [16, 25],
  [26, 50],
  [51, null],
]
export const CYCLOMATIC_BANDS: readonly [number, number | null][] = [
  [1, 5],
  [6, 10],
  [11, 20],
  [21, 50],
  [51, null],
]

/** A file this large, or with this many functions and lines, does too many things (a "god file"). */
export const GOD_FILE_CODE_LINES = 2_000
export const GOD_FILE_FUNCTIONS = 60
export const GOD_FILE_MIN_CODE_LINES = 800

/** Duplication above this share of the code is debt worth a finding (SonarQube's default gate is 3% on new code). */
export const DUPLICATION_PERCENT_LIMIT = 5
