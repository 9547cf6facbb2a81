import {
  Button,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useMemo, useState, type ReactNode } from 'react'
import { DEFAULT_COST_ASSUMPTIONS, type CostAssumptions } from '../../../../shared/report/audit-snapshot'
import { EXPORT_KINDS, exportFileName, type ExportKind } from '../../../../shared/report/export-kinds'
import { callMain } from '../../api/diligent'
import type { EngagementRecord } from '../../db/records'
import { useEngagementSnapshot, type SnapshotOptions } from '../debt/use-engagement-snapshot'
import { saveExportWithNotice } from './save-export'

interface ExportDialogProps {
  engagement: EngagementRecord
  kind: ExportKind | null
  onClose: () => void
}

function ExportForm({ engagement, kind, onClose }: ExportDialogProps & { kind: ExportKind }): ReactNode {
  const [auditor, setAuditor] = useState('')
  const [summary, setSummary] = useState<string | null>(null)
  const [cost, setCost] = useState<CostAssumptions>(DEFAULT_COST_ASSUMPTIONS)
  const [busy, setBusy] = useState(false)
  const options = useMemo<SnapshotOptions>(
    () => ({ auditor: auditor.trim() || null, executiveSummary: summary, costAssumptions: cost }),
    [auditor, summary, cost],
  )
  const snapshot = useEngagementSnapshot(engagement, options)
  const { label } = EXPORT_KINDS[kind]
  const number = (key: keyof Omit<CostAssumptions, 'currency'>) => (value: number | string) =>
    typeof value === 'number' && value > 0 && setCost((previous) => ({ ...previous, [key]: value }))

  const save = async (): Promise<void> => {
    if (snapshot === undefined) return
    setBusy(true)
    const saved = await saveExportWithNotice(label, () =>
      callMain('export:save', {
        kind,
        snapshot,
        suggestedName: exportFileName(engagement.name, kind, new Date()),
      }),
    )
    setBusy(false)
    if (saved) onClose()
  }

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {snapshot === undefined
          ? 'Gathering the engagement…'
          : `${snapshot.debtItems.length} debt items, ${snapshot.findings.length} findings, ${snapshot.overall.answered} of ${snapshot.overall.total} checklist items answered.`}
      </Text>
      {kind === 'sarif' ? (
        <Text size="sm">
          One SARIF 2.1.0 run per repository, for code-scanning tools: each finding with its rule, location
          and fingerprint. Findings triaged as false positive or won&apos;t fix are marked as suppressed;
          notes and evidence stay out.
        </Text>
      ) : (
        <TextInput
          label="Auditor"
          placeholder="Your name, as it should appear on the cover"
          value={auditor}
          onChange={(event) => setAuditor(event.currentTarget.value)}
          maxLength={200}
        />
      )}
      {kind === 'dd-pack' && (
        <>
          <Textarea
            label="Executive summary"
            description="Drafted from the data; edit it before exporting."
            autosize
            minRows={6}
            maxRows={14}
            value={summary ?? snapshot?.executiveSummary ?? ''}
            onChange={(event) => setSummary(event.currentTarget.value)}
          />
          <div>
            <Text size="sm" fw={500}>
              Cost assumptions
            </Text>
            <Text size="xs" c="dimmed" mb={4}>
              COCOMO replacement cost and remediation cost use these (scc's defaults).
            </Text>
            <SimpleGrid cols={3}>
              <NumberInput
                label={`Annual wage (${cost.currency})`}
                value={cost.annualWage}
                min={1}
                thousandSeparator=","
                onChange={number('annualWage')}
              />
              <NumberInput
                label="Overhead"
                value={cost.overhead}
                min={0.1}
                step={0.1}
                decimalScale={2}
                onChange={number('overhead')}
              />
              <NumberInput
                label="Hours per day"
                value={cost.hoursPerDay}
                min={1}
                max={24}
                onChange={number('hoursPerDay')}
              />
            </SimpleGrid>
          </div>
        </>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button loading={busy} disabled={snapshot === undefined} onClick={() => void save()}>
          Export {EXPORT_KINDS[kind].extension.toUpperCase()}…
        </Button>
      </Group>
    </Stack>
  )
}

/** Reviews what an export will contain, takes the auditor's last edits, and saves it where they choose. */
export function ExportDialog(props: ExportDialogProps): ReactNode {
  const kind = props.kind
  return (
    <Modal
      opened={kind !== null}
      onClose={props.onClose}
      title={kind === null ? '' : `Export ${EXPORT_KINDS[kind].label.toLowerCase()}`}
      size="lg"
    >
      {kind !== null && <ExportForm {...props} kind={kind} />}
    </Modal>
  )
}
