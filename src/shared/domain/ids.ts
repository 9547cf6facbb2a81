import { z } from 'zod'

/** Every record id is a UUID minted by the side that creates the record. */
export const IdSchema = z.uuid()
export type Id = z.infer<typeof IdSchema>

/** Calendar dates (no time of day) travel as ISO `YYYY-MM-DD` strings. */
export const IsoDateSchema = z.iso.date()

/** Instants travel as ISO 8601 timestamps in UTC. */
export const IsoDateTimeSchema = z.iso.datetime()
