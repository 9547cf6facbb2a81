/**
 * Whether a version constraint from a non-npm ecosystem accepts any future release. A constraint is
 * bounded when some clause caps it: an upper bound (`<`, `<=`), an exact or compatible-release pin
 * (`==`, `=`, `~=`, `~>`, `^`, `~`), or a bare version (Cargo and Poetry read `1.2` as `^1.2`).
 */

const BOUNDING_CLAUSE = /^(<|<=|==|===|=|~=|~>|\^|~|v?\d)/

function clauseBounded(clause: string): boolean {
  return BOUNDING_CLAUSE.test(clause.trim())
}

function alternativeUnbounded(alternative: string): boolean {
  const clauses = alternative
    .split(/,|\s+(?=[<>=!~^])/)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '')
  if (clauses.length === 0) return true
  if (clauses.every((clause) => clause === '*' || clause.toLowerCase() === 'x')) return true
  return !clauses.some(clauseBounded)
}

/** PEP 440, Poetry, Cargo and RubyGems constraints; `||` separates Poetry alternatives. */
export function constraintUnbounded(constraint: string): boolean {
  return constraint.split('||').some(alternativeUnbounded)
}

/** A Maven version: `LATEST`, `RELEASE`, or a range open at the top (`[1.0,)`). Empty means managed elsewhere. */
export function mavenUnbounded(version: string): boolean {
  const value = version.trim()
  if (value === '') return false
  if (/^(LATEST|RELEASE)$/i.test(value)) return true
  return /,\s*\)/.test(value)
}
