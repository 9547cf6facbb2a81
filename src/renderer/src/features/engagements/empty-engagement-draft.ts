import type { EngagementDraft } from '../../../../shared/domain/engagement'

/** What the create form starts from: most audits a fractional CTO takes on are at product–market fit. */
export const EMPTY_ENGAGEMENT_DRAFT: EngagementDraft = {
  name: '',
  stage: 'product-market-fit',
  startDate: null,
  endDate: null,
  notes: '',
}
