import fc from 'fast-check'
import { CENTER, LABEL, RADAR, labelPlacement, radarPoint } from './radar-layout.ts'

/** The label's box for a text of `width` points. */
function box(index: number, count: number, width: number) {
  const { x, anchor, top } = labelPlacement(index, count)
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2
  return { left, right: left + width, top, bottom: top + LABEL.height }
}

/** The shortest distance from the centre to any part of the box. */
function nearest(b: ReturnType<typeof box>): number {
  const dx = Math.max(b.left - CENTER.x, 0, CENTER.x - b.right)
  const dy = Math.max(b.top - CENTER.y, 0, CENTER.y - b.bottom)
  return Math.hypot(dx, dy)
}

describe('radar labels', () => {
  test('the five-area profile: each label sits outside the outer ring, clear of its point at 100 points', () => {
    for (let i = 0; i < 5; i++) {
      const b = box(i, 5, 60)
      const [px, py] = radarPoint(i, 5, 100)
      expect(nearest(b)).toBeGreaterThan(RADAR.radius + 4)
      const inside = px >= b.left - 3 && px <= b.right + 3 && py >= b.top - 3 && py <= b.bottom + 3
      expect(inside).toBe(false)
    }
  })

  test('the left-hand axis (Technologie) grows leftwards, the right-hand ones rightwards, the top one upwards', () => {
    expect(labelPlacement(4, 5).anchor).toBe('end')
    expect(labelPlacement(1, 5).anchor).toBe('start')
    expect(labelPlacement(0, 5)).toMatchObject({ anchor: 'middle' })
    expect(labelPlacement(0, 5).top + LABEL.height).toBeLessThan(CENTER.y - RADAR.radius)
  })

  test('for any number of areas and labels up to 60 pt wide ("Mitarbeitende" is 57), no label reaches into the rings and all stay in the picture', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 12 }), fc.nat(), fc.integer({ min: 8, max: 60 }), (count, n, width) => {
        const b = box(n % count, count, width)
        expect(nearest(b)).toBeGreaterThan(RADAR.radius + 4)
        expect(b.top).toBeGreaterThanOrEqual(0)
        expect(b.bottom).toBeLessThanOrEqual(RADAR.height)
        expect(b.left).toBeGreaterThanOrEqual(0)
        expect(b.right).toBeLessThanOrEqual(RADAR.width)
      }),
    )
  })
})
