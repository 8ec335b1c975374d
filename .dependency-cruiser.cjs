// Import boundaries, checked on resolved file paths (a `../sibling/` import is caught like any other)
// and on type-only imports too (tsPreCompilationDeps), so a circle made of types is still a circle.
//
// Layers, lowest first; a layer imports only from itself and the layers below it:
//   domain  →  data, store  →  ui, i18n  →  features/<name>  →  app (and src/main.tsx)
// - src/domain is pure TypeScript; src/cli is Node and uses the domain (and the xlsx adapter) only.
// - src/xlsx is the spreadsheet adapter around exceljs. It imports the domain only. The CLI imports it
//   directly; the browser code may reach it only through `import()`, so exceljs stays out of the first bundle.
// - A feature imports only its own folder (sub-folders included) and the layers below: features meet in the
//   domain, the data module, a shared ui piece, or a slot the app layer fills.
// - Production code never imports tests/; test code (see TEST below) may, on top of what its folder may.

// Test code in src/: spec files only (every test helper, builder and fixture lives under tests/), and the
// Node-only stand-ins tests use (the PDF fonts read from disk).
const TEST = ['\\.test\\.tsx?$', '\\.node\\.ts$']

const ANY_SRC = '^src/'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import circle (type-only imports included): move the shared piece one layer down.',
      from: { path: ANY_SRC },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain imports only src/domain: no data, store, ui, i18n, features, app or adapters.',
      from: { path: '^src/domain/' },
      to: { path: ANY_SRC, pathNot: '^src/domain/' },
    },
    {
      name: 'no-ui-libraries-below-the-ui',
      severity: 'error',
      comment:
        'src/domain, the CLI and the xlsx adapter run in Node as in the browser: no UI, state or storage library.',
      from: { path: '^src/(domain|cli|xlsx)/' },
      // Resolved (node_modules/react/…) or, where it cannot be resolved, the bare name.
      to: { path: '^(node_modules/)?(react|react-dom|react-router|zustand|recharts|@react-pdf/[^/]+|idb)(/|$)' },
    },
    {
      name: 'cli-uses-domain',
      severity: 'error',
      comment: 'The CLI uses src/domain and the xlsx adapter only.',
      from: { path: '^src/cli/' },
      to: { path: ANY_SRC, pathNot: '^src/(cli|domain|xlsx)/' },
    },
    {
      name: 'xlsx-adapter-uses-domain',
      severity: 'error',
      comment: 'The xlsx adapter translates between workbooks and the domain; it imports the domain only.',
      from: { path: '^src/xlsx/' },
      to: { path: ANY_SRC, pathNot: '^src/(xlsx|domain)/' },
    },
    {
      name: 'xlsx-adapter-only-lazily',
      severity: 'error',
      comment: 'The browser loads the xlsx adapter (and exceljs) on demand: use `import()`.',
      from: { path: '^src/(data|store|ui|i18n|features|app)/', pathNot: TEST },
      to: { path: '^src/xlsx/', dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'data-and-store-below-ui',
      severity: 'error',
      comment: 'src/data and src/store import the domain (and each other), never ui, i18n, features or app.',
      from: { path: '^src/(data|store)/' },
      to: { path: ANY_SRC, pathNot: '^src/(data|store|domain|xlsx)/' },
    },
    {
      name: 'ui-and-i18n-below-features',
      severity: 'error',
      comment: 'src/ui and src/i18n are shared by every feature; they import no feature and not the app.',
      from: { path: '^src/(ui|i18n)/' },
      to: { path: ANY_SRC, pathNot: '^src/(ui|i18n|data|store|domain)/' },
    },
    {
      name: 'no-feature-to-feature',
      severity: 'error',
      comment:
        'A feature imports only its own folder and the layers below. Share through the domain, data, ' +
        'src/ui, or a slot filled by src/app.',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: ANY_SRC, pathNot: ['^src/features/$1/', '^src/(ui|i18n|data|store|domain|xlsx)/'] },
    },
    {
      name: 'no-tests-in-production',
      severity: 'error',
      comment: 'Production code does not import from tests/ or from test helpers.',
      from: { path: ANY_SRC, pathNot: TEST },
      to: { path: ['^tests/', ...TEST] },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^coverage/'] },
    // `?url` and `?worker` imports are Vite's; the file before the `?` is what matters here.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
}
