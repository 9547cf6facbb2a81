import { describe, expect, it } from 'vitest'
import { backupFileName } from '../../../src/shared/backup/backup-file-name'
import { BackupFileNameSchema } from '../../../src/shared/ipc/contract'

const DEC_4 = new Date(2026, 11, 4, 23, 30)

describe('backup file names', () => {
  it.each([
    ['Acme Robotics', 'Acme-Robotics-2026-12-04.diligent-backup.json'],
    ['  Café Ñandú, S.A. ', 'Cafe-Nandu-S-A-2026-12-04.diligent-backup.json'],
    ['../../etc/passwd', 'etc-passwd-2026-12-04.diligent-backup.json'],
    ['CON: <nul> | "*?"', 'CON-nul-2026-12-04.diligent-backup.json'],
    ['株式会社', 'engagement-2026-12-04.diligent-backup.json'],
    ['', 'engagement-2026-12-04.diligent-backup.json'],
  ])('names a backup of %j %s', (company, expected) => {
    expect(backupFileName(company, DEC_4)).toBe(expected)
  })

  it('keeps long company names short, and never ends the name part with a hyphen', () => {
    const name = backupFileName(`${'a'.repeat(59)} b`, DEC_4)
    expect(name).toBe(`${'a'.repeat(59)}-2026-12-04.diligent-backup.json`)
  })

  it('uses the local calendar day', () => {
    expect(backupFileName('Acme', new Date(2027, 0, 1, 0, 5))).toBe('Acme-2027-01-01.diligent-backup.json')
  })

  it('always gives a name the save channel accepts', () => {
    for (const company of ['Acme', '../x', '株式会社', '-', '.hidden', `${'ß'.repeat(500)}`])
      expect(BackupFileNameSchema.safeParse(backupFileName(company, DEC_4)).success).toBe(true)
  })
})
