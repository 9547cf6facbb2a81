import type { Content, ContentText } from 'pdfmake/interfaces'
import { COLOURS, PLAIN_LAYOUT } from './theme'

/**
 * Charts drawn with pdfmake's vector canvas: no images, nothing fetched, crisp at any zoom, and
 * every label is real text that a reader can search and copy.
 */
export interface Bar {
  label: string | ContentText
  /** 0–1; null draws an empty track (e.g. a checklist with no score yet). */
  value: number | null
  colour: string
  /** Text printed to the right of the bar. */
  caption: string | ContentText
}

const BAR_HEIGHT = 10

/** Horizontal bars, one per row: label, bar on a grey track, caption. */
export function horizontalBars(bars: readonly Bar[], barWidth = 220, labelWidth = 150): Content {
  return {
    table: {
      widths: [labelWidth, barWidth, '*'],
      body: bars.map((bar) => {
        const filled = bar.value === null ? 0 : Math.max(0, Math.min(1, bar.value)) * barWidth
        return [
          typeof bar.label === 'string' ? { text: bar.label } : bar.label,
          {
            canvas: [
              { type: 'rect', x: 0, y: 1, w: barWidth, h: BAR_HEIGHT, color: COLOURS.track },
              ...(filled > 0
                ? [{ type: 'rect' as const, x: 0, y: 1, w: filled, h: BAR_HEIGHT, color: bar.colour }]
                : []),
            ],
          },
          typeof bar.caption === 'string' ? { text: bar.caption, fontSize: 8.5 } : bar.caption,
        ]
      }),
    },
    layout: { ...PLAIN_LAYOUT, paddingTop: () => 3, paddingBottom: () => 3 },
    margin: [0, 4, 0, 10],
  }
}

/** Vertical bars over time (e.g. commits per month), labelled at both ends and with the peak. */
export function columnChart(
  values: readonly { label: string; value: number }[],
  width: number,
  height = 60,
  colour: string = COLOURS.accent,
): Content {
  const peak = Math.max(1, ...values.map((entry) => entry.value))
  const slot = values.length === 0 ? width : width / values.length
  const barWidth = Math.max(1, slot * 0.7)
  const first = values[0]
  const last = values[values.length - 1]
  return {
    stack: [
      { text: `peak ${peak}`, style: 'small', alignment: 'right' },
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: height,
            x2: width,
            y2: height,
            lineWidth: 0.5,
            lineColor: COLOURS.faint,
          },
          ...values.map((entry, index) => {
            const barHeight = (entry.value / peak) * (height - 2)
            return {
              type: 'rect' as const,
              x: index * slot + (slot - barWidth) / 2,
              y: height - barHeight,
              w: barWidth,
              h: barHeight,
              color: colour,
            }
          }),
        ],
      },
      {
        columns: [
          { text: first?.label ?? '', style: 'small' },
          { text: last?.label ?? '', style: 'small', alignment: 'right' },
        ],
        margin: [0, 2, 0, 0],
      },
    ],
    margin: [0, 2, 0, 10],
  }
}
