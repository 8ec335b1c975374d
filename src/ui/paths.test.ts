import { matchPath } from 'react-router'
import { describe, expect, test } from 'vitest'
import { paths, ROUTE_PATTERNS } from './paths.ts'

/** The router decodes each segment of the location before it matches (a slash stays encoded); matchPath alone does not. */
const decodedLikeTheRouter = (path: string) =>
  path
    .split('/')
    .map((segment) => decodeURIComponent(segment).replace(/\//g, '%2F'))
    .join('/')

describe('route paths', () => {
  test('every link the app builds is matched by its own route, with the same parameters', () => {
    const cases: [keyof typeof ROUTE_PATTERNS, string, Record<string, string>][] = [
      ['step', paths.step('business-model'), { dimensionId: 'business-model' }],
      ['editor', paths.editor('groundwork@2.1'), { key: 'groundwork@2.1' }],
      ['client', paths.client('c 1'), { clientId: 'c 1' }],
      ['workshop', paths.workshop('w-1'), { workshopId: 'w-1' }],
      ['live', paths.live('w-1'), { workshopId: 'w-1' }],
      ['teamReport', paths.teamReport('w-1'), { workshopId: 'w-1' }],
      ['share', paths.share('abc'), { code: 'abc' }],
      ['report', paths.report(), {}],
      ['branding', paths.branding(), {}],
    ]
    for (const [route, path, params] of cases) {
      expect(matchPath(`/${ROUTE_PATTERNS[route]}`, decodedLikeTheRouter(path))?.params).toEqual(params)
    }
  })

  test('a query is added only when there is one', () => {
    expect(paths.join()).toBe('/join')
    expect(paths.join(new URLSearchParams({ w: 'w-1', t: 'Kick-off' }))).toBe('/join?w=w-1&t=Kick-off')
    expect(paths.share('abc', new URLSearchParams({ w: 'w-1' }))).toBe('/share/abc?w=w-1')
  })
})
