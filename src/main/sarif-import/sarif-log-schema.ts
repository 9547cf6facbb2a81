import { z } from 'zod'

/**
 * The part of a SARIF 2.1.0 log the import reads, validated loosely: real tools add many fields of
 * their own (CodeQL's codeFlows, Semgrep's fingerprints, ESLint's artifacts), and every unknown field
 * is left alone. Rules and results are parsed one by one later, so one malformed entry costs only itself.
 */
export const SarifLevelSchema = z.enum(['none', 'note', 'warning', 'error'])
export type SarifLevel = z.infer<typeof SarifLevelSchema>

const MultiformatSchema = z.looseObject({ text: z.string().optional(), markdown: z.string().optional() })

export const SarifMessageSchema = z.looseObject({
  text: z.string().optional(),
  markdown: z.string().optional(),
  id: z.string().optional(),
  arguments: z.array(z.string()).optional(),
})

export const PropertyBagSchema = z.looseObject({
  tags: z.array(z.string()).optional(),
  'security-severity': z.union([z.string(), z.number()]).optional(),
})

export const SarifRuleSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  shortDescription: MultiformatSchema.optional(),
  fullDescription: MultiformatSchema.optional(),
  help: MultiformatSchema.optional(),
  helpUri: z.string().optional(),
  messageStrings: z.record(z.string(), MultiformatSchema).optional(),
  defaultConfiguration: z.looseObject({ level: SarifLevelSchema.optional() }).optional(),
  properties: PropertyBagSchema.optional(),
})
export type SarifRule = z.infer<typeof SarifRuleSchema>

const ToolComponentSchema = z.looseObject({
  name: z.string().min(1),
  version: z.string().optional(),
  semanticVersion: z.string().optional(),
  rules: z.array(z.unknown()).optional(),
})
export type SarifToolComponent = z.infer<typeof ToolComponentSchema>

export const ArtifactLocationSchema = z.looseObject({
  uri: z.string().optional(),
  uriBaseId: z.string().optional(),
  index: z.number().int().optional(),
})

export const SarifResultSchema = z.looseObject({
  ruleId: z.string().optional(),
  ruleIndex: z.number().int().optional(),
  rule: z
    .looseObject({
      id: z.string().optional(),
      index: z.number().int().optional(),
      toolComponent: z.looseObject({ index: z.number().int().optional() }).optional(),
    })
    .optional(),
  kind: z.string().optional(),
  level: SarifLevelSchema.optional(),
  message: SarifMessageSchema,
  locations: z
    .array(
      z.looseObject({
        physicalLocation: z
          .looseObject({
            artifactLocation: ArtifactLocationSchema.optional(),
            // Some tools write 0 for "unknown": such a position is dropped, not the whole result.
            region: z
              .looseObject({
                startLine: z.number().int().positive().optional().catch(undefined),
                startColumn: z.number().int().positive().optional().catch(undefined),
              })
              .optional(),
          })
          .optional(),
      }),
    )
    .optional(),
  partialFingerprints: z.record(z.string(), z.string()).optional(),
  fingerprints: z.record(z.string(), z.string()).optional(),
  suppressions: z.array(z.looseObject({ status: z.string().optional() })).optional(),
  baselineState: z.string().optional(),
  properties: PropertyBagSchema.optional(),
})
export type SarifResult = z.infer<typeof SarifResultSchema>

/** An entry of `run.artifacts`, and of `run.originalUriBaseIds` (whose `uri` is the base it names). */
export const ArtifactSchema = z.looseObject({ location: ArtifactLocationSchema.optional() })
export const UriBaseSchema = z.looseObject({ uri: z.string().optional() })

export const SarifRunSchema = z.looseObject({
  tool: z.looseObject({
    driver: ToolComponentSchema,
    extensions: z.array(ToolComponentSchema).optional(),
  }),
  results: z.array(z.unknown()).nullable().optional(),
  artifacts: z.array(z.unknown()).optional(),
  originalUriBaseIds: z.record(z.string(), z.unknown()).optional(),
})
export type SarifRun = z.infer<typeof SarifRunSchema>

export const SarifLogSchema = z.looseObject({
  version: z.literal('2.1.0'),
  runs: z.array(SarifRunSchema).nullable(),
})
export type SarifLogInput = z.infer<typeof SarifLogSchema>
