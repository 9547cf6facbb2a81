import type { Checklist, ChecklistItem } from '../../../src/shared/checklists/checklist-schema'

/** A valid item; tests override what they are about. */
export function item(overrides: Partial<ChecklistItem> & { id: string }): ChecklistItem {
  return {
    question: 'Is the thing under test in place?',
    why: 'Because a reviewer would ask about it first.',
    howToCheck: 'Look at the repository and ask the team.',
    weight: 3,
    severity: 'medium',
    stages: ['pre-product', 'product-market-fit', 'growth'],
    references: [],
    evidence: [],
    ...overrides,
  }
}

export function checklist(id: string, items: ChecklistItem[]): Checklist {
  return {
    id,
    version: 1,
    title: `Checklist ${id}`,
    description: 'A checklist made for a test, with enough words.',
    sections: [{ id: 'main', title: 'Main section', items }],
  }
}
