import type { FindingDraft } from '../types'

type Text = Pick<FindingDraft, 'explanation' | 'remediation' | 'references'>

const OWASP_INTEGRITY = {
  kind: 'owasp',
  id: 'A08:2021',
  url: 'https://owasp.org/Top10/A08_2021-Software_and_Data_Integrity_Failures/',
} as const
const SPDX_LIST = { kind: 'doc', id: 'SPDX licence list', url: 'https://spdx.org/licenses/' } as const
const NPM_LOCKFILE = {
  kind: 'doc',
  id: 'npm package-lock.json',
  url: 'https://docs.npmjs.com/cli/configuring-npm/package-lock-json',
} as const

/** What each dependency finding says, and what to do about it. */
export const TEXT = {
  networkCopyleft: {
    explanation:
      'Production code depends on packages under a network copyleft licence (AGPL, SSPL, OSL). Offering ' +
      'software that includes them as a network service obliges the company to publish the source of the ' +
      'whole combined work under the same licence, which for a SaaS product can mean its own code. ' +
      'Investors and acquirers treat this as a material IP risk.',
    remediation:
      'For each package, confirm whether it is really shipped or reachable in production (it may be a ' +
      'build tool). Replace it with a permissively licensed alternative, buy a commercial licence from ' +
      'the author, or isolate it as a separate, unmodified service; get legal advice before a transaction.',
    references: [
      SPDX_LIST,
      { kind: 'doc', id: 'GNU AGPL v3', url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
    ],
  },
  strongCopyleft: {
    explanation:
      'Production code depends on packages under a strong copyleft licence (GPL). Distributing software ' +
      'that includes them (a desktop or mobile app, an on-premise install, firmware) obliges the company to ' +
      'release the combined work under the same licence. A purely hosted service does not distribute, but ' +
      'a later on-premise deal would.',
    remediation:
      'Check how each package is used and whether the product is, or may be, distributed. Replace packages ' +
      'that end up in distributed artefacts, or keep them as separate programs the product only calls; record ' +
      'the decision for the data room.',
    references: [SPDX_LIST],
  },
  nonCommercial: {
    explanation:
      'Production code depends on packages whose licence forbids commercial use or restricts the field of ' +
      'use (Creative Commons NonCommercial, Business Source, Elastic, PolyForm Noncommercial). These are ' +
      'source-available, not open source: using them in a commercial product needs a separate licence.',
    remediation:
      'Replace each package or obtain a commercial licence from its author, and keep the licence with the ' +
      'contracts. Until then, treat the dependency as a blocker for a transaction.',
    references: [SPDX_LIST],
  },
  unknownLicence: {
    explanation:
      'The lockfile records no licence, or one Diligent cannot classify (a custom text, UNLICENSED, ' +
      '"SEE LICENSE IN"), for these packages. Until someone reads those licences, the company cannot ' +
      'show it may use them, and a restrictive one could be among them.',
    remediation:
      "Review each package's licence by hand (the package page or its LICENSE file), record the outcome, " +
      "and add a licence check to CI (license-checker, licensee or the package manager's own) that fails on " +
      'unknown or disallowed licences.',
    references: [SPDX_LIST],
  },
  licencesNotRecorded: {
    explanation:
      'This kind of lockfile does not record the licences of the packages it pins, so they were not ' +
      'classified offline: the licence picture for this project is unchecked, not clean.',
    remediation:
      'Produce a licence report from an installed tree (for example `npx license-checker --summary`, ' +
      '`pnpm licenses list` or `yarn licenses list`) and review it, or keep a licence check in CI and attach ' +
      'its latest output to the audit.',
    references: [SPDX_LIST],
  },
  noProjectLicence: {
    explanation:
      'The repository states no licence of its own: no licence field in a root manifest and no LICENSE or ' +
      'COPYING file. For proprietary code this leaves ownership and terms implicit; if the code is ever ' +
      'published, nobody may legally use it.',
    remediation:
      'State the terms explicitly: for proprietary code, a LICENSE file with the copyright owner and "All ' +
      'rights reserved" and `"license": "UNLICENSED"` in package.json; for open source, the chosen licence ' +
      'text and its SPDX id.',
    references: [SPDX_LIST],
  },
  unpinned: {
    explanation:
      'These dependencies accept any future release (`*`, `latest`, an empty range, or a lower bound ' +
      'only). Without a lockfile every install can pull a new major version or a compromised release; ' +
      'with one, the next update can still jump across breaking changes unnoticed.',
    remediation:
      'Give each a bounded range (`^1.4.0`, `~=2.3`, `~> 7.0`), commit the lockfile, and update ' +
      'deliberately with a tool such as Dependabot or Renovate.',
    references: [OWASP_INTEGRITY],
  },
  gitSource: {
    explanation:
      "These dependencies are installed straight from git repositories. They bypass the registry's " +
      'immutability and advisories, a branch or tag can be moved under the project, and vulnerability ' +
      'scanners usually cannot match them.',
    remediation:
      'Use a published release from the registry, or publish the fork to a private registry; if git is ' +
      'unavoidable, pin a full commit hash and note why.',
    references: [OWASP_INTEGRITY],
  },
  urlSource: {
    explanation:
      'These dependencies are downloaded from arbitrary URLs (tarballs, wheels). Whoever controls the URL ' +
      'controls the code that is installed, the file can change or vanish, and scanners cannot match it to ' +
      'advisories.',
    remediation:
      'Replace each with a registry release, or mirror the artefact in a registry the company controls and ' +
      'verify it with an integrity hash.',
    references: [OWASP_INTEGRITY],
  },
  fileSource: {
    explanation:
      'These dependencies come from local paths. That is normal for packages of the same repository, but a ' +
      'path outside it, or into a copy of third-party code, escapes version control of its version and ' +
      'vulnerability scanning.',
    remediation:
      'Keep local paths to packages of this repository (prefer workspaces for them) and install anything ' +
      'else from a registry.',
    references: [],
  },
  missingFromLockfile: {
    explanation:
      'The manifest and its lockfile disagree: dependencies are declared but not locked, or locked but no ' +
      'longer declared. A clean install (`npm ci`, `yarn --immutable`, `pnpm install --frozen-lockfile`) ' +
      'fails or resolves different versions from those tested.',
    remediation:
      "Run the package manager's install once to bring the lockfile in line, commit it, and make CI use the " +
      'frozen-lockfile install so the drift cannot come back.',
    references: [NPM_LOCKFILE],
  },
  noLockfile: {
    explanation:
      'Dependencies are declared, but no lockfile records the exact versions installed. Every install can ' +
      'resolve different versions, so builds are not reproducible, a bug or a compromised release can ' +
      'arrive without any change in the repository, and an audit cannot say what runs.',
    remediation:
      "Generate the lockfile with the project's package manager, commit it, and install from it in CI and " +
      'deployment (`npm ci`, `bundle install --frozen`, `cargo build --locked`).',
    references: [OWASP_INTEGRITY, NPM_LOCKFILE],
  },
  installScripts: {
    explanation:
      'These packages run their own scripts when installed (npm `hasInstallScript`, pnpm `requiresBuild`). ' +
      'Most compile native code legitimately, but install scripts are also how compromised packages steal ' +
      'credentials from developer machines and CI.',
    remediation:
      'Check that each is expected; install with scripts disabled where possible (`npm ci --ignore-scripts`, ' +
      "pnpm's `onlyBuiltDependencies` allow-list), and keep CI secrets away from the install step.",
    references: [{ kind: 'cwe', id: 'CWE-829', url: 'https://cwe.mitre.org/data/definitions/829.html' }],
  },
  multipleVersions: {
    explanation:
      'Some packages are installed at several versions at once. Each copy adds to install and bundle size, ' +
      'patches must be applied to every copy, and two copies of a stateful library (React, a database ' +
      'driver) can fail in confusing ways.',
    remediation:
      'Update the dependents so they agree on one version (`npm dedupe`, `yarn dedupe`, pnpm overrides), ' +
      'starting with the packages with the most copies.',
    references: [],
  },
  competingLockfiles: {
    explanation:
      'One folder holds lockfiles of different package managers. Each developer or CI job may install with ' +
      'a different one, and the lockfiles drift apart, so what was tested is not what is deployed.',
    remediation:
      'Choose one package manager, delete the other lockfiles, and enforce the choice (the `packageManager` ' +
      'field with Corepack, or a preinstall check).',
    references: [NPM_LOCKFILE],
  },
} satisfies Record<string, Text>
