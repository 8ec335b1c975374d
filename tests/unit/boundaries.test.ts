import { cruise } from 'dependency-cruiser'
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options'
import { beforeAll, describe, expect, it } from 'vitest'

// The project's own boundary rules (.dependency-cruiser.cjs, run by `npm run lint`) over a miniature
// source tree with the same folder names: each probe file breaks one rule, the other files are legal.
const MINIATURE = 'tests/fixtures/boundaries'

let violations: string[]

beforeAll(async () => {
  const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs')
  const { output } = await cruise(['src'], { ...options, baseDir: MINIATURE })
  if (typeof output === 'string') throw new Error('dependency-cruiser returned a report, not a result')
  violations = output.summary.violations.map(({ rule, from, to }) => `${rule.name}: ${from} → ${to}`)
}, 30_000)

describe('import boundaries', () => {
  it('reports a feature importing another feature through a sibling path', () => {
    expect(violations).toContain(
      'no-feature-to-feature: src/features/report/sibling-probe.ts → src/features/branding/branding-line.ts',
    )
  })

  it('reports a feature sub-folder importing another feature', () => {
    expect(violations).toContain(
      'no-feature-to-feature: src/features/workshop/live/cross-probe.ts → src/features/report/charts/bars.ts',
    )
  })

  it('reports the domain importing upward or a UI library', () => {
    expect(violations).toContain('domain-is-pure: src/domain/upward-probe.ts → src/store/settings.ts')
    expect(violations).toContain('no-ui-libraries-below-the-ui: src/domain/react-probe.ts → react')
  })

  it('reports a circle made of type-only imports', () => {
    expect(violations.filter((v) => v.startsWith('no-circular:'))).toEqual([
      'no-circular: src/domain/score.ts → src/domain/types.ts',
    ])
  })

  it('reports the CLI using anything but the domain and the xlsx adapter', () => {
    expect(violations).toContain('cli-uses-domain: src/cli/ui-probe.ts → src/ui/heading.ts')
  })

  it('reports production code importing tests/, and the xlsx adapter imported up front', () => {
    expect(violations).toContain('no-tests-in-production: src/features/report/tests-probe.ts → tests/builders.ts')
    expect(violations).toContain(
      'xlsx-adapter-only-lazily: src/features/settings/static-xlsx-probe.ts → src/xlsx/sheet.ts',
    )
  })

  it('reports nothing else: own sub-folders, lower layers, lazy xlsx and tests using tests/ are legal', () => {
    expect(violations).toHaveLength(8)
  })
})
