/**
 * Recognises a licence file's text by the key phrases of its first part: enough to name the common
 * licences, never a legal comparison. Returns an SPDX id, or null when the text is not one of them.
 */

/** Where the distinguishing phrases sit: headers and the first paragraphs. */
const SCANNED_CHARACTERS = 4_000

interface Recogniser {
  id: string
  phrases: readonly string[]
  /** Phrases that must be absent (BSD-2 is BSD-3 without the endorsement clause). */
  without?: readonly string[]
}

// Order matters: the more specific texts (AGPL, LGPL, ISC) before those they quote or resemble.
const RECOGNISERS: readonly Recogniser[] = [
  { id: 'AGPL-3.0', phrases: ['gnu affero general public license', 'version 3'] },
  { id: 'LGPL-3.0', phrases: ['gnu lesser general public license', 'version 3'] },
  { id: 'LGPL-2.1', phrases: ['gnu lesser general public license', 'version 2.1'] },
  { id: 'LGPL-2.0', phrases: ['gnu library general public license', 'version 2'] },
  { id: 'GPL-3.0', phrases: ['gnu general public license', 'version 3'] },
  { id: 'GPL-2.0', phrases: ['gnu general public license', 'version 2'] },
  { id: 'MPL-2.0', phrases: ['mozilla public license', '2.0'] },
  { id: 'Apache-2.0', phrases: ['apache license', 'version 2.0'] },
  { id: 'SSPL-1.0', phrases: ['server side public license'] },
  { id: 'BUSL-1.1', phrases: ['business source license'] },
  { id: 'Elastic-2.0', phrases: ['elastic license 2.0'] },
  { id: 'Unlicense', phrases: ['this is free and unencumbered software released into the public domain'] },
  { id: 'MIT', phrases: ['permission is hereby granted, free of charge, to any person obtaining a copy'] },
  {
    id: 'ISC',
    phrases: [
      'permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted',
      'provided that the above copyright notice and this permission notice appear in all copies',
    ],
  },
  {
    id: '0BSD',
    phrases: [
      'permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted',
    ],
  },
  {
    id: 'BSD-3-Clause',
    phrases: ['redistribution and use in source and binary forms', 'neither the name of'],
  },
  {
    id: 'BSD-2-Clause',
    phrases: ['redistribution and use in source and binary forms'],
    without: ['neither the name of', 'advertising materials'],
  },
]

export function recogniseLicenceText(text: string): string | null {
  const sample = text.slice(0, SCANNED_CHARACTERS).toLowerCase().replace(/\s+/g, ' ')
  const found = RECOGNISERS.find(
    ({ phrases, without = [] }) =>
      phrases.every((phrase) => sample.includes(phrase)) &&
      !without.some((phrase) => sample.includes(phrase)),
  )
  return found?.id ?? null
}
