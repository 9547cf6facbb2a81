import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import parseSpdx from 'spdx-expression-parse'
import { describe, expect, it } from 'vitest'
import { classifyLicence, licenceClassifier } from '../../../src/main/engine/dependencies/classify-licence'
import { recogniseLicenceText } from '../../../src/main/engine/dependencies/licence-text'
import { LICENCE_TABLE, licenceTableFrom } from '../../../src/main/engine/dependencies/licence-table'
import { LICENCE_CLASSES } from '../../../src/shared/domain/facts/dependency-facts'

const FILE = resolve(import.meta.dirname, '../../../resources/licences/classification.json')
const data = JSON.parse(readFileSync(FILE, 'utf8')) as {
  about: unknown
  licences: Record<string, unknown>
  exceptions: Record<string, unknown>
}

describe('resources/licences/classification.json', () => {
  it('says what the classes mean', () => {
    expect(typeof data.about).toBe('string')
    for (const licenceClass of LICENCE_CLASSES) expect(data.about).toContain(licenceClass)
  })

  it('classes every licence as one of the known classes, never "unknown" (absence means that)', () => {
    const classes = new Set(LICENCE_CLASSES.filter((licenceClass) => licenceClass !== 'unknown'))
    for (const [id, licenceClass] of Object.entries({ ...data.licences, ...data.exceptions })) {
      expect(classes.has(licenceClass as never), `${id}: ${String(licenceClass)}`).toBe(true)
    }
  })

  it('keys licences by valid SPDX identifiers (current or deprecated), and exceptions by SPDX exceptions', () => {
    for (const id of Object.keys(data.licences)) expect(parseSpdx(id), id).toEqual({ license: id })
    for (const id of Object.keys(data.exceptions)) {
      expect(parseSpdx(`GPL-2.0-only WITH ${id}`), id).toEqual({ license: 'GPL-2.0-only', exception: id })
    }
  })

  it('covers the common npm licences, at least 60 of them, and loads every entry', () => {
    const required = [
      'MIT',
      'ISC',
      'Apache-2.0',
      'BSD-2-Clause',
      'BSD-3-Clause',
      '0BSD',
      'Unlicense',
      'CC0-1.0',
      'CC-BY-4.0',
      'BlueOak-1.0.0',
      'Python-2.0',
      'WTFPL',
      'Zlib',
      'MPL-2.0',
      'LGPL-2.1-only',
      'LGPL-3.0-or-later',
      'EPL-1.0',
      'EPL-2.0',
      'GPL-2.0',
      'GPL-2.0-only',
      'GPL-3.0-or-later',
      'AGPL-3.0-only',
      'SSPL-1.0',
      'BUSL-1.1',
      'CC-BY-NC-4.0',
      'CC-BY-NC-SA-4.0',
      'Elastic-2.0',
      'PolyForm-Noncommercial-1.0.0',
    ]
    for (const id of required) expect(data.licences, id).toHaveProperty(id)
    expect(Object.keys(data.licences).length).toBeGreaterThanOrEqual(60)
    expect(LICENCE_TABLE.licences.size).toBe(Object.keys(data.licences).length)
    expect(LICENCE_TABLE.exceptions.size).toBe(Object.keys(data.exceptions).length)
  })

  it('ignores entries with a class it does not know, rather than trusting them', () => {
    const table = licenceTableFrom({ licences: { MIT: 'permissive', Foo: 'free-ish', Bar: 'unknown' } })
    expect([...table.licences]).toEqual([['MIT', 'permissive']])
    expect(licenceTableFrom('nonsense').licences.size).toBe(0)
  })
})

describe('classifyLicence', () => {
  it.each([
    ['MIT', 'permissive'],
    ['(MIT OR Apache-2.0)', 'permissive'],
    ['Apache-2.0 AND MIT', 'permissive'],
    ['GPL-2.0', 'strong-copyleft'],
    ['GPL-2.0+', 'strong-copyleft'],
    ['GPL-3.0-or-later', 'strong-copyleft'],
    ['LGPL-2.1-only', 'weak-copyleft'],
    ['MPL-2.0', 'weak-copyleft'],
    ['(GPL-2.0-only WITH Classpath-exception-2.0)', 'weak-copyleft'],
    ['GPL-2.0-with-classpath-exception', 'weak-copyleft'],
    ['Apache-2.0 WITH LLVM-exception', 'permissive'],
    ['AGPL-3.0-only', 'network-copyleft'],
    ['SSPL-1.0', 'network-copyleft'],
    ['BUSL-1.1', 'non-commercial'],
    ['CC-BY-NC-SA-4.0', 'non-commercial'],
    ['Elastic-2.0', 'non-commercial'],
    // OR: the licensee picks the most permissive option.
    ['GPL-3.0-only OR MIT', 'permissive'],
    ['AGPL-3.0-only OR BUSL-1.1', 'network-copyleft'],
    ['LicenseRef-Proprietary OR MIT', 'permissive'],
    // AND: every licence applies, the most restrictive counts.
    ['MIT AND GPL-3.0-only', 'strong-copyleft'],
    ['MIT AND (LGPL-2.1-only OR AGPL-3.0-only)', 'weak-copyleft'],
    ['AGPL-3.0-only AND CC-BY-NC-4.0', 'non-commercial'],
    ['MIT AND LicenseRef-Custom', 'unknown'],
    // Near-misses are corrected.
    ['Apache 2.0', 'permissive'],
    ['GPLv3', 'strong-copyleft'],
    ['MIT/X11', 'permissive'],
    ['mit or apache 2.0', 'permissive'],
    ['BSD', 'permissive'],
    // Nothing to classify.
    ['UNLICENSED', 'unknown'],
    ['unlicensed', 'unknown'],
    ['SEE LICENSE IN LICENSE.md', 'unknown'],
    ['LicenseRef-Acme', 'unknown'],
    ['Commercial', 'unknown'],
    ['', 'unknown'],
    ['(MIT', 'unknown'],
    [`MIT OR ${'x'.repeat(300)}`, 'unknown'],
  ])('%s is %s', (expression, expected) => {
    expect(classifyLicence(expression)).toBe(expected)
  })

  it('treats a missing licence as unknown and remembers each distinct text once', () => {
    const classify = licenceClassifier()
    expect(classify(null)).toBe('unknown')
    expect(classify('ISC')).toBe('permissive')
    expect(classify('ISC')).toBe('permissive')
  })

  it('never "corrects" UNLICENSED (proprietary) into the Unlicense (public domain)', () => {
    expect(classifyLicence('UNLICENSED')).not.toBe('permissive')
  })
})

describe('recogniseLicenceText', () => {
  it.each([
    [
      'MIT License\n\nCopyright (c) 2024 Acme\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software',
      'MIT',
    ],
    [
      '                                 Apache License\n                           Version 2.0, January 2004',
      'Apache-2.0',
    ],
    [
      '                    GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007',
      'GPL-3.0',
    ],
    [
      '                    GNU GENERAL PUBLIC LICENSE\n                       Version 2, June 1991',
      'GPL-2.0',
    ],
    [
      '                    GNU AFFERO GENERAL PUBLIC LICENSE\n                       Version 3, 19 November 2007',
      'AGPL-3.0',
    ],
    [
      '                   GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007',
      'LGPL-3.0',
    ],
    [
      'Redistribution and use in source and binary forms, with or without modification, are permitted. Neither the name of the copyright holder nor',
      'BSD-3-Clause',
    ],
    [
      'Redistribution and use in source and binary forms, with or without\nmodification, are permitted provided that',
      'BSD-2-Clause',
    ],
    [
      'ISC License\n\nPermission to use, copy, modify, and/or distribute this software for any\npurpose with or without fee is hereby granted, provided that the above\ncopyright notice and this permission notice appear in all copies.',
      'ISC',
    ],
    ['Copyright (c) 2024 Acme Ltd. All rights reserved. Proprietary and confidential.', null],
  ])('%#', (text, expected) => {
    expect(recogniseLicenceText(text)).toBe(expected)
  })
})
