const MAX_NAME_PART = 60

/** Letters and digits only, accents dropped, runs of anything else as one hyphen: safe on every file system. */
function safeNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_NAME_PART)
    .replace(/-+$/, '')
}

function localDate(date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export const BACKUP_FILE_SUFFIX = '.diligent-backup.json'

/** The file name a backup is offered under: `<company>-<yyyy-mm-dd>.diligent-backup.json`, in local time. */
export function backupFileName(companyName: string, date: Date): string {
  return `${safeNamePart(companyName) || 'engagement'}-${localDate(date)}${BACKUP_FILE_SUFFIX}`
}
