import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { ENGINE_VERSION } from '../../engine/engine-version'
import type { AuditSnapshot } from '../../../shared/report/audit-snapshot'
import { buildContext } from './context'
import { pageFooter } from './footer'
import { renderPdf } from './render'
import { revealHidden } from './safe-text'
import { architectureSection } from './sections/architecture'
import { checklistAppendixSection } from './sections/checklist-appendix'
import { codeHealthSection } from './sections/code-health'
import { contentsPage } from './sections/contents'
import { costSection } from './sections/cost'
import { COVER_BAND_HEIGHT, coverPage } from './sections/cover'
import { debtInventorySection } from './sections/debt-inventory'
import { dependenciesSection } from './sections/dependencies'
import { executiveSummarySection } from './sections/executive-summary'
import { methodologySection } from './sections/methodology'
import { riskRegisterSection } from './sections/risk-register'
import { scoresSection } from './sections/scores'
import { securitySection } from './sections/security'
import { teamSection } from './sections/team'
import { COLOURS, DEFAULT_STYLE, PAGE, STYLES } from './theme'

/** Metadata is short and plain: hidden characters shown, no newlines, a sane length. */
const metadataText = (value: string): string => revealHidden(value.replace(/[\r\n]+/g, ' ')).slice(0, 200)

/**
 * The whole pack as a pdfmake document definition, sections in their fixed order. Metadata comes
 * from the engagement and from us: the company name is the only text in it that an auditor typed,
 * and nothing in it comes from the repositories (security.md 3.5: scrub PDF metadata).
 */
export function buildDocumentDefinition(snapshot: AuditSnapshot): TDocumentDefinitions {
  const context = buildContext(snapshot)
  const company = metadataText(snapshot.engagement.name)
  const generatedAt = Date.parse(snapshot.generatedAt)
  return {
    pageSize: 'A4',
    pageMargins: PAGE.margins,
    info: {
      title: `Technical due diligence: ${company}`,
      subject: 'Investor technical due-diligence pack',
      creator: 'Diligent',
      producer: `Diligent ${ENGINE_VERSION} (pdfmake)`,
      ...(Number.isNaN(generatedAt)
        ? {}
        : { creationDate: new Date(generatedAt), modDate: new Date(generatedAt) }),
    },
    background: (currentPage, pageSize) =>
      currentPage === 1
        ? {
            canvas: [
              { type: 'rect', x: 0, y: 0, w: pageSize.width, h: COVER_BAND_HEIGHT, color: COLOURS.navy },
            ],
          }
        : null,
    footer: pageFooter(snapshot.engagement.name),
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    content: [
      ...coverPage(context),
      ...contentsPage(),
      ...executiveSummarySection(context),
      ...scoresSection(context),
      ...architectureSection(context),
      ...teamSection(context),
      ...securitySection(context),
      ...codeHealthSection(context),
      ...dependenciesSection(context),
      ...riskRegisterSection(context),
      ...debtInventorySection(context),
      ...costSection(context),
      ...checklistAppendixSection(context),
      ...methodologySection(context),
    ],
  }
}

/**
 * The investor due-diligence pack as PDF bytes: a pure function of the snapshot, with no Electron and
 * no network. Main writes the bytes to the file the auditor chose; the CLI does the same headless.
 */
export async function buildDueDiligencePack(snapshot: AuditSnapshot): Promise<Buffer> {
  return renderPdf(buildDocumentDefinition(snapshot))
}
