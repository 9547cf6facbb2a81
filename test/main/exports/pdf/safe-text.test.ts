import { describe, expect, it } from 'vitest'
import { repoLine, repoText } from '../../../../src/main/exports/pdf/repo-text'
import {
  escapeCodePoint,
  revealHidden,
  safeLine,
  safeText,
  TOKEN_BREAK_EVERY,
  TRUNCATION_MARKER,
  ZERO_WIDTH_SPACE,
} from '../../../../src/main/exports/pdf/safe-text'

describe('safeText', () => {
  it('shows bidi controls, zero-width characters and other controls as their code point', () => {
    expect(safeText('admin\u202e\u2066txt.exe')).toBe('admin⟨U+202E⟩⟨U+2066⟩txt.exe')
    expect(safeText('a\u200bb\ufeffc')).toBe('a⟨U+200B⟩b⟨U+FEFF⟩c')
    expect(safeText('bell\u0007 esc\u001b[31m nul\u0000 c1\u0085')).toBe(
      'bell⟨U+0007⟩ esc⟨U+001B⟩[31m nul⟨U+0000⟩ c1⟨U+0085⟩',
    )
    expect(escapeCodePoint('\u202e')).toBe('⟨U+202E⟩')
  })

  it('keeps newlines, turns tabs and carriage returns into plain spacing', () => {
    expect(safeText('a\r\nb\rc\td')).toBe('a\nb\nc d')
    expect(safeLine('a\r\nb\nc')).toBe('a b c')
  })

  it('replaces lone surrogates and keeps real astral characters whole', () => {
    expect(safeText('x\ud800y')).toBe('x\ufffdy')
    expect(safeText('ok 😀')).toBe('ok 😀')
  })

  it('breaks unbroken tokens with a zero-width space every 40 characters', () => {
    const token = 'a'.repeat(100)
    const broken = safeText(`short ${token} words`)
    expect(broken).toBe(
      `short ${'a'.repeat(40)}${ZERO_WIDTH_SPACE}${'a'.repeat(40)}${ZERO_WIDTH_SPACE}${'a'.repeat(20)} words`,
    )
    expect(safeText('b'.repeat(TOKEN_BREAK_EVERY))).not.toContain(ZERO_WIDTH_SPACE)
    // Astral characters count as one and are never cut in half.
    expect(
      safeText('😀'.repeat(41))
        .split(ZERO_WIDTH_SPACE)
        .map((chunk) => Array.from(chunk).length),
    ).toEqual([40, 1])
  })

  it('cuts very long text with a visible marker', () => {
    const text = safeText('word '.repeat(1_000), 100)
    expect(text.endsWith(TRUNCATION_MARKER)).toBe(true)
    expect(text.length).toBe(100 + TRUNCATION_MARKER.length)
  })

  it('breaks a 10,000-character token into at most 40-character pieces', () => {
    const pieces = safeText('x'.repeat(10_000), 20_000).split(ZERO_WIDTH_SPACE)
    expect(pieces).toHaveLength(250)
    expect(Math.max(...pieces.map((piece) => piece.length))).toBe(40)
  })

  it('leaves metadata text without zero-width spaces', () => {
    expect(revealHidden('Acme\u202e Ltd')).toBe('Acme⟨U+202E⟩ Ltd')
  })
})

describe('repoText', () => {
  it('is a plain text node when there is nothing to escape', () => {
    expect(repoLine('src/index.ts')).toEqual({ text: 'src/index.ts' })
  })

  it('sets the escape brackets in the bracket font, which Roboto lacks', () => {
    expect(repoText('a\u202eb')).toEqual({
      text: [
        'a',
        { text: '⟨', font: 'DiligentBrackets' },
        'U+202E',
        { text: '⟩', font: 'DiligentBrackets' },
        'b',
      ],
    })
  })
})
