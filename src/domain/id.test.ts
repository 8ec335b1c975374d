import { describe, expect, test } from 'vitest'
import { newId } from './id.ts'

describe('new ids', () => {
  test('a random UUID where the platform offers one', () => {
    expect(newId('r')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(newId('r', { randomUUID: () => 'fixed' })).toBe('fixed')
  })

  test('without Web Crypto (a page over plain http) ids carry their prefix and still differ', () => {
    const ids = Array.from({ length: 1000 }, () => newId('w', {}))
    expect(ids.every((id) => id.startsWith('w-'))).toBe(true)
    expect(new Set(ids).size).toBe(1000)
    expect(newId(undefined, {})).toMatch(/^id-/)
  })
})
