import { z } from 'zod'
import { JobFinishedSchema, JobProgressSchema } from '../jobs'
import type { EventName, InvokeChannel } from './channels'

const MAX_URL_LENGTH = 2_048

export const AppInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  electronVersion: z.string().nullable(),
  platform: z.string(),
  dataDirectory: z.string(),
  cloneCacheDirectory: z.string(),
})
export type AppInfo = z.infer<typeof AppInfoSchema>

/**
 * The single definition of every invoke channel: its request and response schemas. Main parses
 * every request with these before a handler runs; types on every side are inferred from them.
 */
export const invokeContract = {
  'app:get-info': {
    request: z.strictObject({}),
    response: AppInfoSchema,
  },
  'shell:open-external': {
    request: z.strictObject({ url: z.string().min(1).max(MAX_URL_LENGTH) }),
    response: z.strictObject({ opened: z.boolean() }),
  },
} as const satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>

/** Push events from main to the renderer, each with the schema main validates before sending. */
export const eventContract = {
  'job:progress': JobProgressSchema,
  'job:finished': JobFinishedSchema,
} as const satisfies Record<EventName, z.ZodType>

export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['request']>
export type InvokeResponse<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['response']>
export type EventPayload<E extends EventName> = z.output<(typeof eventContract)[E]>
