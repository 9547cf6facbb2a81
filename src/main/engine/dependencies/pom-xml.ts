import { mavenUnbounded } from './constraints'
import type { Declared, ManifestRead } from './model'
import { clip } from './values'

/**
 * pom.xml, scanned as text with indexOf: no XML parser, so no DTD, no entity expansion and no
 * external fetches; only the five predefined entities are decoded. Linear in the file's size.
 */

/** Sections whose <dependency> elements are not the project's own: build plugins, version management. */
const SKIPPED_SECTIONS = ['build', 'reporting', 'dependencyManagement', 'pluginManagement', 'profiles']

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '').trim()
}

/** The text with every `<tag>…</tag>` span (and comments) removed, by index scanning. */
function withoutSpans(text: string, open: string, close: string): string {
  let result = ''
  let position = 0
  for (;;) {
    const start = text.indexOf(open, position)
    if (start === -1) return result + text.slice(position)
    const end = text.indexOf(close, start + open.length)
    result += text.slice(position, start)
    if (end === -1) return result
    position = end + close.length
  }
}

/** The contents of each `<tag>…</tag>` in order (not nested in itself). */
function elements(text: string, tag: string): string[] {
  const open = `<${tag}>`
  const close = `</${tag}>`
  const found: string[] = []
  let position = 0
  for (;;) {
    const start = text.indexOf(open, position)
    if (start === -1) return found
    const end = text.indexOf(close, start + open.length)
    if (end === -1) return found
    found.push(text.slice(start + open.length, end))
    position = end + close.length
  }
}

function child(text: string, tag: string): string | null {
  const value = elements(text, tag)[0]
  return value === undefined ? null : decode(value)
}

/** `${name}` placeholders from <properties> and the project's own version; unknown ones stay as written. */
function interpolate(value: string, properties: ReadonlyMap<string, string>): string {
  return value.replace(
    /\$\{([^}]{1,100})\}/g,
    (placeholder, name: string) => properties.get(name) ?? placeholder,
  )
}

function properties(project: string, version: string | null): Map<string, string> {
  const found = new Map<string, string>()
  if (version !== null) {
    found.set('project.version', version)
    found.set('version', version)
  }
  const block = elements(project, 'properties')[0] ?? ''
  for (const match of block.matchAll(/<([\w.-]{1,100})>([^<]{0,300})<\/\1>/g)) {
    found.set(match[1] ?? '', decode(match[2] ?? ''))
  }
  return found
}

export function readPomXml(path: string, text: string): ManifestRead {
  const withoutComments = withoutSpans(withoutSpans(text, '<!--', '-->'), '<![CDATA[', ']]>')
  let project = withoutComments
  for (const section of SKIPPED_SECTIONS) project = withoutSpans(project, `<${section}>`, `</${section}>`)
  // The project's own coordinates are those outside <parent> and <dependencies>.
  const own = withoutSpans(
    withoutSpans(project, '<parent>', '</parent>'),
    '<dependencies>',
    '</dependencies>',
  )
  const parent = elements(project, 'parent')[0] ?? ''
  const groupId = child(own, 'groupId') ?? child(parent, 'groupId')
  const artifactId = child(own, 'artifactId')
  const version = child(own, 'version') ?? child(parent, 'version')
  const props = properties(project, version)
  const dependencies: Declared[] = elements(project, 'dependency').flatMap((dependency) => {
    const group = child(dependency, 'groupId')
    const artifact = child(dependency, 'artifactId')
    if (artifact === null) return []
    const range = interpolate(child(dependency, 'version') ?? '', props)
    const dev = child(dependency, 'scope') === 'test'
    return [
      {
        name: clip(group === null ? artifact : `${interpolate(group, props)}:${artifact}`),
        range: clip(range),
        dev,
        group: dev ? ('dev' as const) : ('prod' as const),
        source: child(dependency, 'systemPath') === null ? ('registry' as const) : ('file' as const),
        unpinned: mavenUnbounded(range),
      },
    ]
  })
  const license = elements(elements(own, 'licenses')[0] ?? '', 'license')
    .map((entry) => child(entry, 'name'))
    .filter((name): name is string => name !== null && name !== '')
  return {
    path,
    ecosystem: 'maven',
    name: artifactId === null ? null : clip(groupId === null ? artifactId : `${groupId}:${artifactId}`),
    version: version === null ? null : clip(version),
    license: license.length === 0 ? null : clip(license.join(' OR ')),
    nodeEngine: null,
    workspaces: elements(elements(project, 'modules')[0] ?? '', 'module').map((module) =>
      clip(decode(module)),
    ),
    dependencies,
  }
}
