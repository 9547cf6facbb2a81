/**
 * Number, money and date formatting for the report: one locale (en-GB dates, grouped digits), UTC
 * dates so the same snapshot prints the same pack on any machine.
 */
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

export const formatInteger = (value: number): string => integer.format(Math.round(value))

export function formatNumber(value: number, digits = 1): string {
  return new Intl.NumberFormat('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value)
}

/** A 0–1 ratio as a whole percentage; "–" when there is none. */
export const formatPercent = (ratio: number | null): string =>
  ratio === null ? '–' : `${Math.round(ratio * 100)}%`

/**
 * Money in the auditor's currency. The code is free text in the snapshot, so an unknown code falls
 * back to the amount followed by the code as typed.
 */
export function formatMoney(amount: number, currency: string, digits = 0): string {
  const code = currency.trim().toUpperCase()
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: code,
      currencyDisplay: 'code',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    })
      .format(amount)
      .replace(/\u00a0/g, ' ')
  } catch {
    return `${formatNumber(amount, digits)} ${code.replace(/[^A-Z0-9]/g, '') || '(no currency)'}`
  }
}

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })

/** "2 December 2026"; the input as given when it is not a date. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '–'
  const time = Date.parse(iso)
  return Number.isNaN(time) ? iso : DATE.format(time)
}

/** "2 Dec 2026", for tables and figures. */
export function formatShortDate(iso: string | null | undefined): string {
  if (!iso) return '–'
  const time = Date.parse(iso)
  return Number.isNaN(time) ? iso : SHORT_DATE.format(time)
}

/** "Dec 2026" from "2026-12". */
export function formatMonth(month: string): string {
  const time = Date.parse(`${month}-01T00:00:00Z`)
  return Number.isNaN(time) ? month : MONTH.format(time)
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatInteger(bytes)} B`
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024)} KB`
  return `${formatNumber(bytes / (1024 * 1024))} MB`
}

/** "1 commit", "22 commits". */
export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${formatInteger(count)} ${count === 1 ? one : many}`

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

export const shortSha = (sha: string | null): string => (sha ? sha.slice(0, 7) : 'unknown commit')
