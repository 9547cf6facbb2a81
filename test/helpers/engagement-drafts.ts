import type { EngagementDraft } from '../../src/shared/domain/engagement'

export function engagementDraft(overrides: Partial<EngagementDraft> = {}): EngagementDraft {
  return {
    name: 'Acme Robotics',
    stage: 'product-market-fit',
    startDate: '2026-11-23',
    endDate: '2026-12-04',
    notes: 'Series A pre-read',
    ...overrides,
  }
}
