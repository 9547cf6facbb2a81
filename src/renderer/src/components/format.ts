import dayjs from 'dayjs'

/** A calendar date as auditors write it in reports: 24 Nov 2026. */
export function formatDate(isoDate: string | null): string {
  return isoDate === null ? '—' : dayjs(isoDate).format('D MMM YYYY')
}

export function formatDateTime(isoDateTime: string): string {
  return dayjs(isoDateTime).format('D MMM YYYY, HH:mm')
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return 'unknown'
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`
}
