/** The pack's sections in order; the headings, the table of contents and the tests all use these. */
export const SECTION_TITLES = {
  executiveSummary: '1. Executive summary',
  scores: '2. Scores per area',
  architecture: '3. Architecture and stack',
  team: '4. Team and knowledge distribution',
  security: '5. Security',
  codeHealth: '6. Code health and hotspots',
  dependencies: '7. Dependencies and licences',
  risks: '8. Risk register',
  debt: '9. Debt inventory: top 25',
  cost: '10. Cost: replacement and remediation',
  checklists: '11. Checklist appendix',
  methodology: '12. Methodology and limits',
} as const

export const CONTENTS_TITLE = 'Contents'
