import type { ComplexityBand } from '../../../../shared/domain/facts/complexity-facts'

export interface BandBar {
  band: string
  functions: number
  color: string
}

export function bandLabel(band: ComplexityBand): string {
  if (band.max === null) return `${band.min}+`
  return band.min === band.max ? String(band.min) : `${band.min}–${band.max}`
}

/** One bar per band; bands wholly over the limit are coloured as the complex functions they hold. */
export function bandBars(bands: readonly ComplexityBand[], limit: number): BandBar[] {
  return bands.map((band) => ({
    band: bandLabel(band),
    functions: band.functions,
    color: band.min > limit ? 'orange.6' : 'indigo.6',
  }))
}
