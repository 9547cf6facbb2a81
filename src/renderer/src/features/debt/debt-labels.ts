import type { DebtStatus } from '../../../../shared/domain/debt-item'

export const STATUS_LABELS: Readonly<Record<DebtStatus, string>> = {
  open: 'Open',
  accepted: 'Accepted',
  planned: 'Planned',
  'wont-fix': "Won't fix",
  'false-positive': 'False positive',
}
