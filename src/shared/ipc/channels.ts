/**
 * The channel names, free of any schema library so the sandboxed preload stays a few lines.
 * `contract.ts` holds the schemas and is checked against these lists at compile time.
 */
export const INVOKE_CHANNELS = [
  'app:get-info',
  'shell:open-external',
  'dialog:pick-folder',
  'source:check',
  'audit:start',
  'audit:cancel',
  'backup:save',
  'backup:open',
  'export:save',
  'export:sbom',
  'vulnerabilities:status',
  'vulnerabilities:import',
  'sarif:import',
  'settings:get',
  'settings:set-online-checks',
  'freshness:cached',
  'freshness:lookup',
] as const
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number]

export const EVENT_NAMES = ['job:progress', 'job:finished'] as const
export type EventName = (typeof EVENT_NAMES)[number]

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(value)
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value)
}
