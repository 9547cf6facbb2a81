import { inflateSync } from 'node:zlib'

const STREAM_START = /stream\r?\n/g

/**
 * Every content stream of a PDF as text, inflated where it is deflated: what a reader of the raw file
 * could recover beyond the text pdf.js extracts (font subsets, metadata streams, outlines).
 */
export function rawPdfStreams(bytes: Buffer): string[] {
  const streams: string[] = []
  const latin1 = bytes.toString('latin1')
  for (const match of latin1.matchAll(STREAM_START)) {
    const start = match.index + match[0].length
    const end = latin1.indexOf('endstream', start)
    if (end === -1) break
    const body = bytes.subarray(start, end)
    try {
      streams.push(inflateSync(body).toString('latin1'))
    } catch {
      streams.push(body.toString('latin1'))
    }
  }
  return streams
}
