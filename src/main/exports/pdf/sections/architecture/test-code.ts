import type { Content } from 'pdfmake/interfaces'
import { keepTogether, note, paragraph, subheading } from '../../blocks'
import type { ArchitectureSummary } from '../../facts'
import { formatNumber, plural } from '../../format'
import { repoLine } from '../../repo-text'
import { RATING_COLOURS } from '../../theme'

/** How much test code there is beside the production code; found by names and folders, never run. */
export function testCodePart({ tests }: ArchitectureSummary): Content {
  const frameworks = tests.frameworks.length === 0 ? 'none recognised' : tests.frameworks.join(', ')
  return keepTogether([
    subheading('Test code', 3),
    tests.testFiles === 0
      ? paragraph({
          text: `No test file was found beside ${plural(tests.productionFiles, 'production file')}.`,
          bold: true,
          color: RATING_COLOURS.red,
        })
      : paragraph([
          `${plural(tests.testFiles, 'test file')} (${plural(tests.testLines, 'line')}) beside ${plural(tests.productionFiles, 'production file')} (${plural(tests.productionLines, 'line')}): `,
          {
            text:
              tests.ratio === null
                ? 'no production code to compare with'
                : `${formatNumber(tests.ratio, 2)} test lines per production line`,
            bold: true,
          },
          '. Test frameworks: ',
          repoLine(frameworks, 300),
          '.',
        ]),
    note(
      'Test files are recognised by their names and folders (*.test.ts, __tests__/, test_*.py…). The audit does not run them, so this says nothing of what they cover or whether they pass.',
    ),
  ])
}
