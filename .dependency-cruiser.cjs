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

/** The files in the named folders of src/: `folders('cli', 'domain')` → `^src/(cli|domain)/`. */
const folders = (...names) => `^src/(${names.join('|')})/`

/** Every rule is an error: a boundary either holds or the lint fails. */
const rule = (name, comment, from, to) => ({ name, severity: 'error', comment, from, to })

/** A layer below the features: its files import nothing in src/ but their own folders and those named in `below`. */
const layer = (name, own, below) => {
  const allowed = [...own, ...below]
  const comment = `src/{${own}} imports only src/{${allowed}}: see the layers atop .dependency-cruiser.cjs.`
  return rule(name, comment, { path: folders(...own) }, { path: ANY_SRC, pathNot: folders(...allowed) })
}

// Resolved (node_modules/react/…) or, where it cannot be resolved, the bare name.
const UI_LIBRARIES = '^(node_modules/)?(react|react-dom|react-router|zustand|recharts|@react-pdf/[^/]+|idb)(/|$)'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    layer('domain-is-pure', ['domain'], []),
    layer('cli-uses-domain', ['cli'], ['domain', 'xlsx']),
    layer('xlsx-adapter-uses-domain', ['xlsx'], ['domain']),
    layer('data-and-store-below-ui', ['data', 'store'], ['domain', 'xlsx']),
    layer('ui-and-i18n-below-features', ['ui', 'i18n'], ['data', 'store', 'domain']),
    rule(
      'no-feature-to-feature',
      'A feature imports only its own folder and the layers below. Share through the domain, data, ' +
        'src/ui, or a slot filled by src/app.',
      { path: '^src/features/([^/]+)/' }, // `$1` below: the importing feature's own folder
      { path: ANY_SRC, pathNot: ['^src/features/$1/', folders('ui', 'i18n', 'data', 'store', 'domain', 'xlsx')] },
    ),
    rule(
      'no-ui-libraries-below-the-ui',
      'src/domain, the CLI and the xlsx adapter run in Node as in the browser: no UI, state or storage library.',
      { path: folders('domain', 'cli', 'xlsx') },
      { path: UI_LIBRARIES },
    ),
    rule(
      'xlsx-adapter-only-lazily',
      'The browser loads the xlsx adapter (and exceljs) on demand: use `import()`.',
      { path: folders('data', 'store', 'ui', 'i18n', 'features', 'app'), pathNot: TEST },
      { path: folders('xlsx'), dependencyTypesNot: ['dynamic-import'] },
    ),
    rule(
      'no-tests-in-production',
      'Production code does not import from tests/ or from test helpers.',
      { path: ANY_SRC, pathNot: TEST },
      { path: ['^tests/', ...TEST] },
    ),
    rule(
      'no-circular',
      'Import circle (type-only imports included): move the shared piece one layer down.',
      { path: ANY_SRC },
      { circular: true },
    ),
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
