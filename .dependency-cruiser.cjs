/**
 * The layers of DESIGN.md, enforced on every `npm test`:
 * engine ⟂ Electron and the rest of main; renderer ⟂ main and Node; shared is a leaf; preload is
 * thin; no import circles; production code never imports tests.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import circles make load order fragile and layers meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-is-pure',
      severity: 'error',
      comment:
        'The engine runs in a utility process, the CLI and tests: no Electron, nothing of main outside it.',
      from: { path: '^src/main/engine/' },
      to: {
        path: ['^electron$', '^node_modules/electron/', '^src/main/(?!engine/)', '^src/(renderer|preload)/'],
      },
    },
    {
      name: 'cli-is-headless',
      severity: 'error',
      comment: 'The CLI runs the engine and the exporters in-process without Electron.',
      from: { path: '^src/cli/' },
      to: {
        path: [
          '^electron$',
          '^node_modules/electron/',
          '^src/main/(?!engine/|exports/)',
          '^src/(renderer|preload)/',
        ],
      },
    },
    {
      name: 'exports-are-pure',
      severity: 'error',
      comment: 'Exporters are plain Node, shared with the CLI: no Electron, no IPC, no window.',
      from: { path: '^src/main/exports/' },
      to: {
        path: [
          '^electron$',
          '^node_modules/electron/',
          '^src/main/(?!exports/|engine/)',
          '^src/(renderer|preload)/',
        ],
      },
    },
    {
      name: 'renderer-is-web',
      severity: 'error',
      comment: 'The renderer is a sandboxed web page: it reaches main only through window.diligent.',
      from: { path: '^src/renderer/' },
      to: {
        path: ['^electron$', '^node_modules/electron/', '^src/(main|preload)/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'renderer-has-no-node',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-is-leaf',
      severity: 'error',
      comment: 'shared holds the contract and domain types; it may use only itself and its schema library.',
      from: { path: '^src/shared/' },
      to: { pathNot: ['^src/shared/', '^node_modules/zod/'] },
    },
    {
      name: 'preload-is-thin',
      severity: 'error',
      comment: 'The sandboxed preload may use only electron and the channel list from shared.',
      from: { path: '^src/preload/' },
      to: { pathNot: ['^electron$', '^node_modules/electron/', '^src/preload/', '^src/shared/'] },
    },
    {
      name: 'main-not-to-renderer',
      severity: 'error',
      from: { path: '^src/main/' },
      to: { path: '^src/(renderer|preload)/' },
    },
    {
      name: 'not-to-test',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.web.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    exclude: { path: '\\.d\\.ts$' },
  },
}
